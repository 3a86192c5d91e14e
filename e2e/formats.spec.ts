import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/fixtures';

/** The team's own test article, saved in every format by scripts/make-format-fixtures.ts. */
const SAME_ARTICLE = resolve(__dirname, '..', 'electron', 'services', 'loaders', 'fixtures', 'same-article');

/**
 * A page built to attack the reader: inline and remote scripts, event handlers, a `javascript:`
 * link, remote images, stylesheets, fonts and frames. Every attack would flag itself in
 * `window.__attacked` or as a request to one of the example hosts.
 */
const HOSTILE_PAGE = `<!doctype html>
<html><head>
  <meta charset="utf-8">
  <title>Council approves harbour budget</title>
  <link rel="stylesheet" href="https://styles.attacker.example/site.css">
  <style>@import url("https://fonts.attacker.example/font.css"); body { background: url(https://pixels.attacker.example/bg.png); }</style>
  <script>window.__attacked = 'inline script'; fetch('https://beacon.attacker.example/inline');</script>
  <script src="https://scripts.attacker.example/tracker.js"></script>
</head><body>
  <article>
    <h1>Council approves harbour budget</h1>
    <p>The town council approved the harbour budget on Thursday, the state news agency Xinhua reported, after a short debate about the cost of the new pier.</p>
    <p><img src="https://pixels.attacker.example/p.gif" onerror="window.__attacked = 'onerror'; fetch('https://beacon.attacker.example/onerror')">
      “The pier will pay for itself within ten years,” said the harbour master, who <a href="javascript:window.__attacked='link'">spoke after the vote</a>.</p>
    <p onclick="window.__attacked = 'onclick'">Critics allegedly warned that the figures were out of date &lt;img src=x onerror=alert(1)&gt; and asked for a review.</p>
    <iframe src="https://frames.attacker.example/ad.html"></iframe>
    <svg onload="window.__attacked = 'svg'"><image href="https://pixels.attacker.example/svg.png"/></svg>
    <video src="https://media.attacker.example/v.mp4" autoplay></video>
    <p>The budget will be published in full next week on the council's notice board and in the library.</p>
  </article>
</body></html>`;

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

test.describe('opening the formats people keep articles in', () => {
  let dir = '';
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-formats-'));
  });
  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const extension of ['html', 'pdf'] as const) {
    test(`opens a saved .${extension} article through the Open dialog with its highlights`, async ({ reader }) => {
      await reader.openArticle(join(SAME_ARTICLE, `ferry-article.${extension}`));
      await expect(reader.article).toContainText('The only ferry line linking the coastal city of Hallen');
      await expect(reader.article).not.toContainText('Share this article');
      expect(await reader.findingTexts('state-media')).toEqual(expect.arrayContaining(['the state news agency Xinhua', 'State broadcaster CCTV']));
      const quotes = await reader.findingTexts('quote');
      expect(quotes.some((quote) => quote.startsWith('“The hull of our oldest vessel'))).toBe(true);
      expect(await reader.legendCount('unverified')).toBeGreaterThan(0);
    });
  }

  test('shows the same findings for the .html and the .pdf copy', async ({ reader }) => {
    const counts: number[][] = [];
    for (const extension of ['html', 'pdf']) {
      await reader.openArticle(join(SAME_ARTICLE, `ferry-article.${extension}`));
      counts.push([await reader.legendCount('state-media'), await reader.legendCount('quote'), await reader.legendCount('unverified')]);
    }
    expect(counts[1]).toEqual(counts[0]);
  });

  test('opens a hostile page as text: no script runs and nothing is fetched', async ({ reader }) => {
    const remote: string[] = [];
    reader.page.on('request', (request) => {
      if (!isLocal(request.url())) remote.push(request.url());
    });
    const dialogs: string[] = [];
    reader.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const path = join(dir, 'hostile.html');
    writeFileSync(path, HOSTILE_PAGE);
    await reader.openArticle(path);

    await expect(reader.article).toContainText('The town council approved the harbour budget on Thursday');
    // Markup written as text on the page stays text.
    await expect(reader.article).toContainText('<img src=x onerror=alert(1)>');
    await expect(reader.article.locator('img, script, iframe, svg, video, link, style, a[href^="javascript:"]')).toHaveCount(0);
    expect(await reader.findingTexts('state-media')).toContain('the state news agency Xinhua');

    // Give anything that slipped through a moment to fire, then click where the handlers were.
    await reader.article.locator('p', { hasText: 'Critics allegedly warned' }).click();
    await reader.article.locator('p', { hasText: 'spoke after the vote' }).click();
    await reader.page.waitForTimeout(500);
    expect(await reader.page.evaluate(() => (window as unknown as { __attacked?: string }).__attacked)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(remote).toEqual([]);
  });
});
