/** File formats an article's findings can be exported to, in the order menus and usage list them. */
export const EXPORT_FORMATS = ['html', 'jsonld', 'csv'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each export format's file extension (without the dot), its name in the save dialog and its File menu item. */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, { readonly extension: string; readonly dialogName: string; readonly menuLabel: string }>> = {
  html: { extension: 'html', dialogName: 'HTML page', menuLabel: 'Export HTML…' },
  jsonld: { extension: 'jsonld', dialogName: 'W3C Web Annotations (JSON-LD)', menuLabel: 'Export Annotations (JSON-LD)…' },
  csv: { extension: 'csv', dialogName: 'CSV table', menuLabel: 'Export CSV…' },
};

/** Whether a string names an export format; used to validate input from IPC and the CLI. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The outcome of an export: written, cancelled by the user, or failed with a message. */
export type ExportResult =
  { readonly status: 'written'; readonly path: string } | { readonly status: 'cancelled' } | { readonly status: 'failed'; readonly message: string };
