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

/** Flattens JSON-LD (`@graph` lists, arrays) into its objects. */
function jsonLdObjects(value: unknown, into: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((entry) => jsonLdObjects(entry, into));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    into.push(record);
    if ('@graph' in record) jsonLdObjects(record['@graph'], into);
  }
  return into;
}

/** Reads JSON-LD blocks as data (they are parsed, never run) and returns the first news article found. */
function jsonLdArticle(document: Document): ArticleMetadata {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = jsonLdObjects(parsed).find((entry) => typeMatches(entry['@type']) && (entry['headline'] || entry['datePublished']));
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
