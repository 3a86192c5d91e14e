import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../model/article';
import type { Finding } from '../model/finding';
import { LAYER_IDS, type LayerId } from '../model/layers';
import { segmentBlocks, type Segment } from './segments';

function finding(layer: LayerId, start: number, end: number): Finding {
  return { layer, start, end, text: 'x'.repeat(end - start), ruleId: 'test/rule', message: 'A test finding.' } as Finding;
}

/** The specification: split at every boundary, and list every finding covering each piece. */
function reference(block: ArticleBlock, findings: readonly Finding[]): Segment[] {
  const points = new Set([block.start, block.end]);
  for (const f of findings) for (const point of [f.start, f.end]) if (point > block.start && point < block.end) points.add(point);
  const sorted = [...points].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [from, to] = [sorted[i]!, sorted[i + 1]!];
    const covering = findings.map((_, index) => index).filter((index) => findings[index]!.start <= from && findings[index]!.end >= to);
    const layers = new Set(covering.map((index) => findings[index]!.layer));
    segments.push({ start: from, end: to, layers: LAYER_IDS.filter((layer) => layers.has(layer)), findingIndexes: covering });
  }
  return segments;
}

const LENGTH = 60;
const blocksArb = fc.uniqueArray(fc.integer({ min: 1, max: LENGTH - 1 }), { maxLength: 6 }).map((cuts) => {
  const edges = [0, ...cuts.sort((a, b) => a - b), LENGTH];
  // Blocks separated by a two-character gap, as the article's blank lines separate them.
  return edges
    .slice(0, -1)
    .map((start, index) => ({ kind: 'paragraph' as const, start, end: Math.max(start, edges[index + 1]! - (index + 2 < edges.length ? 2 : 0)) }));
});
const findingsArb = fc.array(
  fc
    .tuple(fc.constantFrom(...LAYER_IDS), fc.integer({ min: 0, max: LENGTH }), fc.integer({ min: 0, max: 20 }))
    .map(([layer, start, length]) => finding(layer, start, Math.min(LENGTH, start + length))),
  { maxLength: 30 },
);

describe('segmentBlocks', () => {
  it('matches the specification on random blocks and overlapping findings', () => {
    fc.assert(
      fc.property(blocksArb, findingsArb, (blocks, findings) => {
        const segmented = segmentBlocks(blocks, findings);
        segmented.forEach(({ block, segments }) => {
          const inBlock = findings.map((f, index) => ({ f, index })).filter(({ f }) => f.start < block.end && f.end > block.start);
          const expected = reference(
            block,
            inBlock.map(({ f }) => f),
          ).map((segment) => ({
            ...segment,
            findingIndexes: segment.findingIndexes.map((local) => inBlock[local]!.index),
          }));
          expect(segments).toEqual(expected);
        });
      }),
      { numRuns: 800 },
    );
  });

  it('grows linearly with the findings in one paragraph (a quote storm), by ratio of sizes', () => {
    const cost = (count: number): number => {
      const findings = Array.from({ length: count }, (_, index) => finding('quote', index * 20, index * 20 + 9));
      const blocks: ArticleBlock[] = [{ kind: 'paragraph', start: 0, end: count * 20 }];
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        segmentBlocks(blocks, findings);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    cost(16_000);
    // Eight times the findings: linear work costs about 8 times as much, quadratic 64 times; 32
    // leaves room for garbage collection and a busy machine. Sizes are large enough that the
    // smaller run no longer fits the young generation, which would flatter it.
    expect(cost(128_000) / Math.max(cost(16_000), 1)).toBeLessThan(32);
  });
});
