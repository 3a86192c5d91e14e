import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_ARTICLE_CHARS } from '../electron/services/loaders/extraction-limits';
import { REPO_ROOT, expect, test } from './support/fixtures';

// A trace would snapshot a megabyte of DOM after every step, which costs more than the test itself.
test.use({ trace: 'off' });

test.describe('a large article', () => {
  test('is analysed in a Web Worker while the page stays responsive, then highlighted and scrollable', async ({ reader, page }) => {
    test.setTimeout(120_000);
    // As close to the loader's limit (a million characters, about 1 MB) as whole copies of the team's sample allow.
    const sample = readFileSync(resolve(REPO_ROOT, 'resources', 'sample-article.txt'), 'utf8').trim();
    const body = sample
      .split(/\n\s*\n/)
      .slice(1)
      .join('\n\n');
    const copies = Math.floor((MAX_ARTICLE_CHARS - 100) / (body.length + 2));
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-large-'));
    const path = join(dir, 'large.txt');
    writeFileSync(path, `A long day of missile news\n\n${Array.from({ length: copies }, () => body).join('\n\n')}`);
    try {
      const started = Date.now();
      await reader.openArticle(path);
      const elapsed = Date.now() - started;
      console.log(`[large article] ${((body.length * copies) / 1e6).toFixed(2)} MB opened and highlighted in ${elapsed} ms`);

      const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('analysis.worker')).length);
      expect(workers, 'the engine ran in the analysis worker').toBeGreaterThan(0);
      expect(await reader.legendCount('state-media')).toBeGreaterThan(copies);

      // The list shows a screenful per group and offers the rest on request.
      await expect(reader.findingsPanel.getByRole('button', { name: /^Show \d+ more$/ }).first()).toBeVisible();

      await page.mouse.wheel(0, 40_000);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(10_000);
      await reader.previousFinding();
      expect(await reader.focusedMarkText(), 'p from nowhere goes to the last finding').not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
