import type { ReactNode } from 'react';
import type { ArticleLink } from '../../../shared/model/article';
import type { Finding } from '../../../shared/model/finding';
import { linkRuns } from '../../../shared/render/link-runs';
import type { Segment } from '../../../shared/render/segments';
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
  /** The article's links inside this block. */
  readonly links?: readonly ArticleLink[] | undefined;
}

/** One block of the article, its highlights rendered as `<mark>` runs straight from the segments. */
export function ArticleBlock({ text, segmented, findings, isMainHeading, links = [] }: ArticleBlockProps) {
  const renderSegment = (segment: Segment): ReactNode => {
    const slice = text.slice(segment.start, segment.end);
    if (segment.layers.length === 0) return slice;
    // The run where a finding begins is a keyboard stop; focusing it opens the explanation popover.
    const opensFinding = segment.findingIndexes.some((index) => findings[index]!.start === segment.start);
    return (
      <mark
        key={`mark-${segment.start}`}
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
  };
  // Links keep their words; the target shows on hover, and the surface asks before opening it outside the app.
  const content = linkRuns(segmented.segments, links).map((run) =>
    run.href === null ? (
      run.segments.map(renderSegment)
    ) : (
      <a key={`link-${run.segments[0]!.start}`} href={run.href} title={run.href} className="article-link" rel="noreferrer noopener">
        {run.segments.map(renderSegment)}
      </a>
    ),
  );

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
    case 'standfirst':
      return (
        <p className="block-standfirst" data-start={start}>
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
