import { basename } from 'node:path';
import { assembleBlocks, type Article, type ArticleFormat, type BlockKind, type StrippedText } from '../../../shared/model/article';
import { matchBoilerplate } from './boilerplate';
import { normaliseBlockText } from './block-text';

/** Metadata a loader found besides the text. */
export interface ArticleMetadata {
  title?: string | undefined;
  byline?: string | undefined;
  site?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  lang?: string | undefined;
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
  private readonly parts: { kind: BlockKind; text: string }[] = [];
  private readonly stripped: StrippedText[] = [];
  private readonly notices: string[] = [];

  /** Number of blocks so far. */
  get blockCount(): number {
    return this.parts.length;
  }

  /** Kinds and texts of the blocks so far, in order. */
  get blocks(): readonly { readonly kind: BlockKind; readonly text: string }[] {
    return this.parts;
  }

  /** Adds a block; its text is normalised to one line and empty text is ignored. */
  addBlock(kind: BlockKind, text: string): void {
    const normalised = normaliseBlockText(text);
    if (normalised.length > 0) this.parts.push({ kind, text: normalised });
  }

  /** Inserts blocks at a position (a headline or byline found outside the body); stripped text keeps its place. */
  insertBlocks(at: number, blocks: readonly { kind: BlockKind; text: string }[]): void {
    const fresh = blocks
      .map((block) => ({ kind: block.kind, text: normaliseBlockText(block.text) }))
      .filter((block) => block.text.length > 0);
    this.parts.splice(at, 0, ...fresh);
    this.stripped.forEach((item, index) => {
      if (item.beforeBlock >= at) this.stripped[index] = { ...item, beforeBlock: item.beforeBlock + fresh.length };
    });
  }

  /** Records text removed from the analysed text, with why, at the current position. */
  strip(text: string, reason: string): void {
    const normalised = normaliseBlockText(text);
    if (normalised.length > 0) this.stripped.push({ text: normalised, reason, beforeBlock: this.parts.length });
  }

  /** Adds a block unless the lexicon says it is furniture; a furniture prefix is stripped and the rest kept. */
  addUnlessBoilerplate(kind: BlockKind, text: string): void {
    const normalised = normaliseBlockText(text);
    const match = matchBoilerplate(normalised);
    if (!match) this.addBlock(kind, normalised);
    else if (match.kind === 'whole') this.strip(normalised, match.reason);
    else {
      this.strip(match.prefix, match.reason);
      this.addBlock(match.restKind, match.rest);
    }
  }

  /** Adds a note for the reader, such as a guessed encoding. */
  notice(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  /** Whether any block holds running text rather than only headings and labels. */
  hasBody(): boolean {
    return this.parts.some((part) => part.kind === 'paragraph' || part.kind === 'blockquote' || part.kind === 'list-item');
  }

  /** Builds the article; `text` is the block texts joined so block offsets are exact. */
  build(sourcePath: string, format: ArticleFormat, metadata: ArticleMetadata): Article {
    const { text, blocks } = assembleBlocks(this.parts);
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
