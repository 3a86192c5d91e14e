import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAME_ARTICLE_BLOCKS, SAME_ARTICLE_TITLE } from '../../../scripts/format-fixtures/same-article';
import { analyze } from '../../../shared/engine/analyze';
import type { Article } from '../../../shared/model/article';
import { loadArticleFile } from '../load-article';

const FOLDER = resolve(__dirname, 'fixtures', 'same-article');
const FORMATS = ['txt', 'html', 'mhtml', 'md', 'docx', 'pdf'] as const;
const loaded = new Map<string, Article>();

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Findings compared as layer and text, whitespace folded: offsets differ with block separators. */
function findingSummary(article: Article): string[] {
  return analyze(article.text).map((finding) => `${finding.layer}: ${squash(finding.text)}`);
}

beforeAll(async () => {
  for (const format of FORMATS) {
    const result = await loadArticleFile(resolve(FOLDER, `ferry-article.${format}`));
    if (!result.ok) throw new Error(`${format}: ${result.error.message}`);
    loaded.set(format, result.article);
  }
});

describe('one article saved in every format', () => {
  const articleWords = SAME_ARTICLE_BLOCKS.filter((block) => block.kind !== 'furniture').map((block) => block.text);

  it.each(FORMATS)('reads the .%s copy as the article’s own words, block by block, with the share prompt stripped', (format) => {
    const article = loaded.get(format)!;
    const blocks = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(blocks).toEqual(articleWords);
    expect(article.text).not.toContain('Share this article');
    expect(article.format).toBe(format === 'md' ? 'markdown' : format);
  });

  it.each(FORMATS)('finds the headline and byline of the .%s copy', (format) => {
    const article = loaded.get(format)!;
    expect(article.title).toBe(SAME_ARTICLE_TITLE);
    expect(article.byline).toBe('Ilse Marten');
    expect(article.blocks[0]?.kind).toBe('heading');
    expect(article.blocks[1]?.kind).toBe('byline');
  });

  it('gives the same findings whichever format the article was saved in', () => {
    const expected = findingSummary(loaded.get('txt')!);
    expect(expected).toEqual(
      expect.arrayContaining([
        'state-media: the state news agency Xinhua',
        'state-media: State broadcaster CCTV',
        expect.stringMatching(/^quote: “The hull of our oldest vessel/),
      ]),
    );
    expect(expected.some((finding) => finding.startsWith('unverified:'))).toBe(true);
    for (const format of FORMATS) expect(findingSummary(loaded.get(format)!), format).toEqual(expected);
  });

  it('reads the site and date where the format carries them', () => {
    for (const format of ['html', 'mhtml', 'md'] as const) {
      expect(loaded.get(format)!.site, format).toBe('The Harbour Gazette');
      expect(loaded.get(format)!.date, format).toMatch(/^2026-02-10/);
    }
    // Chromium copies the page title, with its site suffix, into the PDF.
    expect(loaded.get('pdf')!.site).toBe('The Harbour Gazette');
  });

  it('keeps the caption a caption in the web-page copies', () => {
    for (const format of ['html', 'mhtml'] as const) {
      const article = loaded.get(format)!;
      const caption = article.blocks.find((block) => block.kind === 'caption');
      expect(caption && article.text.slice(caption.start, caption.end), format).toMatch(/^The ferry Northern Star/);
    }
  });

  it('records the PDF’s running headers and page numbers as stripped, not as article text', () => {
    const pdf = loaded.get('pdf')!;
    const reasons = pdf.stripped.map((item) => `${item.reason}: ${item.text}`);
    expect(reasons).toContain('page number: 1 / 2');
    expect(reasons).toContain('page number: 2 / 2');
    expect(reasons.filter((reason) => reason.startsWith('running header or footer: Ferry line'))).toHaveLength(2);
    expect(pdf.text).not.toMatch(/\d \/ 2|Harbour Gazette/);
  });
});
