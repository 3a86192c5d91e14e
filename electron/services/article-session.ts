import type { ExportRequest, ExportResult } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import type { LoadResult } from '../../shared/model/load-result';
import type { Correction } from '../../shared/model/correction';
import { exportArticle } from './export-article';
import { loadArticleIsolated } from './loaders/isolated-load';

/**
 * The article a window is showing, as the main process knows it. Exports are made from this copy,
 * never from data the renderer sends, so the main handlers and the e2e browser bridge behave alike.
 */
export class ArticleSession {
  private current: Article | null = null;

  /** A session that opens files with `load`: by default in the isolated loader worker, with its limits. */
  constructor(private readonly load: (path: string) => Promise<LoadResult> = loadArticleIsolated) {}

  /** The article on screen, or null before the first successful open. */
  get article(): Article | null {
    return this.current;
  }

  /** Loads a file; on failure the current article stays as it was. */
  async open(path: string): Promise<LoadResult> {
    const result = await this.load(path);
    if (result.ok) this.current = result.article;
    return result;
  }

  /** Writes the current article to `destination` in the requested format (marked-up HTML unless told), with the reader's corrections. */
  async exportHtml(request: ExportRequest, destination: string, overwrite: boolean, exportedAt?: Date, corrections: readonly Correction[] = []): Promise<ExportResult> {
    if (!this.current) return { status: 'failed', message: 'Open an article before exporting it.' };
    return exportArticle(this.current, destination, {
      visibleLayers: request.visibleLayers,
      overwrite,
      ...(request.format ? { format: request.format } : {}),
      ...(request.typologies ? { typologies: request.typologies } : {}),
      ...(exportedAt ? { exportedAt } : {}),
      ...(corrections.length > 0 ? { corrections } : {}),
    });
  }
}
