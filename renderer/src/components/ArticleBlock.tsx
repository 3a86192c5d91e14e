import type { Finding } from '../../../shared/model/finding';
import { highlightClassList } from '../../../shared/render/highlight-markup';
import type { SegmentedBlock } from '../../../shared/render/segments';
import { isReaderAdded } from '../../../shared/model/correction';
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
    // The run where a finding begins is a keyboard stop; focusing it opens the explanation popover.
    const opensFinding = segment.findingIndexes.some((index) => findings[index]!.start === segment.start);
    return (
      <mark
        key={segment.start}
        className={highlightClassList(segment.layers)}
        data-layers={segment.layers.join(' ')}
        data-finding-ids={segment.findingIndexes.map((index) => findingId(findings[index]!, index)).join(' ')}
        data-sr-label={markSpokenLabel(segment.layers)}
        data-reader-added={segment.findingIndexes.some((index) => isReaderAdded(findings[index]!)) || undefined}
        // One Tab stop for the whole article: the surface makes one stop 0 and the arrow keys move it (roving tabindex).
        data-stop={opensFinding || undefined}
        tabIndex={opensFinding ? -1 : undefined}
      >
        {slice}
      </mark>
    );
  });

  // The element holding the text says where it starts, so a selection maps back to offsets (corrections).
  const start = segmented.block.start;
  switch (segmented.block.kind) {
    case 'heading':
      return isMainHeading ? (
        <h1 className="block-heading" data-start={start}>
          {content}
        </h1>
      ) : (
        <h2 className="block-heading" data-start={start}>
          {content}
        </h2>
      );
    case 'caption':
      return (
        <figure className="block-caption">
          <figcaption data-start={start}>{content}</figcaption>
        </figure>
      );
    case 'blockquote':
      return (
        <blockquote className="block-quote">
          <p data-start={start}>{content}</p>
        </blockquote>
      );
    case 'list-item':
      return (
        <li className="block-list-item" data-start={start}>
          {content}
        </li>
      );
    case 'dateline':
      return (
        <p className="block-dateline" data-start={start}>
          {content}
        </p>
      );
    case 'byline':
      return (
        <p className="block-byline" data-start={start}>
          {content}
        </p>
      );
    case 'paragraph':
      return (
        <p className="block-paragraph" data-start={start}>
          {content}
        </p>
      );
  }
}
