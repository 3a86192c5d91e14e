import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../../shared/model/article';
import { MAX_HTML_DEPTH, measureHtmlShape } from './extraction-limits';
import { buildHtmlArticle } from './load-html';

/** The marker every payload carries; it may never surface as article text. */
const MARK = 'PWNMARK';

const SENTENCES = [
  'The harbour authority said on Tuesday that the old pier would close for repairs until the autumn.',
  '“We will reopen it as soon as the timbers are safe,” the harbour master said.',
  'According to officials, the work could cost more than planned, and traders reportedly fear a quiet summer.',
  'Local fishermen said they had warned about the rotten beams for years.',
];

// Markup that hides the marker where a browser would run, fetch or hide it, never where it shows text.
const HIDDEN_PAYLOADS = [
  `<script>window.${MARK}=1</script>`,
  `<script src="http://tracker.test/${MARK}.js"></script>`,
  `<style>body{background:url(http://tracker.test/${MARK})}</style>`,
  `<!-- ${MARK} -->`,
  `<img src="http://tracker.test/${MARK}.gif" onerror="${MARK}()">`,
  `<iframe srcdoc="<p>${MARK}</p>" src="http://tracker.test/${MARK}"></iframe>`,
  `<svg onload="${MARK}()"><script>${MARK}()</script></svg>`,
  `<template><p>${MARK}</p></template>`,
  `<object data="http://tracker.test/${MARK}"></object><embed src="${MARK}.swf">`,
  `<meta http-equiv="refresh" content="0;url=http://tracker.test/${MARK}">`,
  `<link rel="stylesheet" href="http://tracker.test/${MARK}.css">`,
];

const OPEN_TAGS = [
  '<div>',
  '<section>',
  '<article>',
  '<main>',
  '<span>',
  '<b>',
  '<i>',
  '<p>',
  '<blockquote>',
  '<ul><li>',
  '<h2>',
  '<table><tr><td>',
  '<a href="javascript:PWNMARK()">',
  '<p onclick="PWNMARK()">',
];
const CLOSE_TAGS = [
  '</div>',
  '</section>',
  '</article>',
  '</span>',
  '</b>',
  '</i>',
  '</p>',
  '</blockquote>',
  '</li></ul>',
  '</h2>',
  '</td></tr></table>',
  '</a>',
];

const PIECE = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES).map((text) => `<p>${text}</p>`) },
  { weight: 3, arbitrary: fc.constantFrom(...HIDDEN_PAYLOADS) },
  { weight: 3, arbitrary: fc.constantFrom(...OPEN_TAGS) },
  { weight: 3, arbitrary: fc.constantFrom(...CLOSE_TAGS) },
  // A trailing "<A" would join the next piece into one tag ("<A<script>" is an element named "a<script", whose
  // text a browser shows), so a random piece never ends inside a tag's opening.
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((text) => text.replace(new RegExp(MARK, 'g'), '').replace(/<[^<>\s]*$/, '')) },
  // Not '<![CDATA[' or '</': the HTML parser turns them into bogus comments that swallow the next tag's
  // opening, so a payload's body becomes inert visible text, exactly as a browser shows it.
  // No unclosed attribute ('<p title="'): a payload's own quotes would close it and leave its text visible,
  // exactly as a browser shows it, which is no hidden payload surfacing.
  { weight: 1, arbitrary: fc.constantFrom('<', '>', '"', "'", '&', '&lt;', '<!--', '-->', ']]>') },
);

const PAGE = fc
  .tuple(fc.array(PIECE, { maxLength: 40 }), fc.boolean())
  .map(([pieces, withHead]) => `${withHead ? '<!DOCTYPE html><html><head><title>Pier</title></head><body>' : ''}${pieces.join('')}`);

describe('buildHtmlArticle on generated hostile pages', () => {
  it('never throws, keeps block offsets exact and never shows hidden payloads as text', () => {
    fc.assert(
      fc.property(PAGE, (html) => {
        const result = buildHtmlArticle(html, '/tmp/generated.html');
        if ('code' in result) {
          expect(['no-article', 'too-complex']).toContain(result.code);
          return;
        }
        expect(result.text).not.toContain(MARK);
        expect(result.title ?? '').not.toContain(MARK);
        expect(result.blocks.map((block) => result.text.slice(block.start, block.end)).join(BLOCK_SEPARATOR)).toBe(result.text);
        let previousEnd = -BLOCK_SEPARATOR.length;
        for (const block of result.blocks) {
          expect(block.start).toBe(previousEnd + BLOCK_SEPARATOR.length);
          expect(block.end).toBeGreaterThan(block.start);
          expect(block.end).toBeLessThanOrEqual(result.text.length);
          previousEnd = block.end;
        }
      }),
      { numRuns: 100 },
    );
    // A hundred pages through jsdom and Readability: seconds on an idle machine, more on a shared one.
  }, 90_000);
});

describe('measureHtmlShape on arbitrary input', () => {
  it('never throws and never reports more depth than elements', () => {
    const markup = fc.array(fc.oneof(PIECE, fc.string({ maxLength: 12 }), fc.constantFrom('<div>', '</div>', '<br/>', '<x:y>', '<script>', '</script>')), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(markup, (pieces) => {
        const shape = measureHtmlShape(pieces.join(''));
        expect(shape.depth).toBeLessThanOrEqual(shape.elements);
        expect(shape.elements).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('sees at least the nesting a page of only divs really has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_HTML_DEPTH * 2 }), fc.integer({ min: 0, max: 20 }), (depth, siblings) => {
        const html = `${'<div>'.repeat(depth)}${'<p>x</p>'.repeat(siblings)}${'</div>'.repeat(depth)}`;
        expect(measureHtmlShape(html)).toEqual({ depth, elements: depth + siblings });
      }),
      { numRuns: 500 },
    );
  });
});
