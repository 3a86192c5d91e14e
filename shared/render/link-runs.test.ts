import { describe, expect, it } from 'vitest';
import type { Segment } from './segments';
import { linkRuns, linksByBlock } from './link-runs';

const plain = (start: number, end: number): Segment => ({ start, end, layers: [], findingIndexes: [] });
const quote = (start: number, end: number): Segment => ({ start, end, layers: ['quote'], findingIndexes: [0] });

describe('linkRuns', () => {
  it('keeps a block without links as one plain run', () => {
    const segments = [plain(0, 10)];
    expect(linkRuns(segments, [{ start: 20, end: 25, href: 'https://example.org/' }])).toEqual([{ href: null, segments }]);
  });

  it('cuts a highlight where a link inside it starts and ends, covering the same text', () => {
    const runs = linkRuns([plain(0, 5), quote(5, 20)], [{ start: 8, end: 12, href: 'https://example.org/report' }]);
    expect(runs.map((run) => [run.href, run.segments.map((segment) => [segment.start, segment.end, segment.layers.length])])).toEqual([
      [
        null,
        [
          [0, 5, 0],
          [5, 8, 1],
        ],
      ],
      ['https://example.org/report', [[8, 12, 1]]],
      [null, [[12, 20, 1]]],
    ]);
  });

  it('clips a link to the block it starts in', () => {
    const runs = linkRuns([plain(30, 40)], [{ start: 35, end: 60, href: 'https://example.org/' }]);
    expect(runs.map((run) => [run.href, run.segments[0]!.start, run.segments.at(-1)!.end])).toEqual([
      [null, 30, 35],
      ['https://example.org/', 35, 40],
    ]);
  });
});

describe('linksByBlock', () => {
  it('hands each block the links that fall inside it', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 12, end: 30 },
      { start: 32, end: 40 },
    ];
    const links = [
      { start: 2, end: 4, href: 'https://a.example/' },
      { start: 14, end: 20, href: 'https://b.example/' },
      { start: 22, end: 25, href: 'https://c.example/' },
    ];
    expect(linksByBlock(blocks, links).map((list) => list.map((link) => link.href))).toEqual([
      ['https://a.example/'],
      ['https://b.example/', 'https://c.example/'],
      [],
    ]);
  });
});
