import { readFileSync } from 'node:fs';
import { analyze } from '../shared/engine/analyze';
import { summarizeSourcing } from '../shared/summary/sourcing-summary';
import { writeTestArticles } from './support/article-files';
import { KCNA_FIXTURE, KCNA_FIXTURE_MISSING, KCNA_FIXTURE_PRESENT, expect, test } from './support/fixtures';

test.describe('explaining highlights', () => {
  test('a hover on a highlight explains the rule in plain words', async ({ reader }) => {
    await reader.openSampleArticle();
    await reader.hoverMark(reader.mark('unverified', 'reportedly'));
    await expect(reader.popover).toBeVisible();
    await expect(reader.popover).toContainText('Unverified claims');
    await expect(reader.popover).toContainText('“reportedly”: the article passes this on without confirming it.');
  });

  test('keyboard focus on a highlight explains it too, with the outlet, its country and typology', async ({ reader }) => {
    await reader.openSampleArticle();
    const mark = reader.mark('state-media', 'the state news agency KCNA');
    await reader.focusMark(mark);
    await expect(reader.popover).toContainText('State media');
    await expect(reader.popover).toContainText("KCNA, North Korea's state news agency");
    await expect(mark).toHaveAttribute('aria-describedby', 'finding-popover');
    await expect(reader.popover).toHaveAttribute('id', 'finding-popover');
    await reader.page.keyboard.press('Escape');
    await expect(reader.popover).toHaveCount(0);
  });

  test("a quote's popover names its speaker", async ({ reader }) => {
    await reader.openSampleArticle();
    await reader.focusMark(reader.mark('quote', 'This is a powerful deterrent'));
    await expect(reader.popover).toContainText('Direct quotes');
    await expect(reader.popover).toContainText(/Speaker\s*:?\s*Kim Jong Un/);
  });

  test('an overlapping highlight lists each layer, and a hidden layer drops out', async ({ reader }) => {
    const files = writeTestArticles();
    try {
      await reader.openArticle(files.path('overlap.txt'));
      await reader.hoverMark(reader.mark('quote', 'a new pier by May'));
      await expect(reader.popover.locator('section')).toHaveCount(2);
      await expect(reader.popover).toContainText('Direct quotes');
      await expect(reader.popover).toContainText('“allegedly”: the article passes this on without confirming it.');
      await reader.hoverMark(reader.mark('state-media', 'KCNA'));
      await expect(reader.popover.locator('section')).toHaveCount(2);

      await reader.toggleLayer('unverified', 'key');
      await reader.hoverMark(reader.mark('state-media', 'KCNA'));
      await expect(reader.popover.locator('section')).toHaveCount(1);
      await expect(reader.popover).not.toContainText('Unverified claims');
    } finally {
      files.cleanup();
    }
  });
});

test.describe('the findings panel', () => {
  test.beforeEach(async ({ reader }) => {
    await reader.openSampleArticle();
  });

  test('groups findings by layer, then by outlet or speaker, with excerpts', async ({ reader }) => {
    const stateMedia = reader.findingsPanel.locator('section[data-layer="state-media"]');
    await expect(stateMedia.locator('.findings-subgroup-title').first()).toHaveText(/^KCNA \(North Korea, state-controlled\) · 4$/);
    await expect(stateMedia).toContainText('the state news agency KCNA');
    const quotes = reader.findingsPanel.locator('section[data-layer="quote"]');
    await expect(quotes.locator('.findings-subgroup-title')).toHaveText([/^Kim Jong Un · 2$/, /^Park Ji-won · 2$/]);
    for (const layer of ['state-media', 'quote', 'unverified'] as const) {
      await expect(reader.findingEntries(layer)).toHaveCount(await reader.legendCount(layer));
    }
  });

  test('clicking a finding scrolls to it, focuses it and flashes it', async ({ reader, page }) => {
    await page.setViewportSize({ width: 1280, height: 420 });
    await reader.selectFinding('more surprises');
    const mark = reader.mark('quote', 'more surprises');
    await expect(mark).toBeInViewport();
    await expect(mark).toBeFocused();
    await expect(mark).toHaveAttribute('data-flash', '');
    await expect(reader.currentFindingEntry).toHaveText('“more surprises”');
    await expect(mark, 'the flash is brief').not.toHaveAttribute('data-flash', { timeout: 5_000 });
  });

  for (const method of ['letter', 'f3', 'menu'] as const) {
    test(`steps through the findings of the visible layers (${method})`, async ({ reader }) => {
      await reader.nextFinding(method);
      expect(await reader.focusedMarkText()).toBe('the state news agency KCNA');
      await reader.nextFinding(method);
      expect(await reader.focusedMarkText()).toBe('the agency');
      await reader.previousFinding(method);
      expect(await reader.focusedMarkText()).toBe('the state news agency KCNA');
      await expect(reader.currentFindingEntry).toHaveText('the state news agency KCNA');
    });
  }

  test('skips hidden layers and wraps around at the end', async ({ reader }) => {
    await reader.toggleLayer('state-media');
    await reader.toggleLayer('unverified');
    const quotes = await reader.findingTexts('quote');
    for (const text of quotes) {
      await reader.nextFinding();
      // Focus moves after the reveal scrolls the mark into view; on a busy machine that takes a moment.
      await expect.poll(() => reader.focusedMarkText()).toBe(text);
    }
    await reader.nextFinding();
    await expect.poll(() => reader.focusedMarkText(), { message: 'after the last quote comes the first again' }).toBe(quotes[0]);
  });

  test('can be hidden and shown from the toolbar and the menu', async ({ reader, bridge }) => {
    await reader.toggleFindingsPanel();
    await expect(reader.findingsPanel).toHaveCount(0);
    // The button is about the findings list; the summary stays.
    await expect(reader.summary).toBeVisible();
    await bridge.toggleFindingsPanelFromMenu();
    await expect(reader.findingsPanel).toBeVisible();
  });
});

test.describe('the sourcing summary', () => {
  test('sums up the sample article and notes its reliance on one state source', async ({ reader }) => {
    await reader.openSampleArticle();
    await expect(reader.summary).toContainText('Mainly one state source: KCNA (4 of 6 attributions).');
    await expect(reader.summary.getByRole('note')).toContainText('KCNA');
    await expect(reader.summary).toContainText('4 direct quotes from 2 speakers; 2 through state media.');
    await expect(reader.summary).toContainText('3 claims the article does not verify.');
  });

  test.describe('for the KCNA fixture', () => {
    test.skip(!KCNA_FIXTURE_PRESENT, KCNA_FIXTURE_MISSING);

    test('shows the figures the summary module computes for the article as loaded', async ({ reader, bridge }) => {
      await reader.openArticle(KCNA_FIXTURE);
      const text = bridge.session.article?.text ?? readFileSync(KCNA_FIXTURE, 'utf8');
      const expected = summarizeSourcing(text, analyze(text));
      expect(expected.stateMediaAttributions, 'the fixture leans on state media').toBeGreaterThan(0);
      await expect(reader.summary.locator('.summary-sentences li')).toHaveText([...expected.sentences]);
      await expect(reader.summary.getByRole('note')).toContainText('Mainly one state source: KCNA');
      await expect(reader.summary).toContainText(`${Math.round(expected.stateMediaShare * 100)}% of sentences cite state media`);
    });
  });
});

test.describe("the sourcing summary in the reader's locale", () => {
  test('writes the share as English does, with no space before the percent sign', async ({ reader }) => {
    await reader.openSampleArticle();
    await expect(reader.summary.locator('.summary-sentences li').first()).toHaveText(/^\d+ of \d+ sentences \(\d+%\) cites? state media\.$/);
    await expect(reader.summary.locator('.summary-share-value')).toHaveText(/^\d+% of sentences cite state media$/);
  });

  test.describe('in German', () => {
    test.use({ locale: 'de-DE' });
    test('puts the no-break space German writes before the percent sign', async ({ reader }) => {
      await reader.openSampleArticle();
      await expect(reader.summary.locator('.summary-share-value')).toHaveText(/^\d+\u00a0% of sentences cite state media$/);
    });
  });
});
