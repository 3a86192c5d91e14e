import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticleFile } from '../electron/services/load-article';
import { buildSavedWebPage, buildTextPdf, writeSavedWebPage, writeTextArticle } from './bench-files';

const directory = mkdtempSync(join(tmpdir(), 'sourcelight-bench-files-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('writeTextArticle', () => {
  it('writes about the asked size of article text that the app opens', async () => {
    const file = writeTextArticle(directory, '10 KB', 10_000);
    expect(file.bytes).toBeGreaterThan(5_000);
    expect(file.bytes).toBeLessThanOrEqual(10_000);
    const result = await loadArticleFile(file.path);
    expect(result.ok).toBe(true);
  });
});

describe('buildSavedWebPage', () => {
  it('buries the article in scripts, styles, navigation, ads and comments', () => {
    const html = buildSavedWebPage({ articleBytes: 5_000, scriptBytes: 20_000, links: 10, comments: 5 });
    expect(html.length).toBeGreaterThan(25_000);
    expect(html).toContain('<script>window.__STATE__=');
    expect(html).toContain('<nav aria-label="Sections">');
    expect(html).toContain('<span>Advertisement</span>');
    expect(html).toContain('<section class="comments">');
  });

  it('is a page the HTML loader extracts the article from, without the furniture', async () => {
    const file = writeSavedWebPage(directory, { articleBytes: 8_000, scriptBytes: 20_000, links: 20, comments: 10 });
    const result = await loadArticleFile(file.path);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text.length).toBeGreaterThan(4_000);
    expect(result.article.text).not.toContain('__STATE__');
    expect(result.article.text).not.toContain('still want to know who said it first');
  });
});

describe('buildTextPdf', () => {
  const pdf = Buffer.from(buildTextPdf(3)).toString('latin1');

  it('declares the asked number of pages, each with its own content stream', () => {
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('/Type /Pages /Count 3 ');
    expect(pdf.match(/\/Type \/Page /g)).toHaveLength(3);
    expect(pdf.match(/\bstream\n/g)).toHaveLength(3);
  });

  it('has a cross-reference table whose offsets point at their objects', () => {
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const entries = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries).toHaveLength(9);
    entries.forEach((offset, index) => expect(pdf.startsWith(`${index + 1} 0 obj\n`, offset)).toBe(true));
  });

  it('declares each stream length to the byte', () => {
    for (const match of pdf.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
      const start = match.index + match[0].length;
      expect(pdf.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe('\nendstream');
    }
  });
});
