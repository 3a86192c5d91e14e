import type { LanguageChoice } from '../../shared/engine/lang/detect-language';
import type { ExportFormat, ExportResult } from '../../shared/model/export-format';
import type { Typology } from '../../shared/model/finding';
import type { LayerId } from '../../shared/model/layers';
import type { Article } from '../../shared/model/article';
import type { LoadResult } from '../../shared/model/load-result';
import type { Correction } from '../../shared/model/correction';
import { exportArticle } from './export-article';
import { loadArticleIsolated } from './loaders/isolated-load';
import { readUserOutletsFile } from './user-outlets-file';

/** What an export shows: the layers and typologies (from the settings) and the format, HTML unless told. */
export interface ArticleExportChoice {
  readonly visibleLayers: readonly LayerId[];
  readonly format?: ExportFormat;
  readonly typologies?: readonly Typology[];
  /** The language pack the reader chose; detected from the text when absent or `auto`. */
  readonly language?: LanguageChoice | undefined;
}

/** The article with the user's outlets attached, and a notice for each entry of their file that was left out. */
function withUserOutlets(article: Article, path: string): Article {
  const read = readUserOutletsFile(path);
  if (!read.ok) return { ...article, notices: [...article.notices, `Your outlets were not used: ${read.message}`] };
  const notices = read.problems.map((problem) => `Your outlets file: ${problem}; that outlet was left out.`);
  return {
    ...article,
    ...(read.outlets.length > 0 ? { outletAdditions: read.outlets } : {}),
    notices: [...article.notices, ...notices],
  };
}

/**
 * The article a window is showing, as the main process knows it. Exports are made from this copy,
 * never from data the renderer sends, so the main handlers and the e2e browser bridge behave alike.
 */
export class ArticleSession {
  private current: Article | null = null;

  /**
   * A session that opens files with `load` (by default in the isolated loader worker, with its limits) and,
   * given `userOutletsPath`, reads the user's own outlets from it afresh for every article it opens.
   */
  constructor(
    private readonly load: (path: string) => Promise<LoadResult> = loadArticleIsolated,
    private readonly userOutletsPath?: string,
  ) {}

  /** The article on screen, or null before the first successful open. */
  get article(): Article | null {
    return this.current;
  }

  /** Loads a file; on failure the current article stays as it was. */
  async open(path: string): Promise<LoadResult> {
    const loaded = await this.load(path);
    if (!loaded.ok) return loaded;
    const result = this.userOutletsPath ? { ok: true as const, article: withUserOutlets(loaded.article, this.userOutletsPath) } : loaded;
    this.current = result.article;
    return result;
  }

  /** Writes the current article to `destination` in the requested format (marked-up HTML unless told), with the reader's corrections. */
  async exportArticle(
    request: ArticleExportChoice,
    destination: string,
    overwrite: boolean,
    exportedAt?: Date,
    corrections: readonly Correction[] = [],
  ): Promise<ExportResult> {
    if (!this.current) return { status: 'failed', message: 'Open an article before exporting it.' };
    return exportArticle(this.current, destination, {
      visibleLayers: request.visibleLayers,
      overwrite,
      ...(request.format ? { format: request.format } : {}),
      ...(request.typologies ? { typologies: request.typologies } : {}),
      ...(request.language ? { language: request.language } : {}),
      ...(exportedAt ? { exportedAt } : {}),
      ...(corrections.length > 0 ? { corrections } : {}),
    });
  }
}
