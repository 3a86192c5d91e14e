import type { Finding } from '../../../shared/model/finding';
import { highlightClassList } from '../../../shared/render/highlight-markup';
import type { SegmentedBlock } from '../../../shared/render/segments';
import { findingId } from '../lib/article-analysis';
import { markSpokenLabel } from '../lib/mark-labels';

/** Props of one rendered block. */
export interface ArticleBlockProps {
  readonly text: string;
  readonly segmented: SegmentedBlock;
  readonly findings: readonly Finding[];
  /** Whether a heading block is the article's main heading (h1) rather than a section heading. */
  readonly isMainHeading: boolean;
}

/** One block of the article, its highlights rendered as `<mark>` runs straight from the segments. */
export function ArticleBlock({ text, segmented, findings, isMainHeading }: ArticleBlockProps) {
  const content = segmented.segments.map((segment) => {
    const slice = text.slice(segment.start, segment.end);
    if (segment.layers.length === 0) return slice;
    // The run where a finding begins is its keyboard stop; focusing it opens the explanation popover.
    const opensFinding = segment.findingIndexes.some((index) => findings[index]!.start === segment.start);
    return (
      <mark
        key={segment.start}
        className={highlightClassList(segment.layers)}
        data-layers={segment.layers.join(' ')}
        data-finding-ids={segment.findingIndexes.map((index) => findingId(findings[index]!, index)).join(' ')}
        data-sr-label={markSpokenLabel(segment.layers)}
        tabIndex={opensFinding ? 0 : undefined}
      >
        {slice}
      </mark>
    );
  });

  switch (segmented.block.kind) {
    case 'heading':
      return isMainHeading ? <h1 className="block-heading">{content}</h1> : <h2 className="block-heading">{content}</h2>;
    case 'caption':
      return (
        <figure className="block-caption">
          <figcaption>{content}</figcaption>
        </figure>
      );
    case 'blockquote':
      return (
        <blockquote className="block-quote">
          <p>{content}</p>
        </blockquote>
      );
    case 'list-item':
      return <li className="block-list-item">{content}</li>;
    case 'dateline':
      return <p className="block-dateline">{content}</p>;
    case 'byline':
      return <p className="block-byline">{content}</p>;
    case 'paragraph':
      return <p className="block-paragraph">{content}</p>;
  }
}
