import { basename } from 'node:path';
import {
  assembleBlocks,
  type Article,
  type ArticleFigure,
  type ArticleFormat,
  type BlockKind,
  type BlockLink,
  type ClaimReviewInfo,
  type StrippedText,
} from '../../../shared/model/article';
import { matchBoilerplate } from './boilerplate';
import { isBodyBlock } from './body-text';
import { normaliseBlockText } from './block-text';

/** Metadata a loader found besides the text. */
export interface ArticleMetadata {
  title?: string | undefined;
  byline?: string | undefined;
  site?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  lang?: string | undefined;
  claimReview?: ClaimReviewInfo | undefined;
}

/** Links of a text after it was normalised: shifted by the whitespace trimmed from its start, dropped if anything else changed. */
function linksAfterNormalising(text: string, normalised: string, links: readonly BlockLink[] | undefined): BlockLink[] {
  if (!links || links.length === 0) return [];
  if (normalised === text) return [...links];
  const lead = text.length - text.trimStart().length;
  if (text.trim() !== normalised) return [];
  return links.map((link) => ({ ...link, start: link.start - lead, end: link.end - lead })).filter((link) => link.start >= 0 && link.end <= normalised.length);
}

/** An http(s) address as given, or undefined for anything else (relative links, `javascript:`, data). */
function webAddress(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).href;
  } catch {
    return undefined;
  }
}

/** A BCP 47-looking language tag (`en`, `en-GB`, `pt_BR` → `pt-BR`), or undefined. */
function languageTag(value: string | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(tag) ? tag : undefined;
}

/**
 * Collects blocks and stripped boilerplate in reading order, so each stripped item remembers the
 * block it stood before and the reader can put it back in place.
 */
export class ArticleBuilder {
  private readonly parts: { kind: BlockKind; text: string; links?: readonly BlockLink[] }[] = [];
  private readonly stripped: StrippedText[] = [];
  private readonly figures: ArticleFigure[] = [];
  private readonly notices: string[] = [];

  /** Number of blocks so far. */
  get blockCount(): number {
    return this.parts.length;
  }

  /** Kinds and texts of the blocks so far, in order. */
  get blocks(): readonly { readonly kind: BlockKind; readonly text: string; readonly links?: readonly BlockLink[] }[] {
    return this.parts;
  }

  /** Adds a block; its text is normalised to one line and empty text is ignored. Links are relative to `text`. */
  addBlock(kind: BlockKind, text: string, links?: readonly BlockLink[]): void {
    const normalised = normaliseBlockText(text);
    if (normalised.length === 0) return;
    const kept = linksAfterNormalising(text, normalised, links);
    this.parts.push(kept.length > 0 ? { kind, text: normalised, links: kept } : { kind, text: normalised });
  }

  /** Records an image placeholder at the current position, with its alternative text when it has one. */
  figure(alt: string): void {
    const text = normaliseBlockText(alt);
    this.figures.push(text.length > 0 ? { beforeBlock: this.parts.length, alt: text } : { beforeBlock: this.parts.length });
  }

  /** Removes the block at an index, recording it as stripped there, so it stays revealable. */
  stripBlock(index: number, reason: string): void {
    const [removed] = this.parts.splice(index, 1);
    if (!removed) return;
    const shift = <T extends { beforeBlock: number }>(item: T): T => (item.beforeBlock > index ? { ...item, beforeBlock: item.beforeBlock - 1 } : item);
    this.stripped.forEach((item, at) => (this.stripped[at] = shift(item)));
    this.figures.forEach((item, at) => (this.figures[at] = shift(item)));
    this.stripped.push({ text: removed.text, reason, beforeBlock: index });
  }

  /** Inserts blocks at a position (a headline or byline found outside the body); stripped text keeps its place. */
  insertBlocks(at: number, blocks: readonly { kind: BlockKind; text: string }[]): void {
    const fresh = blocks.map((block) => ({ kind: block.kind, text: normaliseBlockText(block.text) })).filter((block) => block.text.length > 0);
    this.parts.splice(at, 0, ...fresh);
    this.stripped.forEach((item, index) => {
      if (item.beforeBlock >= at) this.stripped[index] = { ...item, beforeBlock: item.beforeBlock + fresh.length };
    });
    this.figures.forEach((item, index) => {
      if (item.beforeBlock >= at) this.figures[index] = { ...item, beforeBlock: item.beforeBlock + fresh.length };
    });
  }

  /** Records text removed from the analysed text, with why, at the current position. */
  strip(text: string, reason: string): void {
    const normalised = normaliseBlockText(text);
    if (normalised.length > 0) this.stripped.push({ text: normalised, reason, beforeBlock: this.parts.length });
  }

  /** Adds a block unless the lexicon says it is furniture; a furniture prefix is stripped and the rest kept. */
  addUnlessBoilerplate(kind: BlockKind, text: string, links?: readonly BlockLink[]): void {
    const normalised = normaliseBlockText(text);
    const kept = linksAfterNormalising(text, normalised, links);
    const match = matchBoilerplate(normalised, { caption: kind === 'caption' });
    if (!match) this.addBlock(kind, normalised, kept);
    else if (match.kind === 'whole') this.strip(normalised, match.reason);
    else {
      this.strip(match.prefix, match.reason);
      // The rest is the end of the line, so its links move back by what the prefix took.
      const cut = normalised.length - match.rest.length;
      const rest = normalised.endsWith(match.rest)
        ? kept.map((link) => ({ ...link, start: link.start - cut, end: link.end - cut })).filter((link) => link.start >= 0)
        : [];
      this.addBlock(match.restKind, match.rest, rest);
    }
  }

  /** Adds a note for the reader, such as a guessed encoding. */
  notice(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  /** Whether any block holds running text rather than only headings and labels. */
  hasBody(): boolean {
    return this.parts.some((part) => isBodyBlock(part.kind));
  }

  /** Builds the article; `text` is the block texts joined so block offsets are exact. */
  build(sourcePath: string, format: ArticleFormat, metadata: ArticleMetadata): Article {
    const { text, blocks, links } = assembleBlocks(this.parts);
    // An image with neither alternative text nor a caption under it (a portrait, an icon, alt="" decoration)
    // would be an empty box: only described images hold a place.
    const figures = this.figures.filter((figure) => figure.alt !== undefined || blocks[figure.beforeBlock]?.kind === 'caption');
    const clean = (value: string | undefined): string | undefined => {
      const normalised = value === undefined ? '' : normaliseBlockText(value);
      return normalised.length > 0 ? normalised : undefined;
    };
    const article: Article = {
      text,
      blocks,
      sourcePath,
      sourceName: basename(sourcePath),
      format,
      stripped: [...this.stripped],
      notices: [...this.notices],
      ...(links.length > 0 ? { links } : {}),
      ...(figures.length > 0 ? { figures } : {}),
      ...(metadata.claimReview ? { claimReview: metadata.claimReview } : {}),
      ...definedFields({
        title: clean(metadata.title),
        byline: clean(metadata.byline),
        site: clean(metadata.site),
        date: clean(metadata.date),
        url: webAddress(metadata.url),
        lang: languageTag(metadata.lang),
      }),
    };
    return article;
  }
}

/** The fields that have a value: an article leaves out what its file does not say, rather than holding `undefined`. */
function definedFields<T extends Record<string, string | undefined>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')) as { [K in keyof T]?: string };
}
