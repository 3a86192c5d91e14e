import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { findAll, rangeForOffsets } from '../lib/text-ranges';

/** Props of the find bar. */
export interface FindBarProps {
  readonly text: string;
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly onClose: () => void;
}

const MATCHES = 'sl-find-match';
const CURRENT = 'sl-find-current';

function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Find in the article (Ctrl/Cmd+F). Matches are painted with the CSS Custom Highlight API, over the
 * sourcing highlights and without touching the article's DOM; Enter and Shift+Enter step through them.
 */
export function FindBar({ text, rootRef, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findAll(text, query), [text, query]);
  const index = matches.length === 0 ? 0 : Math.min(current, matches.length - 1);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !supportsHighlights()) return;
    const blocks = [...root.querySelectorAll<HTMLElement>('[data-start]')];
    const ranges = matches.map((match) => rangeForOffsets(blocks, match.start, match.end));
    CSS.highlights.set(MATCHES, new Highlight(...ranges.filter((range): range is Range => range !== null)));
    const here = ranges[index];
    if (here) {
      CSS.highlights.set(CURRENT, new Highlight(here));
      const element = here.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center' });
    } else CSS.highlights.delete(CURRENT);
    return () => {
      CSS.highlights.delete(MATCHES);
      CSS.highlights.delete(CURRENT);
    };
  }, [matches, index, rootRef]);

  const step = (by: number): void => {
    if (matches.length > 0) setCurrent((index + by + matches.length) % matches.length);
  };
  const status = query.trim() === '' ? '' : matches.length === 0 ? 'No matches' : `${index + 1} of ${matches.length}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in the article">
      <input
        ref={input}
        type="search"
        className="find-input"
        aria-label="Find in the article"
        placeholder="Find in the article"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setCurrent(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <output className="find-status" aria-live="polite">
        {status}
      </output>
      <button type="button" className="button button-small" onClick={() => step(-1)} disabled={matches.length === 0}>
        Previous
      </button>
      <button type="button" className="button button-small" onClick={() => step(1)} disabled={matches.length === 0}>
        Next
      </button>
      <button type="button" className="button button-quiet" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
