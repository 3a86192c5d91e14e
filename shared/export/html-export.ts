import type { Article, ArticleBlock, BlockKind } from '../model/article';
import { describeArticle } from '../engine/article-meta';
import type { Finding, Typology } from '../model/finding';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../model/layers';
import { HIGHLIGHT_CLASS, READER_ROOT_CLASS, highlightClassList, layerClass } from '../render/highlight-markup';
import { segmentBlocks, type Segment, type SegmentedBlock } from '../render/segments';
import { summarizeSourcing } from '../summary/sourcing-summary';
import { escapeHtml } from './escape-html';
import { EXPORT_CSS, LEGEND_CLASS, SUMMARY_CLASS, toggleId } from './export-styles';
import { buildWebAnnotations, jsonForScriptBlock } from './web-annotation';

/** The export's policy: no scripts, no requests, only its own inline styles and data: images. */
export const EXPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Settings for one export. */
export interface HtmlExportOptions {
  /** Layers shown when the file opens, as the reader had them. */
  readonly visibleLayers: readonly LayerId[];
  /** When the export was made, as an ISO 8601 string. */
  readonly exportedAt: string;
  /** Sourcelight's version, recorded in the file. */
  readonly version: string;
  /** Typologies counted as state media (the reader's setting); the default three when absent. */
  readonly typologies?: readonly Typology[];
}

const BLOCK_ELEMENTS: Readonly<Record<BlockKind, string>> = {
  heading: 'h2',
  paragraph: 'p',
  blockquote: 'blockquote',
  'list-item': 'li',
  caption: 'p',
  dateline: 'p',
  byline: 'p',
};

/**
 * Renders an article and its findings as one self-contained HTML5 page: inline CSS only, no
 * executable scripts (only a JSON-LD data block), no external requests, layers switchable by
 * CSS-only checkboxes. Every string that came from the article is escaped.
 */
export function renderHtmlExport(article: Article, findings: readonly Finding[], options: HtmlExportOptions): string {
  const title = article.title?.trim() || article.sourceName;
  const segmented = segmentBlocks(article.blocks, findings);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Sourcelight ${escapeHtml(options.version)}">`,
    `<title>${escapeHtml(title)} · Sourcelight</title>`,
    `<style>${EXPORT_CSS}</style>`,
    // Browsers never run this type; the escaping keeps article text from closing the block.
    `<script type="application/ld+json">${jsonForScriptBlock(buildWebAnnotations(article, findings, options))}</script>`,
    '</head>',
    '<body>',
    '<div class="sl-page">',
    renderHeader(article, title, options),
    renderSummary(article, findings, options),
    ...LAYER_IDS.map((layer) => renderToggle(layer, options.visibleLayers.includes(layer))),
    renderLegend(findings),
    `<main class="${READER_ROOT_CLASS}">`,
    renderBlocks(article.text, segmented, findings),
    '</main>',
    `<footer class="sl-export-footer"><p>Highlights mark how the article is sourced, not whether it is true. Made with Sourcelight ${escapeHtml(options.version)}.</p></footer>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderHeader(article: Article, title: string, options: HtmlExportOptions): string {
  const rows: [string, string][] = [];
  if (article.byline) rows.push(['By', escapeHtml(article.byline)]);
  if (article.site) rows.push(['Site', escapeHtml(article.site)]);
  if (article.date) rows.push(['Published', escapeHtml(article.date)]);
  if (article.url) rows.push(['Address', escapeHtml(article.url)]);
  rows.push(['Source file', escapeHtml(article.sourceName)]);
  rows.push(['Exported', `<time datetime="${escapeHtml(options.exportedAt)}">${escapeHtml(options.exportedAt)}</time>`]);
  rows.push(['Sourcelight', escapeHtml(options.version)]);
  const meta = rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('');
  return [
    '<header class="sl-export-header">',
    '<p class="sl-export-kicker">Sourcelight export</p>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl class="sl-export-meta">${meta}</dl>`,
    '</header>',
  ].join('\n');
}

function renderSummary(article: Article, findings: readonly Finding[], options: HtmlExportOptions): string {
  const { publisher } = describeArticle(article);
  const summary = summarizeSourcing(article.text, findings, { publisher, ...(options.typologies ? { typologies: options.typologies } : {}) });
  const lines = summary.sentences.map((sentence) => `<li${sentence === summary.publisherSentence ? ' class="sl-publisher"' : ''}>${escapeHtml(sentence)}</li>`);
  return [
    `<section class="${SUMMARY_CLASS}" aria-labelledby="sl-summary-title">`,
    '<h2 id="sl-summary-title">Sourcing at a glance</h2>',
    `<ul>${lines.join('')}</ul>`,
    '</section>',
  ].join('\n');
}

function renderToggle(layer: LayerId, visible: boolean): string {
  // Hidden visually but still focusable; the legend's labels are what a reader clicks.
  return `<input type="checkbox" class="sl-toggle" id="${toggleId(layer)}"${visible ? ' checked' : ''}>`;
}

function renderLegend(findings: readonly Finding[]): string {
  const items = LAYER_IDS.map((layer) => {
    const count = findings.filter((finding) => finding.layer === layer).length;
    const info = LAYER_INFO[layer];
    return (
      `<li class="sl-legend-${layer}" data-layer="${layer}" data-count="${count}">` +
      `<label for="${toggleId(layer)}"><span class="sl-switch" aria-hidden="true"></span>` +
      `<mark class="${HIGHLIGHT_CLASS} ${layerClass(layer)}">${escapeHtml(info.label)}</mark>` +
      `<span class="sl-count">${count}</span>` +
      `<span class="sl-description">${escapeHtml(info.description)}</span>` +
      '<span class="sl-state"></span></label></li>'
    );
  });
  return [
    `<section class="${LEGEND_CLASS}" aria-labelledby="sl-legend-title">`,
    '<h2 id="sl-legend-title">Highlight layers</h2>',
    `<ul>${items.join('')}</ul>`,
    '</section>',
  ].join('\n');
}

function renderBlocks(text: string, segmented: readonly SegmentedBlock[], findings: readonly Finding[]): string {
  const out: string[] = [];
  let inList = false;
  segmented.forEach(({ block, segments }, index) => {
    const isListItem = block.kind === 'list-item';
    if (isListItem && !inList) out.push('<ul class="sl-block-list">');
    if (!isListItem && inList) out.push('</ul>');
    inList = isListItem;
    out.push(renderBlock(text, block, index, segments, findings));
  });
  if (inList) out.push('</ul>');
  return out.join('\n');
}

function renderBlock(
  text: string,
  block: ArticleBlock,
  index: number,
  segments: readonly Segment[],
  findings: readonly Finding[],
): string {
  const element = BLOCK_ELEMENTS[block.kind];
  const inner = segments.map((segment) => renderSegment(text, segment, findings)).join('');
  const open = `<${element} class="sl-block sl-block-${block.kind}" data-block="${index}">`;
  // Block quotes hold phrasing content only in a paragraph, which keeps the document valid.
  const body = block.kind === 'blockquote' ? `<p>${inner}</p>` : inner;
  return `${open}${body}</${element}>`;
}

function renderSegment(text: string, segment: Segment, findings: readonly Finding[]): string {
  const content = escapeHtml(text.slice(segment.start, segment.end));
  if (segment.layers.length === 0) return content;
  const messages = [...new Set(segment.findingIndexes.map((index) => findings[index]!.message))];
  return (
    `<mark class="${highlightClassList(segment.layers)}" data-layers="${segment.layers.join(' ')}"` +
    ` title="${escapeHtml(messages.join('\n'))}">${content}</mark>`
  );
}
