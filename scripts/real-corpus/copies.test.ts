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

  it('finds the same story in the held-out split, whatever markup and case wrap it', () => {
    const directory = corpus({ 'heldout/hx01.html': `<html><body><p>${STORY.toUpperCase()}</p></body></html>`, 'tune/tx01.txt': OTHER_STORY });
    expect(corpusCopiesOf(`${STORY}\n\nRead more: our weekly newsletter.`, 'tx02', directory)).toEqual(['hx01']);
  });

  it('finds a reprint that adds a paragraph of its own to the original', () => {
    const directory = corpus({ 'tune/tx01.md': STORY });
    expect(corpusCopiesOf(`${STORY} The port has had three such accidents in ten years, records show.`, 'tx05', directory)).toEqual(['tx01']);
  });

  it('does not flag another article on another subject, nor the article being replaced under its own id', () => {
    const directory = corpus({ 'tune/tx01.txt': OTHER_STORY, 'tune/tx02.txt': STORY });
    expect(corpusCopiesOf(STORY, 'tx02', directory)).toEqual([]);
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
