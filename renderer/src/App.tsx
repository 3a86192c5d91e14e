import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ExportResult } from '../../shared/model/export-format';
import type { SourcelightApi } from '../../shared/ipc/contract';
import type { ReaderSettings } from '../../shared/model/settings';
import type { RecentFile } from '../../shared/model/recent-file';
import type { Article } from '../../shared/model/article';
import type { LoadResult } from '../../shared/model/load-result';
import { describeArticle } from '../../shared/engine/article-meta';
import { summarizeSourcing } from '../../shared/summary/sourcing-summary';
import { AlertBanner } from './components/AlertBanner';
import { AddFindingBar } from './components/AddFindingBar';
import { FindBar } from './components/FindBar';
import { ArticleSurface } from './components/ArticleSurface';
import { FindingsPanel } from './components/FindingsPanel';
import { HelpPanel } from './components/HelpPanel';
import { Legend } from './components/Legend';
import { ReaderSidebar } from './components/ReaderSidebar';
import { SettingsPanel } from './components/SettingsPanel';
import { SourcingSummaryView } from './components/SourcingSummaryView';
import { Toolbar } from './components/Toolbar';
import { Welcome } from './components/Welcome';
import { useArticleAnalysis } from './hooks/use-article-analysis';
import { useCorrections } from './hooks/use-corrections';
import { applyCorrections } from '../../shared/model/correction';
import type { Finding } from '../../shared/model/finding';
import { buildAnalysis } from './lib/article-analysis';
import { useFileDrop } from './hooks/use-file-drop';
import { useFindingKeys } from './hooks/use-finding-keys';
import { isTypingTarget, useLayerShortcuts } from './hooks/use-layer-shortcuts';
import { useLayerVisibility } from './hooks/use-layer-visibility';
import { NARROW_LAYOUT_QUERY, useMediaQuery } from './hooks/use-media-query';
import { useReaderSettings } from './hooks/use-reader-settings';
import { groupFindings } from './lib/finding-groups';
import { stepFinding, type StepDirection } from './lib/finding-navigation';
import { marksOfFinding, revealFinding } from './lib/reveal-finding';
import { findingAtReadingPosition, isOnScreen } from './lib/reading-position';
import { markOpenRequested, useArticleHighlightedMark } from './lib/perf-marks';
import { ThemeContext } from './lib/theme-context';
import { hiddenLayerAttribute } from '../../shared/render/highlight-markup';
import { LanguagePicker } from './components/LanguagePicker';
import type { LanguageChoice } from '../../shared/engine/lang/detect-language';

const NO_FINDINGS: readonly Finding[] = [];

/** Props of the application: the bridge is passed in so tests can hand it a fake. */
export interface AppProps {
  readonly api: SourcelightApi;
}

/** How long after n or p a further press steps on from the finding it moved to: about a smooth scroll's length. */
const STEP_SETTLE_MS = 1200;

/** The reader: welcome screen until an article opens, then the marked-up article with its legend, summary and findings. */
export function App({ api }: AppProps) {
  const [article, setArticle] = useState<Article | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const [recentFiles, setRecentFiles] = useState<readonly RecentFile[]>([]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const [showStripped, setShowStripped] = useState(false);
  const [current, setCurrent] = useState<{ readonly analysis: unknown; readonly index: number } | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const narrow = useMediaQuery(NARROW_LAYOUT_QUERY);
  const [sheetOpen, setSheetOpen] = useState(false);
  const settingsState = useReaderSettings(api);
  const { settings, update: updateSettings } = settingsState;
  // The language the reader picked for this article; a newly opened article starts from detection.
  const [languagePick, setLanguagePick] = useState<{ readonly article: Article | null; readonly choice: LanguageChoice }>({ article: null, choice: 'auto' });
  const languageChoice = languagePick.article === article ? languagePick.choice : 'auto';
  const { analysis: engineAnalysis, pending, prepare: prepareAnalysis } = useArticleAnalysis(article, settings.typologies, languageChoice);
  useArticleHighlightedMark(engineAnalysis, pending);
  const reportError = useCallback((error: unknown) => setAlert(error instanceof Error ? error.message : String(error)), []);
  const correctionsState = useCorrections(api, article, reportError);
  const { corrections } = correctionsState;
  const corrected = useMemo(
    () => (engineAnalysis && corrections.length > 0 ? applyCorrections(engineAnalysis.article.text, engineAnalysis.findings, corrections) : null),
    [engineAnalysis, corrections],
  );
  // What the reader sees: the engine's findings with the reader's corrections applied.
  const analysis = useMemo(
    () => (engineAnalysis && corrected ? buildAnalysis(engineAnalysis.article, corrected.findings, engineAnalysis.language) : engineAnalysis),
    [engineAnalysis, corrected],
  );
  const layers = useLayerVisibility(settingsState, articleRef);
  const { toggle, visibleLayers, hidden } = layers;
  const currentIndex = current && current.analysis === analysis ? current.index : null;

  const publisher = useMemo(() => (analysis ? describeArticle(analysis.article).publisher : null), [analysis]);
  const summary = useMemo(
    () =>
      analysis
        ? summarizeSourcing(analysis.article.text, analysis.findings, {
            locale: navigator.language,
            language: analysis.language,
            publisher,
            typologies: settings.typologies,
            ...(corrected ? { corrections: corrected } : {}),
          })
        : null,
    [analysis, corrected, publisher, settings.typologies],
  );
  const groups = useMemo(() => (analysis ? groupFindings(analysis.findings) : []), [analysis]);

  const refreshRecent = useCallback(() => {
    api.listRecentFiles().then(setRecentFiles, () => undefined);
  }, [api]);

  const showLoadResult = useCallback(
    (result: LoadResult | null) => {
      if (result === null) return;
      if (result.ok) {
        prepareAnalysis(result.article);
        setArticle(result.article);
        setShowStripped(false);
        setAlert(null);
        setExportNote(null);
      } else {
        // A failed open never replaces what the reader is looking at.
        setAlert(result.error.message);
      }
    },
    [prepareAnalysis],
  );

  const reportFailure = useCallback((error: unknown) => {
    setAlert(error instanceof Error ? error.message : String(error));
  }, []);

  const openWithDialog = useCallback(() => {
    markOpenRequested();
    api.openArticleDialog().then(showLoadResult, reportFailure);
  }, [api, showLoadResult, reportFailure]);

  const openSample = useCallback(() => {
    api.openSampleArticle().then(showLoadResult, reportFailure);
  }, [api, showLoadResult, reportFailure]);

  const openRecent = useCallback(
    (path: string) => {
      api.openRecentFile(path).then(showLoadResult, reportFailure);
    },
    [api, showLoadResult, reportFailure],
  );

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

  // Main exports with the layers and typologies it holds in the settings; the format and the article's
  // language choice (which only the reader knows) travel with the request.
  const exportHtml = useCallback(() => {
    api.exportArticle('html', languageChoice).then(showExportResult, reportFailure);
  }, [api, languageChoice, showExportResult, reportFailure]);
  const exportCorrections = useCallback(() => {
    api.exportCorrections().then(showExportResult, reportFailure);
  }, [api, showExportResult, reportFailure]);
  const { markWrong: markFindingWrong } = correctionsState;
  const markWrong = useCallback(
    (index: number) => {
      const finding = analysis?.findings[index];
      if (finding) markFindingWrong(finding);
    },
    [analysis, markFindingWrong],
  );

  const { setVisible } = layers;
  const selectFinding = useCallback(
    (index: number) => {
      const finding = analysis?.findings[index];
      if (!analysis || !finding || !articleRef.current) return;
      // A finding on a hidden layer is shown again rather than revealed invisibly. The reading root's
      // attribute says what is hidden, so selecting stays one function across layer switches (the
      // panel's entries are memoised on it).
      if (articleRef.current.hasAttribute(hiddenLayerAttribute(finding.layer))) setVisible(finding.layer, true);
      setCurrent({ analysis, index });
      // The sheet covers the text on a narrow screen: the finding is what the reader asked to see.
      setSheetOpen(false);
      revealFinding(articleRef.current, finding, index);
    },
    [analysis, setVisible],
  );

  // The finding the last n or p moved to, and when: presses that come while its reveal still scrolls step on from
  // it, as the reader means, rather than from whatever the scrolling page shows at the top.
  const lastStep = useRef<{ readonly analysis: unknown; readonly index: number; readonly at: number } | null>(null);
  const step = useCallback(
    (direction: StepDirection) => {
      if (!analysis) return;
      const visible = new Set(visibleLayers);
      const root = articleRef.current;
      const topEdge = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
      const currentMark =
        root && currentIndex !== null ? root.querySelector(`mark[data-finding-ids~="${analysis.findings[currentIndex]?.layer}-${currentIndex}"]`) : null;
      const recent = lastStep.current;
      let next: number | null;
      if (recent && recent.analysis === analysis && performance.now() - recent.at < STEP_SETTLE_MS) {
        next = stepFinding(analysis.findings, visible, recent.index, direction);
      } else if (root && (currentMark === null || !isOnScreen(currentMark, Math.max(0, topEdge)))) {
        // The reader scrolled away from the last finding (or never chose one): start from where they are reading.
        const here = findingAtReadingPosition(root, analysis.findings, visible, Math.max(0, topEdge));
        next =
          here === null
            ? stepFinding(analysis.findings, visible, null, direction)
            : direction === 'next'
              ? here
              : stepFinding(analysis.findings, visible, here, 'previous');
      } else {
        next = stepFinding(analysis.findings, visible, currentIndex, direction);
      }
      if (next !== null) {
        lastStep.current = { analysis, index: next, at: performance.now() };
        selectFinding(next);
      }
    },
    [analysis, visibleLayers, currentIndex, selectFinding],
  );

  // The desktop side checks the address (http and https only) and asks the user before the browser opens it.
  const openLink = useCallback(
    (url: string) => {
      api.openExternalLink(url).catch(reportFailure);
    },
    [api, reportFailure],
  );

  // Highlights and panel entries light each other by an attribute on the DOM, so hovering re-renders nothing.
  const linkPanel = useCallback((indexes: readonly number[]) => {
    const panel = document.querySelector('.findings-panel');
    if (!panel) return;
    for (const entry of panel.querySelectorAll('[data-linked]')) entry.removeAttribute('data-linked');
    const entries = indexes.map((index) => panel.querySelector(`[data-finding-index="${index}"]`)).filter((entry): entry is Element => entry !== null);
    for (const entry of entries) entry.setAttribute('data-linked', '');
    if (entries[0] && !panel.closest('[hidden]')) entries[0].scrollIntoView?.({ block: 'nearest' });
  }, []);
  const linkText = useCallback(
    (index: number | null) => {
      const root = articleRef.current;
      if (!root) return;
      for (const mark of root.querySelectorAll('mark[data-linked]')) mark.removeAttribute('data-linked');
      const finding = index === null ? undefined : analysis?.findings[index];
      if (!finding || index === null) return;
      const marks = marksOfFinding(root, finding, index);
      for (const mark of marks) mark.setAttribute('data-linked', '');
      marks[0]?.scrollIntoView?.({ block: 'nearest' });
    },
    [analysis],
  );

  const setPanelOpen = useCallback((open: boolean) => updateSettings({ findingsPanelOpen: open }), [updateSettings]);
  const changeSettings = useCallback((change: Partial<ReaderSettings>) => updateSettings(change), [updateSettings]);
  const closeSheet = useCallback(() => {
    setSheetOpen(false);
    document.querySelector<HTMLElement>('[data-sheet-toggle]')?.focus();
  }, []);
  const closeHelp = useCallback((returnFocus: boolean) => {
    setHelpOpen(false);
    if (returnFocus) document.querySelector<HTMLElement>('[data-help-toggle]')?.focus();
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f' && articleRef.current) {
        event.preventDefault();
        setFindOpen(true);
        // A second Ctrl+F goes back to the field to type a new search.
        document.querySelector<HTMLInputElement>('.find-input')?.select();
        return;
      }
      if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      setHelpOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const closeSettings = useCallback((returnFocus: boolean) => {
    setSettingsOpen(false);
    if (returnFocus) document.querySelector<HTMLElement>('[data-settings-toggle]')?.focus();
  }, []);

  useLayerShortcuts(toggle);
  useFindingKeys(step);
  const dragging = useFileDrop(openDropped);

  useEffect(() => api.onArticleOpened(showLoadResult), [api, showLoadResult]);
  // The list is only shown on the welcome screen, so it is read whenever that screen appears.
  const onWelcome = article === null;
  useEffect(() => {
    if (onWelcome) refreshRecent();
  }, [onWelcome, refreshRecent]);

  useEffect(() => {
    document.title = article ? `${article.title?.trim() || article.sourceName} · Sourcelight` : 'Sourcelight';
  }, [article]);

  // The page itself follows a forced theme too (colours of the chrome, form controls, scrollbars).
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings.theme]);

  // Layer, panel and export items of the menu act in main; only these page-local commands arrive here.
  useEffect(
    () =>
      api.onMenuCommand((command) => {
        switch (command) {
          case 'close-article':
            return setArticle(null);
          case 'next-finding':
            return step('next');
          case 'previous-finding':
            return step('previous');
        }
      }),
    [api, step],
  );
  useEffect(() => api.onExportFinished(showExportResult), [api, showExportResult]);

  const strippedCount = analysis?.article.stripped.length ?? 0;
  return (
    <ThemeContext.Provider value={settings.theme}>
      <div className="app" data-dragging={dragging || undefined} data-layout={narrow ? 'narrow' : 'wide'}>
        {analysis && (
          <a className="skip-link" href="#reading-root">
            Skip to the article
          </a>
        )}
        <Toolbar
          sourceName={article?.sourceName ?? null}
          sourcePath={article?.sourcePath ?? null}
          narrow={narrow}
          sheetOpen={sheetOpen}
          onToggleSheet={() => setSheetOpen((open) => !open)}
          canExport={article !== null}
          findingsPanelOpen={settings.findingsPanelOpen}
          settingsOpen={settingsOpen}
          onOpen={openWithDialog}
          onExport={exportHtml}
          onToggleFindings={() => setPanelOpen(!settings.findingsPanelOpen)}
          onToggleSettings={() => setSettingsOpen((open) => !open)}
          helpOpen={helpOpen}
          onToggleHelp={() => setHelpOpen((open) => !open)}
        />
        {helpOpen && <HelpPanel onClose={closeHelp} />}
        {settingsOpen && <SettingsPanel settings={settings} onChange={changeSettings} onClose={closeSettings} />}
        {alert !== null && <AlertBanner message={alert} onDismiss={() => setAlert(null)} />}
        <p className="status-note" role="status">
          {exportNote}
        </p>
        <main className="app-main">
          {analysis ? (
            <div className="reader-layout" data-panel={settings.findingsPanelOpen ? 'open' : 'closed'}>
              <div
                className="reader-column"
                data-typeface={settings.reading.typeface}
                data-line-width={settings.reading.lineWidth}
                data-line-spacing={settings.reading.lineSpacing}
                data-paper={settings.reading.paper}
                style={{ '--reading-size': `${settings.reading.fontSize}px` } as CSSProperties}
              >
                {pending && (
                  <div className="analysis-progress" role="progressbar" aria-label="Analysing the article" aria-busy="true">
                    <span className="analysis-progress-bar" />
                    <span className="analysis-progress-text">Analysing the article…</span>
                  </div>
                )}
                {analysis.article.notices.length > 0 && (
                  <ul className="article-notices" aria-label="Notes from loading">
                    {analysis.article.notices.map((notice) => (
                      <li key={notice}>{notice}</li>
                    ))}
                  </ul>
                )}
                {strippedCount > 0 && (
                  <p className="stripped-control">
                    {strippedCount} {strippedCount === 1 ? 'passage' : 'passages'} hidden as boilerplate —{' '}
                    <button type="button" className="link-button" aria-pressed={showStripped} onClick={() => setShowStripped((shown) => !shown)}>
                      {showStripped ? 'hide' : 'show'}
                    </button>
                  </p>
                )}
                {summary?.publisherSentence && (
                  <p className="publisher-note" role="note">
                    {summary.publisherSentence}
                  </p>
                )}
                <LanguagePicker choice={languageChoice} used={analysis.language} onChoose={(choice) => setLanguagePick({ article, choice })} />
                {findOpen && <FindBar text={analysis.article.text} rootRef={articleRef} onClose={() => setFindOpen(false)} />}
                <AddFindingBar rootRef={articleRef} onAdd={correctionsState.addMissed} />
                <ArticleSurface
                  analysis={analysis}
                  hiddenLayers={hidden}
                  showStripped={showStripped}
                  rootRef={articleRef}
                  paper={settings.reading.paper}
                  onLink={linkPanel}
                  onOpenLink={openLink}
                />
              </div>
              <ReaderSidebar narrow={narrow} open={!narrow || sheetOpen} onClose={closeSheet}>
                <Legend counts={analysis.counts} hidden={hidden} onSetVisible={layers.setVisible} />
                {summary && !pending && <SourcingSummaryView summary={summary} locale={navigator.language} />}
                {(narrow || settings.findingsPanelOpen) && summary && !pending && (
                  <FindingsPanel
                    groups={groups}
                    hidden={hidden}
                    current={currentIndex}
                    onSelect={selectFinding}
                    findings={analysis.findings}
                    wrong={corrected?.wrong ?? NO_FINDINGS}
                    onMarkWrong={markWrong}
                    onUndo={correctionsState.undo}
                    onExportCorrections={exportCorrections}
                    onLink={linkText}
                  />
                )}
              </ReaderSidebar>
            </div>
          ) : (
            <Welcome recentFiles={recentFiles} onOpen={openWithDialog} onOpenSample={openSample} onOpenRecent={openRecent} />
          )}
        </main>
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop to open the article</p>
          </div>
        )}
      </div>
    </ThemeContext.Provider>
  );
}
