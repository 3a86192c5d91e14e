import { LAYER_IDS } from '../shared/model/layers';
import { KCNA_FIXTURE, KCNA_FIXTURE_MISSING, KCNA_FIXTURE_PRESENT, expect, test } from './support/fixtures';

test.describe('reading the KCNA munitions article', () => {
  test.skip(!KCNA_FIXTURE_PRESENT, KCNA_FIXTURE_MISSING);

  test.beforeEach(async ({ reader }) => {
    await reader.openArticle(KCNA_FIXTURE);
  });

  test('marks each layer as often as the legend counts, on the right words', async ({ reader }) => {
    await expect(reader.welcome).toHaveCount(0);
    await expect(reader.page).toHaveTitle(/ · Sourcelight$/);
    await expect(reader.article).toContainText('North Korean leader Kim Jong Un asked his officials');
    for (const layer of LAYER_IDS) {
      const count = await reader.legendCount(layer);
      expect(count, `the legend should count some ${layer} findings`).toBeGreaterThan(0);
      expect(await reader.findingTexts(layer), `every ${layer} finding in the legend should be marked`).toHaveLength(count);
      expect(await reader.marks(layer).count(), `marks can split a finding, never merge two`).toBeGreaterThanOrEqual(count);
    }
    const stateMedia = await reader.findingTexts('state-media');
    expect(stateMedia).toContain('the state news agency KCNA');
    expect(stateMedia).toContain('KNCA');
    const quotes = await reader.findingTexts('quote');
    expect(quotes).toContain('“To further expand the overall production capacity”');
    expect(quotes).toContain('“new modernisation and production plans”');
    const unverified = await reader.findingTexts('unverified');
    expect(unverified.some((text) => text.includes('reportedly supervised'))).toBe(true);
  });

  test('explains each highlight in a popover', async ({ reader }) => {
    const mark = reader.marks('state-media').filter({ hasText: 'the state news agency KCNA' }).first();
    await expect(mark).toHaveAttribute('class', /\bsl-hl-state-media\b/);
    await reader.hoverMark(mark);
    await expect(reader.popover).toContainText('State media');
    await expect(reader.popover).toContainText("KCNA, North Korea's state news agency");
  });

  for (const method of ['checkbox', 'key', 'menu'] as const) {
    test(`hides and shows each layer by ${method} without touching the marks`, async ({ reader }) => {
      for (const layer of LAYER_IDS) {
        const marks = await reader.marks(layer).count();
        expect(marks, `the engine should mark some ${layer} findings in this article`).toBeGreaterThan(0);
        // A tag on the element survives only if React neither re-creates nor replaces it.
        await reader
          .marks(layer)
          .first()
          .evaluate((mark) => mark.setAttribute('data-test-tag', 'kept'));
        await expect.poll(() => reader.marksShowingChannel(layer), `${layer} should start visible`).toBe(marks);

        await reader.toggleLayer(layer, method);
        await expect(reader.layerCheckbox(layer)).not.toBeChecked();
        await expect.poll(() => reader.marksShowingChannel(layer), `${layer} marks should lose their channel`).toBe(0);
        await expect(reader.marks(layer), 'the mark elements stay in the text').toHaveCount(marks);
        await expect(reader.marks(layer).first()).toHaveAttribute('data-test-tag', 'kept');
        for (const other of LAYER_IDS.filter((candidate) => candidate !== layer)) {
          expect(await reader.marksShowingChannel(other), `${other} should stay visible while ${layer} is off`).toBe(await reader.marks(other).count());
        }

        await reader.toggleLayer(layer, method);
        await expect(reader.layerCheckbox(layer)).toBeChecked();
        await expect.poll(() => reader.marksShowingChannel(layer), `${layer} marks should show again`).toBe(marks);
      }
    });
  }

  test('looks right: a screenshot for a person to check', async ({ reader, page }) => {
    await page.screenshot({ path: 'test-results/reader-kcna.png' });
    await reader.toggleLayer('state-media', 'key');
    await page.screenshot({ path: 'test-results/reader-kcna-state-media-off.png' });
    await reader.toggleLayer('state-media', 'key');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/reader-kcna-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 720, height: 900 });
    await page.screenshot({ path: 'test-results/reader-kcna-narrow.png' });
  });
});
