import { useLayoutEffect, useRef, useState } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';
import { explainFinding } from '../lib/finding-explanations';
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

/** A small card explaining a highlight: for each layer covering it, the rule in plain words and its details. */
export function FindingPopover({ id, findings, anchor, onPointerEnter, onPointerLeave }: FindingPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const themeAttribute = useReaderRootTheme();

  useLayoutEffect(() => {
    const place = (): void => {
      const card = ref.current;
      if (!card) return;
      // A highlight broken over lines has one rectangle per line; the first is where the eye is.
      const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      const width = card.offsetWidth;
      const height = card.offsetHeight;
      const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
      const below = rect.bottom + GAP;
      const top = below + height > window.innerHeight - MARGIN && rect.top - GAP - height > MARGIN ? rect.top - GAP - height : below;
      setPosition({ top, left });
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
      style={position ? { top: `${position.top}px`, left: `${position.left}px` } : undefined}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      {findings.map((finding, index) => {
        const explanation = explainFinding(finding);
        return (
          <section key={`${finding.layer}-${finding.start}-${index}`} className="popover-section" data-layer={finding.layer}>
            <p className="popover-layer">
              <span className={`popover-swatch ${READER_ROOT_CLASS}`} {...themeAttribute} aria-hidden="true">
                <mark className={highlightClassList([finding.layer])}>Aa</mark>
              </span>
              {explanation.layerLabel}
            </p>
            <p className="popover-rule">Marked as {explanation.rule}.</p>
            {explanation.details.length > 0 && (
              <dl className="popover-details">
                {explanation.details.map(([label, value]) => (
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
    </div>
  );
}
