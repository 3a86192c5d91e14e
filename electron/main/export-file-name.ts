import { dirname, extname, join } from 'node:path';
import type { ExportFormat } from '../../shared/ipc/contract';
import { EXPORT_EXTENSIONS } from '../services/export-article';

/** Save-dialog filter per export format: its name and its one extension. */
export const EXPORT_DIALOG_FILTERS: Readonly<Record<ExportFormat, { readonly name: string; readonly extensions: readonly string[] }>> = {
  html: { name: 'HTML page', extensions: [EXPORT_EXTENSIONS.html] },
  jsonld: { name: 'W3C Web Annotations (JSON-LD)', extensions: [EXPORT_EXTENSIONS.jsonld] },
  csv: { name: 'CSV table', extensions: [EXPORT_EXTENSIONS.csv] },
};

/** The name the save dialog suggests: `<article>-sourcelight.<ext>`, from the source file's name. */
export function defaultExportFileName(sourceName: string, format: ExportFormat = 'html'): string {
  const base = sourceName.slice(0, sourceName.length - extname(sourceName).length).trim();
  // Characters some file systems refuse are replaced so the suggestion can always be saved as is.
  const safe = [...base].map((char) => (char < ' ' || '<>:"/\\|?*'.includes(char) ? '_' : char)).join('');
  return `${safe || 'article'}-sourcelight.${EXPORT_EXTENSIONS[format]}`;
}

/** The suggested export path: beside the article, where a reader will look for it. */
export function defaultExportPath(sourcePath: string, sourceName: string, format: ExportFormat = 'html'): string {
  return join(dirname(sourcePath), defaultExportFileName(sourceName, format));
}
