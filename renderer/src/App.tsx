import { useCallback, useEffect, useState } from 'react';
import type { ExportResult, MenuCommand, SourcelightApi } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import type { LayerId } from '../../shared/model/layers';
import type { LoadResult } from '../../shared/model/load-result';
import { AlertBanner } from './components/AlertBanner';
import { ArticleSurface } from './components/ArticleSurface';
import { Legend } from './components/Legend';
import { Toolbar } from './components/Toolbar';
import { Welcome } from './components/Welcome';
import { useArticleAnalysis } from './hooks/use-article-analysis';
import { useFileDrop } from './hooks/use-file-drop';
import { useLayerShortcuts } from './hooks/use-layer-shortcuts';
import { useLayerVisibility } from './hooks/use-layer-visibility';

/** Props of the application: the bridge is passed in so tests can hand it a fake. */
export interface AppProps {
  readonly api: SourcelightApi;
}

const MENU_LAYER_TOGGLES: Readonly<Partial<Record<MenuCommand, LayerId>>> = {
  'toggle-layer-state-media': 'state-media',
  'toggle-layer-quote': 'quote',
  'toggle-layer-unverified': 'unverified',
};

/** The reader: welcome screen until an article opens, then the marked-up article with its legend. */
export function App({ api }: AppProps) {
  const [article, setArticle] = useState<Article | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const analysis = useArticleAnalysis(article);
  const layers = useLayerVisibility();
  const { toggle, visibleLayers } = layers;

  const showLoadResult = useCallback((result: LoadResult | null) => {
    if (result === null) return;
    if (result.ok) {
      setArticle(result.article);
      setAlert(null);
      setExportNote(null);
    } else {
      // A failed open never replaces what the reader is looking at.
      setAlert(result.error.message);
    }
  }, []);

  const reportFailure = useCallback((error: unknown) => {
    setAlert(error instanceof Error ? error.message : String(error));
  }, []);

  const openWithDialog = useCallback(() => {
    api.openArticleDialog().then(showLoadResult, reportFailure);
  }, [api, showLoadResult, reportFailure]);

  const openDropped = useCallback(
    (file: File) => {
      api.openDroppedFile(file).then(showLoadResult, reportFailure);
    },
    [api, showLoadResult, reportFailure],
  );

  const showExportResult = useCallback((result: ExportResult) => {
    if (result.status === 'written') {
      setExportNote(`Exported to ${result.path}`);
      setAlert(null);
    } else if (result.status === 'failed') {
      setExportNote(null);
      setAlert(result.message);
    }
  }, []);

  const exportHtml = useCallback(() => {
    api.exportHtml({ visibleLayers }).then(showExportResult, reportFailure);
  }, [api, visibleLayers, showExportResult, reportFailure]);

  useLayerShortcuts(toggle);
  const dragging = useFileDrop(openDropped);

  useEffect(() => api.onArticleOpened(showLoadResult), [api, showLoadResult]);

  useEffect(() => {
    document.title = article ? `${article.title?.trim() || article.sourceName} · Sourcelight` : 'Sourcelight';
  }, [article]);

  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'export-html') {
          exportHtml();
          return;
        }
        const layer = MENU_LAYER_TOGGLES[command];
        if (layer) toggle(layer);
      }),
    [api, exportHtml, toggle],
  );

  return (
    <div className="app" data-dragging={dragging || undefined}>
      <Toolbar
        sourceName={article?.sourceName ?? null}
        canExport={article !== null}
        onOpen={openWithDialog}
        onExport={exportHtml}
      />
      {alert !== null && <AlertBanner message={alert} onDismiss={() => setAlert(null)} />}
      <p className="status-note" role="status">
        {exportNote}
      </p>
      <main className="app-main">
        {analysis ? (
          <div className="reader-layout">
            <div className="reader-column">
              {analysis.article.notices.length > 0 && (
                <ul className="article-notices" aria-label="Notes from loading">
                  {analysis.article.notices.map((notice) => (
                    <li key={notice}>{notice}</li>
                  ))}
                </ul>
              )}
              <ArticleSurface analysis={analysis} hiddenLayers={layers.hidden} />
            </div>
            <aside className="reader-sidebar" aria-label="Highlight layers">
              <Legend counts={analysis.counts} hidden={layers.hidden} onSetVisible={layers.setVisible} />
            </aside>
          </div>
        ) : (
          <Welcome onOpen={openWithDialog} />
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop to open the article</p>
        </div>
      )}
    </div>
  );
}
