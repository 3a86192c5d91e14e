import { memo, useEffect, useState, type RefObject } from 'react';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import { STOP_SELECTOR } from '../lib/roving-marks';
import { shareOfSection } from '../lib/article-sections';

/** Props of the markers beside the scrollbar. */
export interface ScrollMarkersProps {
  readonly rootRef: RefObject<HTMLElement | null>;
  /** Changes whenever the marks are rendered anew (a new analysis, corrections). */
  readonly version: unknown;
}

interface Marker {
  readonly layer: LayerId;
  /** Position down the page, in per mille of its height. */
  readonly at: number;
}

/*
 * Ticks beside the scrollbar (memoised: a layer switch re-renders none of them) showing where findings are, one colour per layer. They sit inside the
 * reading root, so the same hide attributes that switch a layer's highlights switch its ticks, with no
 * re-render. Findings close together share a tick (one per layer per thousandth of the page).
 */
function ScrollMarkersContent({ rootRef, version }: ScrollMarkersProps) {
  const [markers, setMarkers] = useState<readonly Marker[]>([]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let frame = 0;
    const measure = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const height = document.documentElement.scrollHeight;
        if (height <= 0) return;
        const seen = new Set<string>();
        const next: Marker[] = [];
        let section: HTMLElement | null = null;
        let sectionTop = 0;
        let sectionHeight = 0;
        for (const mark of root.querySelectorAll<HTMLElement>(STOP_SELECTOR)) {
          // The section's box, not the mark's: off-screen sections skip their inner layout
          // (content-visibility), and reading a mark inside one would force it for the whole article.
          // Within its section a mark is placed by where its block's text starts.
          const holder = mark.closest<HTMLElement>('.article-section');
          if (!holder) continue;
          if (holder !== section) {
            section = holder;
            const box = holder.getBoundingClientRect();
            sectionTop = box.top + window.scrollY;
            sectionHeight = box.height;
          }
          const blockStart = Number(mark.closest<HTMLElement>('[data-start]')?.dataset.start ?? 0);
          const share = shareOfSection({ textStart: Number(holder.dataset.textStart), textEnd: Number(holder.dataset.textEnd) }, blockStart);
          const blockTop = sectionTop + sectionHeight * share;
          const at = Math.round((blockTop / height) * 1000);
          for (const layer of (mark.dataset.layers ?? '').split(' ') as LayerId[]) {
            const key = `${layer}:${at}`;
            if (layer.length === 0 || seen.has(key)) continue;
            seen.add(key);
            next.push({ layer, at });
          }
        }
        setMarkers(next);
      });
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(root);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [rootRef, version]);

  // One box per layer: hiding a layer then changes the style of that box alone, not of its hundreds of ticks.
  return (
    <div className="scroll-markers" aria-hidden="true">
      {LAYER_IDS.map((layer) => (
        <div key={layer} className={`scroll-markers-layer scroll-markers-${layer}`}>
          {markers
            .filter((marker) => marker.layer === layer)
            .map((marker) => (
              <span key={marker.at} className={`scroll-marker scroll-marker-${layer}`} style={{ top: `${marker.at / 10}%` }} />
            ))}
        </div>
      ))}
    </div>
  );
}

/** Ticks beside the scrollbar where findings are; hidden layers' ticks hide with their highlights. */
export const ScrollMarkers = memo(ScrollMarkersContent);
