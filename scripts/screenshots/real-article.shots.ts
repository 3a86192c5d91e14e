import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT, expect, test } from '../../e2e/support/fixtures';

// Looks at the reader with real articles of the real-article corpus, where their texts have been re-created
// (`npm run corpus:real`); the pictures go to /tmp, since the texts are other people's work.
const ARTICLES = ['tune/ra01.txt', 'tune/rb01.txt', 'tune/rc16.html'].map((name) => resolve(REPO_ROOT, 'eval', 'real', name));

test.use({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });

for (const article of ARTICLES) {
  test(`the reader with ${article}`, async ({ reader, page }) => {
    test.skip(!existsSync(article), `${article} is absent: run npm run corpus:real first`);
    await reader.openArticle(article);
    await expect(reader.page.locator('mark').first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `/tmp/real-${article.split('/').pop()}.png` });
  });
}
