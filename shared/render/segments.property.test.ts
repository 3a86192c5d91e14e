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
    // Work is counted as reads of the findings' fields, not timed, so a busy machine cannot make it flake.
    const reads = (count: number): number => {
      let total = 0;
      const findings = Array.from(
        { length: count },
        (_, index) =>
          new Proxy(finding('quote', index * 20, index * 20 + 9), {
            get(target, key, receiver) {
              total++;
              return Reflect.get(target, key, receiver);
            },
          }),
      );
      const blocks: ArticleBlock[] = [{ kind: 'paragraph', start: 0, end: count * 20 }];
      segmentBlocks(blocks, findings);
      return total;
    };
    // Eight times the findings: linear work reads about 8 times as much, n log n a little more, quadratic 64 times.
    expect(reads(16_000) / reads(2_000)).toBeLessThan(12);
  });
});
