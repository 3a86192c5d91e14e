import type { Article } from './article';

/** The outlet that published an article, as the article's metadata gives it. */
export interface ArticlePublisher {
  readonly outlet: string;
  readonly country?: string;
  readonly typology?: string;
}

/** Where an article came from, when known: what exports print and annotations target. */
export interface ArticleSourceInfo {
  /** The article's address on the web (http or https only). */
  readonly url?: string;
  readonly publisher?: ArticlePublisher;
  readonly siteName?: string;
}

/** Metadata fields this module reads; loaders may fill them (`meta`) as the model grows. */
interface ArticleWithMeta {
  readonly meta?: {
    readonly url?: unknown;
    readonly siteName?: unknown;
    readonly publisher?: { readonly outlet?: unknown; readonly country?: unknown; readonly typology?: unknown } | null;
  } | null;
}

const WEB_ADDRESS = /^https?:\/\/[^\s"'<>\\]+$/i;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

/**
 * The article's source URL, publisher and site name where its metadata has them. The one place
 * exports read them, so a richer article model only needs this function to follow. A URL that is
 * not plain http(s) is left out rather than printed as a link.
 */
export function articleSourceInfo(article: Article): ArticleSourceInfo {
  const meta = (article as Article & ArticleWithMeta).meta ?? undefined;
  const rawUrl = text(meta?.url);
  const url = rawUrl && WEB_ADDRESS.test(rawUrl) ? rawUrl : undefined;
  const outlet = text(meta?.publisher?.outlet);
  const country = text(meta?.publisher?.country);
  const typology = text(meta?.publisher?.typology);
  const siteName = text(meta?.siteName) ?? text(article.site);
  return {
    ...(url ? { url } : {}),
    ...(outlet ? { publisher: { outlet, ...(country ? { country } : {}), ...(typology ? { typology } : {}) } } : {}),
    ...(siteName ? { siteName } : {}),
  };
}
