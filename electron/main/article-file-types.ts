import type { FileFilter } from 'electron';

/** File extensions the open dialog offers (without dots); the one list to extend as loaders arrive. */
export const ARTICLE_EXTENSIONS = ['txt', 'html', 'htm', 'mhtml', 'mht', 'md', 'markdown', 'docx', 'pdf'] as const;

/** Open-dialog filters: every article type first, then a catch-all so unusual names stay reachable. */
export const ARTICLE_FILE_FILTERS: readonly FileFilter[] = [
  { name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

/** Save-dialog filter for the HTML export. */
export const EXPORT_FILE_FILTERS: readonly FileFilter[] = [{ name: 'HTML page', extensions: ['html'] }];
