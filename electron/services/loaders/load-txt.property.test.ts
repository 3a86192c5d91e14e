import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { buildPlainTextArticle } from './load-txt';

/** Lines of the kinds real files mix: prose, headlines, datelines, furniture, captions, hyphen breaks. */
const LINE = fc.oneof(
  fc.constantFrom(
    'The council approved the new tram line on Monday after a long debate',
    'that lasted most of the afternoon and ended with a narrow vote.',
    '   Work on the first section is due to start in the spring, officials',
    'said, and should take about two years to finish. The anti-',
    'aircraft guns were moved in a build-',
    'up that lasted a month.',
    'TRAM LINE APPROVED',
    'Council backs tram line',
    'By Jane Okafor',
    'NORTHTOWN, May 4 (Coastal Wire) --',
    'NORTHTOWN (Coastal Wire) — The mayor welcomed the vote.',
    'Advertisement',
    'Share this article',
    'Read more',
    'open image in gallery Workers lay rails on Mill Street ( Photo desk )',
    'Your support helps us to tell the story. Every gift counts. Read more',
    '“We will build it,” the mayor said, ‘and soon’.',
    'date 2026-01-02 Council backs tram line',
    '\tIndented with a tab and trailing spaces   ',
    '',
    '',
  ),
  fc.string({ maxLength: 90 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

/** Every non-space character of the article and its stripped text, in reading order. */
function visibleCharacters(article: Article): string {
  let joined = '';
  article.blocks.forEach((block, index) => {
    for (const item of article.stripped.filter((entry) => entry.beforeBlock === index)) joined += item.text;
    joined += article.text.slice(block.start, block.end);
  });
  for (const item of article.stripped.filter((entry) => entry.beforeBlock >= article.blocks.length)) joined += item.text;
  return joined.replace(/\s+/g, '');
}

describe('buildPlainTextArticle on generated files', () => {
  it('never drops, adds or reorders a character, and keeps block offsets exact', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const input = lines.join(newline);
        const article = buildPlainTextArticle(input, '/tmp/generated.txt');
        expect(visibleCharacters(article)).toBe(input.replace(/\s+/g, ''));
        const joined = article.blocks.map((block) => article.text.slice(block.start, block.end)).join('\n\n');
        expect(joined).toBe(article.text);
        for (const block of article.blocks) {
          const text = article.text.slice(block.start, block.end);
          expect(text).not.toMatch(/[\n\r]/);
          expect(text).toBe(text.trim());
          expect(text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
