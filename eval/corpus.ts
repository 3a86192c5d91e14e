import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadArticleFile } from '../electron/services/load-article';
import { REPO_ROOT, SHARED_FIXTURES } from './corpus-paths';
import { readGoldFile, type GoldFile } from './gold';

export { REPO_ROOT, SHARED_FIXTURES };

/** Named groups of annotated articles. */
export type SplitName = 'tune' | 'heldout' | 'fixtures' | 'real-tune' | 'real-heldout';

/** Every split, in the order the evaluation reports them: real articles first. */
export const SPLITS: readonly SplitName[] = ['real-tune', 'real-heldout', 'fixtures', 'tune', 'heldout'];

/** Whether a split's details may be shown: held-out errors are never studied while tuning. */
export function isHeldOut(split: SplitName): boolean {
  return split === 'heldout' || split === 'real-heldout';
}

/** An annotated article ready to score. */
export interface CorpusArticle {
  readonly split: SplitName;
  readonly gold: GoldFile;
  readonly path: string;
  /** The analysed text, as the app and the CLI would produce it. */
  readonly text: string;
  /** Set when the loader could not open the file and the raw text was used instead. */
  readonly loaderProblem?: string;
}

/** A gold file whose article text is not on this machine. */
export interface MissingText {
  readonly split: SplitName;
  readonly gold: GoldFile;
  readonly path: string;
  readonly missing: true;
}

/** Directory holding one split's articles and gold files. */
export function splitDirectory(split: SplitName): string {
  if (split === 'fixtures') return SHARED_FIXTURES;
  if (split === 'real-tune') return join(REPO_ROOT, 'eval', 'real', 'tune');
  if (split === 'real-heldout') return join(REPO_ROOT, 'eval', 'real', 'heldout');
  return join(REPO_ROOT, 'eval', 'corpus', split);
}

/** Gold files of a split, sorted by name; empty when the split is absent. */
export function goldPaths(split: SplitName): string[] {
  const directory = splitDirectory(split);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => join(directory, name));
}

/** Loads an annotated article the way the CLI does, so the score reflects what users get. */
export async function loadCorpusArticle(split: SplitName, goldPath: string): Promise<CorpusArticle | MissingText> {
  const gold = readGoldFile(goldPath);
  const path = join(dirname(goldPath), gold.file);
  // Real articles that may not be committed are re-created from snapshots (`npm run corpus:real`).
  if (!existsSync(path)) return { split, gold, path, missing: true };
  const result = await loadArticleFile(path);
  if (result.ok) return { split, gold, path, text: result.article.text };
  const raw = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  return { split, gold, path, text: raw, loaderProblem: result.error.message };
}
