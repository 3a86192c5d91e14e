import type { Article } from '../model/article';
import type { Typology } from '../model/finding';
import { identifyPublisher } from './state-media/publisher';

/** Facts about the article as a whole, as the CLI's JSON `meta` carries them. */
export interface ArticleMeta {
  readonly title: string | null;
  readonly byline: string | null;
  /** ISO 8601: a date (`2019-11-18`) or a UTC date-time (`2019-11-18T21:17:27.000Z`). */
  readonly published: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
  readonly lang: string;
  readonly publisher: { readonly outlet: string; readonly country: string; readonly typology: Typology; readonly description: string } | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Only plain web addresses are passed on: never `javascript:`, `data:` or anything a link could run. */
const WEB_ADDRESS = /^https?:\/\/[^\s"'<>\\]+$/i;

/** A loader's date in ISO 8601, or null when it cannot be read as a date. */
export function isoDate(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (DATE_ONLY.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  // A bare date that Date.parse read as local midnight stays a date, not a shifted time.
  return /\d{1,2}:\d{2}/.test(trimmed) ? iso : iso.slice(0, 10);
}

/** The article's metadata with its publisher recognised against the outlet registry. */
export function describeArticle(article: Pick<Article, 'text' | 'title' | 'byline' | 'date' | 'site' | 'url' | 'lang'>): ArticleMeta {
  const url = article.url && WEB_ADDRESS.test(article.url) ? article.url : undefined;
  const publisher = identifyPublisher({ text: article.text, ...(article.site ? { site: article.site } : {}), ...(url ? { url } : {}) });
  return {
    title: article.title ?? null,
    byline: article.byline ?? null,
    published: isoDate(article.date),
    siteName: article.site ?? null,
    url: url ?? null,
    lang: article.lang?.split('-')[0]?.toLowerCase() || 'en',
    publisher: publisher && { outlet: publisher.outlet, country: publisher.country, typology: publisher.typology, description: publisher.description },
  };
}
