import { dialog, type BrowserWindow } from 'electron';
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../../shared/model/export-format';
import { ARTICLE_FILE_FILTERS } from './article-file-types';
import { describeExternalLink } from './ipc-validation';

/** Shows the open dialog for articles; null when cancelled. */
export async function chooseArticlePath(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open an article',
    properties: ['openFile'],
    filters: [...ARTICLE_FILE_FILTERS],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Shows the save dialog for one export format, which itself asks before replacing a file; null when cancelled. */
export async function chooseExportPath(window: BrowserWindow, defaultPath: string, format: ExportFormat): Promise<string | null> {
  const info = EXPORT_FORMAT_INFO[format];
  const result = await dialog.showSaveDialog(window, {
    title: `Export ${info.dialogName}`,
    defaultPath,
    filters: [{ name: info.dialogName, extensions: [info.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Shows the save dialog for a corrections file (JSON); null when cancelled. */
export async function chooseCorrectionsPath(window: BrowserWindow, defaultPath: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'Export corrections',
    defaultPath,
    filters: [{ name: 'Sourcelight corrections (JSON)', extensions: ['json'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Asks whether to open a checked http(s) link in the browser, showing its host as the browser will contact it. */
export async function confirmExternalLink(window: BrowserWindow, url: string): Promise<boolean> {
  const result = await dialog.showMessageBox(window, {
    type: 'question',
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: describeExternalLink(url),
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return result.response === 0;
}
