import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT, expect, test } from '../../e2e/support/fixtures';

// Looks at the reader with a Russian and a French article of the real-article corpus (texts re-created by
// `npm run corpus:real`); the pictures go to /tmp, since the texts are other people's work.
const TUNE = resolve(REPO_ROOT, 'eval', 'real', 'tune');
const ARTICLES: readonly [string, string][] = [
  ['ru', 'ru01'],
  ['fr', 'fr01'],
];

test.use({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });

for (const [language, id] of ARTICLES) {
  test(`the reader with the ${language} article ${id}`, async ({ reader, page }) => {
    const file = existsSync(TUNE) ? readdirSync(TUNE).find((name) => name.startsWith(`${id}.`) && !name.endsWith('.json')) : undefined;
    test.skip(file === undefined, `${id} is absent: run npm run corpus:real first`);
    await reader.openArticle(resolve(TUNE, file!));
    await expect(reader.page.locator('mark').first()).toBeVisible();
    await expect(page.locator('#reading-root')).toHaveAttribute('lang', language);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `/tmp/sourcelight-${language}-${id}.png` });
    await page.screenshot({ path: `/tmp/sourcelight-${language}-${id}-full.png`, fullPage: true });
  });
}
