import { memo, useEffect, useRef, useState } from 'react';
import type { LayerId } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';
import type { LayerGroup } from '../lib/finding-groups';
import { useReaderRootTheme } from '../lib/theme-context';

/** Props of the findings panel. */
export interface FindingsPanelProps {
  readonly groups: readonly LayerGroup[];
  readonly hidden: ReadonlySet<LayerId>;
  /** Index of the finding last revealed, marked as current in the list. */
  readonly current: number | null;
  readonly onSelect: (index: number) => void;
}

// A megabyte article has thousands of findings; the list shows a screenful per group until asked.
const SHOWN_PER_GROUP = 50;

function FindingsPanelContent({ groups, hidden, current, onSelect }: FindingsPanelProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const themeAttribute = useReaderRootTheme();
  const ref = useRef<HTMLElement>(null);

  // Stepping with n / p keeps the current entry in sight in the panel as well as in the text.
  useEffect(() => {
    if (current === null) return;
    ref.current?.querySelector(`[data-finding-index="${current}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  return (
    <section ref={ref} className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title" className="sidebar-title">
        Findings
      </h2>
      <p className="findings-help">
        Select one to jump to it; <kbd>n</kbd> and <kbd>p</kbd> step through the visible layers.
      </p>
      {groups.map((group) => {
        const isHidden = hidden.has(group.layer);
        return (
          <section key={group.layer} className="findings-layer" data-layer={group.layer} data-hidden={isHidden || undefined} aria-labelledby={`findings-${group.layer}`}>
            <h3 id={`findings-${group.layer}`} className="findings-layer-title">
              <span className={`findings-swatch ${READER_ROOT_CLASS}`} {...themeAttribute} aria-hidden="true">
                <mark className={highlightClassList([group.layer])}>Aa</mark>
              </span>
              <span>{group.label}</span>
              <span className="findings-layer-count">{group.count}</span>
              {isHidden && <span className="findings-layer-off">hidden</span>}
            </h3>
            {group.count === 0 && <p className="findings-empty">None in this article.</p>}
            {group.subgroups.map((subgroup) => {
              const key = `${group.layer}:${subgroup.label}`;
              const all = expanded.has(key);
              const entries = all ? subgroup.entries : subgroup.entries.slice(0, SHOWN_PER_GROUP);
              return (
                <div key={key} className="findings-subgroup">
                  <p className="findings-subgroup-title">
                    {subgroup.label} <span className="findings-subgroup-count">· {subgroup.entries.length}</span>
                  </p>
                  <ul className="findings-list">
                    {entries.map((entry) => (
                      <li key={entry.index}>
                        <button
                          type="button"
                          className="finding-entry"
                          data-finding-index={entry.index}
                          aria-current={entry.index === current ? 'true' : undefined}
                          onClick={() => onSelect(entry.index)}
                        >
                          {entry.excerpt}
                        </button>
                      </li>
                    ))}
                  </ul>
                  {!all && subgroup.entries.length > SHOWN_PER_GROUP && (
                    <button type="button" className="button button-small" onClick={() => setExpanded((current) => new Set(current).add(key))}>
                      Show {subgroup.entries.length - SHOWN_PER_GROUP} more
                    </button>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </section>
  );
}

/** Findings grouped by layer, then by outlet, speaker or kind of cue; selecting one reveals it in the text. */
export const FindingsPanel = memo(FindingsPanelContent);
