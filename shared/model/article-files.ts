/**
 * The kinds of article file Sourcelight opens: the one list the open dialog, the loaders, the CLI's
 * usage and the installers' file associations (electron-builder.yml, checked against this by
 * electron/packaging-config.test.ts) follow. Extensions are lower case, without the dot.
 */
export const ARTICLE_FILE_TYPES = [
  { extensions: ['txt'], name: 'Plain-text article', mimeType: 'text/plain' },
  { extensions: ['html', 'htm'], name: 'Web page', mimeType: 'text/html' },
  { extensions: ['mhtml', 'mht'], name: 'Saved web page (MHTML)', mimeType: 'multipart/related' },
  { extensions: ['md', 'markdown'], name: 'Markdown article', mimeType: 'text/markdown' },
  { extensions: ['docx'], name: 'Word document', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { extensions: ['pdf'], name: 'PDF document', mimeType: 'application/pdf' },
] as const;

/** One extension a loader exists for. */
export type ArticleExtension = (typeof ARTICLE_FILE_TYPES)[number]['extensions'][number];

/** Every extension Sourcelight opens, in the order messages list them. */
export const ARTICLE_EXTENSIONS: readonly ArticleExtension[] = ARTICLE_FILE_TYPES.flatMap((type) => type.extensions);

/** Whether a (lower-case, dotless) extension is one Sourcelight opens. */
export function isArticleExtension(value: string): value is ArticleExtension {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(value);
}

/** The extensions as a reader reads them: ".txt, .html, … or .pdf". */
export function articleExtensionList(): string {
  const dotted = ARTICLE_EXTENSIONS.map((ext) => `.${ext}`);
  return `${dotted.slice(0, -1).join(', ')} or ${dotted[dotted.length - 1] ?? ''}`;
}
