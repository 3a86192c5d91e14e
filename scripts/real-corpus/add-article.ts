import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusCopiesOf } from './copies';
import { REAL_CORPUS_ROOT } from './recreate';
import { DEFAULT_MIRROR_ROOT, articleFileContent, readSnapshotFile, sha256, snapshotGitDir, type ArticleSource, type Extraction } from './source';

/**
 * Adds (or replaces) one real article: reads it from a fetched snapshot, writes the article file
 * and its `<id>.source.json`. Usage:
 *   npx tsx scripts/real-corpus/add-article.ts --split tune --id r-voa-001 --repo owner/name
 *     --commit SHA --path file [--slice START:END [--decode json] | --json-line N --pointer /text ...]
 *     --format txt --licence "public domain" --outlet VOA --lang en --kind wire --title "..."
 *     [--published 2019-01-02] [--cites-state-media] [--trap] [--committed]
 * It refuses an article that copies one already in either split (the same page in two snapshots, a reprint).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const key = args[i]!;
    if (!key.startsWith('--')) throw new Error(`unexpected ${key}`);
    const next = args[i + 1];
    const value = next === undefined || next.startsWith('--') ? 'true' : (i++, next);
    values.set(key.slice(2), [...(values.get(key.slice(2)) ?? []), value]);
  }
  const one = (key: string, fallback?: string): string => {
    const value = values.get(key)?.[0] ?? fallback;
    if (value === undefined) throw new Error(`--${key} is required`);
    return value;
  };
  const split = one('split');
  if (split !== 'tune' && split !== 'heldout') throw new Error('--split is tune or heldout');
  const repo = one('repo');
  const gitDir = snapshotGitDir(one('mirror', DEFAULT_MIRROR_ROOT), repo);
  if (!gitDir) throw new Error(`${repo} has not been fetched`);
  const commit = one('commit');
  const path = one('path');
  const bytes = readSnapshotFile(gitDir, commit, path);
  let extract: Extraction = { kind: 'whole' };
  if (values.has('slice')) {
    const [start, end] = one('slice').split(':').map(Number);
    extract = { kind: 'slice', start: start!, end: end!, decode: one('decode', 'none') === 'json' ? 'json' : 'none' };
  } else if (values.has('pointer')) {
    const line = values.has('json-line') ? Number(one('json-line')) : undefined;
    extract = { kind: 'json', ...(line === undefined ? {} : { line }), pointers: values.get('pointer')! };
  }
  const text = articleFileContent(bytes, extract);
  const format = one('format', 'txt') as ArticleSource['format'];
  const id = one('id');
  const source: ArticleSource = {
    id,
    repo,
    commit,
    path,
    sha256: sha256(bytes),
    extract,
    format,
    textSha256: sha256(text),
    licence: one('licence'),
    committed: values.has('committed'),
    outlet: one('outlet'),
    ...(values.has('published') ? { published: one('published') } : {}),
    lang: one('lang', 'en'),
    kind: one('kind'),
    citesStateMedia: values.has('cites-state-media'),
    trap: values.has('trap'),
    title: one('title'),
  };
  const articlePath = join(REAL_CORPUS_ROOT, split, `${id}.${format}`);
  writeFileSync(articlePath, text);
  // Texts are compared as re-created, so run `npm run corpus:real` first; a copy would put one article in the corpus twice.
  const copies = await corpusCopiesOf(articlePath, id, REAL_CORPUS_ROOT);
  if (copies.length > 0) {
    rmSync(articlePath);
    throw new Error(`${path} holds the same article as ${copies.join(', ')} (half its 8-word runs or more); choose another article`);
  }
  writeFileSync(join(REAL_CORPUS_ROOT, split, `${id}.source.json`), `${JSON.stringify(source, null, 1)}\n`);
  console.log(`${split}/${id}.${format}: ${text.length} ${typeof text === 'string' ? 'characters' : 'bytes'}`);
}

main().catch((error: unknown) => {
  console.error(`add-article: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
