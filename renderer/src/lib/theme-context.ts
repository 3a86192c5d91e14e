import { createContext, useContext } from 'react';
import type { ThemeChoice } from '../../../shared/model/settings';

/** The theme the user chose; `system` follows the OS. */
export const ThemeContext = createContext<ThemeChoice>('system');

/**
 * The attribute a reading root (`.sl-article`) needs so the shared highlight CSS follows a forced
 * theme rather than the OS one.
 */
export function useReaderRootTheme(): { readonly 'data-theme'?: 'light' | 'dark' } {
  const theme = useContext(ThemeContext);
  return theme === 'system' ? {} : { 'data-theme': theme };
}
