import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_MIRROR_ROOT, articleFileContent, readArticleSource, readSnapshotFile, sha256, snapshotGitDir } from './source';

/** The real-article corpus: `eval/real/<split>/<id>.source.json` beside each gold file. */
export const REAL_CORPUS_ROOT = resolve(__dirname, '../../eval/real');

/** Every source file of the real corpus, by split. */
export function realSourcePaths(): string[] {
  return ['tune', 'heldout'].flatMap((split) => {
    const folder = join(REAL_CORPUS_ROOT, split);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => name.endsWith('.source.json'))
      .sort()
      .map((name) => join(folder, name));
  });
}

/**
 * Re-creates the real articles' texts from fetched snapshots and checks each against its sha256.
 * Usage: `npm run corpus:real -- [--mirror DIR]` (default /work/.mirror, where `fetch` puts them).
 */
function main(): void {
  const args = process.argv.slice(2);
  const mirrorAt = args.indexOf('--mirror');
  const given = mirrorAt >= 0 ? args[mirrorAt + 1] : undefined;
  const mirror = given ? resolve(given) : DEFAULT_MIRROR_ROOT;
  let made = 0;
  let present = 0;
  const missing = new Set<string>();
  const problems: string[] = [];
  for (const sourcePath of realSourcePaths()) {
    const source = readArticleSource(sourcePath);
    const target = sourcePath.replace(/\.source\.json$/, `.${source.format}`);
    if (source.committed && existsSync(target)) {
      present++;
      continue;
    }
    const gitDir = snapshotGitDir(mirror, source.repo);
    if (!gitDir) {
      missing.add(source.repo);
      continue;
    }
    try {
      const bytes = readSnapshotFile(gitDir, source.commit, source.path);
      if (sha256(bytes) !== source.sha256) throw new Error(`${source.path} at ${source.commit.slice(0, 8)} has another sha256`);
      const text = articleFileContent(bytes, source.extract);
      if (sha256(text) !== source.textSha256) throw new Error('the extracted text has another sha256');
      writeFileSync(target, text);
      made++;
    } catch (error) {
      problems.push(`${source.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`real corpus: ${made} texts re-created, ${present} committed, ${problems.length} failed`);
  if (missing.size > 0) {
    console.log(`snapshots not fetched (fetch them, e.g. with the search tool's fetch, into ${mirror}/<owner>+<name>):`);
    for (const repo of [...missing].sort()) console.log(`  ${repo}`);
  }
  for (const problem of problems) console.log(`  ${problem}`);
  if (problems.length > 0) process.exit(1);
}

if (require.main === module) main();
