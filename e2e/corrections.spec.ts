import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seriousAccessibilityProblems } from './support/accessibility';
import { expect, test } from './support/fixtures';

test.describe('corrections', () => {
  test.use({ viewport: { width: 1360, height: 860 } });

  test('a reader marks a finding wrong and adds a missed one; both are remembered, counted and exported', async ({ reader, page, bridge }, testInfo) => {
    await reader.openSampleArticle();
    expect(await reader.legendCount('state-media')).toBe(6);

    // Mark "State television" as wrong from the findings panel.
    await reader.findingsPanel.getByRole('button', { name: 'Mark as wrong: State television' }).click();
    await expect.poll(() => reader.legendCount('state-media')).toBe(5);
    await expect(reader.marks('state-media').filter({ hasText: 'State television' })).toHaveCount(0);
    const yours = reader.findingsPanel.getByRole('region', { name: 'Your corrections' });
    await expect(yours.getByRole('list', { name: 'Marked wrong' })).toContainText('State media: State television');
    await expect(reader.summary).toContainText('Your corrections: 1 finding marked wrong; the figures above include them.');

    // Select words the engine did not mark and add them as an unverified claim.
    const words = 'Analysts say the programme is meant to complicate missile defences in the region.';
    await page.evaluate((wanted) => {
      const paragraph = [...document.querySelectorAll('article.sl-article p')].find((element) => element.textContent?.includes(wanted))!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error('the words are not in one text node');
    }, words);
    const bar = page.getByRole('toolbar', { name: 'Mark the selected words' });
    await expect(bar).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('correction-select.png') });
    await bar.getByRole('button', { name: 'Unverified claims' }).click();
    const added = reader.article.locator('mark[data-reader-added]');
    await expect(added).toHaveText(words);
    await expect(reader.summary).toContainText('Your corrections: 1 finding marked wrong, 1 finding added; the figures above include them.');
    await expect(reader.findingsPanel.locator('.finding-yours')).toHaveCount(1);
    // The pointer rests where the bar was, over a quote whose card may cover the added words: let it close first.
    await page.mouse.move(0, 0);
    await expect(reader.popover).toHaveCount(0);
    await reader.hoverMark(added);
    await expect(reader.popover).toContainText('You marked this as unverified claims; the engine had missed it.');
    await page.screenshot({ path: testInfo.outputPath('correction-flow.png') });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Remembered for this article on this machine, by its content.
    await expect.poll(() => bridge.corrections.forArticle(bridge.session.article!).length).toBe(2);
    await page.reload();
    await reader.openSampleArticle();
    await expect(reader.article.locator('mark[data-reader-added]')).toHaveText(words);
    expect(await reader.legendCount('state-media')).toBe(5);

    // Every export carries them.
    const htmlPath = join(bridge.userDataDir, 'with-corrections.html');
    bridge.answerNextSaveDialog(htmlPath);
    await reader.exportHtml();
    await expect(reader.status).toHaveText(`Exported to ${htmlPath}`);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain('Marked wrong by a reader');
    expect(html).toContain(`${words} <em class="sl-by-reader">(added by a reader)</em>`);
    expect(html).toContain('Your corrections: 1 finding marked wrong, 1 finding added');

    // And they can be handed in as a file.
    const correctionsPath = join(bridge.userDataDir, 'sample-corrections.json');
    bridge.answerNextSaveDialog(correctionsPath);
    await reader.findingsPanel.getByRole('button', { name: 'Export corrections…' }).click();
    await expect(reader.status).toHaveText(`Exported to ${correctionsPath}`);
    const file = JSON.parse(readFileSync(correctionsPath, 'utf8')) as { type: string; corrections: { kind: string; text: string }[] };
    expect(file.type).toBe('SourcelightCorrections');
    expect(file.corrections.map((correction) => [correction.kind, correction.text])).toEqual([
      ['wrong', 'State television'],
      ['added', words],
    ]);

    // Undo brings the engine's finding back.
    await reader.findingsPanel.getByRole('button', { name: 'Undo marking as wrong: State television' }).click();
    await expect.poll(() => reader.legendCount('state-media')).toBe(6);
  });
});
