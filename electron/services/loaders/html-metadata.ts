import type { ArticleMetadata } from './article-builder';

const NEWS_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|BackgroundNewsArticle|WebPage)$/;

function metaContent(document: Document, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const element of document.querySelectorAll('meta')) {
      const name = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
      const content = element.getAttribute('content')?.trim();
      if (name?.toLowerCase() === key && content) return content;
    }
  }
  return undefined;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim();
  return undefined;
}

/** Names from a JSON-LD person or organisation, or a list of them. */
function namesOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((entry) => asText(entry) ?? (typeof entry === 'object' && entry !== null && 'name' in entry ? asText(entry.name) : undefined))
    .filter((name): name is string => name !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

function typeMatches(value: unknown): boolean {
  const types = Array.isArray(value) ? value : [value];
  return types.some((type) => typeof type === 'string' && NEWS_TYPES.test(type));
}

/** Deepest JSON-LD nesting searched for an article; real markup nests a handful of levels. */
const MAX_JSON_LD_DEPTH = 16;

/**
 * Flattens JSON-LD (`@graph` lists, arrays) into its objects, without recursion and no deeper
 * than `MAX_JSON_LD_DEPTH`, so a block nested thousands deep is searched, not a stack overflow.
 */
function jsonLdObjects(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.depth > MAX_JSON_LD_DEPTH) continue;
    if (Array.isArray(next.value)) {
      for (let index = next.value.length - 1; index >= 0; index--) pending.push({ value: next.value[index], depth: next.depth + 1 });
    } else if (typeof next.value === 'object' && next.value !== null) {
      const record = next.value as Record<string, unknown>;
      found.push(record);
      if ('@graph' in record) pending.push({ value: record['@graph'], depth: next.depth + 1 });
    }
  }
  return found;
}

/** Reads JSON-LD blocks as data (they are parsed, never run) and returns the first news article found. */
function jsonLdArticle(document: Document): ArticleMetadata {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let article: Record<string, unknown> | undefined;
    try {
      // A block that is not JSON, or is built to exhaust a parser, costs only its own metadata.
      article = jsonLdObjects(JSON.parse(script.textContent ?? '')).find((entry) => typeMatches(entry['@type']) && (entry['headline'] || entry['datePublished']));
    } catch {
      continue;
    }
    if (!article) continue;
    return {
      title: asText(article['headline']) ?? asText(article['name']),
      byline: namesOf(article['author']),
      site: namesOf(article['publisher']),
      date: asText(article['datePublished']) ?? asText(article['dateCreated']),
      url: asText(article['url']) ?? asText(article['mainEntityOfPage']) ?? idOf(article['mainEntityOfPage']),
      lang: asText(article['inLanguage']),
    };
  }
  return {};
}

function idOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? (asText((value as Record<string, unknown>)['@id']) ?? asText((value as Record<string, unknown>)['url'])) : undefined;
}

/** Author tags often hold a profile link, which is no byline. */
function notUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

/** Title, byline, site name and publication date from a page's meta tags and JSON-LD, where present. */
export function readHtmlMetadata(document: Document): ArticleMetadata {
  const ld = jsonLdArticle(document);
  const timeElement = document.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  return {
    title: ld.title ?? metaContent(document, ['og:title', 'twitter:title', 'dc.title', 'headline']),
    byline: ld.byline ?? notUrl(metaContent(document, ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'])),
    site: ld.site ?? metaContent(document, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']),
    date:
      ld.date ??
      metaContent(document, ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date']) ??
      timeElement?.getAttribute('datetime')?.trim() ??
      undefined,
    url: document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href')?.trim() ?? metaContent(document, ['og:url', 'twitter:url']) ?? ld.url,
    lang: document.documentElement.getAttribute('lang')?.trim() || metaContent(document, ['og:locale', 'dc.language', 'language']) || ld.lang,
  };
}

/** The charset a page declares in its first bytes (`<meta charset>` or an http-equiv content type). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return match?.[1];
}
