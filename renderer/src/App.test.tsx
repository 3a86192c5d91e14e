// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportRequest, ExportResult, MenuCommand, SourcelightApi } from '../../shared/ipc/contract';
import { assembleBlocks, type Article } from '../../shared/model/article';
import type { Finding } from '../../shared/model/finding';
import type { LoadResult } from '../../shared/model/load-result';
import { App } from './App';
import type { ArticleBlockProps } from './components/ArticleBlock';

const counters = vi.hoisted(() => ({ blockRenders: 0, analyses: 0, findings: [] as unknown[] }));

// The engine is other modules' business; here it returns the findings each test chooses.
vi.mock('../../shared/engine/analyze', () => ({ analyze: () => counters.findings }));

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
    { layer: 'state-media', ...at('The state broadcaster Radio Example'), ruleId: 'test/state', message: 'A state broadcaster is the source.', outlet: 'Radio Example' },
    { layer: 'quote', ...quote, ruleId: 'test/quote', message: 'These are presented as exact words.' },
    { layer: 'unverified', ...at('the pier would reopen, “by the first of May,” officials allegedly promised'), ruleId: 'test/unverified', message: 'The article does not vouch for this.', cue: 'allegedly', cueKind: 'hearsay-adverb' },
  ];
}

/** A bridge the test drives: dialogs answer what the test queued, events fire on demand. */
function fakeApi() {
  const opened = new Set<(result: LoadResult) => void>();
  const menu = new Set<(command: MenuCommand) => void>();
  const openAnswers: (LoadResult | null)[] = [];
  const exports: ExportRequest[] = [];
  let exportAnswer: ExportResult = { status: 'cancelled' };
  const api: SourcelightApi = {
    openArticleDialog: async () => openAnswers.shift() ?? null,
    openDroppedFile: async () => ({ ok: false, error: { code: 'unreadable', message: 'no drops here' } }),
    exportHtml: async (request) => {
      exports.push(request);
      return exportAnswer;
    },
    onArticleOpened: (listener) => {
      opened.add(listener);
      return () => void opened.delete(listener);
    },
    onMenuCommand: (listener) => {
      menu.add(listener);
      return () => void menu.delete(listener);
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

  it('renders each highlight as a mark carrying its layers, finding ids and messages', async () => {
    await mountWithArticle(fakeApi());
    const marks = [...readingRoot().querySelectorAll('mark')];
    expect(marks.map((mark) => `${mark.dataset.layers} | ${mark.dataset.findingIds} | ${mark.textContent}`)).toEqual([
      'state-media | state-media-0 | The state broadcaster Radio Example',
      'unverified | unverified-2 | the pier would reopen, ',
      'quote unverified | quote-1 unverified-2 | “by the first of May,”',
      'unverified | unverified-2 |  officials allegedly promised',
    ]);
    expect(marks[2]!.className).toBe('sl-hl sl-hl-quote sl-hl-unverified');
    expect(marks[2]!.title).toBe('Direct quotes: These are presented as exact words.\nUnverified claims: The article does not vouch for this.');
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
    expect(readingRoot().getAttributeNames().filter((name) => name.startsWith('data-hide-'))).toEqual(['data-hide-unverified']);
  });

  it('toggles layers from menu commands', async () => {
    const bridge = fakeApi();
    await mountWithArticle(bridge);
    act(() => bridge.emitMenu('toggle-layer-quote'));
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

  it('exports with the visible layers and says where the file went, and nothing on cancel', async () => {
    const bridge = fakeApi();
    await mountWithArticle(bridge);
    press('2');
    const exportButton = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Export HTML')!;
    await act(async () => exportButton.click());
    expect(bridge.exports.at(-1)).toEqual({ visibleLayers: ['state-media', 'unverified'] });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
    expect(container.querySelector('[role="alert"]')).toBeNull();

    bridge.answerExport({ status: 'written', path: '/tmp/pier-sourcelight.html' });
    await act(async () => exportButton.click());
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Exported to /tmp/pier-sourcelight.html');

    bridge.answerExport({ status: 'failed', message: 'The disk is full.' });
    await act(async () => bridge.emitMenu('export-html'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('The disk is full.');
  });
});
