import type { Language } from '../engine/lang/detect-language';
import type { Article, ArticleBlock, ArticleFigure, ArticleLink, BlockKind, ClaimReviewInfo } from '../model/article';
import type { Finding } from '../model/finding';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../model/layers';
import { articleSourceInfo, type ArticleSourceInfo } from '../model/article-source';
import { speakerName } from '../model/speaker';
import { isReaderAdded, type CorrectedFindings } from '../model/correction';
import { countryName, findingCard, isGenericOutlet, speakerCertainty } from '../explain/finding-card';
import { CUE_KIND_PLAIN } from '../model/cue-kind';
import { TYPOLOGY_LABELS, isTypology } from '../model/typology';
import type { QuoteFinding, StateMediaFinding, Typology, UnverifiedFinding } from '../model/finding';
import { HIGHLIGHT_CLASS, READER_ROOT_CLASS, highlightClassList, layerClass } from '../render/highlight-markup';
import { segmentBlocks, type Segment, type SegmentedBlock } from '../render/segments';
import { linkRuns, linksByBlock } from '../render/link-runs';
import { isoDate } from '../engine/article-meta';
import { readableDate } from '../render/readable-date';
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
  /** The reader's corrections, already applied to the findings: counted in the summary and listed. */
  readonly corrections?: Pick<CorrectedFindings, 'markedWrong' | 'added' | 'wrong'>;
  /** Typologies counted as state media (the reader's setting); the default three when absent. */
  readonly typologies?: readonly Typology[];
  /** The article's language (`ru`), set on the page so hyphenation and screen readers follow it; English when absent. */
  readonly language?: Language;
}

const BLOCK_ELEMENTS: Readonly<Record<BlockKind, string>> = {
  heading: 'h2',
  paragraph: 'p',
  blockquote: 'blockquote',
  'list-item': 'li',
  caption: 'p',
  dateline: 'p',
  byline: 'p',
  standfirst: 'p',
};

/**
 * Renders an article and its findings as one self-contained HTML5 page: inline CSS only, no
 * executable scripts (only a JSON-LD data block), no external requests, layers switchable by
 * CSS-only checkboxes. Every string that came from the article is escaped.
 */
export function renderHtmlExport(article: Article, findings: readonly Finding[], options: HtmlExportOptions): string {
  const title = article.title?.trim() || article.sourceName;
  const segmented = segmentBlocks(article.blocks, findings);
  const source = articleSourceInfo(article);
  // A text that opens with its own title shows it once: that heading becomes the page's h1.
  const firstBlock = article.blocks[0];
  const titleBlock = firstBlock?.kind === 'heading' && sameWords(article.text.slice(firstBlock.start, firstBlock.end), title) ? 0 : -1;
  return [
    '<!DOCTYPE html>',
    // The page takes the article's language; Sourcelight's own words are marked English where they stand.
    `<html lang="${escapeHtml(options.language ?? 'en')}">`,
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
    renderHeader(article, titleBlock === -1 ? title : null, source, options),
    ...(article.claimReview ? [renderClaimCard(article.claimReview)] : []),
    renderSummary(article.text, findings, options, source),
    ...LAYER_IDS.map((layer) => renderToggle(layer, options.visibleLayers.includes(layer))),
    renderLegend(findings),
    `<main class="${READER_ROOT_CLASS}">`,
    renderBlocks(article, segmented, findings, titleBlock),
    '</main>',
    renderLinkList(article),
    renderFindingsTables(findings, options.corrections?.wrong ?? []),
    `<footer class="sl-export-footer" lang="en"><p>Highlights mark how the article is sourced, not whether it is true. Made with Sourcelight ${escapeHtml(options.version)}.</p></footer>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sameWords(a: string, b: string): boolean {
  const fold = (value: string): string => value.replace(/\s+/g, ' ').trim().toLowerCase();
  return fold(a) === fold(b);
}

function describePublisher(source: ArticleSourceInfo): string | null {
  const publisher = source.publisher;
  if (!publisher) return null;
  const about = [
    publisher.country ? countryName(publisher.country) : null,
    isTypology(publisher.typology) ? TYPOLOGY_LABELS[publisher.typology].toLowerCase() : null,
  ].filter((part): part is string => part !== null);
  return about.length > 0 ? `${publisher.outlet} (${about.join(', ')})` : publisher.outlet;
}

function renderHeader(article: Article, title: string | null, source: ArticleSourceInfo, options: HtmlExportOptions): string {
  const rows: [string, string][] = [];
  // An organisation named as the author is the site itself: named once, as the site.
  const siteName = source.siteName ?? article.site;
  if (article.byline && !(siteName && sameWords(article.byline, siteName))) rows.push(['By', escapeHtml(article.byline)]);
  const publisher = describePublisher(source);
  if (publisher) rows.push(['Publisher', escapeHtml(publisher)]);
  else if (source.siteName) rows.push(['Site', escapeHtml(source.siteName)]);
  if (article.date) {
    const iso = isoDate(article.date);
    const shown = escapeHtml(readableDate(article.date) ?? article.date);
    rows.push(['Published', iso ? `<time datetime="${escapeHtml(iso)}">${shown}</time>` : shown]);
  }
  if (source.url) rows.push(['Original', `<a href="${escapeHtml(source.url)}" rel="noreferrer">${escapeHtml(source.url)}</a>`]);
  rows.push(['Source file', escapeHtml(article.sourceName)]);
  rows.push(['Exported', `<time datetime="${escapeHtml(options.exportedAt)}">${escapeHtml(options.exportedAt)}</time>`]);
  rows.push(['Sourcelight', escapeHtml(options.version)]);
  const meta = rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('');
  return [
    '<header class="sl-export-header">',
    '<p class="sl-export-kicker" lang="en">Sourcelight export</p>',
    ...(title !== null ? [`<h1>${escapeHtml(title)}</h1>`] : []),
    `<dl class="sl-export-meta" lang="en">${meta}</dl>`,
    '</header>',
  ].join('\n');
}

function table(caption: string, headings: readonly string[], rows: readonly (readonly string[])[], className: string): string {
  const head = `<thead><tr>${headings.map((heading) => `<th scope="col">${heading}</th>`).join('')}</tr></thead>`;
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return [
    `<section class="sl-findings-group ${className}">`,
    `<h3>${caption} <span class="sl-count">· ${rows.length}</span></h3>`,
    rows.length === 0 ? '<p class="sl-none">None in this article.</p>' : `<table>${head}<tbody>${body}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function flat(text: string): string {
  return escapeHtml(text.replace(/\s+/g, ' ').trim());
}

/**
 * The findings as tables after the article, so a printed copy keeps what the highlights' tooltips
 * say: who said what, the state-media attributions with outlet and country, the unverified claims with their cue.
 */
function renderFindingsTables(findings: readonly Finding[], wrong: readonly Finding[]): string {
  const byReader = (finding: Finding, cell: string): string => (isReaderAdded(finding) ? `${cell} <em class="sl-by-reader">(added by a reader)</em>` : cell);
  const quotes = findings.filter((finding): finding is QuoteFinding => finding.layer === 'quote');
  const stateMedia = findings.filter((finding): finding is StateMediaFinding => finding.layer === 'state-media');
  const unverified = findings.filter((finding): finding is UnverifiedFinding => finding.layer === 'unverified');
  return [
    '<section class="sl-findings" aria-labelledby="sl-findings-title">',
    '<h2 id="sl-findings-title">Findings</h2>',
    table(
      'Who said what',
      ['Speaker', 'Words', 'How sure'],
      quotes.map((quote) => [escapeHtml(speakerName(quote) ?? 'not named'), byReader(quote, flat(quote.text)), escapeHtml(speakerCertainty(quote))]),
      'sl-findings-quote',
    ),
    table(
      'State-media attributions',
      ['Outlet', 'Country', 'Typology', 'In the text'],
      stateMedia.map((finding) => [
        escapeHtml(isGenericOutlet(finding) ? 'state media, not named' : finding.outlet),
        escapeHtml(finding.country ? countryName(finding.country) : ''),
        escapeHtml(finding.typology ? TYPOLOGY_LABELS[finding.typology] : ''),
        byReader(finding, flat(finding.text)),
      ]),
      'sl-findings-state-media',
    ),
    table(
      'Unverified claims',
      ['Claim', 'Cue', 'Kind'],
      unverified.map((finding) =>
        isReaderAdded(finding)
          ? [byReader(finding, flat(finding.text)), '', '']
          : [flat(finding.text), escapeHtml(finding.cue), escapeHtml(CUE_KIND_PLAIN[finding.cueKind])],
      ),
      'sl-findings-unverified',
    ),
    ...(wrong.length > 0
      ? [
          table(
            'Marked wrong by a reader',
            ['Layer', 'Words'],
            wrong.map((finding) => [escapeHtml(LAYER_INFO[finding.layer].label), flat(finding.text)]),
            'sl-findings-wrong',
          ),
        ]
      : []),
    '</section>',
  ].join('\n');
}

function renderSummary(text: string, findings: readonly Finding[], options: HtmlExportOptions, source: ArticleSourceInfo): string {
  const summary = summarizeSourcing(text, findings, {
    ...(options.corrections ? { corrections: options.corrections } : {}),
    ...(options.typologies ? { typologies: options.typologies } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
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

/** A fact-check's reviewed claim, claimant and verdict, above the article as the reader shows them. */
function renderClaimCard(review: ClaimReviewInfo): string {
  const rows: [string, string][] = [['Claim', review.claim]];
  if (review.claimant) rows.push(['Claimed by', review.claimant]);
  if (review.verdict) rows.push(['Verdict', review.verdict]);
  if (review.reviewer) rows.push(['Checked by', review.reviewer]);
  return [
    '<section class="sl-claim-card" aria-labelledby="sl-claim-title">',
    '<h2 id="sl-claim-title">Fact-check</h2>',
    `<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`,
    '</section>',
  ].join('\n');
}

/** The article's links as text (its words, then the address), to copy into a browser on purpose. */
function renderLinkList(article: Article): string {
  const links = (article.links ?? []).filter((link) => WEB_LINK.test(link.href));
  if (links.length === 0) return '';
  const items = links.map((link) => `<li>${flat(article.text.slice(link.start, link.end))}: <span class="sl-link-target">${escapeHtml(link.href)}</span></li>`);
  return [
    '<section class="sl-links" aria-labelledby="sl-links-title">',
    '<h2 id="sl-links-title">Links in the article</h2>',
    `<ol>${items.join('')}</ol>`,
    '</section>',
  ].join('\n');
}

/** An image of the article as a placeholder: the export loads nothing, so only what describes it is shown. */
function renderFigure(figure: ArticleFigure): string {
  const words = figure.alt ? `Image not loaded: ${escapeHtml(figure.alt)}` : 'Image not loaded';
  return `<figure class="sl-figure"><div class="sl-image-placeholder">${words}</div></figure>`;
}

function renderBlocks(article: Article, segmented: readonly SegmentedBlock[], findings: readonly Finding[], titleBlock: number): string {
  const out: string[] = [];
  let inList = false;
  const blockLinks = linksByBlock(article.blocks, article.links);
  const figures = article.figures ?? [];
  const figuresBefore = (index: number): string[] => figures.filter((figure) => figure.beforeBlock === index).map(renderFigure);
  segmented.forEach(({ block, segments }, index) => {
    const isListItem = block.kind === 'list-item';
    const before = figuresBefore(index);
    if (inList && (!isListItem || before.length > 0)) {
      out.push('</ul>');
      inList = false;
    }
    out.push(...before);
    if (isListItem && !inList) out.push('<ul class="sl-block-list">');
    inList = isListItem;
    out.push(renderBlock(article.text, block, index, segments, findings, blockLinks[index] ?? [], index === titleBlock));
  });
  if (inList) out.push('</ul>');
  out.push(...figuresBefore(segmented.length));
  return out.join('\n');
}

/** Only plain web addresses become links, whatever an article object holds. */
const WEB_LINK = /^https?:\/\/[^\s"'<>\\]+$/i;

function renderBlock(
  text: string,
  block: ArticleBlock,
  index: number,
  segments: readonly Segment[],
  findings: readonly Finding[],
  links: readonly ArticleLink[],
  isTitle = false,
): string {
  const element = isTitle ? 'h1' : BLOCK_ELEMENTS[block.kind];
  const inner = linkRuns(segments, links)
    .map((run) => {
      const content = run.segments.map((segment) => renderSegment(text, segment, findings)).join('');
      // The address shows on hover and is listed after the article, but the export holds no live link: the app
      // opens a link only after the reader confirms it, and a page without scripts cannot ask.
      return run.href === null || !WEB_LINK.test(run.href) ? content : `<a class="sl-link" title="${escapeHtml(run.href)}">${content}</a>`;
    })
    .join('');
  const open = `<${element} class="sl-block sl-block-${block.kind}" data-block="${index}">`;
  // Block quotes hold phrasing content only in a paragraph, which keeps the document valid.
  const body = block.kind === 'blockquote' ? `<p>${inner}</p>` : inner;
  return `${open}${body}</${element}>`;
}

function renderSegment(text: string, segment: Segment, findings: readonly Finding[]): string {
  const content = escapeHtml(text.slice(segment.start, segment.end));
  if (segment.layers.length === 0) return content;
  // The card's plain sentence, so the tooltip names a speaker as the findings table does.
  const messages = [...new Set(segment.findingIndexes.map((index) => findingCard(findings[index]!).what))];
  const added = segment.findingIndexes.some((index) => isReaderAdded(findings[index]!));
  return (
    `<mark class="${highlightClassList(segment.layers)}" data-layers="${segment.layers.join(' ')}"${added ? ' data-reader-added=""' : ''}` +
    ` title="${escapeHtml(messages.join('\n'))}">${content}</mark>`
  );
}
