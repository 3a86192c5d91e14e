import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

// A fact-check page of our own, shaped as real ones are: ClaimReview data, a standfirst, a link to a
// source, a photo with alternative text and a caption.
const PAGE = `<!doctype html><html lang="en"><head><title>No, the pier was not sold | Harbour Check</title>
<meta property="og:site_name" content="Harbour Check">
<meta property="article:published_time" content="2019-11-18T21:17:27Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"The town sold the pier.",
"author":{"@type":"Organization","name":"Harbour Check"},"itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Sam Rivers"}},
"reviewRating":{"@type":"Rating","alternateName":"False"}}</script></head><body><main><article>
<h1>No, the pier was not sold</h1>
<p>A post shared widely claims the town sold its pier last month. The council's <a href="https://council.example/minutes">minutes for October</a> record no sale, and a spokeswoman said: "The pier belongs to the town."</p>
<figure><img src="https://cdn.example/pier.jpg" alt="The north pier at low tide"><figcaption>The north pier in November.</figcaption></figure>
<p>The post appears to have started after a hotel group asked about renting the old pier house for a summer café next year.</p>
</article></main></body></html>`;

test.describe('the page as its readers see it', () => {
  let dir = '';
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-structure-'));
  });
  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the fact-check card, a readable date, an image placeholder, and opens a link only once confirmed', async ({ reader, bridge, page }) => {
    const path = join(dir, 'fact-check.html');
    writeFileSync(path, PAGE);
    await reader.openArticle(path);
    const card = reader.article.locator('.claim-card');
    await expect(card).toContainText('The town sold the pier.');
    await expect(card).toContainText('Sam Rivers');
    await expect(card).toContainText('False');
    await expect(reader.article.locator('.article-meta')).toHaveText(/18 November 2019, 21:17 UTC/);
    await expect(reader.article.locator('.image-placeholder')).toContainText('The north pier at low tide');
    await expect(reader.article.locator('figcaption')).toHaveText('The north pier in November.');
    expect(await page.locator('img').count()).toBe(0);

    const link = reader.article.locator('a.article-link');
    await expect(link).toHaveText('minutes for October');
    await expect(link).toHaveAttribute('title', 'https://council.example/minutes');
    await link.click();
    await expect.poll(() => bridge.confirmedLinkPrompts).toEqual(['https://council.example/minutes']);
    expect(bridge.openedLinks).toEqual([]);
    bridge.answerNextLinkConfirm(true);
    await link.click();
    await expect.poll(() => bridge.openedLinks).toEqual(['https://council.example/minutes']);
    // The reader never navigated away.
    await expect(reader.article).toBeVisible();
  });
});
