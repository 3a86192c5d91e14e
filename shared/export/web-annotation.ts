import type { Article } from '../model/article';
import type { Finding } from '../model/finding';
import { articleSourceInfo } from '../model/article-source';
import { speakerName } from '../model/speaker';
import { findingCard } from '../explain/finding-card';

/** The W3C Web Annotation JSON-LD context; an identifier, never fetched by anything we write. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context a TextQuoteSelector carries on each side, before growing to be unique. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** Locates a passage by its text and the text around it, as the W3C model defines. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** Locates a passage by `[start, end)` UTF-16 offsets into the analysed text. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** A body holding a short text and what it is for. */
export interface TextualBody {
  readonly type: 'TextualBody';
  readonly purpose: 'tagging' | 'describing' | 'identifying';
  readonly value: string;
  readonly format: 'text/plain';
  readonly language?: string;
}

/** One finding as a W3C Web Annotation. */
export interface WebAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'highlighting';
  readonly body: readonly TextualBody[];
  readonly target: {
    readonly source: string;
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  };
}

/** Every finding of one article as a W3C annotation collection with a single page. */
export interface WebAnnotationCollection {
  readonly '@context': typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly generator: { readonly id: string; readonly type: 'Software'; readonly name: string };
  readonly generated: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

/** Settings for the annotation export. */
export interface WebAnnotationOptions {
  /** When the export is made, as an ISO 8601 string. */
  readonly exportedAt: string;
  readonly version: string;
}

/** A stable identifier of the analysed text (FNV-1a over its UTF-16 units), so ids never leak a file path. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length}`;
}

// Context must not split a surrogate pair, or the selector would carry a lone half of a character.
function safeStart(text: string, index: number): number {
  const clamped = Math.max(0, index);
  const code = text.charCodeAt(clamped);
  return clamped > 0 && code >= 0xdc00 && code <= 0xdfff ? clamped - 1 : clamped;
}

function safeEnd(text: string, index: number): number {
  const clamped = Math.min(text.length, index);
  const code = text.charCodeAt(clamped - 1);
  return clamped < text.length && code >= 0xd800 && code <= 0xdbff ? clamped + 1 : clamped;
}

/** Every offset where `selector` matches in `text`: `exact` preceded by `prefix` and followed by `suffix`. */
export function matchTextQuote(text: string, selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): number[] {
  const found: number[] = [];
  if (selector.exact.length === 0) return found;
  for (let at = text.indexOf(selector.exact); at !== -1; at = text.indexOf(selector.exact, at + 1)) {
    if (at < selector.prefix.length || !text.startsWith(selector.prefix, at - selector.prefix.length)) continue;
    if (!text.startsWith(selector.suffix, at + selector.exact.length)) continue;
    found.push(at);
  }
  return found;
}

/**
 * A TextQuoteSelector for `[start, end)` with about 32 characters of context each side. Context is
 * not grown until the passage is unique: searching the whole text for every finding made a megabyte
 * export take seconds. Where the same words recur, the TextPositionSelector beside it is the hint
 * that picks the right match, as W3C Web Annotation clients do (see `anchorTextQuote`).
 */
export function textQuoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(safeStart(text, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, safeEnd(text, end + QUOTE_CONTEXT_LENGTH)),
  };
}

/** Re-anchors a quote selector: the match nearest `positionHint` (a TextPositionSelector's start), or -1. */
export function anchorTextQuote(text: string, selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>, positionHint: number): number {
  let best = -1;
  for (const at of matchTextQuote(text, selector)) {
    if (best === -1 || Math.abs(at - positionHint) < Math.abs(best - positionHint)) best = at;
  }
  return best;
}

function bodies(finding: Finding): TextualBody[] {
  const plain = (purpose: TextualBody['purpose'], value: string): TextualBody => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });
  // The card's sentence rather than the engine's message, which may name a speaker by the words near the quote.
  const out = [plain('tagging', finding.layer), { ...plain('describing', findingCard(finding).what), language: 'en' }];
  if (finding.layer === 'state-media') out.push(plain('identifying', finding.outlet));
  const speaker = finding.layer === 'quote' ? speakerName(finding) : undefined;
  if (speaker) out.push(plain('identifying', speaker));
  if (finding.layer === 'unverified') out.push(plain('tagging', `cue: ${finding.cue}`));
  return out;
}

/**
 * Builds the W3C Web Annotation collection of an article's findings: one annotation per finding,
 * targeting the article's URL when known (else the analysed text's identifier) with a TextQuoteSelector and a TextPositionSelector, the layer as a
 * tag and the explanation as a describing body.
 */
export function buildWebAnnotations(article: Article, findings: readonly Finding[], options: WebAnnotationOptions): WebAnnotationCollection {
  const source = `urn:sourcelight:text:${textFingerprint(article.text)}`;
  // Annotation tools anchor on the live page when the target is its address; the quote selector finds the words there.
  const target = articleSourceInfo(article).url ?? source;
  const items = findings.map((finding, index): WebAnnotation => ({
    id: `${source}:finding:${index + 1}`,
    type: 'Annotation',
    motivation: 'highlighting',
    body: bodies(finding),
    target: {
      source: target,
      selector: [textQuoteSelector(article.text, finding.start, finding.end), { type: 'TextPositionSelector', start: finding.start, end: finding.end }],
    },
  }));
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: `${source}:annotations`,
    type: 'AnnotationCollection',
    label: `Sourcelight findings for ${article.title?.trim() || article.sourceName}`,
    generator: { id: `urn:sourcelight:version:${options.version}`, type: 'Software', name: `Sourcelight ${options.version}` },
    generated: options.exportedAt,
    total: items.length,
    first: { id: `${source}:annotations:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The `.jsonld` file: the collection, indented for people who open it, ending with a newline. */
export function renderWebAnnotationJson(article: Article, findings: readonly Finding[], options: WebAnnotationOptions): string {
  return `${JSON.stringify(buildWebAnnotations(article, findings, options), null, 2)}\n`;
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` become `\u` escapes, so
 * no article text can close the block (`</script>`) or open a comment, and the JSON means the same.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
