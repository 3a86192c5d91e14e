import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadErrorCode } from '../../shared/model/load-result';
import { loadArticleFile } from './load-article';
import { MAX_CONTAINER_BYTES, MAX_PLAIN_TEXT_BYTES } from './loaders/load-errors';
import { codeForSystemError } from './loaders/read-article-bytes';

let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-load-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function expectFailure(path: string, code: LoadErrorCode, name: string): Promise<string> {
  const result = await loadArticleFile(path);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  expect(result.error.message).toContain(`“${name}”`);
  expect(result.error.message).not.toContain(folder);
  // One sentence: a single full stop, at the end (file names and extensions aside).
  expect(result.error.message.replaceAll(name, 'NAME').replace(/\.(?:txt|html|htm|mhtml|mht|md|markdown|docx|pdf)\b/g, 'EXT')).toMatch(/^[^.]+\.$/);
  return result.error.message;
}

const ARTICLE = 'The library reopened on Saturday after a year of repairs to its roof.\n\nReaders queued before the doors opened.';

describe('loadArticleFile', () => {
  it('opens a text article', async () => {
    const result = await loadArticleFile(file('library.txt', ARTICLE));
    expect(result.ok && result.article.text).toBe(
      'The library reopened on Saturday after a year of repairs to its roof.\n\nReaders queued before the doors opened.',
    );
  });

  it('accepts upper-case extensions', async () => {
    expect((await loadArticleFile(file('LIBRARY.TXT', ARTICLE))).ok).toBe(true);
  });

  it('reports a missing file as not-found', async () => {
    await expectFailure(join(folder, 'missing.txt'), 'not-found', 'missing.txt');
  });

  it('reports a folder as is-directory', async () => {
    mkdirSync(join(folder, 'articles.txt'));
    await expectFailure(join(folder, 'articles.txt'), 'is-directory', 'articles.txt');
  });

  it('reports an unsupported extension and names the types it opens', async () => {
    const message = await expectFailure(file('report.xlsx', ARTICLE), 'unsupported-type', 'report.xlsx');
    expect(message).toContain('.txt, .html, .htm, .mhtml, .mht, .md, .markdown, .docx or .pdf');
    await expectFailure(file('notes', ARTICLE), 'unsupported-type', 'notes');
  });

  it('reports an empty file and a file of blank lines as empty', async () => {
    await expectFailure(file('empty.txt', ''), 'empty', 'empty.txt');
    await expectFailure(file('blank.txt', ' \n\n\t\n'), 'empty', 'blank.txt');
  });

  it('refuses a text file too big to hold 1,000,000 characters or fewer before reading it, naming the one limit', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_PLAIN_TEXT_BYTES + 1);
    const message = await expectFailure(path, 'too-large', 'huge.txt');
    expect(message).toContain('more than the 1,000,000 characters of text Sourcelight reads');
  });

  it('states the same limit for a text that decodes to more than 1,000,000 characters', async () => {
    const message = await expectFailure(file('long.txt', `${'The council met. '.repeat(58_823)}more text.`), 'too-large', 'long.txt');
    expect(message).toContain('1,000,001 characters of text, more than the 1,000,000 Sourcelight reads');
  });

  it('reports a PNG renamed to .txt as binary', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x02, 0x00, 0x08, 0x06,
    ]);
    await expectFailure(file('picture.txt', png), 'binary', 'picture.txt');
    await expectFailure(file('picture.html', png), 'binary', 'picture.html');
  });

  it('reports text that cannot be decoded as bad-encoding', async () => {
    const broken = Uint8Array.from([0xff, 0xfe, ...Array.from({ length: 64 }, (_, index) => (index % 2 === 0 ? 0x00 : 0xdc))]);
    await expectFailure(file('broken.txt', broken), 'bad-encoding', 'broken.txt');
  });

  it('gives each new format’s bad input its own one-sentence message', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expectFailure(file('picture.pdf', png), 'corrupt', 'picture.pdf');
    await expectFailure(file('picture.docx', png), 'corrupt', 'picture.docx');
    await expectFailure(file('picture.md', png), 'binary', 'picture.md');
    await expectFailure(file('picture.mhtml', png), 'corrupt', 'picture.mhtml');
    await expectFailure(file('empty.md', ''), 'empty', 'empty.md');
    await expectFailure(file('empty.pdf', ''), 'empty', 'empty.pdf');
    await expectFailure(file('login.md', '# Log in\n\nShare this article\n'), 'no-article', 'login.md');
  });

  it("refuses a page or document too big for the loader's memory before reading it", async () => {
    for (const name of ['huge.pdf', 'huge.docx', 'huge.html']) {
      const path = file(name, '');
      truncateSync(path, MAX_CONTAINER_BYTES + 1);
      expect(await expectFailure(path, 'too-demanding', name)).toContain('more memory or time than a news article should');
    }
  });

  it('reports a file of nothing but boilerplate, and an HTML page with no body, as no-article', async () => {
    await expectFailure(file('banner.txt', 'Advertisement\n\nShare this article\n'), 'no-article', 'banner.txt');
    await expectFailure(file('login.htm', '<html><body><nav><a href="/">Home</a></nav><p>Log in</p></body></html>'), 'no-article', 'login.htm');
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as permission-denied', async () => {
    const path = file('secret.txt', ARTICLE);
    chmodSync(path, 0o000);
    await expectFailure(path, 'permission-denied', 'secret.txt');
  });

  it('maps file-system error codes to the reader-facing codes', () => {
    expect(codeForSystemError('EACCES')).toBe('permission-denied');
    expect(codeForSystemError('EPERM')).toBe('permission-denied');
    expect(codeForSystemError('ENOENT')).toBe('not-found');
    expect(codeForSystemError('EISDIR')).toBe('is-directory');
    expect(codeForSystemError('EIO')).toBe('unreadable');
  });

  it('opens a read-only file and leaves it untouched', async () => {
    const path = file('readonly.txt', ARTICLE);
    chmodSync(path, 0o444);
    const before = statSync(path);
    const result = await loadArticleFile(path);
    expect(result.ok).toBe(true);
    const after = statSync(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.mode).toBe(before.mode);
    expect(readFileSync(path, 'utf8')).toBe(ARTICLE);
  });

  it('reads a Windows-1252 HTML page by its declared charset', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Quay</title></head><body><article><p>The harbour master said ', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('the quay is safe', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(' and that the ships waiting outside would be brought in one by one over the weekend.</p></article></body></html>', 'latin1'),
    ]);
    const result = await loadArticleFile(file('quay.html', bytes));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toContain('said “the quay is safe” and that');
    expect(result.article.notices).toEqual([]);
  });
});
