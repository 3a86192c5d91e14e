import { startTransition, useCallback, useMemo, type RefObject } from 'react';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import { applyVisibleLayers } from '../lib/layer-attributes';
import type { ReaderSettingsState } from './use-reader-settings';

/** Which layers are hidden, and how to change that. */
export interface LayerVisibility {
  readonly hidden: ReadonlySet<LayerId>;
  readonly visibleLayers: readonly LayerId[];
  readonly toggle: (layer: LayerId) => void;
  readonly setVisible: (layer: LayerId, visible: boolean) => void;
}

/**
 * Layer visibility, kept in the reader settings so it is remembered between runs. A change is written
 * to the reading root at once (the attribute is what the CSS reads); the React state that mirrors it
 * (legend, findings panel) follows in a transition so the switch never waits for a re-render.
 */
export function useLayerVisibility({ settings, update }: ReaderSettingsState, rootRef?: RefObject<HTMLElement | null>): LayerVisibility {
  const visibleKey = LAYER_IDS.filter((layer) => settings.visibleLayers.includes(layer)).join(' ');
  const visibleLayers = useMemo(() => LAYER_IDS.filter((layer) => visibleKey.split(' ').includes(layer)), [visibleKey]);
  const hidden = useMemo(() => new Set(LAYER_IDS.filter((layer) => !visibleLayers.includes(layer))), [visibleLayers]);
  const change = useCallback(
    (next: (current: readonly LayerId[]) => LayerId[]) =>
      startTransition(() =>
        update((current) => {
          const visible = next(current.visibleLayers);
          applyVisibleLayers(rootRef?.current ?? null, visible);
          return { visibleLayers: visible };
        }),
      ),
    [update, rootRef],
  );
  const setVisible = useCallback(
    (layer: LayerId, visible: boolean) => change((current) => LAYER_IDS.filter((candidate) => (candidate === layer ? visible : current.includes(candidate)))),
    [change],
  );
  const toggle = useCallback(
    (layer: LayerId) => change((current) => LAYER_IDS.filter((candidate) => current.includes(candidate) !== (candidate === layer))),
    [change],
  );
  return { hidden, visibleLayers, toggle, setVisible };
}
