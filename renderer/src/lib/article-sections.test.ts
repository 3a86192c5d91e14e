import { describe, expect, it } from 'vitest';
import { assembleBlocks, type BlockKind } from '../../../shared/model/article';
import { articleSections, shareOfSection } from './article-sections';

const blocksOf = (parts: ReadonlyArray<readonly [BlockKind, number]>) =>
  assembleBlocks(parts.map(([kind, length]) => ({ kind, text: 'x'.repeat(length) }))).blocks;

describe('articleSections', () => {
  it('covers every block once, in order, each section holding about the target of text', () => {
    const blocks = blocksOf(Array.from({ length: 500 }, (_, index) => ['paragraph', 150 + (index % 7) * 40] as const));
    const sections = articleSections(blocks, 4_000);
    expect(sections[0]!.first).toBe(0);
    expect(sections.at(-1)!.end).toBe(blocks.length);
    for (const [index, section] of sections.entries()) {
      if (index > 0) expect(section.first).toBe(sections[index - 1]!.end);
      expect(section.textStart).toBe(blocks[section.first]!.start);
      expect(section.textEnd).toBe(blocks[section.end - 1]!.end);
      const chars = blocks.slice(section.first, section.end).reduce((sum, block) => sum + block.end - block.start, 0);
      if (index < sections.length - 1) expect(chars).toBeGreaterThanOrEqual(4_000);
      expect(chars).toBeLessThan(4_000 + 500);
    }
    // A megabyte of such text makes a few hundred sections, not thousands.
    expect(sections.length).toBeGreaterThan(20);
    expect(sections.length).toBeLessThan(40);
  });

  it('keeps a short article in one section', () => {
    const blocks = blocksOf([
      ['heading', 40],
      ['paragraph', 300],
      ['paragraph', 200],
    ]);
    expect(articleSections(blocks)).toEqual([{ first: 0, end: 3, textStart: 0, textEnd: blocks[2]!.end, estimatedLines: expect.any(Number) }]);
  });

  it('never cuts a list or a heading from what follows it', () => {
    const blocks = blocksOf([
      ['paragraph', 100],
      ['list-item', 100],
      ['list-item', 100],
      ['list-item', 100],
      ['paragraph', 100],
      ['heading', 20],
      ['paragraph', 100],
    ]);
    const starts = articleSections(blocks, 50).map((section) => blocks[section.first]!.kind);
    expect(articleSections(blocks, 50).map((section) => [section.first, section.end])).toEqual([
      [0, 1],
      [1, 4],
      [4, 6],
      [6, 7],
    ]);
    expect(starts).not.toContain('heading');
  });

  it('estimates more lines for more text', () => {
    const short = articleSections(blocksOf([['paragraph', 200]]))[0]!;
    const long = articleSections(blocksOf([['paragraph', 2_000]]))[0]!;
    expect(long.estimatedLines).toBeGreaterThan(short.estimatedLines * 5);
  });

  it('places an offset by its share of the section’s text', () => {
    expect(shareOfSection({ textStart: 100, textEnd: 300 }, 150)).toBe(0.25);
    expect(shareOfSection({ textStart: 100, textEnd: 300 }, 400)).toBe(1);
    expect(shareOfSection({ textStart: 100, textEnd: 100 }, 100)).toBe(0);
  });
});
