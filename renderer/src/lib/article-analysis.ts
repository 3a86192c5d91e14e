import { analyze } from '../../../shared/engine/analyze';
import type { Article } from '../../../shared/model/article';
import type { Finding } from '../../../shared/model/finding';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';
import { segmentBlocks, type SegmentedBlock } from '../../../shared/render/segments';

/** Everything the reader shows about one article, computed once per opened article. */
export interface ArticleAnalysis {
  readonly article: Article;
  readonly findings: readonly Finding[];
  readonly blocks: readonly SegmentedBlock[];
  /** Number of findings on each layer, as the legend shows them. */
  readonly counts: Readonly<Record<LayerId, number>>;
}

/**
 * Runs the engine over an article and segments its blocks. Kept as the single entry point so moving
 * the engine into a Web Worker later changes this function and its hook, nothing else.
 */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const findings = analyze(article.text);
  const counts = Object.fromEntries(LAYER_IDS.map((layer) => [layer, 0])) as Record<LayerId, number>;
  for (const finding of findings) counts[finding.layer] += 1;
  return { article, findings, blocks: segmentBlocks(article.blocks, findings), counts };
}

/** A stable id for a finding, carrying its layer so the DOM can be counted per layer. */
export function findingId(finding: Finding, index: number): string {
  return `${finding.layer}-${index}`;
}
