import { LAYER_IDS, type LayerId } from '../model/layers';
import { HIGHLIGHT_CSS, LAYER_OFF_DECLARATIONS } from '../render/highlight-styles';
import { HIGHLIGHT_CLASS, READER_ROOT_CLASS, layerClass } from '../render/highlight-markup';

/** Class of the legend, which shows a sample of each layer and its toggle state. */
export const LEGEND_CLASS = 'sl-legend';

/** Class of the sourcing summary under the header. */
export const SUMMARY_CLASS = 'sl-summary';

/** Id of the checkbox that switches a layer in the export. */
export function toggleId(layer: LayerId): string {
  return `sl-toggle-${layer}`;
}

// The legend's samples reuse the highlight rules with the legend as their root, so the export's
// samples and the article's marks cannot disagree on colours. Samples stay styled when a layer is
// off: the legend still has to say what each channel means.
const LEGEND_SAMPLE_CSS = HIGHLIGHT_CSS.split(`.${READER_ROOT_CLASS}`).join(`.${LEGEND_CLASS}`);

function toggleRules(layer: LayerId): string {
  const id = toggleId(layer);
  const off = LAYER_OFF_DECLARATIONS[layer];
  return [
    `#${id}:not(:checked) ~ .${READER_ROOT_CLASS} mark.${layerClass(layer)} { ${off} }`,
    `#${id}:checked ~ .${LEGEND_CLASS} label[for="${id}"] .sl-switch::before { content: "\\2713"; }`,
    `#${id}:not(:checked) ~ .${LEGEND_CLASS} label[for="${id}"] .sl-state::after { content: "(hidden)"; }`,
    `#${id}:focus-visible ~ .${LEGEND_CLASS} label[for="${id}"] { outline: 2px solid currentColor; outline-offset: 2px; }`,
  ].join('\n');
}

const PAGE_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fdfcf9; }
@media (prefers-color-scheme: dark) { body { color: #e8e6e1; background: #181816; } }
.sl-page { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.sl-export-header { border-bottom: 1px solid #8886; padding-bottom: 1rem; margin-bottom: 1rem; }
.sl-export-kicker { font: 600 0.8rem/1.2 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; margin: 0 0 0.5rem; opacity: 0.75; }
.sl-export-header h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.75rem; }
.sl-export-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; font: 0.85rem/1.4 system-ui, sans-serif; }
.sl-export-meta dt { font-weight: 600; }
.sl-export-meta dd { margin: 0; overflow-wrap: anywhere; }
.${SUMMARY_CLASS} { font: 0.95rem/1.45 system-ui, sans-serif; margin-bottom: 1rem; }
.${SUMMARY_CLASS} h2 { font-size: 0.95rem; margin: 0 0 0.35rem; }
.${SUMMARY_CLASS} ul { margin: 0; padding-left: 1.2rem; }
.${SUMMARY_CLASS} .sl-publisher { font-weight: 600; }
.sl-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.${LEGEND_CLASS} { font: 0.9rem/1.4 system-ui, sans-serif; border: 1px solid #8886; border-radius: 6px; padding: 0.75rem 1rem; margin-bottom: 1.5rem; }
.${LEGEND_CLASS} h2 { font-size: 0.95rem; margin: 0 0 0.5rem; }
.${LEGEND_CLASS} ul { list-style: none; margin: 0; padding: 0; }
.${LEGEND_CLASS} li { margin: 0.3rem 0; }
.${LEGEND_CLASS} label { cursor: pointer; display: inline-flex; gap: 0.5rem; align-items: baseline; flex-wrap: wrap; }
.sl-switch { display: inline-block; width: 1em; height: 1em; border: 1px solid currentColor; border-radius: 3px; text-align: center; line-height: 1; }
.sl-count { font-variant-numeric: tabular-nums; font-weight: 600; }
.sl-description, .sl-state { opacity: 0.75; }
.sl-state::after { content: ""; }
.${READER_ROOT_CLASS} { overflow-wrap: break-word; }
.${READER_ROOT_CLASS} .sl-block { white-space: pre-line; }
.${READER_ROOT_CLASS} .sl-block-heading { font-size: 1.3rem; line-height: 1.3; }
.${READER_ROOT_CLASS} .sl-block-blockquote { margin: 1rem 0 1rem 1rem; padding-left: 1rem; border-left: 3px solid #8888; }
.${READER_ROOT_CLASS} .sl-block-caption, .${READER_ROOT_CLASS} .sl-block-byline, .${READER_ROOT_CLASS} .sl-block-dateline { font: 0.9rem/1.4 system-ui, sans-serif; opacity: 0.85; }
.${READER_ROOT_CLASS} .sl-block-standfirst { font-size: 1.1rem; line-height: 1.5; font-weight: 600; }
.${READER_ROOT_CLASS} .sl-link { text-decoration: underline dotted; text-decoration-color: #888; text-underline-offset: 4px; }
.sl-links { margin-top: 2rem; font: 0.85rem/1.45 system-ui, sans-serif; }
.sl-links h2 { font-size: 1rem; margin: 0 0 0.4rem; }
.sl-link-target { overflow-wrap: anywhere; opacity: 0.8; }
.sl-figure { margin: 1rem 0; }
.sl-image-placeholder { font: 0.85rem/1.4 system-ui, sans-serif; border: 1px dashed #8888; border-radius: 4px; padding: 0.75rem 1rem; opacity: 0.85; }
.sl-claim-card { font: 0.95rem/1.45 system-ui, sans-serif; border: 2px solid #8889; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.sl-claim-card h2 { font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; margin: 0 0 0.4rem; opacity: 0.8; }
.sl-claim-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.sl-claim-card dt { font-weight: 600; }
.sl-claim-card dd { margin: 0; }
.sl-findings { margin-top: 2.5rem; border-top: 1px solid #8886; padding-top: 1rem; font: 0.9rem/1.45 system-ui, sans-serif; }
.sl-findings h2 { font-size: 1.2rem; margin: 0 0 0.5rem; }
.sl-findings h3 { font-size: 1rem; margin: 1.25rem 0 0.4rem; }
.sl-findings table { width: 100%; border-collapse: collapse; }
.sl-findings th, .sl-findings td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem 0.3rem 0; border-bottom: 1px solid #8884; overflow-wrap: break-word; }
.sl-findings h3 .sl-count { font-weight: 400; opacity: 0.75; }
.sl-findings th { font-weight: 600; border-bottom-color: #888a; }
.${READER_ROOT_CLASS} mark[data-reader-added] { outline: 1px dashed currentColor; outline-offset: 1px; }
.sl-by-reader { opacity: 0.8; }
.sl-findings .sl-none { margin: 0; opacity: 0.75; }
.sl-export-footer { margin-top: 3rem; font: 0.8rem/1.4 system-ui, sans-serif; opacity: 0.7; }
@media print {
  @page { margin: 18mm 16mm; }
  body { background: #fff; color: #000; font-size: 11pt; }
  .sl-page { max-width: none; padding: 0; }
  .sl-page, .${READER_ROOT_CLASS}, .${READER_ROOT_CLASS} .sl-block { overflow: visible; overflow-wrap: anywhere; }
  .${LEGEND_CLASS}, .${SUMMARY_CLASS} { break-inside: avoid; border-color: #000; }
  .${LEGEND_CLASS} label { cursor: auto; }
  .${READER_ROOT_CLASS} .sl-block { orphans: 2; widows: 2; }
  /* The tables repeat their column names on each page and never split a row. */
  thead { display: table-header-group; }
  .sl-findings tr { break-inside: avoid; }
  .sl-findings h3 { break-after: avoid; }
  .sl-findings th, .sl-findings td { border-color: #000; }
  /* Grey fills print only when the browser is told they carry meaning. */
  mark.${HIGHLIGHT_CLASS} { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The export's whole stylesheet: shared highlights, the legend's samples, page layout and the toggles. */
export const EXPORT_CSS = [HIGHLIGHT_CSS, LEGEND_SAMPLE_CSS, PAGE_CSS, ...LAYER_IDS.map(toggleRules)].join('\n');
