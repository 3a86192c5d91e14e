import { expect, test } from './support/fixtures';

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
