import { seriousAccessibilityProblems } from './support/accessibility';
import { expect, test } from './support/fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core in the ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    });

    test('finds nothing serious on the welcome screen', async ({ reader }) => {
      await expect(reader.welcome).toBeVisible();
      expect(await seriousAccessibilityProblems(reader.page)).toEqual([]);
    });

    test('finds nothing serious in the reader, with a popover and the settings open', async ({ reader }) => {
      await reader.openSampleArticle();
      expect(await seriousAccessibilityProblems(reader.page), 'the reader').toEqual([]);
      await reader.focusMark(reader.mark('state-media', 'the state news agency KCNA'));
      await expect(reader.popover).toBeVisible();
      expect(await seriousAccessibilityProblems(reader.page), 'with a popover').toEqual([]);
      await reader.openSettings();
      expect(await seriousAccessibilityProblems(reader.page), 'with the settings').toEqual([]);
    });
  });
}

test.describe('keyboard only', () => {
  test('opens the sample, steps through findings, switches layers and changes a setting without a mouse', async ({ reader, page }) => {
    const sample = page.getByRole('button', { name: 'Try the sample article' });
    // Tab from the top of the page until the sample button has focus, as a keyboard user would.
    for (let presses = 0; presses < 10 && !(await sample.evaluate((button) => button === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(sample).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(reader.openedFileName).toHaveText('sample-article.txt');
    await reader.waitForAnalysis();

    await page.keyboard.press('n');
    expect(await reader.focusedMarkText()).toBe('the state news agency KCNA');
    await expect(reader.popover).toContainText("KCNA, North Korea's state news agency");
    // Focus is drawn, not only implied: the focused highlight has a visible outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');

    // The arrow keys move on to the next highlight, which explains itself in turn (the article is one Tab stop).
    await page.keyboard.press('ArrowRight');
    expect(await reader.focusedMarkText()).toBe('the agency');
    await expect(reader.popover).toContainText('“the agency” refers back to KCNA.');

    await page.keyboard.press('2');
    await expect(reader.layerCheckbox('quote')).not.toBeChecked();
    await page.keyboard.press('2');

    await reader.layerCheckbox('unverified').focus();
    await page.keyboard.press('Space');
    await expect(reader.layerCheckbox('unverified')).not.toBeChecked();

    await reader.settingsButton.focus();
    await page.keyboard.press('Enter');
    await expect(reader.settingsPanel).toBeVisible();
    await expect(reader.settingsPanel.getByRole('radio', { name: 'Follow the system' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Escape');
    await expect(reader.settingsPanel).toHaveCount(0);
    await expect(reader.settingsButton).toBeFocused();
  });

  test('announces where each highlight starts and ends to screen readers', async ({ reader }) => {
    await reader.openSampleArticle();
    const mark = reader.mark('state-media', 'the state news agency KCNA');
    const spoken = await mark.evaluate((element) => [getComputedStyle(element, '::before').content, getComputedStyle(element, '::after').content]);
    expect(spoken[0]).toContain('state media');
    expect(spoken[1]).toContain('end');
  });
});
