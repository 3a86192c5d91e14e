import type { ClaimReviewInfo } from '../../../shared/model/article';
import type { ArticleMetadata } from './article-builder';

const NEWS_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|BackgroundNewsArticle|WebPage)$/;

function metaContent(document: Document, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const element of document.querySelectorAll('meta')) {
      const name = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
      // Some pages (Yahoo's) put the value in `value` rather than `content`.
      const content = (element.getAttribute('content') ?? element.getAttribute('value'))?.trim();
      if (name?.toLowerCase() === key && content) return content;
    }
  }
  return undefined;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim();
  return undefined;
}

/** The strings of a JSON-LD value: itself, or each string in it when it is a list (any property may repeat). */
function textsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map(asText).filter((text): text is string => text !== undefined);
}

/**
 * Names from a JSON-LD person or organisation, or a list of them; a name listed twice is named once.
 * A `name` may itself be a list (Africa Check gives a claimant as his name and his office): all are kept.
 */
function namesOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list.flatMap((entry) =>
    typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? textsOf(field(entry, 'name')) : textsOf(entry),
  );
  const once = names.filter((name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index);
  return once.length > 0 ? once.join(', ') : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The verdict of a ClaimReview rating: its name ("False"), else its score out of the best. */
function verdictOf(rating: unknown): string | undefined {
  const first = Array.isArray(rating) ? rating[0] : rating;
  const named = asText(field(first, 'alternateName')) ?? asText(field(first, 'name'));
  if (named) return named;
  const value = field(first, 'ratingValue');
  const best = field(first, 'bestRating');
  return value !== undefined && best !== undefined ? `${String(value)} out of ${String(best)}` : undefined;
}

/**
 * The claim a fact-check reviewed, from its ClaimReview JSON-LD: the claim, who made it (the
 * reviewed item's author, never the article's byline) and the verdict.
 */
export function readClaimReview(document: Document): ClaimReviewInfo | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let review: Record<string, unknown> | undefined;
    try {
      review = jsonLdObjects(JSON.parse(script.textContent ?? '')).find((entry) => {
        const types = Array.isArray(entry['@type']) ? entry['@type'] : [entry['@type']];
        return types.includes('ClaimReview') && asText(entry['claimReviewed']) !== undefined;
      });
    } catch {
      continue;
    }
    if (!review) continue;
    const item = review['itemReviewed'];
    const claimant = namesOf(field(item, 'author')) ?? namesOf(field(field(item, 'appearance'), 'author'));
    const verdict = verdictOf(review['reviewRating']);
    const reviewer = namesOf(review['author']);
    return {
      claim: asText(review['claimReviewed'])!.replace(/\s+/g, ' '),
      ...(claimant ? { claimant } : {}),
      ...(verdict ? { verdict } : {}),
      ...(reviewer ? { reviewer } : {}),
    };
  }
  return undefined;
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
      article = jsonLdObjects(JSON.parse(script.textContent ?? '')).find(
        (entry) => typeMatches(entry['@type']) && (entry['headline'] || entry['datePublished']),
      );
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
  return typeof value === 'object' && value !== null
    ? (asText((value as Record<string, unknown>)['@id']) ?? asText((value as Record<string, unknown>)['url']))
    : undefined;
}

/** Author tags often hold a profile link, which is no byline. */
function notUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

/** The last part of a microdata item type ("https://schema.org/NewsArticle" → "NewsArticle"). */
function itemTypeName(element: Element | null): string {
  return (
    (element?.getAttribute('itemtype') ?? '')
      .trim()
      .split(/[\s/#]+/)
      .pop() ?? ''
  );
}

/**
 * The authors a page marks up as microdata (`itemprop="author"`, a Person whose `itemprop="name"` is
 * shown beside the headline), counted only where they are the article's own: the author of a review
 * or a comment nested inside the article is someone else.
 */
function microdataAuthor(document: Document): string | undefined {
  const names: string[] = [];
  for (const element of document.querySelectorAll('[itemprop~="author"]')) {
    if (element.localName === 'meta' || element.localName === 'link') continue;
    const scope = element.parentElement?.closest('[itemscope]') ?? null;
    if (scope !== null && !NEWS_TYPES.test(itemTypeName(scope))) continue;
    const nameElement = element.hasAttribute('itemscope') ? element.querySelector('[itemprop~="name"]') : element;
    const name = (nameElement?.getAttribute('content') ?? nameElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (name.length > 0 && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : undefined;
}

/** Seconds (10 digits) or milliseconds (13 digits) since 1970 as a number. */
const UNIX_TIME = /^(\d{9,10}|\d{12,13})$/;

/**
 * Some sites put a Unix timestamp where a date belongs (`<time datetime="1651035600">`): it becomes an ISO date-time
 * here, or the reader would show a bare number as the date.
 */
function fromUnixTime(value: string | undefined): string | undefined {
  const digits = value?.trim();
  if (!digits || !UNIX_TIME.test(digits)) return value;
  const milliseconds = digits.length >= 12 ? Number(digits) : Number(digits) * 1000;
  return new Date(milliseconds).toISOString();
}

/** Title, byline, site name, publication date and any reviewed claim from a page's meta tags, JSON-LD and microdata, where present. */
export function readHtmlMetadata(document: Document): ArticleMetadata {
  const ld = jsonLdArticle(document);
  const claimReview = readClaimReview(document);
  const timeElement = document.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  return {
    title: ld.title ?? metaContent(document, ['og:title', 'twitter:title', 'dc.title', 'headline']),
    byline:
      ld.byline ??
      notUrl(metaContent(document, ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'])) ??
      notUrl(microdataAuthor(document)),
    site: ld.site ?? metaContent(document, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']),
    date: fromUnixTime(
      ld.date ??
        metaContent(document, [
          'article:published_time',
          'og:published_time',
          'datepublished',
          'date',
          'pubdate',
          'publishdate',
          'dc.date',
          'dc.date.issued',
          'parsely-pub-date',
          'sailthru.date',
        ]) ??
        timeElement?.getAttribute('datetime')?.trim() ??
        undefined,
    ),
    url: document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href')?.trim() ?? metaContent(document, ['og:url', 'twitter:url']) ?? ld.url,
    lang: document.documentElement.getAttribute('lang')?.trim() || metaContent(document, ['og:locale', 'dc.language', 'language']) || ld.lang,
    ...(claimReview ? { claimReview } : {}),
  };
}

/** The charset a page declares in its first bytes (`<meta charset>` or an http-equiv content type). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return match?.[1];
}
