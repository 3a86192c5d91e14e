import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import { seriousAccessibilityProblems } from './support/accessibility';
import { REPO_ROOT, expect, test } from './support/fixtures';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box: it is not rendered');
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const SAMPLE = resolve(REPO_ROOT, 'resources', 'sample-article.txt');

test.describe('at 800 × 800', () => {
  test.use({ viewport: { width: 800, height: 800 } });

  test('the article comes first and the layers and findings open as a bottom sheet', async ({ reader, page }, testInfo) => {
    await reader.openSampleArticle();
    await page.mouse.move(0, 0);
    const firstParagraph = reader.article.locator('p.block-paragraph').first();
    // The text starts in the top quarter of the first screen; the sidebar is not stacked above it.
    expect((await boxOf(firstParagraph)).y).toBeLessThan(300);
    await expect(page.locator('#reader-sidebar')).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('narrow.png') });

    const sheetButton = page.getByRole('button', { name: 'Layers and findings', exact: true });
    await sheetButton.click();
    await expect(sheetButton).toHaveAttribute('aria-expanded', 'true');
    const sheet = page.locator('#reader-sidebar');
    await expect(sheet).toBeVisible();
    const sheetBox = await boxOf(sheet);
    expect(sheetBox.y + sheetBox.height, 'the sheet sits on the bottom edge').toBeCloseTo(800, 0);
    expect(sheetBox.width).toBe(800);
    await expect(reader.layerCheckbox('quote')).toBeVisible();
    await expect(reader.summary).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('narrow-sheet.png') });
    expect(await seriousAccessibilityProblems(page), 'with the sheet open').toEqual([]);

    // Choosing a finding closes the sheet so the highlight it reveals is in sight.
    await reader.selectFinding('reportedly');
    await expect(sheet).toBeHidden();
    await expect(page.locator('mark:focus')).toBeInViewport();

    await sheetButton.click();
    await expect(sheet).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(sheetButton).toBeFocused();
  });

  test('a long file name is cut in the middle, keeping its end, with the full path on hover', async ({ reader }) => {
    const folder = mkdtempSync(join(tmpdir(), 'sl-e2e-long-name-'));
    try {
      const name = 'a-very-long-article-file-name-about-the-munitions-factory-visit-to-the-east-coast-by-the-leader-in-october-2024-final.txt';
      const path = join(folder, name);
      copyFileSync(SAMPLE, path);
      await reader.openArticle(path);
      await expect(reader.openedFileName).toHaveAttribute('title', path);
      const tail = reader.openedFileName.locator('.toolbar-file-tail');
      await expect(tail).toHaveText('4-final.txt'.padStart(12, '2'));
      await expect(tail).toBeInViewport({ ratio: 1 });
      const head = reader.openedFileName.locator('.toolbar-file-head');
      // The start of the name shows too: more than an ellipsis.
      expect((await boxOf(head)).width).toBeGreaterThan(60);
      expect(await head.evaluate((element) => element.scrollWidth > element.clientWidth), 'the head is cut').toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

test.describe('at 1360 × 860', () => {
  test.use({ viewport: { width: 1360, height: 860 } });

  test('the sidebar sits beside the text with the findings list above the fold', async ({ reader, page }, testInfo) => {
    await reader.openSampleArticle();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: testInfo.outputPath('wide.png') });
    const article = await boxOf(reader.article);
    const sidebar = await boxOf(page.locator('#reader-sidebar'));
    expect(sidebar.x).toBeGreaterThan(article.x + article.width);
    const findingsTitle = await boxOf(reader.findingsPanel.getByRole('heading', { name: 'Findings', exact: true }));
    expect(findingsTitle.y + findingsTitle.height).toBeLessThan(860);
    const firstEntry = await boxOf(reader.findingsPanel.locator('button.finding-entry').first());
    expect(firstEntry.y + firstEntry.height).toBeLessThan(860);
  });

  test('hiding the findings panel keeps the summary', async ({ reader }) => {
    await reader.openSampleArticle();
    await reader.toggleFindingsPanel();
    await expect(reader.findingsPanel).toHaveCount(0);
    await expect(reader.summary).toBeVisible();
  });
});

test.describe('at 200 % zoom', () => {
  // A 1360 × 860 window at 200 % lays out 680 × 430 CSS pixels, drawn at twice the density.
  test.use({ viewport: { width: 680, height: 430 }, deviceScaleFactor: 2 });

  test('the header never overlaps: the buttons wrap below the name', async ({ reader, page }, testInfo) => {
    await reader.openSampleArticle();
    await page.mouse.move(0, 0);
    const name = await boxOf(page.locator('.toolbar-name'));
    const file = await boxOf(reader.openedFileName);
    for (const button of await page.locator('.toolbar-actions .button').all()) {
      const box = await boxOf(button);
      expect(overlaps(box, name), `${await button.textContent()} covers the app's name`).toBe(false);
      expect(overlaps(box, file), `${await button.textContent()} covers the file name`).toBe(false);
      expect(box.x + box.width).toBeLessThanOrEqual(680);
    }
    // The article's text is on the first screen.
    await expect(reader.article.locator('p.block-paragraph').first()).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('zoom-200.png') });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});

test.describe('the skip link', () => {
  test('is the first Tab stop and moves focus to the article', async ({ reader, page }) => {
    await reader.openSampleArticle();
    // As after a fresh load: nothing focused, the Tab order starts at the top of the page.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the article' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(reader.article).toBeFocused();
  });
});
