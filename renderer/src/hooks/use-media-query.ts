import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following changes (window resized, zoomed). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      if (typeof matchMedia !== 'function') return () => undefined;
      const list = matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => (typeof matchMedia === 'function' ? matchMedia(query).matches : false),
  );
}

/** Below this width (in CSS pixels, so zoom counts) the sidebar becomes a bottom sheet and the article comes first. */
export const NARROW_LAYOUT_QUERY = '(max-width: 960px)';
