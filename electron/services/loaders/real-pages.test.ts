// @vitest-environment jsdom
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/engine/analyze';
import { renderHtmlExport } from '../../../shared/export/html-export';
import { LAYER_IDS } from '../../../shared/model/layers';
import { loadArticleFile } from '../load-article';

// The saved web pages of the real-article corpus (tune split), re-created outside git by
// `npm run corpus:real`; their licences keep them out of the repository, so this skips without them.
const TUNE = resolve(__dirname, '../../../eval/real/tune');
const pages = existsSync(TUNE) ? readdirSync(TUNE).filter((name) => name.endsWith('.html')) : [];

/** The characters any finding covers, block by block in text order: what the marks must show. */
function coveredText(text: string, blocks: readonly { start: number; end: number }[], findings: readonly { start: number; end: number }[]): string {
  let out = '';
  for (const block of blocks) {
    for (let at = block.start; at < block.end; at++) if (findings.some((finding) => finding.start <= at && at < finding.end)) out += text[at];
  }
  return out;
}

describe.skipIf(pages.length === 0)('real saved pages keep text, structure and highlights consistent', () => {
  it.each(pages)('%s: links, figures and highlights fit the analysed text, in the export too', async (name) => {
    const result = await loadArticleFile(join(TUNE, name));
    if (!result.ok) throw new Error(result.error.message);
    const { article } = result;
    // A headline that is only the site's name, or a raw ISO date, is what this work removed. A saved fragment
    // with neither <title> nor <h1> (fr13 is a slice of a page) names no headline to find.
    const source = readFileSync(join(TUNE, name), 'utf8');
    if (/<title[\s>]|<h1[\s>]/i.test(source)) expect(article.title).toBeTruthy();
    for (const link of article.links ?? []) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(article.text.slice(link.start, link.end).trim().length).toBeGreaterThan(0);
    }
    for (const figure of article.figures ?? []) expect(figure.beforeBlock).toBeLessThanOrEqual(article.blocks.length);
    const findings = analyze(article.text);
    const doc = new DOMParser().parseFromString(
      renderHtmlExport(article, findings, { visibleLayers: LAYER_IDS, exportedAt: '2026-12-04T20:00:00.000Z', version: 'test' }),
      'text/html',
    );
    // Links and placeholders add no words: each block reads exactly as its slice of the analysed text.
    expect([...doc.querySelectorAll('.sl-article [data-block]')].map((element) => element.textContent)).toEqual(
      article.blocks.map((block) => article.text.slice(block.start, block.end)),
    );
    // Every highlighted run is the analysed text at the offsets of the findings that cover it.
    const marked = [...doc.querySelectorAll('.sl-article mark')].map((mark) => mark.textContent ?? '').join('');
    expect(marked).toBe(coveredText(article.text, article.blocks, findings));
    for (const finding of findings) expect(article.text.slice(finding.start, finding.end)).toBe(finding.text);
  });
});
