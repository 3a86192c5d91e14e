import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusCopiesOf, sharedRunShare, wordRuns } from './copies';

const STORY =
  'The harbour authority closed the northern quay on Tuesday after a crane collapsed onto two fishing boats. ' +
  'Nobody was hurt, a spokeswoman for the authority said, but repairs could take until the end of the month. ' +
  'Fishermen who use the quay said they would move their catch to the smaller southern pier in the meantime.';

const OTHER_STORY =
  'A regional orchestra announced a new season of free concerts in village halls, starting with a programme of ' +
  'folk songs arranged for strings. Tickets are not needed, the orchestra said, though seats are limited.';

describe('copies of corpus articles', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  const corpus = (files: Record<string, string>): string => {
    root = mkdtempSync(join(tmpdir(), 'sourcelight-copies-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };

  it('finds the same story in the held-out split, whatever markup and case wrap it', async () => {
    const directory = corpus({
      'heldout/hx01.html': `<html><head><title>Quay closed</title></head><body><article><p>${STORY.toUpperCase()}</p></article></body></html>`,
      'tune/tx01.txt': OTHER_STORY,
      'tune/tx02.txt': `${STORY}\n\nRead more: our weekly newsletter.`,
    });
    expect(await corpusCopiesOf(join(directory, 'tune/tx02.txt'), 'tx02', directory)).toEqual(['hx01']);
  });

  it('finds a reprint that adds a paragraph of its own to the original', async () => {
    const directory = corpus({ 'tune/tx01.md': STORY, 'tune/tx05.txt': `${STORY}\n\nThe port has had three such accidents in ten years, records show.` });
    expect(await corpusCopiesOf(join(directory, 'tune/tx05.txt'), 'tx05', directory)).toEqual(['tx01']);
  });

  it('does not flag two pages of one site that share their menus but not their story', async () => {
    const menu =
      '<nav><ul>' +
      [
        'Home',
        'World news and analysis',
        'Business and markets today',
        'Sport results and fixtures',
        'Culture reviews',
        'Weather forecast for the week',
        'Contact the newsroom desk',
        'About our company history',
      ]
        .map((item) => `<li><a href="#">${item}</a></li>`)
        .join('') +
      '</ul></nav>';
    const page = (title: string, story: string): string =>
      `<html><head><title>${title}</title></head><body>${menu.repeat(6)}<article><h1>${title}</h1><p>${story}</p></article>${menu.repeat(6)}</body></html>`;
    const directory = corpus({ 'heldout/hx01.html': page('Quay closed', STORY), 'tune/tx03.html': page('Free concerts', OTHER_STORY) });
    expect(await corpusCopiesOf(join(directory, 'tune/tx03.html'), 'tx03', directory)).toEqual([]);
  });

  it('does not flag another article on another subject, nor the article being replaced under its own id', async () => {
    const directory = corpus({ 'tune/tx01.txt': OTHER_STORY, 'tune/tx02.txt': STORY });
    expect(await corpusCopiesOf(join(directory, 'tune/tx02.txt'), 'tx02', directory)).toEqual([]);
  });

  it('does not flag two articles that share a stock phrase but not their text', () => {
    const shared = 'could not be independently verified by the news agency on Tuesday';
    expect(sharedRunShare(wordRuns(`${STORY} The figures ${shared}.`), wordRuns(`${OTHER_STORY} The claim ${shared}.`))).toBeLessThan(0.2);
  });

  it('has no runs in a text shorter than one run', () => {
    expect(wordRuns('Too short to share anything.').size).toBe(0);
    expect(sharedRunShare(wordRuns('Too short.'), wordRuns(STORY))).toBe(0);
  });
});
