import type { ArticleLink } from '../model/article';
import type { Segment } from './segments';

/** A stretch of a block under one link (or none): the segments it holds, cut at the link's edges. */
export interface LinkRun {
  readonly href: string | null;
  readonly segments: readonly Segment[];
}

/**
 * Groups a block's segments into runs under the article's links, cutting a segment where a link
 * starts or ends, so highlights and links nest (`<a><mark>…</mark></a>`) and the text is unchanged.
 * `links` must be in text order and not overlap, as loaders produce them.
 */
export function linkRuns(segments: readonly Segment[], links: readonly ArticleLink[]): LinkRun[] {
  if (segments.length === 0) return [];
  const blockStart = segments[0]!.start;
  const blockEnd = segments[segments.length - 1]!.end;
  const inside = links.filter((link) => link.end > blockStart && link.start < blockEnd);
  if (inside.length === 0) return [{ href: null, segments }];
  // Boundaries of plain and linked stretches across the block.
  const stretches: { start: number; end: number; href: string | null }[] = [];
  let at = blockStart;
  for (const link of inside) {
    const start = Math.max(link.start, at);
    const end = Math.min(link.end, blockEnd);
    if (start >= end) continue;
    if (start > at) stretches.push({ start: at, end: start, href: null });
    stretches.push({ start, end, href: link.href });
    at = end;
  }
  if (at < blockEnd) stretches.push({ start: at, end: blockEnd, href: null });
  return stretches.map((stretch) => ({
    href: stretch.href,
    segments: segments
      .filter((segment) => segment.end > stretch.start && segment.start < stretch.end)
      .map((segment) => ({ ...segment, start: Math.max(segment.start, stretch.start), end: Math.min(segment.end, stretch.end) })),
  }));
}

/** The links of each block, in one sweep (blocks and links are both in text order), so rendering stays linear. */
export function linksByBlock(blocks: readonly { readonly start: number; readonly end: number }[], links: readonly ArticleLink[] = []): ArticleLink[][] {
  let next = 0;
  return blocks.map((block) => {
    while (next < links.length && links[next]!.end <= block.start) next++;
    const mine: ArticleLink[] = [];
    for (let index = next; index < links.length && links[index]!.start < block.end; index++) mine.push(links[index]!);
    return mine;
  });
}
