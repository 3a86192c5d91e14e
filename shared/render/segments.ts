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

function segmentRange(start: number, end: number, findings: readonly Finding[], candidates: readonly number[]): Segment[] {
  const boundaries = new Set<number>([start, end]);
  for (const index of candidates) {
    const finding = findings[index]!;
    if (finding.start > start && finding.start < end) boundaries.add(finding.start);
    if (finding.end > start && finding.end < end) boundaries.add(finding.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = candidates.filter((index) => findings[index]!.start <= from && findings[index]!.end >= to);
    covering.sort((a, b) => a - b);
    const layerSet = new Set(covering.map((index) => findings[index]!.layer));
    segments.push({ start: from, end: to, layers: LAYER_IDS.filter((layer) => layerSet.has(layer)), findingIndexes: covering });
  }
  return segments;
}
