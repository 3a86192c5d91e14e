import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { LayerId } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';
import type { LayerGroup } from '../lib/finding-groups';
import { excerptOf } from '../lib/finding-groups';
import { isReaderAdded, type Correction } from '../../../shared/model/correction';
import type { Finding } from '../../../shared/model/finding';
import { LAYER_INFO } from '../../../shared/model/layers';
import { useReaderRootTheme } from '../lib/theme-context';

/** Props of the findings panel. */
export interface FindingsPanelProps {
  readonly groups: readonly LayerGroup[];
  readonly hidden: ReadonlySet<LayerId>;
  /** Index of the finding last revealed, marked as current in the list. */
  readonly current: number | null;
  readonly onSelect: (index: number) => void;
  /** The findings on screen, to tell the reader's additions apart. */
  readonly findings?: readonly Finding[];
  /** The engine's findings the reader marked wrong. */
  readonly wrong?: readonly Finding[];
  readonly onMarkWrong?: (index: number) => void;
  readonly onUndo?: (correction: Pick<Correction, 'kind' | 'layer' | 'start' | 'end'>) => void;
  readonly onExportCorrections?: () => void;
  /** Hover or focus on an entry lights its highlight in the text (null when it leaves). */
  readonly onLink?: (index: number | null) => void;
}

// One empty list for absent props, so the memoised entries see the same value on every render.
const NONE: readonly Finding[] = [];

// A megabyte article has thousands of findings; the list shows a screenful per group until asked.
const SHOWN_PER_GROUP = 50;

/** A subgroup's height before the panel first lays it out: its title and about one and a half lines per entry. */
function estimatedHeightRem(entries: number): number {
  return 1.5 + entries * 1.9;
}

/** Props of one layer's entries: no hidden-layer state, so switching a layer re-renders none of them. */
interface LayerEntriesProps {
  readonly group: LayerGroup;
  readonly current: number | null;
  readonly onSelect: (index: number) => void;
  readonly findings: readonly Finding[];
  readonly expanded: ReadonlySet<string>;
  readonly onExpand: (key: string) => void;
  readonly onMarkWrong?: (index: number) => void;
  readonly onUndo?: (correction: Pick<Correction, 'kind' | 'layer' | 'start' | 'end'>) => void;
  readonly onLink?: (index: number | null) => void;
}

// A megabyte article lists thousands of entries: a layer switch must not reconcile them again.
const LayerEntries = memo(function LayerEntries({ group, current, onSelect, findings, expanded, onExpand, onMarkWrong, onUndo, onLink }: LayerEntriesProps) {
  return (
    <>
      {group.subgroups.map((subgroup) => {
        const key = `${group.layer}:${subgroup.label}`;
        const all = expanded.has(key);
        const entries = all ? subgroup.entries : subgroup.entries.slice(0, SHOWN_PER_GROUP);
        return (
          <div key={key} className="findings-subgroup" style={{ containIntrinsicSize: `auto ${estimatedHeightRem(entries.length)}rem` }}>
            <p className="findings-subgroup-title">
              {subgroup.label} <span className="findings-subgroup-count">· {subgroup.entries.length}</span>
            </p>
            <ul className="findings-list">
              {entries.map((entry) => {
                const finding = findings[entry.index];
                const added = finding !== undefined && isReaderAdded(finding);
                return (
                  <li key={entry.index}>
                    <button
                      type="button"
                      className="finding-entry"
                      data-finding-index={entry.index}
                      aria-current={entry.index === current ? 'true' : undefined}
                      onClick={() => onSelect(entry.index)}
                      onMouseEnter={() => onLink?.(entry.index)}
                      onMouseLeave={() => onLink?.(null)}
                      onFocus={() => onLink?.(entry.index)}
                      onBlur={() => onLink?.(null)}
                    >
                      {entry.excerpt}
                    </button>
                    {added && <span className="finding-yours">yours</span>}
                    {added && finding && onUndo && (
                      <button
                        type="button"
                        className="finding-correct"
                        aria-label={`Undo adding: ${entry.excerpt}`}
                        onClick={() => onUndo({ kind: 'added', layer: finding.layer, start: finding.start, end: finding.end })}
                      >
                        Undo
                      </button>
                    )}
                    {!added && onMarkWrong && (
                      <button type="button" className="finding-correct" aria-label={`Mark as wrong: ${entry.excerpt}`} onClick={() => onMarkWrong(entry.index)}>
                        Wrong?
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            {!all && subgroup.entries.length > SHOWN_PER_GROUP && (
              <button type="button" className="button button-small" onClick={() => onExpand(key)}>
                Show {subgroup.entries.length - SHOWN_PER_GROUP} more
              </button>
            )}
          </div>
        );
      })}
    </>
  );
});

function FindingsPanelContent({
  groups,
  hidden,
  current,
  onSelect,
  findings = NONE,
  wrong = NONE,
  onMarkWrong,
  onUndo,
  onExportCorrections,
  onLink,
}: FindingsPanelProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const expand = useCallback((key: string) => setExpanded((current) => new Set(current).add(key)), []);
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
        Select one to jump to it; <kbd>n</kbd> and <kbd>p</kbd> step through the visible layers. Select words in the text to add one the engine missed.
      </p>
      {groups.map((group) => {
        const isHidden = hidden.has(group.layer);
        return (
          <section
            key={group.layer}
            className="findings-layer"
            data-layer={group.layer}
            data-hidden={isHidden || undefined}
            aria-labelledby={`findings-${group.layer}`}
          >
            <h3 id={`findings-${group.layer}`} className="findings-layer-title">
              <span className={`findings-swatch ${READER_ROOT_CLASS}`} {...themeAttribute} aria-hidden="true">
                <mark className={highlightClassList([group.layer])}>Aa</mark>
              </span>
              <span>{group.label}</span>
              <span className="findings-layer-count">{group.count}</span>
              {/* Always there and only made invisible: adding a word would lay out the sidebar, and that layout would leave the next frame a hit test of the page. */}
              <span className="findings-layer-off">hidden</span>
            </h3>
            {group.count === 0 && <p className="findings-empty">None in this article.</p>}
            <LayerEntries
              group={group}
              current={current}
              onSelect={onSelect}
              findings={findings}
              expanded={expanded}
              onExpand={expand}
              {...(onMarkWrong ? { onMarkWrong } : {})}
              {...(onUndo ? { onUndo } : {})}
              {...(onLink ? { onLink } : {})}
            />
          </section>
        );
      })}
      {(wrong.length > 0 || findings.some(isReaderAdded)) && (
        <section className="corrections-section" aria-labelledby="corrections-title">
          <h3 id="corrections-title" className="findings-layer-title">
            Your corrections
          </h3>
          {wrong.length > 0 && (
            <ul className="corrections-list" aria-label="Marked wrong">
              {wrong.map((finding) => (
                <li key={`${finding.layer}-${finding.start}-${finding.end}`}>
                  <span className="corrected-text">
                    {LAYER_INFO[finding.layer].label}: {excerptOf(finding, 60)}
                  </span>
                  {onUndo && (
                    <button
                      type="button"
                      className="finding-correct"
                      aria-label={`Undo marking as wrong: ${excerptOf(finding, 60)}`}
                      onClick={() => onUndo({ kind: 'wrong', layer: finding.layer, start: finding.start, end: finding.end })}
                    >
                      Undo
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="findings-help">Kept on this computer for this article, and included in every export.</p>
          {onExportCorrections && (
            <button type="button" className="button button-small" onClick={onExportCorrections}>
              Export corrections…
            </button>
          )}
        </section>
      )}
    </section>
  );
}

/** Findings grouped by layer, then by outlet, speaker or kind of cue; selecting one reveals it in the text. */
export const FindingsPanel = memo(FindingsPanelContent);
