import { memo, type ReactNode } from 'react';
import type { ArticleAnalysis } from '../lib/article-analysis';
import type { ArticleFigure, ClaimReviewInfo } from '../../../shared/model/article';
import { linksByBlock } from '../../../shared/render/link-runs';
import { articleHeaderInfo } from '../lib/article-header';
import { ArticleBlock } from './ArticleBlock';
import { articleSections, type ArticleSection } from '../lib/article-sections';

/** A fact-check's reviewed claim, who made it and the verdict: what the page's ClaimReview data says. */
function ClaimCard({ review }: { readonly review: ClaimReviewInfo }) {
  return (
    <section className="claim-card" aria-label="Fact-check">
      <p className="claim-card-kicker">Fact-check</p>
      <dl>
        <dt>Claim</dt>
        <dd>{review.claim}</dd>
        {review.claimant && (
          <>
            <dt>Claimed by</dt>
            <dd>{review.claimant}</dd>
          </>
        )}
        {review.verdict && (
          <>
            <dt>Verdict</dt>
            <dd className="claim-card-verdict">{review.verdict}</dd>
          </>
        )}
        {review.reviewer && (
          <>
            <dt>Checked by</dt>
            <dd>{review.reviewer}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** An image as a placeholder: the reader never loads pictures from the web, so it shows what describes it. */
function FigurePlaceholder({ figure }: { readonly figure: ArticleFigure }) {
  return (
    <figure className="image-placeholder">
      <div className="image-placeholder-box" role="img" aria-label={figure.alt ? `Image not loaded: ${figure.alt}` : 'Image not loaded'}>
        <span className="image-placeholder-label">Image not loaded</span>
        {figure.alt && <span className="image-placeholder-alt">{figure.alt}</span>}
      </div>
    </figure>
  );
}

/** Props of the article body: the analysis only, so layer toggles never reach it. */
export interface ArticleBodyProps {
  readonly analysis: ArticleAnalysis;
  /** Whether the passages the loader stripped as boilerplate are shown, greyed and unanalysed. */
  readonly showStripped?: boolean;
}

function ArticleBodyContent({ analysis, showStripped = false }: ArticleBodyProps) {
  const { article, blocks, findings } = analysis;
  const header = articleHeaderInfo(article);
  const firstHeadingIndex = header.title ? -1 : blocks.findIndex((entry) => entry.block.kind === 'heading');
  const blockLinks = linksByBlock(article.blocks, article.links);
  const figures = article.figures ?? [];
  const figuresBefore = (index: number): ReactNode[] =>
    figures
      .map((figure, order) => (figure.beforeBlock === index ? <FigurePlaceholder key={`figure-${order}`} figure={figure} /> : null))
      .filter((node) => node !== null);

  const strippedBefore = (index: number): ReactNode[] =>
    showStripped
      ? article.stripped
          .filter((passage) => passage.beforeBlock === index)
          .map((passage, order) => (
            <aside key={`stripped-${index}-${order}`} className="stripped-passage" aria-label={`Hidden as boilerplate: ${passage.reason}`}>
              <p className="stripped-reason">Hidden as boilerplate · {passage.reason} · not analysed</p>
              <p className="stripped-text">{passage.text}</p>
            </aside>
          ))
      : [];

  const renderSection = (section: ArticleSection, last: boolean): ReactNode[] => {
    // Consecutive list items share one <ul> so the markup stays valid and screen readers count them.
    const rendered: ReactNode[] = [];
    let listItems: ReactNode[] = [];
    const flushList = (key: number): void => {
      if (listItems.length === 0) return;
      rendered.push(<ul key={`list-${key}`}>{listItems}</ul>);
      listItems = [];
    };
    for (let index = section.first; index < section.end; index++) {
      const segmented = blocks[index]!;
      const hiddenHere = [...strippedBefore(index), ...figuresBefore(index)];
      if (hiddenHere.length > 0) {
        flushList(index);
        rendered.push(...hiddenHere);
      }
      const element = (
        <ArticleBlock
          key={segmented.block.start}
          text={article.text}
          segmented={segmented}
          findings={findings}
          isMainHeading={index === firstHeadingIndex}
          links={blockLinks[index]}
        />
      );
      if (segmented.block.kind === 'list-item') {
        listItems.push(element);
      } else {
        flushList(index);
        rendered.push(element);
      }
    }
    flushList(section.end);
    if (last) rendered.push(...strippedBefore(blocks.length), ...figuresBefore(blocks.length));
    return rendered;
  };
  const sections = articleSections(blocks.map((entry) => entry.block));

  return (
    <>
      {(header.title || header.meta.length > 0) && (
        <header className="article-header">
          {header.title && <h1 className="article-title">{header.title}</h1>}
          {header.meta.length > 0 && (
            <p className="article-meta">
              {header.meta.map((item, index) => (
                <span key={index}>{item}</span>
              ))}
            </p>
          )}
        </header>
      )}
      {article.claimReview && <ClaimCard review={article.claimReview} />}
      {sections.map((section, order) => (
        <div
          key={section.textStart}
          className="article-section"
          data-text-start={section.textStart}
          data-text-end={section.textEnd}
          style={{ containIntrinsicSize: `auto ${section.estimatedLines}lh` }}
        >
          {renderSection(section, order === sections.length - 1)}
        </div>
      ))}
      {sections.length === 0 && [...strippedBefore(0), ...figuresBefore(0)]}
    </>
  );
}

/** The marked-up article text, memoised on its analysis: hiding a layer re-renders none of it. */
export const ArticleBody = memo(ArticleBodyContent);
