import { useLayoutEffect, useRef, useState } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';
import { findingCard } from '../../../shared/explain/finding-card';
import { useReaderRootTheme } from '../lib/theme-context';

/** Props of the popover. */
export interface FindingPopoverProps {
  readonly id: string;
  /** The findings covering the highlight, one section each. */
  readonly findings: readonly Finding[];
  /** The highlight it explains; the popover sits below it, or above when there is no room. */
  readonly anchor: HTMLElement;
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
}

const GAP = 8;
const MARGIN = 12;

/** A card explaining a highlight: for each layer covering it, what was found, why it matters and the evidence. */
export function FindingPopover({ id, findings, anchor, onPointerEnter, onPointerLeave }: FindingPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number; maxHeight: number } | null>(null);
  const themeAttribute = useReaderRootTheme();

  useLayoutEffect(() => {
    const place = (): void => {
      const card = ref.current;
      if (!card) return;
      // The whole highlight, every line of it, stays uncovered: the card goes below or above it, never on it.
      const rect = anchor.getBoundingClientRect();
      const first = anchor.getClientRects()[0] ?? rect;
      const width = card.offsetWidth;
      const height = card.offsetHeight;
      const left = Math.max(MARGIN, Math.min(first.left, window.innerWidth - width - MARGIN));
      const spaceBelow = window.innerHeight - MARGIN - (rect.bottom + GAP);
      const spaceAbove = rect.top - GAP - MARGIN;
      const below = height <= spaceBelow || spaceBelow >= spaceAbove;
      const room = Math.max(below ? spaceBelow : spaceAbove, 120);
      const shown = Math.min(height, room);
      const top = below ? rect.bottom + GAP : rect.top - GAP - shown;
      setPosition({ top, left, maxHeight: room });
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchor, findings]);

  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="finding-popover"
      data-placed={position !== null || undefined}
      style={position ? { top: `${position.top}px`, left: `${position.left}px`, maxHeight: `${position.maxHeight}px` } : undefined}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      {findings.map((finding, index) => {
        const card = findingCard(finding);
        return (
          <section key={`${finding.layer}-${finding.start}-${index}`} className="popover-section" data-layer={finding.layer}>
            <p className="popover-layer">
              <span className={`popover-swatch ${READER_ROOT_CLASS}`} {...themeAttribute} aria-hidden="true">
                <mark className={highlightClassList([finding.layer])}>Aa</mark>
              </span>
              {card.layerLabel}
            </p>
            <p className="popover-what">{card.what}</p>
            <p className="popover-why">
              <span className="popover-label">Why it matters: </span>
              {card.why}
            </p>
            {card.evidence.length > 0 && (
              <dl className="popover-details">
                {card.evidence.map(({ label, value }) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
      <p className="popover-more">More on each layer: Help (press ?)</p>
    </div>
  );
}
