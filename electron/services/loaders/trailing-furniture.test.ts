import { describe, expect, it } from 'vitest';
import type { HtmlBlock } from './html-blocks';
import { cutTrailingFurniture, tailMarker } from './trailing-furniture';

const SENTENCE = 'The council approved the tram line on Monday after a long debate that ended in a narrow vote.';
const paragraph = (text: string): HtmlBlock => ({ kind: 'paragraph', text });

describe('cutTrailingFurniture', () => {
  it('cuts the related links, copyright and tags below an article, keeping them with their reasons', () => {
    const blocks = [
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph('© 2008 Example News TAGS: Council'),
      paragraph('Bus fares to rise in March'),
    ];
    const { kept, cut } = cutTrailingFurniture(blocks);
    expect(kept).toHaveLength(4);
    expect(cut).toEqual([
      { text: '© 2008 Example News TAGS: Council', reason: 'copyright line' },
      { text: 'Bus fares to rise in March', reason: 'after copyright line' },
    ]);
  });

  it('never cuts before the article has begun', () => {
    const blocks = [paragraph('More articles in Soccer'), paragraph(SENTENCE)];
    expect(cutTrailingFurniture(blocks).kept).toEqual(blocks);
  });

  it.each(['More articles in Soccer', 'Related stories', 'Tags: harbour, strike', 'Comments (12)', 'Most Emailed'])(
    'knows %j as the start of the furniture',
    (line) => {
      expect(tailMarker(line)).not.toBeNull();
    },
  );

  it.each([
    'Copyright law was the subject of the second debate.',
    'More articles in the series will follow, the editor said in a note to readers on Monday.',
    'Comments from the minister angered the union.',
  ])('leaves the article sentence %j alone', (line) => {
    expect(tailMarker(line)).toBeNull();
  });
});
