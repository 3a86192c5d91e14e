import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STORMS } from '../../../bench/hostile-storms';
import { loadArticleFile } from '../load-article';

// The issue-17 files at small scales: each ends as an article or a one-line refusal, never a crash.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-storms-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function stormFile(name: string, scale: number): string {
  const storm = HOSTILE_STORMS.find((entry) => entry.name === name);
  if (!storm) throw new Error(`no storm ${name}`);
  const path = join(folder, `${name}.${storm.extension}`);
  writeFileSync(path, storm.build(scale));
  return path;
}

describe('degrade, do not refuse', () => {
  it('reads a page whose JSON-LD is nested far too deep, dropping only that metadata', async () => {
    const result = await loadArticleFile(stormFile('html-deep-json-ld', 1));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('Talks continue');
    expect(result.article.text).toContain('the minister said on Tuesday');
  });

  it('reads a Word document whose title holds an out-of-range character reference, dropping that character', async () => {
    const result = await loadArticleFile(stormFile('docx-bad-charref-title', 1));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toContain('The minister said the talks would continue');
    expect(result.article.title).toBe('Talks go on');
  });
});

describe('Word archives opened once, by us', () => {
  it('refuses an extra local header that reuses the document’s name', async () => {
    const result = await loadArticleFile(stormFile('docx-extra-local-header', 0.001));
    expect(result.ok ? 'article' : result.error.code).toBe('unsafe-archive');
  });

  it('refuses a document part over the part cap even when its ratio is padded to look ordinary', async () => {
    const result = await loadArticleFile(stormFile('docx-padded-ratio', 0.14));
    expect(result.ok ? 'article' : result.error.code).toBe('unsafe-archive');
  });
});

describe('element storms', () => {
  it('reads a Markdown file of a hundred thousand emphases, keeping the words and dropping the formatting', async () => {
    const result = await loadArticleFile(stormFile('md-emphasis-storm', 1));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('Talks');
    expect(result.article.text).toContain('a a a a');
    expect(result.article.text).toContain('according to officials');
  });

  it('decodes a quoted-printable saved page into the same article its HTML gives', async () => {
    const result = await loadArticleFile(stormFile('mhtml-qp-large', 0.01));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.format).toBe('mhtml');
    expect(result.article.text).toContain('Paragraph 6: the minister said on Tuesday');
  });
});

describe('nesting the old pre-scan could not see', () => {
  for (const name of ['html-nest-noscript', 'html-nest-after-abrupt-comment', 'html-nest-svg-style', 'html-nest-svg-title', 'mhtml-nest']) {
    it(`reads ${name} flattened past the depth limit, keeping the article`, async () => {
      const result = await loadArticleFile(stormFile(name, 0.01));
      if (!result.ok) throw new Error(result.error.message);
      expect(result.article.text).toContain('Paragraph 6: the minister said on Tuesday');
    });
  }
});
