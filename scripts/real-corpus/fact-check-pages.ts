import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPinned } from '../../eval/extraction/benchmark-source';
import { DEFAULT_MIRROR_ROOT, extractArticle, snapshotGitDir, type Extraction } from './source';

/** The real fact-check pages pinned for the loader's tests and the screenshots (others' work, never committed). */
export const FACT_CHECK_MANIFEST = resolve(__dirname, '../../electron/services/loaders/fixtures/real-fact-checks.json');

interface FactCheckPage {
  readonly id: string;
  readonly path: string;
  readonly sha256: string;
  readonly extract: Extraction;
}

/**
 * The snapshot the pages come from, and a reader of one page's HTML by id; `read` is null where the
 * snapshot is not in the mirror (as in CI).
 */
export function realFactCheckPages(mirror: string = DEFAULT_MIRROR_ROOT): { readonly repo: string; readonly read: ((id: string) => string) | null } {
  const manifest = JSON.parse(readFileSync(FACT_CHECK_MANIFEST, 'utf8')) as {
    readonly repo: string;
    readonly commit: string;
    readonly pages: readonly FactCheckPage[];
  };
  const gitDir = snapshotGitDir(mirror, manifest.repo);
  if (!gitDir) return { repo: manifest.repo, read: null };
  const read = (id: string): string => {
    const page = manifest.pages.find((entry) => entry.id === id);
    if (!page) throw new Error(`no real fact-check page ${id} in ${FACT_CHECK_MANIFEST}`);
    return extractArticle(readPinned(gitDir, manifest.commit, [page]).get(page.path)!, page.extract);
  };
  return { repo: manifest.repo, read };
}
