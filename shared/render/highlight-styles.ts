import { LAYER_IDS, type LayerId } from '../model/layers';
import { HIGHLIGHT_CLASS, READER_ROOT_CLASS, hiddenLayerAttribute, layerClass } from './highlight-markup';

/** Declarations that switch off one layer's visual channel; the export reuses them for its CSS-only toggles. */
export const LAYER_OFF_DECLARATIONS: Readonly<Record<LayerId, string>> = {
  'state-media': 'background-color: transparent; outline: none;',
  quote: 'box-shadow: none;',
  unverified: 'text-decoration: none;',
};

/**
 * The highlight stylesheet the reader and the export share, so both show the same marks.
 * Each layer has its own channel as well as its own colour: state media a background,
 * quotes a solid underline, unverified claims a wavy underline.
 */
export const HIGHLIGHT_CSS = `
.${READER_ROOT_CLASS} {
  --sl-state-media-bg: #ffe2a8;
  --sl-state-media-edge: #a15c00;
  --sl-quote-line: #1f5fbf;
  --sl-unverified-line: #c2185b;
}
@media (prefers-color-scheme: dark) {
  .${READER_ROOT_CLASS}:not([data-theme="light"]) {
    --sl-state-media-bg: #5a3d00;
    --sl-state-media-edge: #ffc24d;
    --sl-quote-line: #7fb2ff;
    --sl-unverified-line: #ff7fb0;
  }
}
.${READER_ROOT_CLASS}[data-theme="dark"] {
  --sl-state-media-bg: #5a3d00;
  --sl-state-media-edge: #ffc24d;
  --sl-quote-line: #7fb2ff;
  --sl-unverified-line: #ff7fb0;
}
.${READER_ROOT_CLASS} mark.${HIGHLIGHT_CLASS} {
  background: none;
  color: inherit;
  padding: 0;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
.${READER_ROOT_CLASS} mark.${layerClass('state-media')} {
  background-color: var(--sl-state-media-bg);
  outline: 1px dotted var(--sl-state-media-edge);
  outline-offset: -1px;
}
.${READER_ROOT_CLASS} mark.${layerClass('quote')} {
  box-shadow: inset 0 -2px 0 var(--sl-quote-line);
}
.${READER_ROOT_CLASS} mark.${layerClass('unverified')} {
  text-decoration: underline wavy var(--sl-unverified-line);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 4px;
  text-decoration-skip-ink: none;
}
${LAYER_IDS.map((layer) => hideRule(layer)).join('\n')}
@media print {
  .${READER_ROOT_CLASS} mark.${layerClass('state-media')} { background-color: #ddd; outline: 1px solid #000; }
  .${READER_ROOT_CLASS} mark.${layerClass('quote')} { box-shadow: inset 0 -2px 0 #000; }
  .${READER_ROOT_CLASS} mark.${layerClass('unverified')} { text-decoration: underline wavy #000; }
}
`;

function hideRule(layer: LayerId): string {
  return `.${READER_ROOT_CLASS}[${hiddenLayerAttribute(layer)}] mark.${layerClass(layer)} { ${LAYER_OFF_DECLARATIONS[layer]} }`;
}
