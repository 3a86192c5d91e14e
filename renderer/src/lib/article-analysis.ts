import { analysisLanguage, analyze } from '../../../shared/engine/analyze';
import type { Language, LanguageChoice } from '../../../shared/engine/lang/detect-language';
import type { Article } from '../../../shared/model/article';
import type { Finding, Typology } from '../../../shared/model/finding';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import { segmentBlocks, type SegmentedBlock } from '../../../shared/render/segments';

/** Everything the reader shows about one article, computed once per opened article and typology choice. */
export interface ArticleAnalysis {
  readonly article: Article;
  readonly findings: readonly Finding[];
  readonly blocks: readonly SegmentedBlock[];
  /** Number of findings on each layer, as the legend shows them. */
  readonly counts: Readonly<Record<LayerId, number>>;
  /** The language pack the engine used: the article's language, shown as `lang` on the reading view. */
  readonly language: Language;
}

/** Segments and counts an article's findings, wherever the engine ran (worker or main thread). */
export function buildAnalysis(article: Article, findings: readonly Finding[], language: Language): ArticleAnalysis {
  const counts = Object.fromEntries(LAYER_IDS.map((layer) => [layer, 0])) as Record<LayerId, number>;
  for (const finding of findings) counts[finding.layer] += 1;
  return { article, findings, blocks: segmentBlocks(article.blocks, findings), counts, language };
}

/** The language an article is analysed in: the reader's choice, or the one detected in its text. */
export function articleLanguage(article: Article, choice: LanguageChoice = 'auto'): Language {
  return analysisLanguage(article.text, { language: choice, ...(article.lang ? { declaredLanguage: article.lang } : {}) });
}

/** Runs the engine over an article on this thread; the fallback where no Web Worker is available. */
export function analyzeArticle(article: Article, typologies?: readonly Typology[], choice: LanguageChoice = 'auto'): ArticleAnalysis {
  const language = articleLanguage(article, choice);
  const options = { language, ...(typologies ? { typologies } : {}), ...(article.outletAdditions ? { extraOutlets: article.outletAdditions } : {}) };
  return buildAnalysis(article, analyze(article.text, options), language);
}

/** A stable id for a finding, carrying its layer so the DOM can be counted per layer. */
export function findingId(finding: Finding, index: number): string {
  return `${finding.layer}-${index}`;
}
