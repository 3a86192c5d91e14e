import { useEffect, useRef, type ReactNode } from 'react';

/** Props of the sidebar. */
export interface ReaderSidebarProps {
  /** In the narrow layout the sidebar is a bottom sheet over the text, shown only when asked for. */
  readonly narrow: boolean;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * The layers, the summary and the findings: beside the text when there is room, otherwise a bottom
 * sheet the toolbar opens, so the article is the first thing on a small or zoomed screen.
 */
export function ReaderSidebar({ narrow, open, onClose, children }: ReaderSidebarProps) {
  const ref = useRef<HTMLElement>(null);
  const sheet = narrow && open;

  useEffect(() => {
    if (!sheet) return;
    ref.current?.querySelector<HTMLElement>('.sheet-close')?.focus();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Escape first closes a highlight's explanation; the sheet closes on the next press.
      if (document.querySelector('.finding-popover')) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [sheet, onClose]);

  return (
    <aside
      ref={ref}
      id="reader-sidebar"
      className="reader-sidebar"
      data-sheet={narrow ? (open ? 'open' : 'closed') : undefined}
      hidden={narrow && !open}
      aria-label="Highlight layers and findings"
    >
      {sheet && (
        <div className="sheet-head">
          <p className="sheet-title">Layers and findings</p>
          <button type="button" className="button button-quiet sheet-close" aria-label="Close layers and findings" onClick={onClose}>
            ×
          </button>
        </div>
      )}
      {children}
    </aside>
  );
}
