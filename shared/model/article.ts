import type { OutletRecord } from '../engine/state-media/outlet-types';

/** Structural role of a block of the article, which the reader styles differently. */
export type BlockKind = 'heading' | 'paragraph' | 'blockquote' | 'list-item' | 'caption' | 'dateline' | 'byline';

/** A block of the article: `text.slice(start, end)` is what it shows. */
export interface ArticleBlock {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
}

/** Text a loader removed as boilerplate; kept so the reader can reveal it. */
export interface StrippedText {
  readonly text: string;
  readonly reason: string;
  /** Index of the block it stood before (blocks.length when it stood at the end). */
  readonly beforeBlock: number;
}

/** File formats Sourcelight opens. */
export type ArticleFormat = 'txt' | 'html' | 'mhtml' | 'markdown' | 'docx' | 'pdf';

/** A loaded article: the analysed text and how it is laid out in blocks. */
export interface Article {
  /** The analysed text: block texts joined with a blank line ("\n\n"). */
  readonly text: string;
  readonly blocks: readonly ArticleBlock[];
  readonly title?: string;
  readonly byline?: string;
  readonly site?: string;
  readonly date?: string;
  /** The article's canonical web address (http or https), when the file names one. */
  readonly url?: string;
  /** The article's language as the file declares it (a BCP 47 tag such as `en` or `ru`). */
  readonly lang?: string;
  readonly sourcePath: string;
  readonly sourceName: string;
  readonly format: ArticleFormat;
  readonly stripped: readonly StrippedText[];
  /** Notes from loading the user may want to know (e.g. a guessed encoding). */
  readonly notices: readonly string[];
  /**
   * Outlets the user added to the registry on this machine (`outlets.json` in the settings folder),
   * attached when the app opened the article so every analysis of it — reader, worker, export — uses them.
   */
  readonly outletAdditions?: readonly OutletRecord[];
}

/** Separator between blocks in `Article.text`. */
export const BLOCK_SEPARATOR = '\n\n';

/** Builds an article's text and blocks from block texts, keeping offsets consistent. */
export function assembleBlocks(
  parts: readonly { readonly kind: BlockKind; readonly text: string }[],
): { text: string; blocks: ArticleBlock[] } {
  const blocks: ArticleBlock[] = [];
  let text = '';
  for (const part of parts) {
    if (part.text.length === 0) continue;
    if (blocks.length > 0) text += BLOCK_SEPARATOR;
    blocks.push({ kind: part.kind, start: text.length, end: text.length + part.text.length });
    text += part.text;
  }
  return { text, blocks };
}
