import { analyze } from '../engine/analyze';
// @vitest-environment jsdom
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { assembleBlocks, type Article, type BlockKind } from '../model/article';
import type { Finding } from '../model/finding';
import { LAYER_IDS } from '../model/layers';
import { HIGHLIGHT_CSS, LAYER_OFF_DECLARATIONS } from '../render/highlight-styles';
import { summarizeSourcing } from '../summary/sourcing-summary';
import { EXPORT_CONTENT_SECURITY_POLICY, renderHtmlExport } from './html-export';
import type { WebAnnotationCollection } from './web-annotation';

function makeArticle(parts: readonly { kind: BlockKind; text: string }[], extra: Partial<Article> = {}): Article {
  const { text, blocks } = assembleBlocks(parts);
  return {
    text,
    blocks,
    sourcePath: '/tmp/articles/sample.txt',
    sourceName: 'sample.txt',
    format: 'txt',
    stripped: [],
    notices: [],
    ...extra,
  };
}

/** A finding over the first occurrence of `exact` in the article text. */
function findingAt(article: Article, layer: Finding['layer'], exact: string, message: string): Finding {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the test article`);
  const base = { start, end: start + exact.length, text: exact, ruleId: `test/${layer}`, message };
  if (layer === 'state-media') return { ...base, layer, outlet: 'Test Agency' };
  if (layer === 'quote') return { ...base, layer };
  return { ...base, layer, cue: 'reportedly', cueKind: 'hearsay-adverb' };
}

const OPTIONS = { visibleLayers: LAYER_IDS, exportedAt: '2026-11-25T10:00:00.000Z', version: '9.8.7' } as const;

const article = makeArticle(
  [
    { kind: 'heading', text: 'Harbour reopens after storm' },
    { kind: 'paragraph', text: 'The state agency Testwire said the harbour "will reopen on Monday," officials added.' },
    { kind: 'list-item', text: 'First point' },
    { kind: 'list-item', text: 'Second point' },
    { kind: 'blockquote', text: 'A quoted passage.' },
  ],
  { title: 'Harbour news', byline: 'A. Writer', site: 'Example Daily', date: '2026-11-20' },
);
const findings: Finding[] = [
  findingAt(article, 'state-media', 'The state agency Testwire', 'Attributed to a state-controlled outlet.'),
  findingAt(article, 'quote', '"will reopen on Monday,"', 'A direct quote.'),
  findingAt(article, 'unverified', 'the harbour "will reopen on Monday," officials added', 'Not verified by the article.'),
];

/** The page without its JSON-LD block, whose context IRI is an identifier, not a resource. */
function withoutJsonLd(html: string): string {
  return html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

async function validate(html: string): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const report = await validator.validateString(html, 'export.html');
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

describe('renderHtmlExport', () => {
  it('is valid HTML5 by html-validate', async () => {
    expect(await validate(renderHtmlExport(article, findings, OPTIONS))).toEqual([]);
  });

  it('is self-contained: only a JSON-LD data block, no event handler attribute, no http(s) resource', () => {
    const html = renderHtmlExport(article, findings, OPTIONS);
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script type="application/ld+json">']);
    const outsideData = withoutJsonLd(html);
    expect(outsideData).not.toMatch(/<script/i);
    expect(outsideData).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(outsideData).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<link|<img|<iframe|<object|<embed|@import|url\(|\s(?:src|href)=/i);
  });

  it('embeds every finding as a W3C Web Annotation whose selectors point at the analysed text', () => {
    const doc = parse(renderHtmlExport(article, findings, OPTIONS));
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as WebAnnotationCollection;
    expect(data['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(data.total).toBe(findings.length);
    data.first.items.forEach((annotation, index) => {
      const [quote, position] = annotation.target.selector;
      expect(quote.exact).toBe(findings[index]!.text);
      expect(article.text.slice(position.start, position.end)).toBe(findings[index]!.text);
      expect(annotation.body[0]).toEqual({ type: 'TextualBody', purpose: 'tagging', value: findings[index]!.layer, format: 'text/plain' });
    });
  });

  it('gives the page the article’s language and keeps Sourcelight’s own words marked English', async () => {
    const russian = makeArticle([{ kind: 'paragraph', text: 'Как сообщает ТАСС, переговоры продолжатся на следующей неделе.' }]);
    const html = renderHtmlExport(russian, [], { ...OPTIONS, language: 'ru' });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<footer class="sl-export-footer" lang="en">');
    expect(await validate(html)).toEqual([]);
    expect(renderHtmlExport(russian, [], OPTIONS)).toContain('<html lang="en">');
  });

  it('states a state-controlled publisher at the top of the summary and shows the article’s address', () => {
    const published = makeArticle([{ kind: 'paragraph', text: 'PYONGYANG, March 3 (KCNA) -- The leader inspected a farm, the agency said.' }], {
      url: 'https://kcna.kp/en/article/1',
    });
    const html = renderHtmlExport(published, [], OPTIONS);
    expect(html).toContain('<li class="sl-publisher">Published by KCNA, a state-controlled outlet in North Korea.</li>');
    expect(html).toContain('<a href="https://kcna.kp/en/article/1" rel="noreferrer">https://kcna.kp/en/article/1</a>');
  });

  it('summarises the sourcing above the legend', () => {
    const doc = parse(renderHtmlExport(article, findings, OPTIONS));
    const items = [...doc.querySelectorAll('.sl-summary li')].map((li) => li.textContent);
    expect(items).toEqual(summarizeSourcing(article.text, findings).sentences);
    expect(items[0]).toMatch(/^\d+ of \d+ sentences \(\d+%\) cites? state media\.$/);
    const summary = doc.querySelector('.sl-summary')!;
    expect(summary.compareDocumentPosition(doc.querySelector('.sl-legend')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('declares utf-8 and a policy forbidding scripts and remote loads', () => {
    const html = renderHtmlExport(article, findings, OPTIONS);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">`);
    expect(EXPORT_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it('inlines the shared highlight stylesheet', () => {
    expect(renderHtmlExport(article, findings, OPTIONS)).toContain(HIGHLIGHT_CSS);
  });

  it('renders the same segments and classes as the reader, with the cards’ plain sentences as titles', () => {
    const doc = parse(renderHtmlExport(article, findings, OPTIONS));
    const marks = [...doc.querySelectorAll('.sl-article mark')].map(
      (mark) => `${mark.getAttribute('class')} | ${mark.getAttribute('data-layers')} | ${mark.textContent} | ${mark.getAttribute('title')}`,
    );
    expect(marks).toEqual([
      'sl-hl sl-hl-state-media | state-media | The state agency Testwire | Information credited to Test Agency.',
      'sl-hl sl-hl-unverified | unverified | the harbour  | “reportedly”: the article passes this on without confirming it.',
      'sl-hl sl-hl-quote sl-hl-unverified | quote unverified | "will reopen on Monday," | Exact words of someone the article does not name.\n“reportedly”: the article passes this on without confirming it.',
      'sl-hl sl-hl-unverified | unverified |  officials added | “reportedly”: the article passes this on without confirming it.',
    ]);
  });

  it('keeps the article text exactly, block by block', () => {
    const doc = parse(renderHtmlExport(article, findings, OPTIONS));
    const blocks = [...doc.querySelectorAll('.sl-article [data-block]')].map((el) => el.textContent);
    expect(blocks).toEqual(article.blocks.map((block) => article.text.slice(block.start, block.end)));
    expect(doc.querySelectorAll('.sl-article ul > li.sl-block-list-item')).toHaveLength(2);
    expect(doc.querySelector('.sl-article h2')?.textContent).toBe('Harbour reopens after storm');
  });

  it('shows title, byline, site, date, file name, export date and version in the header', () => {
    const headerElement = parse(renderHtmlExport(article, findings, OPTIONS)).querySelector('header');
    const header = headerElement?.textContent ?? '';
    for (const expected of ['Harbour news', 'A. Writer', 'Example Daily', '20 November 2026', 'sample.txt', '2026-11-25T10:00:00.000Z', '9.8.7']) {
      expect(header).toContain(expected);
    }
    // People read the date; the ISO form stays in the markup.
    expect(headerElement?.querySelector('time[datetime="2026-11-20"]')?.textContent).toBe('20 November 2026');
  });

  it('keeps links with their words and highlights, holds image places without loading them, and shows the fact-check card', async () => {
    const linkText = 'Testwire';
    const start = article.text.indexOf(linkText);
    const structured: Article = {
      ...article,
      links: [
        { start, end: start + linkText.length, href: 'https://testwire.example/harbour' },
        // Never a link in the export, whatever an article object holds.
        { start: article.text.indexOf('Monday'), end: article.text.indexOf('Monday') + 6, href: 'javascript:alert(1)' },
      ],
      figures: [{ beforeBlock: 2, alt: 'The harbour wall after the storm' }],
      claimReview: { claim: 'The harbour is closed for good.', claimant: 'A. Poster', verdict: 'False' },
    };
    const html = renderHtmlExport(structured, findings, OPTIONS);
    const doc = parse(html);
    const links = [...doc.querySelectorAll('.sl-article a')];
    // Inert: the target on hover and in the list after the article, never a live href.
    expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('title')])).toEqual([
      ['Testwire', null, 'https://testwire.example/harbour'],
    ]);
    expect(doc.querySelector('.sl-links li')?.textContent).toBe('Testwire: https://testwire.example/harbour');
    expect(links[0]!.querySelector('mark')?.className).toContain('sl-hl-state-media');
    // The text, read block by block, is unchanged by the links.
    expect([...doc.querySelectorAll('.sl-article [data-block]')].map((el) => el.textContent)).toEqual(
      article.blocks.map((block) => article.text.slice(block.start, block.end)),
    );
    expect(doc.querySelector('.sl-figure')?.textContent).toBe('Image not loaded: The harbour wall after the storm');
    expect(doc.querySelector('.sl-figure + ul.sl-block-list')).not.toBeNull();
    expect(doc.querySelector('img')).toBeNull();
    expect([...doc.querySelectorAll('.sl-claim-card dd')].map((item) => item.textContent)).toEqual(['The harbour is closed for good.', 'A. Poster', 'False']);
    expect(await validate(withoutJsonLd(html))).toEqual([]);
  });

  it('names an organisation that is both byline and site once', () => {
    const header = parse(renderHtmlExport({ ...article, byline: 'Example Daily' }, findings, OPTIONS)).querySelector('header')?.textContent ?? '';
    expect(header.split('Example Daily')).toHaveLength(2);
  });

  it('counts findings per layer in the legend', () => {
    const doc = parse(renderHtmlExport(article, [...findings, findingAt(article, 'quote', 'A quoted passage.', 'Quote.')], OPTIONS));
    const counts = LAYER_IDS.map((layer) => doc.querySelector(`.sl-legend [data-layer="${layer}"] .sl-count`)?.textContent);
    expect(counts).toEqual(['1', '2', '1']);
  });

  it('starts each CSS toggle in the state the reader had and places it before the article root', () => {
    const doc = parse(renderHtmlExport(article, findings, { ...OPTIONS, visibleLayers: ['quote'] }));
    const checked = LAYER_IDS.map((layer) => (doc.getElementById(`sl-toggle-${layer}`) as HTMLInputElement).defaultChecked);
    expect(checked).toEqual([false, true, false]);
    const root = doc.querySelector('.sl-article')!;
    for (const layer of LAYER_IDS) {
      const toggle = doc.getElementById(`sl-toggle-${layer}`)!;
      expect(toggle.parentElement).toBe(root.parentElement);
      expect(toggle.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(doc.querySelector(`label[for="sl-toggle-${layer}"]`)).not.toBeNull();
    }
  });

  it('switches each layer off with a CSS rule keyed on its unchecked toggle', () => {
    const html = renderHtmlExport(article, findings, OPTIONS);
    for (const layer of LAYER_IDS) {
      expect(html).toContain(`#sl-toggle-${layer}:not(:checked) ~ .sl-article mark.sl-hl-${layer} { ${LAYER_OFF_DECLARATIONS[layer]} }`);
    }
  });

  it('keeps the legend when printed', () => {
    const html = renderHtmlExport(article, findings, OPTIONS);
    const printBlocks = html.split('@media print').slice(1).join('');
    expect(printBlocks).toContain('.sl-legend');
    expect(printBlocks).not.toMatch(/\.sl-legend[^{]*\{[^}]*display:\s*none/);
  });

  it('exports hostile article text, title and file name as harmless text', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '</style><b>bold</b>',
      '"><img src=x onerror=alert(1)>',
      "' onmouseover='alert(2)",
      ']]><!-- -->',
      '&amp; &lt;',
    ].join(' ');
    const evil = makeArticle([{ kind: 'paragraph', text: `Intro. ${hostile} End.` }], {
      title: `</title><script>alert(3)</script>`,
      byline: '<img src=x onerror=alert(4)>',
      sourceName: '"><script>alert(5)</script>.txt',
    });
    const html = renderHtmlExport(evil, [findingAt(evil, 'quote', hostile, `Message ${hostile}`)], OPTIONS);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(withoutJsonLd(html)).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/i);
    // Quotes are escaped in every value, so after dropping quoted values only real attributes remain.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    const doc = parse(html);
    expect(doc.querySelector('.sl-article p')?.textContent).toBe(`Intro. ${hostile} End.`);
    expect(doc.querySelector('.sl-findings-quote td:nth-child(2)')?.textContent).toBe(hostile);
    expect(doc.title).toBe('</title><script>alert(3)</script> · Sourcelight');
    expect(doc.querySelector('header')?.textContent).toContain('"><script>alert(5)</script>.txt');
    expect(doc.querySelectorAll('script:not([type="application/ld+json"]), img, b')).toHaveLength(0);
    const data = JSON.parse(doc.querySelector('script')!.textContent!) as WebAnnotationCollection;
    expect(data.first.items[0]!.target.selector[0].exact).toBe(hostile);
    expect(data.label).toBe('Sourcelight findings for </title><script>alert(3)</script>');
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(await validate(html)).toEqual([]);
  });

  it('falls back to the file name when the article has no title', () => {
    const doc = parse(renderHtmlExport(makeArticle([{ kind: 'paragraph', text: 'Body.' }]), [], OPTIONS));
    expect(doc.querySelector('h1')?.textContent).toBe('sample.txt');
    expect(doc.querySelectorAll('mark.sl-hl')).toHaveLength(3); // the legend samples only
  });

  it('shows the title once: a text that opens with it makes that heading the page’s h1', () => {
    const titled = makeArticle(
      [
        { kind: 'heading', text: 'Harbour reopens after storm' },
        { kind: 'paragraph', text: 'Boats sailed again.' },
      ],
      { title: 'Harbour reopens  after storm' },
    );
    const doc = parse(renderHtmlExport(titled, [], OPTIONS));
    expect([...doc.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual(['Harbour reopens after storm']);
    expect(doc.querySelector('.sl-article h1')).not.toBeNull();
    expect(doc.body.textContent?.split('Harbour reopens after storm')).toHaveLength(2);
  });

  it('lists the findings after the article in tables that print: who said what, state media, unverified claims', async () => {
    const text = 'The state news agency KCNA said the plant reopened. “It is a triumph,” the director said. Workers were reportedly paid in rice.';
    const real = makeArticle([{ kind: 'paragraph', text }], { title: 'Plant news' });
    const html = renderHtmlExport(real, analyze(real.text), OPTIONS);
    const doc = parse(html);
    const tables = doc.querySelector('.sl-findings')!;
    expect(doc.querySelector('main')!.compareDocumentPosition(tables) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rows = (selector: string) => [...doc.querySelectorAll(`${selector} tbody tr`)].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows('.sl-findings-quote')).toEqual([['the director', '“It is a triumph,”', 'sure: named beside the quote']]);
    expect(rows('.sl-findings-state-media')).toEqual([['KCNA', 'North Korea', 'State-controlled', 'The state news agency KCNA']]);
    expect(rows('.sl-findings-unverified')).toEqual([['Workers were reportedly paid in rice.', 'reportedly', 'a word that passes on hearsay']]);
    expect(doc.querySelectorAll('.sl-findings th[scope="col"]').length).toBe(10);
    const printCss = html.split('@media print').slice(1).join('');
    expect(printCss).toMatch(/thead \{ display: table-header-group; \}/);
    expect(await validate(html)).toEqual([]);
  });

  it('prints the source URL and publisher when the article carries them, and never a non-web link', () => {
    const withMeta = makeArticle([{ kind: 'paragraph', text: 'PYONGYANG, March 3 (KCNA) -- Body.' }], {
      title: 'T',
      url: 'https://news.example/story?id=1&x=2',
    });
    const doc = parse(renderHtmlExport(withMeta, [], OPTIONS));
    const link = doc.querySelector<HTMLAnchorElement>('.sl-export-meta a')!;
    expect(link.getAttribute('href')).toBe('https://news.example/story?id=1&x=2');
    expect(doc.querySelector('.sl-export-meta')?.textContent).toContain('PublisherKCNA (North Korea, state-controlled)');
    const sneaky = { ...withMeta, url: 'javascript:alert(1)' };
    expect(parse(renderHtmlExport(sneaky, [], OPTIONS)).querySelector('a[href]')).toBeNull();
  });
});
