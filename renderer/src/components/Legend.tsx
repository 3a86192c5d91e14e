import { startTransition, useOptimistic } from 'react';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';
import { useReaderRootTheme } from '../lib/theme-context';

/** Props of the legend. */
export interface LegendProps {
  readonly counts: Readonly<Record<LayerId, number>>;
  readonly hidden: ReadonlySet<LayerId>;
  readonly onSetVisible: (layer: LayerId, visible: boolean) => void;
}

/** The three layers with their visual channel, name, count and a switch; keys 1–3 do the same. */
export function Legend({ counts, hidden, onSetVisible }: LegendProps) {
  const themeAttribute = useReaderRootTheme();
  // The box follows the click at once while the reader's own state catches up in a transition.
  const [shownHidden, setShownHidden] = useOptimistic(
    hidden,
    (current: ReadonlySet<LayerId>, change: { readonly layer: LayerId; readonly visible: boolean }) => {
      const next = new Set(current);
      if (change.visible) next.delete(change.layer);
      else next.add(change.layer);
      return next;
    },
  );
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="sidebar-title">
        Highlights
      </h2>
      {/* The swatches sit in a reading root of their own so they take the shared CSS but never its hide attributes. */}
      <ul className={`legend-list ${READER_ROOT_CLASS}`} {...themeAttribute}>
        {LAYER_IDS.map((layer, index) => {
          const info = LAYER_INFO[layer];
          const visible = !shownHidden.has(layer);
          return (
            <li key={layer} className="legend-item" data-layer={layer} data-visible={visible}>
              <label className="legend-label">
                <input
                  type="checkbox"
                  checked={visible}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    startTransition(() => {
                      setShownHidden({ layer, visible: checked });
                      onSetVisible(layer, checked);
                    });
                  }}
                  aria-describedby={`legend-description-${layer}`}
                />
                <span className="legend-swatch" aria-hidden="true">
                  <mark className={highlightClassList([layer])}>Aa</mark>
                </span>
                <span className="legend-name">{info.label}</span>
                <span className="legend-count" aria-label={`${counts[layer]} found`}>
                  {counts[layer]}
                </span>
                <kbd className="legend-key" aria-hidden="true" title={`Press ${index + 1} to switch`}>
                  {index + 1}
                </kbd>
              </label>
              <p id={`legend-description-${layer}`} className="legend-description">
                {info.description}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
