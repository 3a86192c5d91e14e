import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Paper } from '../../../shared/model/settings';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, hiddenLayerAttribute } from '../../../shared/render/highlight-markup';
import type { ArticleAnalysis } from '../lib/article-analysis';
import { useReaderRootTheme } from '../lib/theme-context';
import { ArticleBody } from './ArticleBody';
import { ScrollMarkers } from './ScrollMarkers';
import { STOP_SELECTOR, isVisibleStop, makeTabStop, neighbourStop } from '../lib/roving-marks';
import { FindingPopover } from './FindingPopover';

/** Props of the reading root. */
export interface ArticleSurfaceProps {
  readonly analysis: ArticleAnalysis;
  readonly hiddenLayers: ReadonlySet<LayerId>;
  readonly showStripped?: boolean;
  /** The reading root element, for revealing findings from the panel and the keyboard. */
  readonly rootRef?: RefObject<HTMLElement | null>;
  /** A page colour chosen apart from the theme sets the highlights' palette too. */
  readonly paper?: Paper;
  /** Told which findings the highlight under the pointer or focus belongs to (none when it closes), to light their panel entries. */
  readonly onLink?: (indexes: readonly number[]) => void;
  /** Asked to open a link of the article outside the app; the desktop side confirms it first. Without it, links do nothing. */
  readonly onOpenLink?: (url: string) => void;
}

const POPOVER_ID = 'finding-popover';
// Long enough to move the pointer from a highlight into its popover.
const HIDE_DELAY_MS = 180;

interface OpenPopover {
  readonly mark: HTMLElement;
  readonly indexes: readonly number[];
  // A new analysis replaces every mark, and a hidden layer has nothing to explain: either closes it.
  readonly analysis: ArticleAnalysis;
  readonly hiddenLayers: ReadonlySet<LayerId>;
}

function findingIndexesOf(mark: HTMLElement, hidden: ReadonlySet<LayerId>): number[] {
  return (mark.dataset.findingIds ?? '')
    .split(' ')
    .filter((id) => id.length > 0)
    .map((id) => {
      const cut = id.lastIndexOf('-');
      return { layer: id.slice(0, cut) as LayerId, index: Number(id.slice(cut + 1)) };
    })
    .filter((entry) => !hidden.has(entry.layer))
    .map((entry) => entry.index);
}

/**
 * The reading root: hidden layers are attributes here, read by the shared CSS, while the memoised body
 * stays put. Hovering or focusing a highlight opens its explanation, one listener for all marks.
 */
export function ArticleSurface({ analysis, hiddenLayers, showStripped = false, rootRef, paper = 'theme', onLink, onOpenLink }: ArticleSurfaceProps) {
  const [state, setOpen] = useState<OpenPopover | null>(null);
  const open = state && state.analysis === analysis && state.hiddenLayers === hiddenLayers ? state : null;
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ownRoot = useRef<HTMLElement | null>(null);
  const root = rootRef ?? ownRoot;
  const appTheme = useReaderRootTheme();
  const themeAttribute = paper === 'theme' ? appTheme : { 'data-theme': paper === 'dark' ? ('dark' as const) : ('light' as const) };

  const cancelHide = useCallback(() => {
    if (hideTimer.current !== null) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  }, []);
  const hideSoon = useCallback(() => {
    cancelHide();
    hideTimer.current = setTimeout(() => setOpen(null), HIDE_DELAY_MS);
  }, [cancelHide]);
  const show = useCallback(
    (target: EventTarget | null) => {
      const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-finding-ids]') : null;
      if (!mark) return false;
      const indexes = findingIndexesOf(mark, hiddenLayers);
      if (indexes.length === 0) return false;
      cancelHide();
      setOpen((current) =>
        current?.mark === mark && current.analysis === analysis && current.hiddenLayers === hiddenLayers ? current : { mark, indexes, analysis, hiddenLayers },
      );
      return true;
    },
    [cancelHide, analysis, hiddenLayers],
  );

  // The open highlight names its popover for screen readers while it is shown.
  useEffect(() => {
    if (!open) return;
    open.mark.setAttribute('aria-describedby', POPOVER_ID);
    return () => open.mark.removeAttribute('aria-describedby');
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setOpen(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  useEffect(() => cancelHide, [cancelHide]);

  useEffect(() => {
    onLink?.(open ? open.indexes : []);
  }, [open, onLink]);

  // A new analysis renders new marks: the first visible stop becomes the article's one Tab stop.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const first = [...element.querySelectorAll<HTMLElement>(STOP_SELECTOR)].find((mark) => isVisibleStop(element, mark)) ?? null;
    makeTabStop(element, first);
  }, [analysis, root]);

  const hideAttributes: Record<string, string> = {};
  for (const layer of LAYER_IDS) if (hiddenLayers.has(layer)) hideAttributes[hiddenLayerAttribute(layer)] = '';
  return (
    <>
      <article
        ref={root}
        id="reading-root"
        // The skip link's target; -1 keeps the article itself out of the Tab order.
        tabIndex={-1}
        className={`${READER_ROOT_CLASS} reader-article`}
        aria-label={analysis.article.title ?? analysis.article.sourceName}
        // The article keeps its language: hyphenation, quotation marks and screen readers follow it.
        lang={analysis.language}
        {...themeAttribute}
        {...hideAttributes}
        onMouseOver={(event) => {
          if (!show(event.target)) hideSoon();
        }}
        onMouseLeave={hideSoon}
        onClick={(event) => {
          const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
          if (!link) return;
          // The reader never navigates away: the link goes to the system browser, after the user confirms it.
          event.preventDefault();
          onOpenLink?.(link.href);
        }}
        onAuxClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a[href]')) event.preventDefault();
        }}
        onFocus={(event) => {
          const root = event.currentTarget;
          if (event.target instanceof HTMLElement && event.target.matches(STOP_SELECTOR)) makeTabStop(root, event.target);
          if (!show(event.target)) setOpen(null);
        }}
        onKeyDown={(event) => {
          if (!['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
          if (!(event.target instanceof HTMLElement) || !event.target.matches(STOP_SELECTOR) || event.altKey || event.ctrlKey || event.metaKey) return;
          const next = neighbourStop(event.currentTarget, event.target, event.key);
          if (!next) return;
          event.preventDefault();
          next.focus();
          next.scrollIntoView?.({ block: 'nearest' });
        }}
        onBlur={() => setOpen(null)}
      >
        <ArticleBody analysis={analysis} showStripped={showStripped} />
        <ScrollMarkers rootRef={root} version={analysis} />
      </article>
      {open && (
        <FindingPopover
          id={POPOVER_ID}
          anchor={open.mark}
          findings={open.indexes.map((index) => analysis.findings[index]!).filter(Boolean)}
          onPointerEnter={cancelHide}
          onPointerLeave={hideSoon}
        />
      )}
    </>
  );
}
