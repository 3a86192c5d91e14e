import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, expect, test } from '../../e2e/support/fixtures';

const OUT = resolve(REPO_ROOT, 'docs', 'screenshots');

test.use({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });

test.describe('screenshots for the README', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  });

  test('the welcome screen, with the sample among the recent articles', async ({ reader, bridge }) => {
    // The bundled sample stays off the recent list, so a copy of it is opened as a user's own file.
    const folder = join(tmpdir(), 'sourcelight-docs', 'Reading list');
    mkdirSync(folder, { recursive: true });
    const copy = join(folder, 'sample-article.txt');
    copyFileSync(resolve(REPO_ROOT, 'resources', 'sample-article.txt'), copy);
    await reader.openArticle(copy);
    await bridge.sendMenuCommand('close-article');
    await expect(reader.welcome.getByRole('button', { name: /sample-article\.txt/ })).toBeVisible();
    await reader.page.screenshot({ path: resolve(OUT, 'welcome.png') });
  });

  test('the reader with the sample article, a popover, the findings panel, and dark mode', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await expect(reader.findingsPanel).toBeVisible();
    // The pointer rests where the sample button was, over the text: move it off and let its popover close.
    await page.mouse.move(0, 0);
    await expect(reader.popover).toHaveCount(0);
    await page.screenshot({ path: resolve(OUT, 'reader.png') });

    // A highlight with its explanation open, as a reader checking one would see it.
    await reader.hoverMark(reader.mark('unverified', 'reportedly'));
    await expect(reader.popover).toBeVisible();
    await page.screenshot({ path: resolve(OUT, 'popover.png') });
    await page.mouse.move(0, 0);

    // Stepping with n reveals a finding in the text and marks it in the panel.
    await reader.nextFinding();
    await reader.nextFinding();
    await expect(reader.currentFindingEntry).toBeVisible();
    await reader.findingsPanel.evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
    // The popover of the focused highlight would cover the panel this picture is about.
    await page.keyboard.press('Escape');
    await expect(reader.popover).toHaveCount(0);
    await expect(page.locator('mark[data-flash]'), 'the brief flash is over').toHaveCount(0);
    await page.screenshot({ path: resolve(OUT, 'findings-panel.png') });

    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
      document.querySelector('.reader-sidebar')?.scrollTo(0, 0);
    });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.screenshot({ path: resolve(OUT, 'reader-dark.png') });
  });
});

test.describe('screenshots of the layout at other sizes', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  });

  test.describe('800 × 800', () => {
    test.use({ viewport: { width: 800, height: 800 }, deviceScaleFactor: 1 });
    test('the narrow layout: the article first, layers and findings in a bottom sheet', async ({ reader, page }) => {
      await reader.openSampleArticle();
      await page.mouse.move(0, 0);
      await expect(reader.popover).toHaveCount(0);
      await page.screenshot({ path: resolve(OUT, 'reader-narrow.png') });
      await page.getByRole('button', { name: 'Layers and findings', exact: true }).click();
      await expect(reader.summary).toBeVisible();
      await page.screenshot({ path: resolve(OUT, 'reader-narrow-sheet.png') });
    });
  });

  test.describe('200 % zoom', () => {
    test.use({ viewport: { width: 680, height: 430 }, deviceScaleFactor: 2 });
    test('a 1360 × 860 window at 200 %', async ({ reader, page }) => {
      await reader.openSampleArticle();
      await page.mouse.move(0, 0);
      await expect(reader.popover).toHaveCount(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: resolve(OUT, 'reader-zoom-200.png') });
    });
  });
});

test.describe('screenshots of a card, the correction flow and the export', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  });

  test('a finding card', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await reader.hoverMark(reader.mark('state-media', 'the state news agency KCNA'));
    await expect(reader.popover).toBeVisible();
    await page.screenshot({ path: resolve(OUT, 'card.png'), clip: { x: 0, y: 60, width: 900, height: 560 } });
  });

  test('marking a finding wrong and adding a missed one', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await reader.findingsPanel.getByRole('button', { name: 'Mark as wrong: State television' }).click();
    const words = 'Analysts say the programme is meant to complicate missile defences in the region.';
    await page.evaluate((wanted) => {
      const paragraph = [...document.querySelectorAll('article.sl-article p')].find((element) => element.textContent?.includes(wanted))!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    }, words);
    await page.mouse.move(0, 0);
    await expect(page.getByRole('toolbar', { name: 'Mark the selected words' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 320));
    await reader.findingsPanel.evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
    await page.screenshot({ path: resolve(OUT, 'correction-flow.png') });
  });

  test("the export's findings table", async ({ page }) => {
    const { loadArticleFile } = await import('../../electron/services/load-article');
    const { exportArticle } = await import('../../electron/services/export-article');
    const loaded = await loadArticleFile(resolve(REPO_ROOT, 'resources', 'sample-article.txt'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const destination = join(tmpdir(), 'sourcelight-docs-export.html');
    await exportArticle(loaded.article, destination, { visibleLayers: ['state-media', 'quote', 'unverified'], overwrite: true });
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(pathToFileURL(destination).href);
    const tables = page.locator('.sl-findings');
    await tables.scrollIntoViewIfNeeded();
    await tables.screenshot({ path: resolve(OUT, 'export-findings-table.png') });
  });
});
