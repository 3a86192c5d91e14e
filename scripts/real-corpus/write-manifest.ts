import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_CORPUS_ROOT, realSourcePaths } from './recreate';
import { readArticleSource, type ArticleSource } from './source';

/** One line of the manifest: where an article comes from, without how it is cut out. */
export type ManifestEntry = Pick<
  ArticleSource,
  'id' | 'repo' | 'commit' | 'path' | 'sha256' | 'textSha256' | 'licence' | 'committed' | 'outlet' | 'lang' | 'kind' | 'citesStateMedia' | 'trap' | 'title'
> & {
  readonly split: 'tune' | 'heldout';
};

/** The manifest built from every `<id>.source.json`, sorted by split and id. */
export function buildManifest(): ManifestEntry[] {
  return realSourcePaths().map((path) => {
    const source = readArticleSource(path);
    const split = path.includes(`${join(REAL_CORPUS_ROOT, 'heldout')}`) ? 'heldout' : 'tune';
    const { id, repo, commit, sha256, textSha256, licence, committed, outlet, lang, kind, citesStateMedia, trap, title } = source;
    return { id, split, repo, commit, path: source.path, sha256, textSha256, licence, committed, outlet, lang, kind, citesStateMedia, trap, title };
  });
}

/** Where the manifest is written. */
export const MANIFEST_PATH = join(REAL_CORPUS_ROOT, 'manifest.json');

if (require.main === module) {
  const manifest = buildManifest();
  writeFileSync(MANIFEST_PATH, `${JSON.stringify({ articles: manifest }, null, 1)}\n`);
  console.log(`${manifest.length} articles written to ${MANIFEST_PATH}`);
}
