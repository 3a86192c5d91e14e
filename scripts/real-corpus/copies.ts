import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticleFile } from '../../electron/services/load-article';

/** Runs of this many words: long enough that two articles share one only when one copies the other. */
const SHINGLE_WORDS = 8;

/** Share of a new text's word runs that an older text must hold for the new one to count as its copy. */
export const COPY_SHARE = 0.5;

/** The distinct runs of consecutive words in a text, ignoring case, punctuation and markup between words. */
export function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) runs.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return runs;
}

/** Which share of `text`'s word runs `other` holds too (0 when `text` is too short to have any). */
export function sharedRunShare(text: Set<string>, other: Set<string>): number {
  if (text.size === 0) return 0;
  let shared = 0;
  for (const run of text) if (other.has(run)) shared++;
  return shared / text.size;
}

/** The text the reader shows for an article file (pages from one site share their menus, so raw markup would match). */
async function readerText(path: string): Promise<string> {
  const loaded = await loadArticleFile(path);
  return loaded.ok ? loaded.article.text : '';
}

/**
 * The ids of corpus articles, in either split, that the article file at `path` copies: the same page fetched from
 * two snapshots, or one wire story republished by two sites. A copy in the tune split of a held-out article would
 * let tuning see held-out text, so the caller refuses it; only ids are returned, never the held-out text itself.
 */
export async function corpusCopiesOf(path: string, id: string, corpusRoot: string): Promise<string[]> {
  const runs = wordRuns(await readerText(path));
  const copies: string[] = [];
  for (const split of ['tune', 'heldout']) {
    const directory = join(corpusRoot, split);
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory)) {
      const match = /^(.+)\.(txt|html|md)$/.exec(name);
      if (!match || match[1] === id) continue;
      if (sharedRunShare(runs, wordRuns(await readerText(join(directory, name)))) >= COPY_SHARE) copies.push(match[1]!);
    }
  }
  return copies.sort();
}
