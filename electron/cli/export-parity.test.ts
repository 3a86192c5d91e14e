// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../shared/model/export-format';
import { DropRecord } from '../main/drop-record';
import { createIpcHandlers, type InvokeEventLike } from '../main/ipc-handlers';
import { ArticleSession } from '../services/article-session';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { runCli } from './run-cli';

const FIXTURE = resolve(__dirname, '../../../shared/fixtures/kcna-munitions.txt');
const OWN_PAGE: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } };
const ISO_INSTANT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sourcelight-parity-'));
  await writeFile(
    join(folder, 'harbour.txt'),
    'Harbour reopens\n\nThe state news agency KCNA said the harbour reopened. “It is calm,” the captain told KCNA.\n\nFares have reportedly doubled.',
  );
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Exports the way the app does: the main process's handler and session, the save dialog answering `destination`. */
async function exportLikeTheApp(source: string, destination: string, format: ExportFormat): Promise<ExportResult> {
  const session = new ArticleSession();
  const handlers = createIpcHandlers({
    isTrustedSender: () => true,
    sessionFor: () => session,
    chooseArticlePath: async () => source,
    chooseExportPath: async () => destination,
    // The default settings show every layer, as the CLI exports; recent files and links play no part.
    settings: { settings: DEFAULT_SETTINGS, change: async () => DEFAULT_SETTINGS },
    recentFiles: { list: async () => [], has: () => false, add: async () => [] },
    sampleArticlePath: source,
    confirmExternalLink: async () => false,
    openExternal: async () => undefined,
    drops: new DropRecord(),
  });
  await handlers[IPC_CHANNELS.openArticleDialog](OWN_PAGE);
  return (await handlers[IPC_CHANNELS.exportArticle](OWN_PAGE, format)) as ExportResult;
}

async function exportWithTheCli(source: string, destination: string, format: ExportFormat): Promise<number> {
  return runCli(['export', source, '-o', destination, '--format', format], { stdout: () => undefined, stderr: () => undefined, cwd: folder, env: {} });
}

const SOURCES = [
  ['an article we wrote', () => join(folder, 'harbour.txt')],
  ['the KCNA fixture', () => FIXTURE],
] as const;

describe('the CLI export and the app export', () => {
  for (const [label, source] of SOURCES) {
    for (const format of EXPORT_FORMATS) {
      it(`are byte-identical for ${label} as ${format} with all layers on, but for the export time`, async (context) => {
        if (!existsSync(source())) {
          context.skip(`${source()} is absent; it lives beside the repository, not in it`);
          return;
        }
        const fromApp = join(folder, `app-${format}-${label.length}`);
        const fromCli = join(folder, `cli-${format}-${label.length}`);
        expect(await exportLikeTheApp(source(), fromApp, format)).toEqual({ status: 'written', path: fromApp });
        expect(await exportWithTheCli(source(), fromCli, format)).toBe(0);
        const [app, cli] = await Promise.all([readFile(fromApp, 'utf8'), readFile(fromCli, 'utf8')]);
        expect(app.length).toBeGreaterThan(100);
        if (format !== 'csv') expect(app.match(ISO_INSTANT)?.length).toBeGreaterThan(0);
        expect(cli.replace(ISO_INSTANT, 'TIME')).toBe(app.replace(ISO_INSTANT, 'TIME'));
      });
    }
  }
});
