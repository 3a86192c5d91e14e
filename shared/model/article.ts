import type { OutletRecord } from '../engine/state-media/outlet-types';

/** Structural role of a block of the article, which the reader styles differently. */
export type BlockKind = 'heading' | 'paragraph' | 'blockquote' | 'list-item' | 'caption' | 'dateline' | 'byline' | 'standfirst';

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

/** A link in the article: `text.slice(start, end)` is its text, `href` an absolute http(s) address. */
export interface ArticleLink {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

/** An image of the article, shown as a placeholder (never fetched): where it stood and what describes it. */
export interface ArticleFigure {
  /** Index of the block it stood before (blocks.length when it stood at the end). */
  readonly beforeBlock: number;
  /** The image's alternative text, when the page gave one. */
  readonly alt?: string;
}

/** What a fact-check reviewed, from its ClaimReview data: shown as a card, never as the byline. */
export interface ClaimReviewInfo {
  readonly claim: string;
  /** Who made the claim (the reviewed item's author), when named. */
  readonly claimant?: string;
  /** The fact-checker's verdict in its own words ("False", "Misleading"). */
  readonly verdict?: string;
  /** Who reviewed the claim (the fact-checking organisation). */
  readonly reviewer?: string;
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
  /** The publication date as the file gives it (ISO 8601 for web pages); `readableDate` formats it for people. */
  readonly date?: string;
  /** The article's canonical web address (http or https), when the file names one. */
  readonly url?: string;
  /** The article's language as the file declares it (a BCP 47 tag such as `en` or `ru`). */
  readonly lang?: string;
  readonly sourcePath: string;
  readonly sourceName: string;
  readonly format: ArticleFormat;
  readonly stripped: readonly StrippedText[];
  /** Links kept with their text, in text order; offsets are into `text`. */
  readonly links?: readonly ArticleLink[];
  /** Image placeholders, in reading order. */
  readonly figures?: readonly ArticleFigure[];
  /** The claim a fact-check reviewed, when the page carries ClaimReview data. */
  readonly claimReview?: ClaimReviewInfo;
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

/** A link inside one block, its offsets relative to the block's own text. */
export interface BlockLink {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

/** Builds an article's text and blocks from block texts, keeping offsets (blocks' and links') consistent. */
export function assembleBlocks(parts: readonly { readonly kind: BlockKind; readonly text: string; readonly links?: readonly BlockLink[] }[]): {
  text: string;
  blocks: ArticleBlock[];
  links: ArticleLink[];
} {
  const blocks: ArticleBlock[] = [];
  const links: ArticleLink[] = [];
  let text = '';
  for (const part of parts) {
    if (part.text.length === 0) continue;
    if (blocks.length > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    blocks.push({ kind: part.kind, start, end: start + part.text.length });
    for (const link of part.links ?? []) {
      // A link that does not fit its block (a loader's mistake) is dropped rather than pointing at other words.
      if (link.start >= 0 && link.end <= part.text.length && link.start < link.end)
        links.push({ start: start + link.start, end: start + link.end, href: link.href });
    }
    text += part.text;
  }
  return { text, blocks, links };
}
