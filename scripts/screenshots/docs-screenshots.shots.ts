import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
