import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { exportArticle } from '../electron/services/export-article';
import { loadArticleFile } from '../electron/services/load-article';
import type { LayerId } from '../shared/model/layers';
import { matchTextQuote, type WebAnnotationCollection } from '../shared/export/web-annotation';
import { LAYER_IDS } from '../shared/model/layers';
import { KCNA_FIXTURE, KCNA_FIXTURE_MISSING, KCNA_FIXTURE_PRESENT, test as appTest } from './support/fixtures';

let outDir = '';
test.beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'sourcelight-export-file-'));
});
test.afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/** Exports the fixture with the given layers on, as the app does, and returns the file's URL. */
async function exportFixture(name: string, visibleLayers: readonly LayerId[]): Promise<string> {
  const loaded = await loadArticleFile(KCNA_FIXTURE);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const destination = resolve(outDir, name);
  const result = await exportArticle(loaded.article, destination, { visibleLayers, overwrite: true });
  if (result.status !== 'written') throw new Error(JSON.stringify(result));
  return pathToFileURL(destination).href;
}

/** A layer's visual channel on its first mark in the article: what a reader sees change when it is switched. */
function channel(page: Page, layer: LayerId): Promise<string> {
  return page
    .locator(`.sl-article mark.sl-hl-${layer}`)
    .first()
    .evaluate((mark, which) => {
      const style = getComputedStyle(mark);
      if (which === 'state-media') return style.backgroundColor;
      if (which === 'quote') return style.boxShadow;
      return style.textDecorationLine;
    }, layer);
}

test.describe('the exported HTML file', () => {
  test.skip(!KCNA_FIXTURE_PRESENT, KCNA_FIXTURE_MISSING);
  // The exported page is opened as a recipient would: from disk, with JavaScript switched off.
  test.use({ javaScriptEnabled: false });

  test('switches layers without JavaScript, starting from the reader’s state', async ({ page }) => {
    const url = await exportFixture('toggles.html', ['state-media', 'quote']);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();

    // State as exported: state media and quotes on, unverified claims off.
    expect(await channel(page, 'state-media')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await channel(page, 'quote')).not.toBe('none');
    expect(await channel(page, 'unverified')).toBe('none');
    await expect(page.locator('.sl-legend [data-layer="unverified"] .sl-state')).toHaveCSS('opacity', '0.75');
    await page.screenshot({ path: 'test-results/export-file-initial.png', fullPage: false });

    await page.locator('label[for="sl-toggle-state-media"]').click();
    await expect.poll(() => channel(page, 'state-media'), { message: 'state media switched off by its label' }).toBe('rgba(0, 0, 0, 0)');
    await page.locator('label[for="sl-toggle-unverified"]').click();
    await expect.poll(() => channel(page, 'unverified'), { message: 'unverified claims switched on by its label' }).toBe('underline');
    // The keyboard works too: the hidden checkbox keeps its focus and Space toggles it.
    await page.locator('#sl-toggle-quote').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => channel(page, 'quote'), { message: 'quotes switched off from the keyboard' }).toBe('none');
    await page.screenshot({ path: 'test-results/export-file-toggled.png', fullPage: false });

    expect(requests, 'the page loads nothing but itself').toEqual([url]);
  });

  test('prints with the legend, the summary and greyscale highlights', async ({ page }) => {
    await page.goto(await exportFixture('print.html', ['state-media', 'quote', 'unverified']));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.sl-legend', '.sl-summary', 'header h1']) {
      await expect(page.locator(selector), `${selector} is printed`).toBeVisible();
    }
    await expect(page.locator('.sl-legend li')).toHaveCount(3);
    expect(await channel(page, 'state-media')).toBe('rgb(221, 221, 221)');
    expect(await channel(page, 'quote')).toContain('rgb(0, 0, 0)');
    await expect(page.locator('.sl-article mark.sl-hl-unverified').first()).toHaveCSS('text-decoration-color', 'rgb(0, 0, 0)');
    // Nothing wider than the page: no clipped text.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/export-file-print.png', fullPage: true });
  });

  test('says what each highlight means in its title', async ({ page }) => {
    await page.goto(await exportFixture('titles.html', ['state-media', 'quote', 'unverified']));
    const marks = page.locator('.sl-article mark');
    expect(await marks.count()).toBeGreaterThan(10);
    const titles = await marks.evaluateAll((elements) => elements.map((element) => element.getAttribute('title') ?? ''));
    expect(titles.every((title) => title.length > 10)).toBe(true);
    await expect(page.locator('.sl-summary li').first()).toHaveText(/^\d+ of \d+ sentences \(\d+%\) cites? state media\.$/);
  });
});

test.describe('the exported findings tables', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 900, height: 1000 } });

  test('follow the article once titled, list who said what, state media and unverified claims, and print', async ({ page }) => {
    const loaded = await loadArticleFile(resolve(__dirname, '..', 'resources', 'sample-article.txt'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const destination = resolve(outDir, 'sample-tables.html');
    const result = await exportArticle(loaded.article, destination, { visibleLayers: LAYER_IDS, overwrite: true });
    expect(result.status).toBe('written');
    await page.goto(pathToFileURL(destination).href);
    // One title on the page.
    await expect(page.locator('h1')).toHaveCount(1);
    const tables = page.locator('.sl-findings');
    const article = await page.locator('main').boundingBox();
    const tablesBox = await tables.boundingBox();
    expect(tablesBox!.y).toBeGreaterThan(article!.y + article!.height - 1);
    const whoSaidWhat = tables.locator('.sl-findings-quote tbody tr');
    await expect(whoSaidWhat).toHaveCount(4);
    await expect(whoSaidWhat.first().locator('td').first()).toHaveText('Kim Jong Un');
    await expect(tables.locator('.sl-findings-state-media tbody tr').first()).toContainText('North Korea');
    await expect(tables.locator('.sl-findings-unverified tbody tr').first().locator('td').nth(1)).toHaveText('reportedly');
    await page.emulateMedia({ media: 'print' });
    await expect(tables).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the tables fit the printed page').toBeLessThanOrEqual(0);
    await tables.scrollIntoViewIfNeeded();
    await tables.screenshot({ path: test.info().outputPath('export-findings-table.png') });
  });
});

appTest.describe('exporting annotations and tables from the reader', () => {
  appTest.skip(!KCNA_FIXTURE_PRESENT, KCNA_FIXTURE_MISSING);

  appTest('writes W3C annotations and a CSV from the Export menu, counted as the legend counts', async ({ reader, bridge }) => {
    await reader.openArticle(KCNA_FIXTURE);
    const counts = await Promise.all(LAYER_IDS.map((layer) => reader.legendCount(layer)));

    const jsonldPath = join(outDir, 'kcna.jsonld');
    bridge.answerNextSaveDialog(jsonldPath);
    await bridge.exportFromMenu('jsonld');
    await expect(reader.status).toHaveText(`Exported to ${jsonldPath}`);
    expect(bridge.suggestedExportPaths.at(-1)).toMatch(/kcna-munitions-sourcelight\.jsonld$/);
    const annotations = JSON.parse(readFileSync(jsonldPath, 'utf8')) as WebAnnotationCollection;
    const text = bridge.session.article!.text;
    expect(LAYER_IDS.map((layer) => annotations.first.items.filter((item) => item.body[0]!.value === layer).length)).toEqual(counts);
    for (const annotation of annotations.first.items) {
      const [quote, position] = annotation.target.selector;
      expect(matchTextQuote(text, quote), `"${quote.exact}" re-anchors where it was found`).toEqual([position.start]);
    }

    const csvPath = join(outDir, 'kcna.csv');
    bridge.answerNextSaveDialog(csvPath);
    await bridge.exportFromMenu('csv');
    await expect(reader.status).toHaveText(`Exported to ${csvPath}`);
    const rows = readFileSync(csvPath, 'utf8').split('\r\n').slice(1, -1);
    expect(LAYER_IDS.map((layer) => rows.filter((row) => row.startsWith(`${layer},`)).length)).toEqual(counts);
  });
});
