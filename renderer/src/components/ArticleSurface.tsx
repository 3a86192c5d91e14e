import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, hiddenLayerAttribute } from '../../../shared/render/highlight-markup';
import type { ArticleAnalysis } from '../lib/article-analysis';
import { ArticleBody } from './ArticleBody';

/** Props of the reading root. */
export interface ArticleSurfaceProps {
  readonly analysis: ArticleAnalysis;
  readonly hiddenLayers: ReadonlySet<LayerId>;
}

/** The reading root: hidden layers are attributes here, read by the shared CSS, while the memoised body stays put. */
export function ArticleSurface({ analysis, hiddenLayers }: ArticleSurfaceProps) {
  const hideAttributes: Record<string, string> = {};
  for (const layer of LAYER_IDS) if (hiddenLayers.has(layer)) hideAttributes[hiddenLayerAttribute(layer)] = '';
  return (
    <article className={`${READER_ROOT_CLASS} reader-article`} aria-label={analysis.article.title ?? analysis.article.sourceName} {...hideAttributes}>
      <ArticleBody analysis={analysis} />
    </article>
  );
}
