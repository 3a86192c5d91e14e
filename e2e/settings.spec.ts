import { seriousAccessibilityProblems } from './support/accessibility';
import { expect, test } from './support/fixtures';

test.describe('settings', () => {
  test('are remembered across a reload: layers, typologies, theme and the panel', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await reader.toggleLayer('quote');
    await reader.chooseTheme('dark');
    await reader.setTypology('CaPu', false);
    await reader.settingsPanel.getByRole('checkbox', { name: 'Show the findings panel' }).uncheck();
    await reader.closeSettings();
    await expect(reader.findingsPanel).toHaveCount(0);

    await page.reload();
    await reader.openSampleArticle();
    await expect(reader.layerCheckbox('quote')).not.toBeChecked();
    await expect(reader.article).toHaveAttribute('data-hide-quote', '');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(reader.findingsPanel).toHaveCount(0);
    await reader.openSettings();
    await expect(reader.settingsPanel.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(reader.settingsPanel.getByRole('checkbox', { name: /\bCaPu$/ })).not.toBeChecked();
    await expect(reader.settingsPanel.getByRole('checkbox', { name: /\bSC$/ })).toBeChecked();
  });

  test('re-analyse the article when the typologies change', async ({ reader }) => {
    await reader.openSampleArticle();
    expect(await reader.legendCount('state-media')).toBe(6);
    // KCNA and the Rodong Sinmun are state-controlled (SC); leaving SC out leaves only the generic reference.
    await reader.setTypology('SC', false);
    await expect.poll(() => reader.legendCount('state-media')).toBe(1);
    await expect(reader.marks('state-media')).toHaveCount(1);
    await reader.setTypology('SC', true);
    await expect.poll(() => reader.legendCount('state-media')).toBe(6);
  });

  test('a forced dark theme darkens the page and the highlights even when the OS is light', async ({ reader, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await reader.openSampleArticle();
    const background = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await reader.chooseTheme('dark');
    await expect.poll(background).not.toBe(lightBackground);
    await expect(reader.article).toHaveAttribute('data-theme', 'dark');
    const stateMediaBackground = await reader
      .marks('state-media')
      .first()
      .evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(stateMediaBackground, 'the dark highlight colour').toBe('rgb(90, 61, 0)');
    await reader.chooseTheme('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expect.poll(background).toBe(lightBackground);
  });

  test('follow changes made from the View menu', async ({ reader, bridge, page }) => {
    await reader.openSampleArticle();
    await bridge.changeSettingsFromMenu({ theme: 'dark', visibleLayers: ['quote'] });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(reader.layerCheckbox('state-media')).not.toBeChecked();
    await expect(reader.layerCheckbox('unverified')).not.toBeChecked();
    await expect(reader.layerCheckbox('quote')).toBeChecked();
  });

  test('close with Escape and give focus back to the page', async ({ reader }) => {
    await reader.settingsButton.click();
    await expect(reader.settingsPanel).toBeVisible();
    await expect(reader.settingsButton).toHaveAttribute('aria-expanded', 'true');
    await reader.closeSettings();
    await expect(reader.settingsButton).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('reading settings', () => {
  test('set the text size, typeface, line width, spacing and page colour, and are remembered', async ({ reader, page, bridge }) => {
    await reader.openSampleArticle();
    const paragraph = reader.article.locator('p.block-paragraph').first();
    const before = await paragraph.evaluate((element) => ({ size: getComputedStyle(element).fontSize, width: element.getBoundingClientRect().width }));
    await reader.openSettings();
    await reader.settingsPanel.getByRole('button', { name: 'Larger' }).click();
    await reader.settingsPanel.getByRole('button', { name: 'Larger' }).click();
    await expect(reader.settingsPanel.getByLabel('Text size')).toHaveText('20 px');
    await reader.settingsPanel.getByRole('radio', { name: 'Sans serif' }).check();
    await reader.settingsPanel.getByRole('radio', { name: 'Narrow' }).check();
    await reader.settingsPanel.getByRole('radio', { name: 'Loose' }).check();
    await reader.settingsPanel.getByRole('radio', { name: 'Sepia' }).check();
    await expect(paragraph).toHaveCSS('font-size', '20px');
    await expect(paragraph).toHaveCSS('line-height', '40px');
    expect(await paragraph.evaluate((element) => getComputedStyle(element).fontFamily)).not.toMatch(/Serif/);
    await expect(page.locator('.reader-column')).toHaveCSS('background-color', 'rgb(244, 236, 216)');
    expect(before.size).toBe('18px');
    // 56 characters of 20 px text are narrower than 70 of 18 px.
    const after = await paragraph.evaluate((element) => element.getBoundingClientRect().width);
    expect(after).toBeLessThan(before.width);
    await reader.closeSettings();
    expect(await seriousAccessibilityProblems(page), 'sepia keeps its contrast').toEqual([]);
    await expect
      .poll(() => bridge.settings.settings.reading)
      .toEqual({ fontSize: 20, typeface: 'sans', lineWidth: 'narrow', lineSpacing: 'loose', paper: 'sepia' });

    await page.reload();
    await reader.openSampleArticle();
    await expect(reader.article.locator('p.block-paragraph').first()).toHaveCSS('font-size', '20px');
    await expect(page.locator('.reader-column')).toHaveAttribute('data-paper', 'sepia');
  });
});
