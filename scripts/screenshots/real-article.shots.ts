import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT, expect, test } from '../../e2e/support/fixtures';

// Looks at the reader with real articles of the real-article corpus, where their texts have been re-created
// (`npm run corpus:real`); the pictures go to /tmp, since the texts are other people's work.
// SOURCELIGHT_SHOTS (paths joined by commas) looks at other saved pages, such as real sites' pages kept outside the repository.
const ARTICLES = process.env['SOURCELIGHT_SHOTS']
  ? process.env['SOURCELIGHT_SHOTS'].split(',').map((path) => resolve(path))
  : ['tune/ra01.txt', 'tune/rb01.txt', 'tune/rc16.html'].map((name) => resolve(REPO_ROOT, 'eval', 'real', name));

test.use({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });

for (const article of ARTICLES) {
  test(`the reader with ${article}`, async ({ reader, page }) => {
    test.skip(!existsSync(article), `${article} is absent: run npm run corpus:real first`);
    await reader.openArticle(article);
    await expect(reader.page.locator('mark').first()).toBeVisible();
    await page.mouse.move(0, 0);
    const name = article.split('/').pop();
    await page.screenshot({ path: `/tmp/real-${name}.png` });
    // A second look further down, at the first image placeholder and the links around it.
    const figure = page.locator('.image-placeholder').first();
    if ((await figure.count()) > 0) {
      await figure.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/real-${name}-figure.png` });
    }
  });
}
