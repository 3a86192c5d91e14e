import { findingCard } from '../explain/finding-card';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analyze';
import { assembleBlocks, type Article } from '../model/article';
import {
  QUOTE_CONTEXT_LENGTH,
  buildWebAnnotations,
  jsonForScriptBlock,
  anchorTextQuote,
  matchTextQuote,
  renderWebAnnotationJson,
  textFingerprint,
  textQuoteSelector,
  type WebAnnotationCollection,
} from './web-annotation';

function makeArticle(paragraphs: readonly string[], title?: string): Article {
  const { text, blocks } = assembleBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return { text, blocks, sourcePath: '/tmp/a.txt', sourceName: 'a.txt', format: 'txt', stripped: [], notices: [], ...(title ? { title } : {}) };
}

const OPTIONS = { exportedAt: '2026-11-25T10:00:00.000Z', version: '9.8.7' } as const;

const ARTICLE = makeArticle([
  'Harbour reopens',
  'The state news agency KCNA said the harbour reopened on Monday. “Ships are moving again,” the harbour master told KCNA.',
  'KCNA said the cranes were repaired. The repairs could not be independently verified.',
]);

describe('textQuoteSelector', () => {
  it('carries about 32 characters of context on each side', () => {
    const start = ARTICLE.text.indexOf('harbour reopened');
    const selector = textQuoteSelector(ARTICLE.text, start, start + 'harbour reopened'.length);
    expect(selector.exact).toBe('harbour reopened');
    expect(selector.prefix).toBe(ARTICLE.text.slice(start - QUOTE_CONTEXT_LENGTH, start));
    expect(selector.suffix).toBe(ARTICLE.text.slice(start + 16, start + 16 + QUOTE_CONTEXT_LENGTH));
  });

  it('re-anchors a passage whose words recur by the position hint', () => {
    const filler = 'The same words again. '.repeat(6);
    const text = `${filler}Alpha. ${filler}Beta.`;
    // The third repetition after "Alpha": 32 characters either side look like other repetitions.
    const third = text.indexOf('The same words again.', text.indexOf('Alpha') + 50);
    const selector = textQuoteSelector(text, third, third + 4);
    expect(matchTextQuote(text, selector).length).toBeGreaterThan(1);
    expect(anchorTextQuote(text, selector, third)).toBe(third);
    expect(anchorTextQuote(text, { exact: 'Gamma', prefix: '', suffix: '' }, third)).toBe(-1);
  });

  it('never splits a character outside the basic plane', () => {
    const text = `${'😀'.repeat(20)}KCNA${'😀'.repeat(20)}`;
    const start = text.indexOf('KCNA');
    const selector = textQuoteSelector(text, start, start + 4);
    for (const part of [selector.prefix, selector.suffix]) expect(part).toMatch(/^(?:😀)+$/u);
  });
});

describe('buildWebAnnotations', () => {
  const findings = analyze(ARTICLE.text);
  const collection = buildWebAnnotations(ARTICLE, findings, OPTIONS);

  it('makes one annotation per finding with the layer as a tag and the explanation as the body', () => {
    expect(collection.total).toBe(findings.length);
    expect(findings.length).toBeGreaterThan(3);
    collection.first.items.forEach((annotation, index) => {
      const finding = findings[index]!;
      expect(annotation.type).toBe('Annotation');
      expect(annotation.body.filter((body) => body.purpose === 'tagging')[0]!.value).toBe(finding.layer);
      expect(annotation.body.find((body) => body.purpose === 'describing')!.value).toBe(findingCard(finding).what);
      expect(annotation.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    });
  });

  it('re-anchors every TextQuoteSelector in the analysed text at the finding’s offsets', () => {
    collection.first.items.forEach((annotation, index) => {
      const [quote, position] = annotation.target.selector;
      expect(matchTextQuote(ARTICLE.text, quote)).toEqual([findings[index]!.start]);
      expect([position.start, position.end]).toEqual([findings[index]!.start, findings[index]!.end]);
    });
  });

  it('names the text by a fingerprint, never by the file path', () => {
    const json = renderWebAnnotationJson(ARTICLE, findings, OPTIONS);
    expect(json).not.toContain('/tmp/');
    expect(json).toContain(`urn:sourcelight:text:${textFingerprint(ARTICLE.text)}`);
    expect((JSON.parse(json) as WebAnnotationCollection).generated).toBe(OPTIONS.exportedAt);
    expect(textFingerprint('a')).not.toBe(textFingerprint('b'));
  });
});

describe('jsonForScriptBlock', () => {
  it('keeps article text from closing the script block and means the same JSON', () => {
    const value = { text: '</script><script>alert(1)</script> <!-- & ]]>' };
    const json = jsonForScriptBlock(value);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('targets the article’s web address when known, so annotation tools can anchor on the live page', () => {
    const findings = analyze(ARTICLE.text);
    const withUrl = { ...ARTICLE, url: 'https://news.example/a' };
    const annotations = buildWebAnnotations(withUrl, findings, OPTIONS);
    expect(annotations.first.items.every((annotation) => annotation.target.source === 'https://news.example/a')).toBe(true);
    expect(annotations.first.items[0]!.target.selector[0].type).toBe('TextQuoteSelector');
    expect(buildWebAnnotations(ARTICLE, findings, OPTIONS).first.items[0]!.target.source).toMatch(/^urn:sourcelight:text:/);
  });
});
