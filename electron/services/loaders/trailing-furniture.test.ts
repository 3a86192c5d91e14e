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

  it("does not take a photo's copyright credit in its caption for the page's footer", () => {
    const blocks = [
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      { kind: 'caption', text: 'The tram depot' } satisfies HtmlBlock,
      { kind: 'caption', text: '© picture alliance/dpa' } satisfies HtmlBlock,
      paragraph(SENTENCE),
    ];
    expect(cutTrailingFurniture(blocks)).toEqual({ kept: blocks, cut: [] });
  });

  it('does not count a menu of links above the article as article text', () => {
    const menu = (text: string): HtmlBlock => ({ kind: 'list-item', text, linkedChars: text.replace(/\s+/g, '').length });
    const sections = Array.from({ length: 30 }, (_, index) => menu(`Section number ${index}`));
    const blocks = [...sections, paragraph('Top Stories Tributes paid to the climber'), paragraph(SENTENCE), paragraph(SENTENCE)];
    expect(cutTrailingFurniture(blocks).kept).toEqual(blocks);
  });

  it('cuts at the head of a comment section that states its rules or state', () => {
    const blocks = [
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph(SENTENCE),
      paragraph('Comments are now closed for this story'),
      paragraph('I agree.'),
    ];
    expect(cutTrailingFurniture(blocks).cut.map((item) => item.reason)).toEqual(['comments', 'after comments']);
    expect(tailMarker('Talkback - Add your opinion')).toBe('comments');
    expect(tailMarker('A desk clerk who answered the phone declined comment.')).toBeNull();
  });

  it('keeps the story that goes on below a box of related stories set after its lead', () => {
    const lead = [paragraph(SENTENCE), paragraph(SENTENCE), paragraph(SENTENCE), paragraph(SENTENCE), paragraph(SENTENCE)];
    const rest = Array.from({ length: 8 }, () => paragraph(SENTENCE));
    const blocks = [...lead, paragraph('More from Front Page'), paragraph('Bus fares to rise in March'), ...rest];
    expect(cutTrailingFurniture(blocks).cut).toEqual([]);
  });

  it('still cuts at a related list followed only by teasers, however many', () => {
    const lead = [paragraph(SENTENCE), paragraph(SENTENCE), paragraph(SENTENCE), paragraph(SENTENCE), paragraph(SENTENCE)];
    const teasers = Array.from({ length: 30 }, (_, index) => paragraph(`Bus fares to rise in March across the region, part ${index}`));
    const { kept } = cutTrailingFurniture([...lead, paragraph('More from Front Page'), ...teasers]);
    expect(kept).toHaveLength(5);
  });

  it('never cuts before the article has begun', () => {
    const blocks = [paragraph('More articles in Soccer'), paragraph(SENTENCE)];
    expect(cutTrailingFurniture(blocks).kept).toEqual(blocks);
  });

  it.each([
    'More articles in Soccer',
    'Related stories',
    'Tags: harbour, strike',
    'Comments (12)',
    'Most Emailed',
    'Other Recent Articles...',
    'Related Pages',
  ])('knows %j as the start of the furniture', (line) => {
    expect(tailMarker(line)).not.toBeNull();
  });

  it.each([
    'Copyright law was the subject of the second debate.',
    'More articles in the series will follow, the editor said in a note to readers on Monday.',
    'Comments from the minister angered the union.',
  ])('leaves the article sentence %j alone', (line) => {
    expect(tailMarker(line)).toBeNull();
  });
});
