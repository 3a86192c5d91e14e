import type { LayerId } from '../model/layers';

/** Class every highlight element carries. */
export const HIGHLIGHT_CLASS = 'sl-hl';

/** Class of the reading root whose attributes switch layers. */
export const READER_ROOT_CLASS = 'sl-article';

/** Class that gives a highlight the visual channel of one layer. */
export function layerClass(layer: LayerId): string {
  return `sl-hl-${layer}`;
}

/** Attribute on the reading root that hides one layer; toggling it never re-renders the text. */
export function hiddenLayerAttribute(layer: LayerId): string {
  return `data-hide-${layer}`;
}

/** The class list of a highlight covering the given layers. */
export function highlightClassList(layers: readonly LayerId[]): string {
  return [HIGHLIGHT_CLASS, ...layers.map(layerClass)].join(' ');
}
