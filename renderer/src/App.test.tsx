// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Correction } from '../../shared/model/correction';
import { DEFAULT_READING_SETTINGS, type ReaderSettings } from '../../shared/model/settings';
import type { MenuCommand, SourcelightApi } from '../../shared/ipc/contract';
import type { ExportFormat } from '../../shared/model/export-format';
import type { ExportResult } from '../../shared/model/export-format';
import { assembleBlocks, type Article } from '../../shared/model/article';
import type { Finding } from '../../shared/model/finding';
import { LAYER_IDS } from '../../shared/model/layers';
import type { LoadResult } from '../../shared/model/load-result';
import { App } from './App';
import type { ArticleBlockProps } from './components/ArticleBlock';

const counters = vi.hoisted(() => ({ blockRenders: 0, analyses: 0, findings: [] as unknown[] }));

// The engine is other modules' business; here it returns the findings each test chooses.
vi.mock('../../shared/engine/analyze', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../shared/engine/analyze')>()),
  analyze: () => counters.findings,
}));

vi.mock('./lib/article-analysis', async (importOriginal) => {
  const real = await importOriginal<typeof import('./lib/article-analysis')>();
  return {
    ...real,
    analyzeArticle: (article: Article) => {
      counters.analyses += 1;
      return real.analyzeArticle(article);
    },
  };
});

vi.mock('./components/ArticleBlock', async (importOriginal) => {
  const real = await importOriginal<typeof import('./components/ArticleBlock')>();
  return {
    ArticleBlock: (props: ArticleBlockProps) => {
      counters.blockRenders += 1;
      return createElement(real.ArticleBlock, props);
    },
  };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HEADLINE = 'Harbour council votes to rebuild the old pier';
const LEAD = 'The state broadcaster Radio Example said the pier would reopen, “by the first of May,” officials allegedly promised.';

function sampleArticle(sourceName = 'pier.txt'): Article {
  const { text, blocks } = assembleBlocks([
    { kind: 'heading', text: HEADLINE },
    { kind: 'dateline', text: 'PORT EXAMPLE' },
    { kind: 'paragraph', text: LEAD },
    { kind: 'list-item', text: 'First point' },
    { kind: 'list-item', text: 'Second point' },
    { kind: 'caption', text: 'The pier at low tide.' },
  ]);
  return { text, blocks, title: HEADLINE, site: 'Example Gazette', sourcePath: `/tmp/${sourceName}`, sourceName, format: 'txt', stripped: [], notices: [] };
}

function findingsFor(article: Article): Finding[] {
  const at = (needle: string): { start: number; end: number; text: string } => {
    const start = article.text.indexOf(needle);
    return { start, end: start + needle.length, text: needle };
  };
  const quote = at('“by the first of May,”');
  return [
    {
      layer: 'state-media',
      ...at('The state broadcaster Radio Example'),
      ruleId: 'test/state',
      message: 'A state broadcaster is the source.',
      outlet: 'Radio Example',
    },
    { layer: 'quote', ...quote, ruleId: 'test/quote', message: 'These are presented as exact words.' },
    {
      layer: 'unverified',
      ...at('the pier would reopen, “by the first of May,” officials allegedly promised'),
      ruleId: 'test/unverified',
      message: 'The article does not vouch for this.',
      cue: 'allegedly',
      cueKind: 'hearsay-adverb',
    },
  ];
}

/** A bridge the test drives: dialogs answer what the test queued, events fire on demand. */
function fakeApi() {
  const opened = new Set<(result: LoadResult) => void>();
  const menu = new Set<(command: MenuCommand) => void>();
  const openAnswers: (LoadResult | null)[] = [];
  const exports: ExportFormat[] = [];
  const exportListeners = new Set<(result: ExportResult) => void>();
  let exportAnswer: ExportResult = { status: 'cancelled' };
  const settingsListeners = new Set<(settings: ReaderSettings) => void>();
  let settings: ReaderSettings = {
    visibleLayers: LAYER_IDS,
    typologies: ['SC', 'CaPu', 'CaPr'],
    theme: 'system',
    zoomLevel: 0,
    findingsPanelOpen: true,
    reading: DEFAULT_READING_SETTINGS,
  };
  let corrections: readonly Correction[] = [];
  const api: SourcelightApi = {
    getCorrections: async () => corrections,
    saveCorrections: async (next) => {
      corrections = next;
      return corrections;
    },
    exportCorrections: async () => ({ status: 'cancelled' }),
    openArticleDialog: async () => openAnswers.shift() ?? null,
    openDroppedFile: async () => ({ ok: false, error: { code: 'unreadable', message: 'no drops here' } }),
    exportArticle: async (format) => {
      exports.push(format);
      return exportAnswer;
    },
    onArticleOpened: (listener) => {
      opened.add(listener);
      return () => void opened.delete(listener);
    },
    openSampleArticle: async () => ({ ok: false, error: { code: 'not-found', message: 'no sample here' } }),
    listRecentFiles: async () => [],
    openRecentFile: async () => ({ ok: false, error: { code: 'not-found', message: 'no recent files here' } }),
    getSettings: async () => settings,
    updateSettings: async (change) => {
      settings = { ...settings, ...change };
      return settings;
    },
    openExternalLink: async () => false,
    onMenuCommand: (listener) => {
      menu.add(listener);
      return () => void menu.delete(listener);
    },
    onSettingsChanged: (listener) => {
      settingsListeners.add(listener);
      return () => void settingsListeners.delete(listener);
    },
    onExportFinished: (listener) => {
      exportListeners.add(listener);
      return () => void exportListeners.delete(listener);
    },
  };
  return {
    api,
    exports,
    queueOpen: (result: LoadResult | null) => openAnswers.push(result),
    answerExport: (result: ExportResult) => {
      exportAnswer = result;
    },
    emitOpened: (result: LoadResult) => opened.forEach((listener) => listener(result)),
    emitMenu: (command: MenuCommand) => menu.forEach((listener) => listener(command)),
    emitExportFinished: (result: ExportResult) => exportListeners.forEach((listener) => listener(result)),
    emitSettings: (change: Partial<ReaderSettings>) => {
      settings = { ...settings, ...change };
      settingsListeners.forEach((listener) => listener(settings));
    },
  };
}

let container: HTMLElement;
let root: Root;

async function flush(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
  });
}

async function mountWithArticle(bridge: ReturnType<typeof fakeApi>, article = sampleArticle()): Promise<void> {
  counters.findings = findingsFor(article);
  await act(async () => root.render(createElement(App, { api: bridge.api })));
  await act(async () => bridge.emitOpened({ ok: true, article }));
}

function readingRoot(): HTMLElement {
  return container.querySelector<HTMLElement>('article.sl-article')!;
}

function checkbox(label: string): HTMLInputElement {
  const item = [...container.querySelectorAll('.legend-item')].find((element) => element.textContent?.includes(label))!;
  return item.querySelector('input')!;
}

function press(key: string, target: EventTarget = window): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

beforeEach(() => {
  counters.blockRenders = 0;
  counters.analyses = 0;
  counters.findings = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the reader', () => {
  it('shows the welcome screen until an article opens', async () => {
    const bridge = fakeApi();
    await act(async () => root.render(createElement(App, { api: bridge.api })));
    expect(container.querySelector('.welcome')?.textContent).toContain('Open article…');
    expect(container.textContent).toContain('drop an article file anywhere in this window');
    expect(readingRoot()).toBeNull();
  });

  it('opens the article the dialog returns', async () => {
    const bridge = fakeApi();
    counters.findings = [];
    bridge.queueOpen({ ok: true, article: sampleArticle('harbour.txt') });
    await act(async () => root.render(createElement(App, { api: bridge.api })));
    const open = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Open article…')!;
    await act(async () => open.click());
    await flush();
    expect(container.querySelector('.toolbar-file')?.textContent).toBe('harbour.txt');
    expect(readingRoot().textContent).toContain(LEAD);
  });

  it('renders each highlight as a mark carrying its layers and finding ids, a keyboard stop where each finding starts, only the first in the Tab order', async () => {
    await mountWithArticle(fakeApi());
    const marks = [...readingRoot().querySelectorAll('mark')];
    expect(marks.map((mark) => `${mark.dataset.layers} | ${mark.dataset.findingIds} | ${mark.textContent}`)).toEqual([
      'state-media | state-media-0 | The state broadcaster Radio Example',
      'unverified | unverified-2 | the pier would reopen, ',
      'quote unverified | quote-1 unverified-2 | “by the first of May,”',
      'unverified | unverified-2 |  officials allegedly promised',
    ]);
    expect(marks[2]!.className).toBe('sl-hl sl-hl-quote sl-hl-unverified');
    expect(marks.map((mark) => mark.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', null]);
    // The popover explains a highlight; a native tooltip on top of it would only get in the way.
    expect(marks.some((mark) => mark.hasAttribute('title'))).toBe(false);
  });

  it('lays blocks out by kind: the headline as h1, a dateline, one list, a figure caption', async () => {
    await mountWithArticle(fakeApi());
    const article = readingRoot();
    expect(article.querySelector('h1')?.textContent).toBe(HEADLINE);
    expect(article.querySelector('.block-dateline')?.textContent).toBe('PORT EXAMPLE');
    expect(article.querySelectorAll('ul')).toHaveLength(1);
    expect([...article.querySelectorAll('ul > li')].map((item) => item.textContent)).toEqual(['First point', 'Second point']);
    expect(article.querySelector('figure > figcaption')?.textContent).toBe('The pier at low tide.');
    expect(article.querySelector('.article-meta')?.textContent).toBe('Example Gazette');
  });

  it('keeps links with their words (target on hover, opened only through the confirming bridge), holds image places and shows a fact-check card', async () => {
    const base = sampleArticle('check.html');
    const linked = 'Radio Example';
    const start = base.text.indexOf(linked);
    const article: Article = {
      ...base,
      links: [{ start, end: start + linked.length, href: 'https://radio.example/pier' }],
      figures: [{ beforeBlock: 5, alt: 'The pier at low tide, seen from the quay' }],
      claimReview: { claim: 'The pier was sold.', claimant: 'A. Poster', verdict: 'False', reviewer: 'Example Check' },
    };
    const bridge = fakeApi();
    const asked: string[] = [];
    const api: SourcelightApi = { ...bridge.api, openExternalLink: async (url) => (asked.push(url), false) };
    counters.findings = findingsFor(article);
    await act(async () => root.render(createElement(App, { api })));
    await act(async () => bridge.emitOpened({ ok: true, article }));
    const link = readingRoot().querySelector<HTMLAnchorElement>('a.article-link')!;
    expect(link.textContent).toBe(linked);
    expect(link.title).toBe('https://radio.example/pier');
    // The state-media highlight runs across the link's edge: cut there, same words, same finding.
    expect(link.querySelector('mark')?.dataset.findingIds).toBe('state-media-0');
    expect(readingRoot().textContent).toContain(LEAD);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(async () => link.dispatchEvent(click));
    expect(click.defaultPrevented).toBe(true);
    expect(asked).toEqual(['https://radio.example/pier']);
    const placeholder = readingRoot().querySelector('.image-placeholder')!;
    expect(placeholder.textContent).toContain('The pier at low tide, seen from the quay');
    expect(placeholder.nextElementSibling?.querySelector('figcaption')?.textContent).toBe('The pier at low tide.');
    expect(readingRoot().querySelector('img')).toBeNull();
    const card = readingRoot().querySelector('.claim-card')!;
    expect([...card.querySelectorAll('dd')].map((item) => item.textContent)).toEqual(['The pier was sold.', 'A. Poster', 'False', 'Example Check']);
  });

  it('counts findings per layer in the legend', async () => {
    await mountWithArticle(fakeApi());
    const counts = [...container.querySelectorAll('.legend-item')].map(
      (item) => `${item.getAttribute('data-layer')}=${item.querySelector('.legend-count')?.textContent}`,
    );
    expect(counts).toEqual(['state-media=1', 'quote=1', 'unverified=1']);
  });

  it('hides a layer with an attribute on the reading root, without re-analysing or re-rendering the article', async () => {
    await mountWithArticle(fakeApi());
    const analyses = counters.analyses;
    const blockRenders = counters.blockRenders;
    const firstMark = readingRoot().querySelector('mark');
    expect(analyses).toBeGreaterThan(0);

    act(() => checkbox('Direct quotes').click());
    expect(readingRoot().hasAttribute('data-hide-quote')).toBe(true);
    expect(checkbox('Direct quotes').checked).toBe(false);
    press('1');
    expect(readingRoot().hasAttribute('data-hide-state-media')).toBe(true);
    press('1');
    act(() => checkbox('Direct quotes').click());
    expect(readingRoot().hasAttribute('data-hide-state-media')).toBe(false);
    expect(readingRoot().hasAttribute('data-hide-quote')).toBe(false);

    expect(counters.analyses).toBe(analyses);
    expect(counters.blockRenders).toBe(blockRenders);
    expect(readingRoot().querySelector('mark')).toBe(firstMark);
  });

  it('toggles layers with keys 1 to 3 but not while typing in a text field or with a modifier', async () => {
    await mountWithArticle(fakeApi());
    press('3');
    expect(readingRoot().hasAttribute('data-hide-unverified')).toBe(true);
    const field = document.createElement('input');
    document.body.append(field);
    press('3', field);
    expect(readingRoot().hasAttribute('data-hide-unverified')).toBe(true);
    field.remove();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', ctrlKey: true, bubbles: true }));
    });
    expect(readingRoot().hasAttribute('data-hide-quote')).toBe(false);
    press('4');
    expect(
      readingRoot()
        .getAttributeNames()
        .filter((name) => name.startsWith('data-hide-')),
    ).toEqual(['data-hide-unverified']);
  });

  it('follows a layer toggled in main (the View menu), as main broadcasts the settings', async () => {
    const bridge = fakeApi();
    await mountWithArticle(bridge);
    act(() => bridge.emitSettings({ visibleLayers: ['state-media', 'unverified'] }));
    expect(readingRoot().hasAttribute('data-hide-quote')).toBe(true);
  });

  it('keeps the article and shows the error when another file fails to open', async () => {
    const bridge = fakeApi();
    await mountWithArticle(bridge);
    act(() => bridge.emitOpened({ ok: false, error: { code: 'not-found', message: 'There is no file at /tmp/gone.txt.' } }));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('There is no file at /tmp/gone.txt.');
    expect(readingRoot().textContent).toContain(LEAD);
    expect(container.querySelector('.toolbar-file')?.textContent).toBe('pier.txt');
  });

  it('asks main for an HTML export (main holds the layers) and says where the file went, and nothing on cancel', async () => {
    const bridge = fakeApi();
    await mountWithArticle(bridge);
    press('2');
    const exportButton = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Export HTML')!;
    await act(async () => exportButton.click());
    expect(bridge.exports).toEqual(['html']);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
    expect(container.querySelector('[role="alert"]')).toBeNull();

    bridge.answerExport({ status: 'written', path: '/tmp/pier-sourcelight.html' });
    await act(async () => exportButton.click());
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Exported to /tmp/pier-sourcelight.html');

    // A menu export runs in main, which tells the reader its outcome.
    await act(async () => bridge.emitExportFinished({ status: 'failed', message: 'The disk is full.' }));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('The disk is full.');
  });
});

describe('the findings panel, popovers and settings', () => {
  function panelEntries(): HTMLButtonElement[] {
    return [...container.querySelectorAll<HTMLButtonElement>('.findings-panel button.finding-entry')];
  }

  it('lists each finding under its layer and outlet or speaker, and reveals one when clicked', async () => {
    await mountWithArticle(fakeApi());
    const groups = [...container.querySelectorAll('.findings-layer')].map(
      (section) =>
        `${section.getAttribute('data-layer')}: ${[...section.querySelectorAll('.findings-subgroup-title')].map((title) => title.textContent).join(' / ')}`,
    );
    expect(groups).toEqual(['state-media: Radio Example · 1', 'quote: Speaker not named · 1', 'unverified: A word that passes on hearsay · 1']);
    const quoteEntry = panelEntries().find((entry) => entry.textContent === '“by the first of May,”')!;
    act(() => quoteEntry.click());
    expect(document.activeElement?.textContent).toBe('“by the first of May,”');
    expect(document.activeElement?.hasAttribute('data-flash')).toBe(true);
    expect(quoteEntry.getAttribute('aria-current')).toBe('true');
  });

  it('steps with n and p through the findings of visible layers only', async () => {
    await mountWithArticle(fakeApi());
    press('2');
    press('n');
    expect(document.activeElement?.textContent).toBe('The state broadcaster Radio Example');
    press('n');
    expect(document.activeElement?.textContent).toBe('the pier would reopen, ');
    press('n');
    expect(document.activeElement?.textContent, 'wraps to the first').toBe('The state broadcaster Radio Example');
    press('p');
    expect(document.activeElement?.textContent).toBe('the pier would reopen, ');
  });

  it('explains a focused highlight in a popover that lists every layer covering it', async () => {
    await mountWithArticle(fakeApi());
    const overlap = [...readingRoot().querySelectorAll('mark')].find((mark) => mark.dataset.layers === 'quote unverified')!;
    act(() => overlap.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    const popover = container.querySelector('[role="tooltip"]')!;
    expect([...popover.querySelectorAll('.popover-layer')].map((layer) => layer.textContent)).toEqual(['AaDirect quotes', 'AaUnverified claims']);
    expect(popover.textContent).toContain('“allegedly”: the article passes this on without confirming it.');
    expect(overlap.getAttribute('aria-describedby')).toBe(popover.id);
    press('Escape');
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
  });

  it('sums up the sourcing above the findings', async () => {
    await mountWithArticle(fakeApi());
    const sentences = [...container.querySelectorAll('.summary-sentences li')].map((item) => item.textContent);
    expect(sentences).toContain('One state source: Radio Example (1 attribution).');
    expect(sentences).toContain('1 claim the article does not verify.');
  });

  it('starts from the saved settings and saves each change', async () => {
    const bridge = fakeApi();
    await bridge.api.updateSettings({ visibleLayers: ['state-media'], findingsPanelOpen: false, theme: 'dark' });
    await mountWithArticle(bridge);
    await flush();
    expect(readingRoot().hasAttribute('data-hide-quote')).toBe(true);
    expect(readingRoot().getAttribute('data-theme')).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(container.querySelector('.findings-panel')).toBeNull();

    press('2');
    await flush();
    expect((await bridge.api.getSettings()).visibleLayers).toEqual(['state-media', 'quote']);

    act(() => bridge.emitSettings({ theme: 'system', findingsPanelOpen: true }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(container.querySelector('.findings-panel')).not.toBeNull();
  });

  it('re-analyses when a typology is switched in the settings, but not for other settings', async () => {
    await mountWithArticle(fakeApi());
    const settingsButton = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Settings')!;
    act(() => settingsButton.click());
    const analyses = counters.analyses;
    const dark = container.querySelector<HTMLInputElement>('input[type="radio"][value="dark"]')!;
    await act(async () => dark.click());
    expect(counters.analyses).toBe(analyses);
    const ip = [...container.querySelectorAll('.settings-option')].find((label) => label.textContent?.endsWith('IP'))!.querySelector('input')!;
    await act(async () => ip.click());
    expect(counters.analyses).toBe(analyses + 1);
  });

  it('offers the sample and the recent files on the welcome screen, and shows stripped boilerplate on request', async () => {
    const bridge = fakeApi();
    const article = { ...sampleArticle('sample-article.txt'), stripped: [{ text: 'Share this article', reason: 'share prompt', beforeBlock: 2 }] };
    bridge.api.listRecentFiles = async () => [{ path: '/home/reader/news/pier.txt', name: 'pier.txt', openedAt: '2026-11-25T10:00:00Z' }];
    bridge.api.openSampleArticle = async () => ({ ok: true, article });
    await act(async () => root.render(createElement(App, { api: bridge.api })));
    await flush();
    expect(container.querySelector('.recent-entry')?.textContent).toBe('pier.txt/home/reader/news');
    const sample = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Try the sample article')!;
    await act(async () => sample.click());
    await flush();
    expect(container.querySelector('.toolbar-file')?.textContent).toBe('sample-article.txt');
    expect(container.querySelector('.stripped-control')?.textContent).toBe('1 passage hidden as boilerplate — show');
    act(() => container.querySelector<HTMLButtonElement>('.stripped-control button')!.click());
    const passage = readingRoot().querySelector('.stripped-passage')!;
    expect(passage.textContent).toContain('Share this article');
    expect(passage.nextElementSibling?.textContent, 'it stands where the loader found it').toBe(LEAD);
  });
});
