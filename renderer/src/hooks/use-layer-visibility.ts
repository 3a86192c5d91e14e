import { useCallback, useMemo } from 'react';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import type { ReaderSettingsState } from './use-reader-settings';

/** Which layers are hidden, and how to change that. */
export interface LayerVisibility {
  readonly hidden: ReadonlySet<LayerId>;
  readonly visibleLayers: readonly LayerId[];
  readonly toggle: (layer: LayerId) => void;
  readonly setVisible: (layer: LayerId, visible: boolean) => void;
}

/** Layer visibility, kept in the reader settings so it is remembered between runs. */
export function useLayerVisibility({ settings, update }: ReaderSettingsState): LayerVisibility {
  const visibleKey = LAYER_IDS.filter((layer) => settings.visibleLayers.includes(layer)).join(' ');
  const visibleLayers = useMemo(() => LAYER_IDS.filter((layer) => visibleKey.split(' ').includes(layer)), [visibleKey]);
  const hidden = useMemo(() => new Set(LAYER_IDS.filter((layer) => !visibleLayers.includes(layer))), [visibleLayers]);
  const setVisible = useCallback(
    (layer: LayerId, visible: boolean) =>
      update((current) => ({
        visibleLayers: LAYER_IDS.filter((candidate) => (candidate === layer ? visible : current.visibleLayers.includes(candidate))),
      })),
    [update],
  );
  const toggle = useCallback(
    (layer: LayerId) =>
      update((current) => ({
        visibleLayers: LAYER_IDS.filter((candidate) => current.visibleLayers.includes(candidate) !== (candidate === layer)),
      })),
    [update],
  );
  return { hidden, visibleLayers, toggle, setVisible };
}
