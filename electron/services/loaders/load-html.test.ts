import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { loadArticleFile } from '../load-article';
import { buildHtmlArticle } from './load-html';

function blockTexts(article: Article): [string, string][] {
  return article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end)]);
}

function built(html: string): Article {
  const result = buildHtmlArticle(html, '/tmp/page.html');
  if ('code' in result) throw new Error(`expected an article, got ${result.code}`);
  return result;
}

const BODY = `
  <p>The library on Mill Street reopened on Saturday after a year of repairs to its roof, its windows and the old heating system in the basement.</p>
  <p>Volunteers carried the last boxes of books back onto the shelves on Friday evening, and the first readers arrived before the doors were unlocked.</p>`;

describe('buildHtmlArticle', () => {
  it("shows the page's own heading as the headline when the title only adds its sections, and a date line as a date", () => {
    const article = built(
      `<html><head><title>Mill Street library reopens after a year of repairs - Local - News</title></head><body><div><h2>Mill Street library reopens after a year of repairs</h2><p>Wednesday, January 09, 2008</p>${BODY}</div></body></html>`,
    );
    expect(article.title).toBe('Mill Street library reopens after a year of repairs');
    expect(blockTexts(article).slice(0, 2)).toEqual([
      ['heading', 'Mill Street library reopens after a year of repairs'],
      ['dateline', 'Wednesday, January 09, 2008'],
    ]);
  });

  it('sets above the story only the part of a "Tagline | Headline" title that the page shows', () => {
    const article = built(
      `<html><head><title>Mill Valley News Source for Weather, Traffic and Sports | Library reopens after a year of repairs</title></head><body><div><span class="hl">Library reopens after a year of repairs</span>${BODY}</div></body></html>`,
    );
    expect(article.text.startsWith('Library reopens after a year of repairs\n\n')).toBe(true);
    expect(article.text).not.toContain('Weather, Traffic');
  });

  it('sets no title above a story that opens with its own heading when the page never shows the title', () => {
    const article = built(
      `<html><head><title>Gazette Online: Your Source for Local News</title></head><body><div><h3>Library reopens after a year of repairs</h3>${BODY}</div></body></html>`,
    );
    expect(blockTexts(article)[0]).toEqual(['heading', 'Library reopens after a year of repairs']);
    expect(article.text).not.toContain('Your Source');
  });

  it('still sets a title the page shows outside the story above it', () => {
    const article = built(
      `<html><head><title>Library reopens after a year of repairs</title></head><body><div class="top"><b>Library reopens after a year of repairs</b></div><div>${BODY}</div></body></html>`,
    );
    expect(blockTexts(article)[0]).toEqual(['heading', 'Library reopens after a year of repairs']);
  });

  it('keeps the date line set under the headline in a header box that extraction drops', () => {
    const article = built(
      `<html><head><title>Library reopens after a year of repairs</title></head><body><div class="top"><h1>Library reopens after a year of repairs</h1><div class="timestampHeader">Mon Jan 14, 2008 11:16am EST</div></div><div class="article-body">${BODY}</div></body></html>`,
    );
    expect(blockTexts(article).slice(0, 2)).toEqual([
      ['heading', 'Library reopens after a year of repairs'],
      ['dateline', 'Mon Jan 14, 2008 11:16am EST'],
    ]);
  });

  it("does not take the site's name for the headline because the title begins with it", () => {
    const article = built(
      `<html><head><title>MillStreetGazette.com - Library reopens after a year of repairs</title></head><body><div><h2>MillStreetGazette.com</h2>${BODY}</div></body></html>`,
    );
    expect(article.title).not.toBe('MillStreetGazette.com');
  });

  it('reads the fixture page into headline, byline, paragraphs, caption, subheading, quote and list items', async () => {
    const result = await loadArticleFile(resolve(__dirname, 'fixtures/harbour-article.html'));
    if (!result.ok) throw new Error(result.error.message);
    const { article } = result;
    expect(blockTexts(article).map(([kind, text]) => `${kind}: ${text.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      'heading: Harbour cranes return to',
      'byline: By Mara Ellison',
      'paragraph: The container cranes at',
      'paragraph: Port engineers worked through',
      'caption: A crane lifts the',
      'heading: Backlog of ships',
      'paragraph: “We lost four working',
      'blockquote: The quay is safe',
      'paragraph: Among the ships waiting',
      'list-item: two feeder vessels with',
      'list-item: a tanker with heating',
      'list-item: and a ferry that',
      'paragraph: Local shipping agents said',
    ]);
    expect(article).toMatchObject({
      title: 'Harbour cranes return to work after storm',
      byline: 'Mara Ellison',
      site: 'The Coastal Ledger',
      date: '2026-03-14T08:30:00Z',
      format: 'html',
      sourceName: 'harbour-article.html',
    });
    expect(article.stripped).toEqual([{ text: 'Advertisement', reason: 'advertisement label', beforeBlock: 12 }]);
    for (const dropped of ['Home', 'Share on Facebook', 'Reader one', 'All rights reserved', 'Sign up to our newsletter']) {
      expect(article.text).not.toContain(dropped);
    }
  });

  it('reads a Unix timestamp given as the date as the moment it stands for, not as a number', () => {
    const html = `<html><head><title>Market day</title></head><body><article><h1>Market day</h1>
      <time datetime="1651035600">27/04/2022</time>${BODY}</article></body></html>`;
    expect(built(html).date).toBe('2022-04-27T05:00:00.000Z');
    const inMilliseconds = `<html><head><meta property="article:published_time" content="1651035600000"></head>
      <body><article>${BODY}</article></body></html>`;
    expect(built(inMilliseconds).date).toBe('2022-04-27T05:00:00.000Z');
  });

  it('adds the headline from the page metadata when the body has none, and reads JSON-LD in a @graph', () => {
    const html = `<html><head><title>Library reopens | Mill Street News</title>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Mill Street News"},
      {"@type":"NewsArticle","headline":"Library reopens after a year of repairs","datePublished":"2026-02-01",
       "author":[{"@type":"Person","name":"Ana Silva"},{"@type":"Person","name":"Tom Reyes"}],"publisher":{"name":"Mill Street News"}}]}</script>
      </head><body><article>${BODY}</article></body></html>`;
    const article = built(html);
    expect(blockTexts(article).slice(0, 2)).toEqual([
      ['heading', 'Library reopens after a year of repairs'],
      ['byline', 'Ana Silva, Tom Reyes'],
    ]);
    expect(article).toMatchObject({
      title: 'Library reopens after a year of repairs',
      byline: 'Ana Silva, Tom Reyes',
      site: 'Mill Street News',
      date: '2026-02-01',
    });
  });

  it('reports a page without an article body as no-article', () => {
    const html =
      '<html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav><form><button>Log in</button></form><p>Forgot your password?</p></body></html>';
    expect(buildHtmlArticle(html, '/tmp/login.html')).toEqual({ ok: false, code: 'no-article' });
  });

  it('keeps the words of links and emphasis, with no markup, in block text', () => {
    const article = built(
      `<html><body><article><p>The <em>new</em> roof was paid for by <a href="/fund">the town fund</a>, the council said in a statement on Monday afternoon to the press.</p>${BODY}</article></body></html>`,
    );
    expect(article.text).toContain('The new roof was paid for by the town fund, the council said');
  });
});

describe('a hostile page', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];
  let folder = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('/* nothing */');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    folder = mkdtempSync(join(tmpdir(), 'sourcelight-hostile-'));
  });

  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(folder, { recursive: true, force: true });
  });

  it('yields plain text blocks, runs no script and fetches nothing', async () => {
    const html = `<!doctype html><html><head>
      <meta http-equiv="refresh" content="0;url=${base}/refresh">
      <title>Library reopens</title>
      <link rel="stylesheet" href="${base}/style.css">
      <style>@import url("${base}/import.css"); body { background: url("${base}/background.png") }</style>
      <script src="${base}/remote.js"></script>
      <script>document.body.innerHTML = '<p>SCRIPT RAN</p>'; fetch('${base}/from-script');</script>
      </head><body onload="fetch('${base}/onload')">
      <article>
        <h1>Library reopens</h1>
        <p>The library on Mill Street reopened on Saturday <img src="${base}/pixel.png" onerror="fetch('${base}/onerror')">after a year of repairs to its roof and windows.</p>
        <p>Readers can <a href="javascript:fetch('${base}/link')">read the repair report</a> in the entrance hall, the librarian said on Friday evening.</p>
        <iframe src="${base}/frame"></iframe>
        <object data="${base}/object"></object>
        <video poster="${base}/poster.jpg" src="${base}/video.mp4"></video>
        <p>Volunteers carried the last boxes of books back onto the shelves, and the first readers arrived early.<script>fetch('${base}/inline')</script></p>
        <svg><script>fetch('${base}/svg')</script><text>SVG TEXT</text></svg>
      </article></body></html>`;
    const path = join(folder, 'hostile.html');
    writeFileSync(path, html);
    const result = await loadArticleFile(path);
    if (!result.ok) throw new Error(result.error.message);
    const { article } = result;

    expect(blockTexts(article)).toEqual([
      ['heading', 'Library reopens'],
      ['paragraph', 'The library on Mill Street reopened on Saturday after a year of repairs to its roof and windows.'],
      ['paragraph', 'Readers can read the repair report in the entrance hall, the librarian said on Friday evening.'],
      ['paragraph', 'Volunteers carried the last boxes of books back onto the shelves, and the first readers arrived early.'],
    ]);
    for (const trace of ['<', '>', 'javascript:', 'onerror', 'fetch(', 'SCRIPT RAN', 'SVG TEXT', base]) expect(article.text).not.toContain(trace);
    // Give any stray request time to arrive before checking that none did.
    await new Promise((done) => setTimeout(done, 300));
    expect(requests).toEqual([]);
  });
});

describe('headlines', () => {
  it('does not repeat a headline whose meta title only adds the site name', () => {
    const article = built(`<html><head><meta property="og:title" content="Library reopens after repairs | Mill Street News"></head>
      <body><article><h1>Library reopens after repairs</h1><p>By Ana Silva</p>${BODY}</article></body></html>`);
    expect(blockTexts(article).filter(([kind]) => kind === 'heading')).toEqual([['heading', 'Library reopens after repairs']]);
    expect(article.title).toBe('Library reopens after repairs');
  });

  it('drops the site name from a meta title when the page has no matching headline', () => {
    const article = built(`<html><head><meta property="og:title" content="Library reopens | Mill Street News">
      <meta property="og:site_name" content="Mill Street News"></head><body><article>${BODY}</article></body></html>`);
    expect(article.title).toBe('Library reopens');
    expect(blockTexts(article)[0]).toEqual(['heading', 'Library reopens']);
  });
});
