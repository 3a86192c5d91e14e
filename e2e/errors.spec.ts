import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KCNA_FIXTURE, KCNA_FIXTURE_MISSING, KCNA_FIXTURE_PRESENT, expect, test } from './support/fixtures';

test.describe('opening files', () => {
  let dir = '';
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  });
  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('says clearly when a file does not exist', async ({ reader }) => {
    const message = await reader.openArticleExpectingError(join(dir, 'gone.txt'));
    expect(message.length).toBeGreaterThan(10);
    await expect(reader.welcome).toBeVisible();
  });

  test.describe('with an article open', () => {
    test.skip(!KCNA_FIXTURE_PRESENT, KCNA_FIXTURE_MISSING);

    test.beforeEach(async ({ reader }) => {
      await reader.openArticle(KCNA_FIXTURE);
    });

    test('keeps the article when a missing file is opened', async ({ reader }) => {
      const marks = await reader.marks('quote').count();
      await reader.openArticleExpectingError(join(dir, 'gone.txt'));
      await expect(reader.openedFileName).toHaveText('kcna-munitions.txt');
      await expect(reader.article).toContainText('North Korean leader Kim Jong Un');
      await expect(reader.marks('quote')).toHaveCount(marks);
      await reader.page.screenshot({ path: 'test-results/reader-open-error.png' });
    });

    test('keeps the article when a file of an unsupported type is opened', async ({ reader }) => {
      const spreadsheet = join(dir, 'budget.xlsx');
      writeFileSync(spreadsheet, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
      const message = await reader.openArticleExpectingError(spreadsheet);
      expect(message.length).toBeGreaterThan(10);
      await expect(reader.openedFileName).toHaveText('kcna-munitions.txt');
      await expect(reader.article).toContainText('North Korean leader Kim Jong Un');
    });

    test('clears the error once another article opens', async ({ reader }) => {
      await reader.openArticleExpectingError(join(dir, 'gone.txt'));
      await reader.openArticle(KCNA_FIXTURE);
      await expect(reader.alert).toHaveCount(0);
    });
  });

  test.describe('from outside the open dialog', () => {
    test.skip(!KCNA_FIXTURE_PRESENT, KCNA_FIXTURE_MISSING);

    test('opens a file dropped on the window', async ({ reader }) => {
      await reader.dropFile(KCNA_FIXTURE);
      await expect(reader.openedFileName).toHaveText('kcna-munitions.txt');
      await expect(reader.article).toContainText('North Korean leader Kim Jong Un');
    });

    test('opens a file the menu or the command line sends', async ({ reader, bridge }) => {
      const result = await bridge.openFromOutside(KCNA_FIXTURE);
      expect(result.ok).toBe(true);
      await expect(reader.openedFileName).toHaveText('kcna-munitions.txt');
    });
  });
});
