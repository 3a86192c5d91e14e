import { useEffect, useState, type RefObject } from 'react';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../../../shared/model/layers';
import { selectionOffsets } from '../lib/selection-offsets';

/** Props of the bar that adds a missed finding. */
export interface AddFindingBarProps {
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly onAdd: (layer: LayerId, start: number, end: number) => void;
}

interface Pending {
  readonly start: number;
  readonly end: number;
  readonly top: number;
  readonly left: number;
}

/** After the reader selects words in the article, offers to mark them as a finding the engine missed. */
export function AddFindingBar({ rootRef, onAdd }: AddFindingBarProps) {
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    const onSelectionChange = (): void => {
      const root = rootRef.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return setPending(null);
      const range = selection.getRangeAt(0);
      const offsets = selectionOffsets(root, range);
      if (!offsets) return setPending(null);
      const rect = range.getBoundingClientRect();
      setPending({ ...offsets, top: Math.min(rect.bottom + 8, window.innerHeight - 60), left: Math.max(12, Math.min(rect.left, window.innerWidth - 420)) });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    // The bar follows the selection when the page scrolls.
    window.addEventListener('scroll', onSelectionChange, true);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      window.removeEventListener('scroll', onSelectionChange, true);
    };
  }, [rootRef]);

  if (!pending) return null;
  return (
    <div
      className="add-finding-bar"
      role="toolbar"
      aria-label="Mark the selected words"
      style={{ top: `${pending.top}px`, left: `${pending.left}px` }}
      // Keeps the selection while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <span className="add-finding-label">Missed? Mark as</span>
      {LAYER_IDS.map((layer) => (
        <button
          key={layer}
          type="button"
          className="button button-small"
          onClick={() => {
            onAdd(layer, pending.start, pending.end);
            document.getSelection()?.removeAllRanges();
            setPending(null);
          }}
        >
          {LAYER_INFO[layer].label}
        </button>
      ))}
    </div>
  );
}
