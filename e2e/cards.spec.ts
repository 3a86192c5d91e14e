import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seriousAccessibilityProblems } from './support/accessibility';
import { expect, test } from './support/fixtures';

test.describe('finding cards', () => {
  test.use({ viewport: { width: 1360, height: 860 } });

  test('say what was found, why it matters and the evidence, in plain words', async ({ reader, page }, testInfo) => {
    await reader.openSampleArticle();
    await reader.hoverMark(reader.mark('state-media', 'the state news agency KCNA'));
    const card = reader.popover;
    await expect(card.locator('.popover-what')).toHaveText('Information credited to KCNA.');
    await expect(card.locator('.popover-why')).toContainText('Why it matters:');
    await expect(card).toContainText("OutletKCNA, North Korea's state news agency");
    await expect(card).toContainText('CountryNorth Korea');
    await expect(card).toContainText('TypologyState-controlled: the state decides what it publishes');
    await expect(card, 'no jargon from the annotation guide').not.toContainText(/Marked as|hearsay adverb|distancing frame/);
    await page.screenshot({ path: testInfo.outputPath('card.png') });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await reader.hoverMark(reader.mark('unverified', 'what it described as'));
    await expect(card.locator('.popover-what')).toHaveText('“described as”: the article keeps its distance from this claim.');
    await expect(card).toContainText('Cue“described as”');
  });

  test('never cover the highlight they explain, even one that runs over several lines', async ({ reader }) => {
    await reader.openSampleArticle();
    for (const [layer, words] of [
      ['unverified', 'The missile reportedly flew'],
      ['quote', 'Cruise missiles fly low'],
      ['state-media', 'KCNA'],
    ] as const) {
      const mark = reader.mark(layer, words);
      await reader.hoverMark(mark);
      await expect(reader.popover).toHaveAttribute('data-placed');
      const rects = await mark.evaluate((element) =>
        [...element.getClientRects()].map((rect) => ({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right })),
      );
      const card = (await reader.popover.boundingBox())!;
      for (const rect of rects) {
        const overlaps = card.x < rect.right && rect.left < card.x + card.width && card.y < rect.bottom && rect.top < card.y + card.height;
        expect(overlaps, `the card covers "${words}"`).toBe(false);
      }
    }
  });

  test('name a speaker by one name in the card, the panel, the summary and the export', async ({ reader, bridge }) => {
    await reader.openSampleArticle();
    // The text says "The leader"; the engine resolved it to Kim Jong Un.
    await reader.hoverMark(reader.mark('quote', 'more surprises'));
    await expect(reader.popover).toContainText('Kim Jong Un’s exact words.');
    await expect(reader.popover).toContainText('SpeakerKim Jong Un (the leader)');
    await expect(reader.popover).toContainText('How surefairly sure: worked out from “The leader” near the quote');
    await expect(reader.findingsPanel.locator('section[data-layer="quote"] .findings-subgroup-title')).toHaveText([/^Kim Jong Un · 2$/, /^Park Ji-won · 2$/]);
    const destination = resolve(bridge.userDataDir, 'speakers.html');
    bridge.answerNextSaveDialog(destination);
    await reader.exportHtml();
    await expect(reader.status).toHaveText(`Exported to ${destination}`);
    const html = readFileSync(destination, 'utf8');
    expect(html).toContain('<td>Kim Jong Un</td><td>“more surprises”</td>');
    expect(html).not.toMatch(/<td>The leader<\/td>|title="[^"]*The leader/);
  });

  test('lead to a "learn more" section per layer in the help', async ({ reader, page }) => {
    await reader.openSampleArticle();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    for (const name of ['Learn more: state media', 'Learn more: direct quotes', 'Learn more: unverified claims']) {
      await expect(help.getByRole('heading', { name })).toBeVisible();
    }
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Help' })).toBeFocused();
  });
});
