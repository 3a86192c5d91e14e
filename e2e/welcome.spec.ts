import { expect, test } from './support/fixtures';
import { writeTestArticles } from './support/article-files';

test.describe('the welcome screen', () => {
  test('offers to open an article and says files can be dropped', async ({ reader }) => {
    await expect(reader.welcome).toBeVisible();
    await expect(reader.page.getByRole('button', { name: 'Open article…' })).toBeVisible();
    await expect(reader.page.getByText(/drop .* anywhere in this window/)).toBeVisible();
    await expect(reader.alert).toHaveCount(0);
    await reader.page.screenshot({ path: 'test-results/welcome.png' });
  });

  test('stays as it is when the open dialog is cancelled', async ({ reader, bridge }) => {
    bridge.answerNextOpenDialog(null);
    await reader.page.getByRole('button', { name: 'Open article…' }).click();
    await expect(reader.welcome).toBeVisible();
    await expect(reader.alert).toHaveCount(0);
    await expect(reader.article).toHaveCount(0);
  });

  test('refuses a drop that is not a file from the disk', async ({ reader }) => {
    // A file the bridge does not know has no disk path, like a file the page made up itself.
    await reader.page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['made up'], 'not-on-disk.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    });
    await expect(reader.alert).toContainText('Only files from your disk can be dropped here.');
    await expect(reader.welcome).toBeVisible();
  });
});

test.describe('the welcome screen, once articles have been opened', () => {
  test('opens the bundled sample article', async ({ reader }) => {
    await reader.openSampleArticle();
    await expect(reader.article).toContainText('North Korea test-fired a new long-range cruise missile');
    expect(await reader.legendCount('state-media')).toBeGreaterThan(0);
  });

  test('lists recent articles, newest first, and opens one from the list', async ({ reader, bridge }) => {
    const files = writeTestArticles();
    try {
      await reader.openArticle(files.path('overlap.txt'));
      await bridge.sendMenuCommand('close-article');
      await expect(reader.welcome).toBeVisible();
      const recent = reader.page.getByRole('navigation', { name: 'Recent articles' });
      await expect(recent.getByRole('button')).toHaveCount(1);
      await recent.getByRole('button', { name: /overlap\.txt/ }).click();
      await expect(reader.openedFileName).toHaveText('overlap.txt');
      await reader.waitForAnalysis();
    } finally {
      files.cleanup();
    }
  });

  test('reveals the passages the loader hid as boilerplate, greyed and not analysed', async ({ reader }) => {
    const files = writeTestArticles();
    try {
      await reader.openArticle(files.path('overlap.txt'));
      await expect(reader.article).not.toContainText('Advertisement');
      const control = reader.page.getByText(/1 passage hidden as boilerplate/);
      await expect(control).toBeVisible();
      await control.getByRole('button', { name: 'show' }).click();
      const passage = reader.article.getByRole('complementary', { name: /Hidden as boilerplate/ });
      await expect(passage).toContainText('Advertisement');
      await expect(passage.locator('mark')).toHaveCount(0);
      await control.getByRole('button', { name: 'hide' }).click();
      await expect(passage).toHaveCount(0);
    } finally {
      files.cleanup();
    }
  });
});
