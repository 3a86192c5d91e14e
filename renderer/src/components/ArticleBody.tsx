import { memo, type ReactNode } from 'react';
import type { ArticleAnalysis } from '../lib/article-analysis';
import { articleHeaderInfo } from '../lib/article-header';
import { ArticleBlock } from './ArticleBlock';

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

  // Consecutive list items share one <ul> so the markup stays valid and screen readers count them.
  const rendered: ReactNode[] = [];
  let listItems: ReactNode[] = [];
  const flushList = (key: number): void => {
    if (listItems.length === 0) return;
    rendered.push(<ul key={`list-${key}`}>{listItems}</ul>);
    listItems = [];
  };
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
  blocks.forEach((segmented, index) => {
    const hiddenHere = strippedBefore(index);
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
      />
    );
    if (segmented.block.kind === 'list-item') {
      listItems.push(element);
    } else {
      flushList(index);
      rendered.push(element);
    }
  });
  flushList(blocks.length);
  rendered.push(...strippedBefore(blocks.length));

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
      {rendered}
    </>
  );
}

/** The marked-up article text, memoised on its analysis: hiding a layer re-renders none of it. */
export const ArticleBody = memo(ArticleBodyContent);
