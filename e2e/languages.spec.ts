import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

// A Russian article of our own: the reader detects its language, marks it up with the Russian pack, and lets
// the reader choose another language, which re-analyses it and travels to the export.
const RUSSIAN = [
  'Переговоры продолжатся в Стамбуле',
  'Как сообщает ТАСС, переговоры продолжатся на следующей неделе в Стамбуле при участии посредников.',
  '«Мы готовы к новому раунду», — заявил министр иностранных дел Сергей Лавров журналистам в Москве.',
  'По неподтвержденным данным, делегации уже обменялись проектами документов.',
].join('\n\n');

test.describe('articles in other languages', () => {
  let folder = '';
  test.beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'sourcelight-lang-'));
    writeFileSync(join(folder, 'peregovory.txt'), RUSSIAN);
  });
  test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('detects Russian, keeps the language on the reading view, and re-analyses with the language chosen', async ({ reader, bridge, page }) => {
    await reader.openArticle(join(folder, 'peregovory.txt'));
    const root = page.locator('#reading-root');
    await expect(root).toHaveAttribute('lang', 'ru');
    const picker = page.getByLabel('Article language');
    await expect(picker).toHaveValue('auto');
    await expect(picker.locator('option[value="auto"]')).toHaveText('Detected: Russian');
    await expect(page.locator('mark[data-layers~="state-media"]')).toHaveText(['ТАСС']);

    await picker.selectOption('en');
    await expect(root).toHaveAttribute('lang', 'en');
    // The English rules do not read "как сообщает": no outlet is marked as a source any more.
    await expect(page.locator('mark[data-layers~="state-media"]')).toHaveCount(0);

    await picker.selectOption('auto');
    await expect(page.locator('mark[data-layers~="state-media"]')).toHaveText(['ТАСС']);
    const destination = join(folder, 'peregovory.html');
    bridge.answerNextSaveDialog(destination);
    await reader.exportHtml();
    await expect(reader.status).toHaveText(`Exported to ${destination}`);
    const html = readFileSync(destination, 'utf8');
    expect(html).toContain('<html lang="ru">');
    expect(html).toMatch(/<mark [^>]*data-layers="state-media"[^>]*>ТАСС<\/mark>/);
  });
});
