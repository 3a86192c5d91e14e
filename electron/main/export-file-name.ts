import { dirname, extname, join } from 'node:path';

/** The name the save dialog suggests: `<article>-sourcelight.html`, from the source file's name. */
export function defaultExportFileName(sourceName: string): string {
  const base = sourceName.slice(0, sourceName.length - extname(sourceName).length).trim();
  // Characters some file systems refuse are replaced so the suggestion can always be saved as is.
  const safe = [...base].map((char) => (char < ' ' || '<>:"/\\|?*'.includes(char) ? '_' : char)).join('');
  return `${safe || 'article'}-sourcelight.html`;
}

/** The suggested export path: beside the article, where a reader will look for it. */
export function defaultExportPath(sourcePath: string, sourceName: string): string {
  return join(dirname(sourcePath), defaultExportFileName(sourceName));
}
