import { dirname, extname, join } from 'node:path';
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../../shared/model/export-format';

/** The name the save dialog suggests: `<article>-sourcelight.<ext>`, from the source file's name. */
export function defaultExportFileName(sourceName: string, format: ExportFormat = 'html'): string {
  const base = sourceName.slice(0, sourceName.length - extname(sourceName).length).trim();
  // Characters some file systems refuse are replaced so the suggestion can always be saved as is.
  const safe = [...base].map((char) => (char < ' ' || '<>:"/\\|?*'.includes(char) ? '_' : char)).join('');
  return `${safe || 'article'}-sourcelight.${EXPORT_FORMAT_INFO[format].extension}`;
}

/** The suggested export path: beside the article, where a reader will look for it. */
export function defaultExportPath(sourcePath: string, sourceName: string, format: ExportFormat = 'html'): string {
  return join(dirname(sourcePath), defaultExportFileName(sourceName, format));
}

/** The suggested corrections file: `<article>-corrections.json` beside the article. */
export function defaultCorrectionsPath(sourcePath: string, sourceName: string): string {
  return join(dirname(sourcePath), defaultExportFileName(sourceName, 'html').replace(/-sourcelight\.html$/, '-corrections.json'));
}
