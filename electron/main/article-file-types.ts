import type { FileFilter } from 'electron';
import { ARTICLE_EXTENSIONS } from '../../shared/model/article-files';

/** Open-dialog filters: every article type first, then a catch-all so unusual names stay reachable. */
export const ARTICLE_FILE_FILTERS: readonly FileFilter[] = [
  { name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];
