import { useCallback, useState } from 'react';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';

/** Which layers are hidden, and how to change that. */
export interface LayerVisibility {
  readonly hidden: ReadonlySet<LayerId>;
  readonly visibleLayers: readonly LayerId[];
  readonly toggle: (layer: LayerId) => void;
  readonly setVisible: (layer: LayerId, visible: boolean) => void;
}

/** Layer visibility state; every layer starts visible. */
export function useLayerVisibility(): LayerVisibility {
  const [hidden, setHidden] = useState<ReadonlySet<LayerId>>(() => new Set());
  const setVisible = useCallback((layer: LayerId, visible: boolean) => {
    setHidden((current) => {
      if (current.has(layer) !== visible) return current;
      const next = new Set(current);
      if (visible) next.delete(layer);
      else next.add(layer);
      return next;
    });
  }, []);
  const toggle = useCallback((layer: LayerId) => {
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(layer)) next.delete(layer);
      else next.add(layer);
      return next;
    });
  }, []);
  return { hidden, visibleLayers: LAYER_IDS.filter((layer) => !hidden.has(layer)), toggle, setVisible };
}
