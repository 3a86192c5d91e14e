import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, isMissingElectronError } from './electron-binary';

const MAIN = resolve(__dirname, '../../out/main/index.js');
// Our own sentences, written to exercise all three layers.
const ARTICLE_TEXT = [
  'Harbour reopens after storm',
  'The state news agency KCNA said the harbour "will reopen on Monday," according to a statement.',
  'The storm reportedly damaged two piers, a claim that could not be independently verified.',
].join('\n\n');

/** What a user sees and does in the reader window. */
class ReaderWindow {
  constructor(readonly page: Page) {}

  readonly article = () => this.page.locator('article.reader-article');
  readonly marks = (layer: string) => this.article().locator(`mark[data-layers~="${layer}"]`);

  async toggleLayerFromLegend(label: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: new RegExp(label, 'i') }).click();
  }
}

test.describe.serial('Sourcelight in Electron', () => {
  let app: ElectronApplication | undefined;
  let reader: ReaderWindow;
  let workDir = '';

  test.beforeAll(async () => {
    const binary = findElectronBinary();
    if (!binary.ok) {
      // The list reporter does not print skip reasons, so say it where CI logs show it.
      console.log(`[electron suite] skipped: Electron cannot start here: ${binary.reason}`);
      test.skip(true, `Electron cannot start here: ${binary.reason}`);
    }
    test.skip(!existsSync(MAIN), 'out/main/index.js is missing: run `npm run build` first');
    const executablePath = binary.ok ? binary.path : undefined;
    workDir = await mkdtemp(join(tmpdir(), 'sl-electron-'));
    const articlePath = join(workDir, 'harbour.txt');
    await writeFile(articlePath, ARTICLE_TEXT);
    try {
      app = await electron.launch({ ...(executablePath ? { executablePath } : {}), args: [MAIN, articlePath], timeout: 30_000 });
    } catch (error) {
      test.skip(isMissingElectronError(error), `Electron cannot start here: ${String(error)}`);
      throw error;
    }
    reader = new ReaderWindow(await app.firstWindow());
  });

  test.afterAll(async () => {
    await app?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test('opens the window on the command-line article with its marks', async () => {
    await expect(reader.article(), 'the article from the command line appears').toContainText('Harbour reopens');
    await expect(reader.article().locator('mark.sl-hl').first(), 'the article has highlights').toBeVisible();
    await reader.page.screenshot({ path: test.info().outputPath('reader.png') });
  });

  test('gives the page the typed bridge and nothing of Node', async () => {
    const globals = await reader.page.evaluate(() => ({
      bridge: Object.keys((window as unknown as { sourcelight: object }).sourcelight).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({
      bridge: [
        'exportArticle',
        'exportCorrections',
        'getCorrections',
        'getSettings',
        'listRecentFiles',
        'onArticleOpened',
        'onExportFinished',
        'onMenuCommand',
        'onSettingsChanged',
        'openArticleDialog',
        'openDroppedFile',
        'openExternalLink',
        'openRecentFile',
        'openSampleArticle',
        'saveCorrections',
        'updateSettings',
      ],
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('switches layers from the legend, the keyboard and the View menu', async () => {
    await reader.toggleLayerFromLegend('Direct quotes');
    await expect(reader.article(), 'quotes hidden from the legend').toHaveAttribute('data-hide-quote', '');
    await reader.page.keyboard.press('2');
    await expect(reader.article(), 'quotes shown again with the 2 key').not.toHaveAttribute('data-hide-quote', '');
    // The View menu's item changes the settings in main, which tells the page.
    await app!.evaluate(({ Menu, BrowserWindow }) => {
      Menu.getApplicationMenu()!.getMenuItemById('toggle-layer-unverified')!.click(undefined, BrowserWindow.getAllWindows()[0]);
    });
    await expect(reader.article(), 'unverified claims hidden from the View menu').toHaveAttribute('data-hide-unverified', '');
  });

  test('exports the HTML page through the save dialog', async () => {
    const destination = join(workDir, 'harbour-export.html');
    await app!.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, destination);
    // File > Export HTML… runs in main with the settings it holds.
    await app!.evaluate(({ Menu, BrowserWindow }) => {
      Menu.getApplicationMenu()!.getMenuItemById('export-html')!.click(undefined, BrowserWindow.getAllWindows()[0]);
    });
    await expect.poll(() => existsSync(destination), { message: 'the export file is written' }).toBe(true);
    const html = await readFile(destination, 'utf8');
    expect(html).toContain('Harbour reopens after storm');
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/id="sl-toggle-unverified">/);
  });
});
