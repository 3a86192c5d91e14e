import { LAYER_INFO, type LayerId } from '../../../shared/model/layers';

/** Words a screen reader announces at a highlight's edges, e.g. "direct quotes, unverified claims". */
export function markSpokenLabel(layers: readonly LayerId[]): string {
  return layers.map((layer) => LAYER_INFO[layer].label.toLowerCase()).join(', ');
}
