import { analyze } from '../shared/engine/analyze';
import { seriousAccessibilityProblems } from './support/accessibility';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 1360, height: 860 } });

test.describe('highlights and the panel, linked', () => {
  test('hovering a highlight lights its panel entry and brings it into view; focusing an entry lights its highlight', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await reader.hoverMark(reader.mark('state-media', 'the Rodong Sinmun newspaper'));
    const entry = reader.findingsPanel.locator('button.finding-entry', { hasText: 'the Rodong Sinmun newspaper' });
    await expect(entry).toHaveAttribute('data-linked', '');
    await expect(entry).toBeInViewport();
    await expect(reader.findingsPanel.locator('[data-linked]')).toHaveCount(1);

    await page.mouse.move(0, 0);
    await expect(reader.findingsPanel.locator('[data-linked]')).toHaveCount(0);
    const quoteEntry = reader.findingsPanel.locator('button.finding-entry', { hasText: 'probably exaggerated' });
    await quoteEntry.focus();
    const mark = reader.mark('quote', 'probably exaggerated');
    await expect(mark).toHaveAttribute('data-linked', '');
    await expect(mark).toBeInViewport();
  });
});

test.describe('moving through the findings', () => {
  test('n and p start from where the reader is, not from the first finding', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await page.setViewportSize({ width: 1360, height: 420 });
    const photographs = reader.article.locator('p', { hasText: 'Photographs released by' });
    // The reader scrolls down to the paragraph about the photographs.
    await photographs.evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
    await page.mouse.move(0, 0);
    await reader.nextFinding();
    expect(await reader.focusedMarkText()).toBe('KCNA');
    await expect(photographs.locator('mark:focus')).toHaveCount(1);
    await photographs.evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
    await reader.previousFinding();
    // The finding just above the reading position.
    expect(await reader.focusedMarkText()).toBe(
      'A senior official in Seoul, speaking on condition of anonymity, said the test appeared to involve an older design with a new engine.',
    );
  });

  test('n pressed again while a reveal is still scrolling steps on, not back onto the same finding', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await page.setViewportSize({ width: 1360, height: 420 });
    await reader.toggleLayer('state-media');
    await reader.toggleLayer('unverified');
    const quotes = await reader.findingTexts('quote');
    // Three presses in a row, each before the last scroll has settled: a reader skimming the quotes.
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await expect.poll(() => reader.focusedMarkText()).toBe(quotes[2]);
  });

  test('the article is one Tab stop; the arrow keys move between its highlights', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await expect(reader.article.locator('mark[tabindex="0"]')).toHaveCount(1);
    const first = reader.mark('state-media', 'the state news agency KCNA');
    await expect(first).toHaveAttribute('tabindex', '0');
    await reader.focusMark(first);
    await page.keyboard.press('ArrowRight');
    expect(await reader.focusedMarkText()).toBe('the agency');
    await expect(reader.article.locator('mark[tabindex="0"]')).toHaveText('the agency');
    await page.keyboard.press('ArrowLeft');
    expect(await reader.focusedMarkText()).toBe('the state news agency KCNA');
    await page.keyboard.press('End');
    expect(await reader.focusedMarkText()).toBe('the Rodong Sinmun newspaper');
    // One Tab leaves the article: the next stop is in the sidebar, not another highlight.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('article') === null)).toBe(true);
    // From the skip link, Tab reaches the layer switches after one stop in the article, not one per highlight.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    let presses = 0;
    while (presses < 30 && !(await reader.layerCheckbox('state-media').evaluate((box) => box === document.activeElement))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    // Skip link, six toolbar buttons, the article's one stop, then the first switch.
    expect(presses).toBeLessThanOrEqual(9);
  });
});

test.describe('markers beside the scrollbar', () => {
  test('show where each visible layer has findings, top to bottom, and hide with their layer', async ({ reader, page }, testInfo) => {
    await reader.openSampleArticle();
    const quotes = page.locator('.scroll-marker-quote');
    await expect(quotes.first()).toBeVisible();
    const tops = await page.locator('.scroll-marker-state-media').evaluateAll((markers) => markers.map((marker) => marker.getBoundingClientRect().top));
    expect(tops.length).toBeGreaterThanOrEqual(3);
    const box = await page.locator('.scroll-markers').boundingBox();
    expect(box!.x + box!.width).toBeGreaterThan(1340);
    await page.screenshot({ path: testInfo.outputPath('markers.png') });
    await reader.toggleLayer('quote', 'key');
    // A hidden layer's ticks fade with their box (no layout), so the box is what must turn transparent.
    await expect(page.locator('.scroll-markers-quote')).toHaveCSS('opacity', '0');
    await expect(page.locator('.scroll-markers-state-media')).toHaveCSS('opacity', '1');
    await expect(page.locator('.scroll-marker-state-media').first()).toBeVisible();
    await reader.toggleLayer('quote', 'key');
    await expect(page.locator('.scroll-markers-quote')).toHaveCSS('opacity', '1');
  });
});

test.describe('find in the article', () => {
  test('Ctrl+F finds words across highlights and steps through them', async ({ reader, page, bridge }) => {
    await reader.openSampleArticle();
    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox', { name: 'Find in the article' });
    await expect(field).toBeFocused();
    await field.fill('kcna');
    const text = bridge.session.article!.text;
    const expected = text.toLowerCase().split('kcna').length - 1;
    expect(analyze(text).some((finding) => finding.text.includes('KCNA'))).toBe(true);
    const status = page.locator('.find-status');
    await expect(status).toHaveText(`1 of ${expected}`);
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(`2 of ${expected}`);
    const current = await page.evaluate(() => {
      const highlight = CSS.highlights.get('sl-find-current');
      const range = highlight ? [...highlight][0] : undefined;
      return range instanceof Range ? { text: range.toString(), inMark: range.startContainer.parentElement?.closest('mark') !== null } : null;
    });
    expect(current).toEqual({ text: 'KCNA', inMark: true });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    expect(await page.evaluate(() => CSS.highlights.has('sl-find-match'))).toBe(false);
  });
});
