// @vitest-environment jsdom
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { locateGoldSpans, readGoldFile } from '../../eval/gold';
import { analyze } from '../../shared/engine/analyze';
import { matchTextQuote, type WebAnnotationCollection } from '../../shared/export/web-annotation';
import type { Article } from '../../shared/model/article';
import { LAYER_IDS, type LayerId } from '../../shared/model/layers';
import { renderArticleExport } from './export-article';
import { loadArticleFile } from './load-article';

const FIXTURE = resolve(__dirname, '../../../shared/fixtures/kcna-munitions.txt');
const GOLD = resolve(__dirname, '../../../shared/fixtures/kcna-munitions.gold.json');
const present = existsSync(FIXTURE) && existsSync(GOLD);
if (!present) console.warn(`Skipping the fixture export tests: ${FIXTURE} or its gold file is absent (they live beside the repository).`);

const AT = new Date('2026-11-25T10:00:00Z');

async function loadFixture(): Promise<Article> {
  const result = await loadArticleFile(FIXTURE);
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

/** The layers marked over each character of the analysed text, read back from the exported page. */
function layersByOffset(doc: Document, article: Article): Set<LayerId>[] {
  const marked = article.text.split('').map(() => new Set<LayerId>());
  doc.querySelectorAll('.sl-article [data-block]').forEach((element) => {
    let offset = article.blocks[Number(element.getAttribute('data-block'))]!.start;
    const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const layers = (node.parentElement?.closest('mark')?.getAttribute('data-layers') ?? '').split(' ').filter(Boolean) as LayerId[];
      for (let i = 0; i < node.textContent!.length; i++) for (const layer of layers) marked[offset + i]!.add(layer);
      offset += node.textContent!.length;
    }
  });
  return marked;
}

describe.skipIf(!present)('the HTML export of the KCNA fixture', () => {
  it('marks every gold span with its layer', async () => {
    const article = await loadFixture();
    const doc = new DOMParser().parseFromString(renderArticleExport(article, { visibleLayers: LAYER_IDS, exportedAt: AT }), 'text/html');
    const { located, problems } = locateGoldSpans(article.text, readGoldFile(GOLD));
    expect(problems).toEqual([]);
    expect(located.length).toBeGreaterThanOrEqual(14);
    const marked = layersByOffset(doc, article);
    const missed = located.filter((span) => !marked.slice(span.start, span.end).some((layers) => layers.has(span.layer)));
    expect(missed.map((span) => `${span.layer}: ${span.exact}`)).toEqual([]);
  });

  it('counts in the legend what the app counts, and is valid, inert HTML', async () => {
    const article = await loadFixture();
    const findings = analyze(article.text);
    const html = renderArticleExport(article, { visibleLayers: LAYER_IDS, exportedAt: AT });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const layer of LAYER_IDS) {
      expect(doc.querySelector(`.sl-legend [data-layer="${layer}"] .sl-count`)?.textContent).toBe(String(findings.filter((f) => f.layer === layer).length));
    }
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, 'kcna.html');
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script type="application/ld+json">']);
    const attributes = [...doc.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(attributes.filter((name) => ['src', 'href', 'srcset', 'action', 'poster', 'data'].includes(name))).toEqual([]);
    expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '')).not.toMatch(/https?:\/\/|url\(|@import/i);
  });

  it('embeds annotations whose TextQuoteSelectors re-anchor at the findings’ offsets', async () => {
    const article = await loadFixture();
    const findings = analyze(article.text);
    const jsonld = JSON.parse(renderArticleExport(article, { visibleLayers: LAYER_IDS, format: 'jsonld', exportedAt: AT })) as WebAnnotationCollection;
    const doc = new DOMParser().parseFromString(renderArticleExport(article, { visibleLayers: LAYER_IDS, exportedAt: AT }), 'text/html');
    const embedded = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as WebAnnotationCollection;
    expect(embedded.first.items).toEqual(jsonld.first.items);
    expect(jsonld.total).toBe(findings.length);
    jsonld.first.items.forEach((annotation, index) => {
      const [quote, position] = annotation.target.selector;
      expect(matchTextQuote(article.text, quote), quote.exact).toEqual([findings[index]!.start]);
      expect(position).toEqual({ type: 'TextPositionSelector', start: findings[index]!.start, end: findings[index]!.end });
      expect(annotation.body[0]!.value).toBe(findings[index]!.layer);
    });
  });
});
