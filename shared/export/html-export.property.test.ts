// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analyze';
import { assembleBlocks, type Article, type BlockKind } from '../model/article';
import { LAYER_IDS } from '../model/layers';
import { renderHtmlExport } from './html-export';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '"><a href="javascript:alert(1)">x</a>',
  "'><style>@import url(http://tracker.test/x.css)</style>",
  '<!--',
  '-->',
  ']]>',
  '<\u2028/script>',
  '&lt;script&gt;',
  '&amp;&#x3c;',
  '<meta http-equiv="refresh" content="0;url=http://tracker.test/">',
  '<base href="http://tracker.test/">',
  '\u2028\u2029\u0000\ufeff\ud800',
];

const WORDS = [
  'The ministry said on Monday that the bridge would reopen.',
  '“We will rebuild it,” the mayor said.',
  'According to officials, the cost reportedly doubled.',
  'Xinhua reported that talks continued, state media said.',
  '"It is safe," she said, "and open."',
];

const FRAGMENT = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const TEXT = fc.array(FRAGMENT, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim());
const KIND = fc.constantFrom<BlockKind>('heading', 'paragraph', 'blockquote', 'list-item', 'caption', 'dateline', 'byline');
const OPTIONAL = fc.option(TEXT, { nil: undefined });

const ARTICLE = fc
  .record({
    parts: fc.array(fc.record({ kind: KIND, text: TEXT }), { minLength: 1, maxLength: 8 }),
    title: OPTIONAL,
    byline: OPTIONAL,
    site: OPTIONAL,
    date: OPTIONAL,
    sourceName: fc.oneof(fc.constantFrom('a.html', '<script>.txt', '"quote".md'), fc.string({ minLength: 1, maxLength: 20 })),
    layers: fc.subarray([...LAYER_IDS]),
  })
  .map(({ parts, title, byline, site, date, sourceName, layers }) => {
    const { text, blocks } = assembleBlocks(parts);
    const article: Article = {
      text,
      blocks,
      ...(title ? { title } : {}),
      ...(byline ? { byline } : {}),
      ...(site ? { site } : {}),
      ...(date ? { date } : {}),
      sourcePath: `/tmp/${sourceName}`,
      sourceName,
      format: 'html',
      stripped: [],
      notices: [],
    };
    return { article, layers };
  });

/** Live markup in a parsed export: anything beyond the one JSON-LD block that could run or load. */
function liveMarkup(document: Document): string[] {
  const problems: string[] = [];
  const scripts = [...document.querySelectorAll('script')];
  if (scripts.length !== 1 || scripts[0]!.getAttribute('type') !== 'application/ld+json') problems.push(`${scripts.length} scripts`);
  for (const selector of [
    'iframe',
    'object',
    'embed',
    'img',
    'svg',
    'link',
    'base',
    'form',
    'style:not(head > style)',
    'meta[http-equiv="refresh"]',
    'a[href]',
  ]) {
    if (document.querySelector(selector)) problems.push(selector);
  }
  if (document.querySelectorAll('head > style').length !== 1) problems.push('extra styles in head');
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) problems.push(`${element.localName}[${attribute.name}]`);
      if (/^\s*(?:javascript|data|vbscript):/i.test(attribute.value) && attribute.name !== 'content')
        problems.push(`${element.localName}[${attribute.name}] URL`);
    }
  }
  return problems;
}

/** Text as an HTML parser hands it back: no spaces to compare, NUL dropped, lone surrogates replaced. */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replaceAll('\u0000', '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

describe('renderHtmlExport on generated hostile articles', () => {
  it('always renders one inert page that holds every block as text', () => {
    fc.assert(
      fc.property(ARTICLE, ({ article, layers }) => {
        const findings = analyze(article.text);
        const html = renderHtmlExport(article, findings, { visibleLayers: layers, exportedAt: '2026-11-25T10:00:00.000Z', version: '1.0.0' });
        const document = new DOMParser().parseFromString(html, 'text/html');
        expect(liveMarkup(document)).toEqual([]);
        // The data block parses, so nothing in the article closed or broke it.
        const data = JSON.parse(document.querySelector('script')!.textContent ?? '') as { readonly type?: unknown };
        expect(data).toBeTypeOf('object');
        // Every block's text reaches the page as text.
        const body = normalise(document.body.textContent ?? '');
        for (const block of article.blocks) {
          const text = normalise(article.text.slice(block.start, block.end));
          expect(body.includes(text), text).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // 400 generated pages, each analysed, rendered and parsed: seconds of work that a busy machine stretches.
  }, 90_000);
});
