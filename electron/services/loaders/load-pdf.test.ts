import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAME_ARTICLE_BLOCKS } from '../../../scripts/format-fixtures/same-article';
import { loadArticleFile } from '../load-article';
import { buildPdf, passwordProtectedPdf } from './fixtures/build-pdf';
import { buildPdfArticle } from './load-pdf';

const FIXTURE = resolve(__dirname, 'fixtures', 'same-article', 'ferry-article.pdf');
let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-pdf-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, content: Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string): Promise<{ code: string; message: string }> {
  const result = await loadArticleFile(path);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('PDF files', () => {
  it('reads a PDF printed by Chromium without changing the file', async () => {
    const before = readFileSync(FIXTURE);
    const result = await loadArticleFile(FIXTURE);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.format).toBe('pdf');
    expect(result.article.text).toContain('the state news agency Xinhua reported on Tuesday');
    expect(readFileSync(FIXTURE).equals(before)).toBe(true);
  });

  it('rebuilds paragraphs that run over page breaks and drops every page’s header and number', async () => {
    const result = await loadArticleFile(resolve(__dirname, 'fixtures', 'same-article', 'long-article.pdf'));
    if (!result.ok) throw new Error(result.error.message);
    const { article } = result;
    const written = new Set(SAME_ARTICLE_BLOCKS.filter((block) => block.kind === 'paragraph').map((block) => block.text));
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => article.text.slice(block.start, block.end));
    // Only whole paragraphs as written: none cut at a page break, none glued to the next.
    expect(paragraphs.filter((paragraph) => !written.has(paragraph))).toEqual([]);
    expect(paragraphs.length).toBeGreaterThan(20);
    const pages = article.stripped.filter((item) => item.reason === 'page number').map((item) => item.text);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages).toEqual(pages.map((_, index) => `${index + 1} / ${pages.length}`));
    expect(article.stripped.filter((item) => item.reason === 'running header or footer')).toHaveLength(pages.length);
  });

  it('says a truncated PDF is cut short or damaged', async () => {
    const bytes = readFileSync(FIXTURE);
    const error = await failure(file('half.pdf', bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe('“half.pdf” is not a readable PDF (it is damaged, cut short or of another type); download or save it again.');
  });

  it('says a password-protected PDF needs its password removed', async () => {
    const error = await failure(file('locked.pdf', passwordProtectedPdf()));
    expect(error.code).toBe('password-protected');
    expect(error.message).toContain('protected by a password');
  });

  it('reports a PNG renamed .pdf as not a readable PDF', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await failure(file('scan.pdf', png))).code).toBe('corrupt');
  });

  it('reports a PDF with no text layer (a scan) as no-article', async () => {
    const blank = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    ]);
    expect((await failure(file('scan.pdf', blank))).code).toBe('no-article');
  });

  it('leaves the loading process’s Array.prototype.push alone, as pdfjs’s polyfills stay in its worker', async () => {
    const push = Array.prototype.push;
    const result = await loadArticleFile(FIXTURE);
    expect(result.ok).toBe(true);
    expect(Array.prototype.push).toBe(push);
  });

  it('stops reading a PDF that outlasts its time budget and calls it too complex', async () => {
    const result = await buildPdfArticle(readFileSync(FIXTURE), FIXTURE, { budgetMs: 1 });
    expect(result).toEqual({ ok: false, code: 'too-complex' });
  });
});
