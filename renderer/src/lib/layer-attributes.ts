import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import { hiddenLayerAttribute } from '../../../shared/render/highlight-markup';

/**
 * Writes the hide attributes the shared CSS reads straight onto a reading root, so a layer switch
 * reaches the next frame as a paint-only change without waiting for React to re-render anything.
 */
export function applyVisibleLayers(root: Element | null, visibleLayers: readonly LayerId[]): void {
  if (!root) return;
  for (const layer of LAYER_IDS) root.toggleAttribute(hiddenLayerAttribute(layer), !visibleLayers.includes(layer));
}
