import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How an article's text is cut out of the file that holds it. */
export type Extraction =
  | { readonly kind: 'whole' }
  /** UTF-16 offsets into the file decoded as UTF-8; `decode: 'json'` undoes JSON/JS string escapes. */
  | { readonly kind: 'slice'; readonly start: number; readonly end: number; readonly decode?: 'none' | 'json' }
  /** JSON (or the 1-based `line` of a JSON Lines file); the strings at `pointers` joined by blank lines. */
  | { readonly kind: 'json'; readonly line?: number; readonly pointers: readonly string[] };

/** Where a real article comes from and how to re-create its text; one `<id>.source.json` per article. */
export interface ArticleSource {
  readonly id: string;
  /** GitHub `owner/name` of the snapshot that holds the article. */
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
  /** sha256 of the file at `path` in that commit. */
  readonly sha256: string;
  readonly extract: Extraction;
  /** The article file's extension as the app opens it. */
  readonly format: 'txt' | 'html' | 'md';
  /** sha256 of the re-created article file (UTF-8, or the source bytes themselves for a whole file in a legacy charset). */
  readonly textSha256: string;
  /** The text's licence; only public-domain and CC BY texts are committed. */
  readonly licence: string;
  readonly committed: boolean;
  readonly outlet: string;
  readonly published?: string;
  readonly lang: string;
  /** wire, web, opinion, fact-check, live-blog, interview, … */
  readonly kind: string;
  readonly citesStateMedia: boolean;
  /** Cites only independent public broadcasters (BBC, NPR, DW, VOA, Yonhap…): nothing to mark as state media. */
  readonly trap: boolean;
  readonly title: string;
}

/** The default folder where `fetch` leaves snapshots: `<root>/<owner>+<name>/repo` (a bare git directory). */
export const DEFAULT_MIRROR_ROOT = '/work/.mirror';

/** Hex sha256 of some bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The bare git directory of a fetched snapshot, or undefined when it has not been fetched. */
export function snapshotGitDir(mirrorRoot: string, repo: string): string | undefined {
  const base = join(mirrorRoot, repo.replace('/', '+'));
  // A fresh fetch leaves a work-tree-less clone whose git directory is `repo/.git`.
  for (const candidate of [join(base, 'repo'), join(base, 'repo', '.git'), base]) if (existsSync(join(candidate, 'HEAD'))) return candidate;
  return undefined;
}

/** The bytes of `path` at `commit` in a snapshot. */
export function readSnapshotFile(gitDir: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 512 * 1024 * 1024 });
}

function jsonPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') throw new Error(`JSON pointer ${pointer} leaves the document at "${key}"`);
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * What to write as the article file: a whole file that is not UTF-8 (a page in a legacy charset it
 * declares itself, such as ISO-8859-15) stays byte for byte, since decoding it as UTF-8 would garble
 * every accent before the loader ever saw its declaration; anything else is the extracted text.
 */
export function articleFileContent(bytes: Buffer, extract: Extraction): Buffer | string {
  return extract.kind === 'whole' && !isUtf8(bytes) ? bytes : extractArticle(bytes, extract);
}

/** Applies an extraction to a source file's bytes, giving the article file's text with `\n` line ends. */
export function extractArticle(bytes: Buffer, extract: Extraction): string {
  return cutArticle(bytes.toString('utf8'), extract).replace(/\r\n?/g, '\n');
}

function cutArticle(text: string, extract: Extraction): string {
  switch (extract.kind) {
    case 'whole':
      return text;
    case 'slice': {
      const piece = text.slice(extract.start, extract.end);
      if (extract.decode !== 'json') return piece;
      // JS source may escape a single quote, which JSON does not know.
      return JSON.parse(`"${piece.replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`) as string;
    }
    case 'json': {
      const document = extract.line === undefined ? text : (text.split('\n')[extract.line - 1] ?? '');
      const parsed: unknown = JSON.parse(document);
      return extract.pointers
        .map((pointer) => {
          const value = jsonPointer(parsed, pointer);
          if (typeof value !== 'string') throw new Error(`JSON pointer ${pointer} is not a string`);
          return value.trim();
        })
        .join('\n\n');
    }
  }
}

/** Reads and checks the shape of a source file. */
export function readArticleSource(path: string): ArticleSource {
  const data = JSON.parse(readFileSync(path, 'utf8')) as ArticleSource;
  for (const key of ['id', 'repo', 'commit', 'path', 'sha256', 'format', 'textSha256', 'licence'] as const) {
    if (typeof data[key] !== 'string' || data[key].length === 0) throw new Error(`${path}: needs "${key}"`);
  }
  if (!/^[0-9a-f]{40}$/.test(data.commit)) throw new Error(`${path}: "commit" must be 40 hex digits`);
  if (!data.extract || typeof data.extract.kind !== 'string') throw new Error(`${path}: needs "extract"`);
  return data;
}
