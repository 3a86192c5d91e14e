import type { ArticleBlock } from '../model/article';
import type { Finding } from '../model/finding';
import { LAYER_IDS, type LayerId } from '../model/layers';

/** A run of text with the same set of findings over it; the unit both the reader and the export render. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Layers covering this run, in display order; empty for plain text. */
  readonly layers: readonly LayerId[];
  /** Indexes into the findings array of every finding covering this run. */
  readonly findingIndexes: readonly number[];
}

/** A block with its segments. */
export interface SegmentedBlock {
  readonly block: ArticleBlock;
  readonly segments: readonly Segment[];
}

/**
 * Splits each block at every finding boundary inside it. A sweep over sorted boundaries keeps this
 * O((blocks + findings) log findings) so a megabyte article segments in milliseconds.
 */
export function segmentBlocks(blocks: readonly ArticleBlock[], findings: readonly Finding[]): SegmentedBlock[] {
  const order = findings.map((_, index) => index).sort((a, b) => findings[a]!.start - findings[b]!.start);
  const active: number[] = [];
  let nextFinding = 0;
  return blocks.map((block) => {
    // Findings that ended before this block no longer matter.
    for (let i = active.length - 1; i >= 0; i--) if (findings[active[i]!]!.end <= block.start) active.splice(i, 1);
    const inBlock: number[] = [...active];
    while (nextFinding < order.length && findings[order[nextFinding]!]!.start < block.end) {
      const index = order[nextFinding]!;
      if (findings[index]!.end > block.start) {
        inBlock.push(index);
        active.push(index);
      }
      nextFinding++;
    }
    return { block, segments: segmentRange(block.start, block.end, findings, inBlock) };
  });
}

/**
 * One sweep over the block's boundaries with the set of findings open at each point, so a paragraph
 * with tens of thousands of findings costs O(findings log findings), not findings times segments.
 */
function segmentRange(start: number, end: number, findings: readonly Finding[], candidates: readonly number[]): Segment[] {
  const clippedStart = (index: number): number => Math.max(start, findings[index]!.start);
  const clippedEnd = (index: number): number => Math.min(end, findings[index]!.end);
  const byStart = [...candidates].sort((a, b) => clippedStart(a) - clippedStart(b));
  const byEnd = [...candidates].sort((a, b) => clippedEnd(a) - clippedEnd(b));
  const points = [start, end];
  for (const index of candidates) points.push(clippedStart(index), clippedEnd(index));
  points.sort((a, b) => a - b);

  const open = new Set<number>();
  const segments: Segment[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  for (let i = 0; i < points.length; i++) {
    const from = points[i]!;
    if (i > 0 && from === points[i - 1]) continue;
    while (nextStart < byStart.length && clippedStart(byStart[nextStart]!) <= from) open.add(byStart[nextStart++]!);
    while (nextEnd < byEnd.length && clippedEnd(byEnd[nextEnd]!) <= from) open.delete(byEnd[nextEnd++]!);
    let j = i + 1;
    while (j < points.length && points[j] === from) j++;
    if (j >= points.length || from >= end) break;
    const to = points[j]!;
    const covering = [...open].sort((a, b) => a - b);
    const layerSet = new Set(covering.map((index) => findings[index]!.layer));
    segments.push({ start: from, end: to, layers: LAYER_IDS.filter((layer) => layerSet.has(layer)), findingIndexes: covering });
  }
  return segments;
}
