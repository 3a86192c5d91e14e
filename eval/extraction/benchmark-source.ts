import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_MIRROR_ROOT, sha256, snapshotGitDir } from '../../scripts/real-corpus/source';

/** One file of the benchmark, pinned by snapshot, commit, path and content hash. */
export interface PinnedFile {
  readonly path: string;
  readonly sha256: string;
}

/** One benchmark page: the page as saved and the same page with its main content marked by annotators. */
export interface BenchmarkPage {
  readonly id: string;
  readonly input: PinnedFile;
  readonly gold: PinnedFile;
}

/** Another tool's published per-page output or score file on the same pages. */
export interface PublishedFile extends PinnedFile {
  readonly tool: string;
  readonly kind: 'outputs' | 'rouge-lsum';
}

/**
 * A second benchmark from the same snapshot, scored beside the first so that a gain on one that is a
 * loss on the other shows. Its ground truth is plain text; anything after `goldEndsAt` (the
 * annotators' comment section) is not the article.
 */
export interface CheckBenchmark {
  readonly benchmark: string;
  readonly citation: string;
  readonly goldEndsAt: string;
  readonly files: readonly BenchmarkPage[];
}

/** The committed manifest: where the benchmark's pages and the published results live. */
export interface ExtractionManifest {
  readonly benchmark: string;
  readonly citation: string;
  readonly pages: { readonly repo: string; readonly commit: string; readonly licence: string; readonly files: readonly BenchmarkPage[] };
  readonly published: { readonly repo: string; readonly commit: string; readonly source: string; readonly files: readonly PublishedFile[] };
  readonly checks?: readonly CheckBenchmark[];
}

/** The manifest's place in the repository. */
export const EXTRACTION_MANIFEST_PATH = resolve(__dirname, 'manifest.json');

/** Reads the committed manifest. */
export function readExtractionManifest(path: string = EXTRACTION_MANIFEST_PATH): ExtractionManifest {
  return JSON.parse(readFileSync(path, 'utf8')) as ExtractionManifest;
}

/**
 * Reads many files of one commit in a single `git cat-file --batch` call (one process per file
 * would take minutes for the benchmark's 1,242 files). Returns the bytes by path.
 */
export function readSnapshotFiles(gitDir: string, commit: string, paths: readonly string[]): Map<string, Buffer> {
  const result = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: paths.map((path) => `${commit}:${path}\n`).join(''),
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`git cat-file failed: ${result.stderr.toString()}`);
  const out = result.stdout;
  const files = new Map<string, Buffer>();
  let at = 0;
  for (const path of paths) {
    const lineEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, lineEnd).toString();
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) throw new Error(`${path}: ${header}`);
    const size = Number(match[1]);
    files.set(path, out.subarray(lineEnd + 1, lineEnd + 1 + size));
    at = lineEnd + 1 + size + 1;
  }
  return files;
}

/** Reads pinned files from a snapshot and checks each against its sha256. */
export function readPinned(gitDir: string, commit: string, files: readonly PinnedFile[]): Map<string, Buffer> {
  const bytes = readSnapshotFiles(
    gitDir,
    commit,
    files.map((file) => file.path),
  );
  for (const file of files) {
    if (sha256(bytes.get(file.path)!) !== file.sha256) throw new Error(`${file.path} at ${commit.slice(0, 8)} has another sha256`);
  }
  return bytes;
}

/** Where the snapshots are, or which are missing. */
export function locateSnapshots(
  manifest: ExtractionManifest,
  mirrorRoot: string = DEFAULT_MIRROR_ROOT,
): { pages?: string | undefined; published?: string | undefined; missing: string[] } {
  const pages = snapshotGitDir(mirrorRoot, manifest.pages.repo);
  const published = snapshotGitDir(mirrorRoot, manifest.published.repo);
  const missing = [pages ? null : manifest.pages.repo, published ? null : manifest.published.repo].filter((repo): repo is string => repo !== null);
  return { pages, published, missing };
}

/** Whether a mirror root exists at all (CI has none). */
export function mirrorExists(mirrorRoot: string = DEFAULT_MIRROR_ROOT): boolean {
  return existsSync(mirrorRoot);
}
