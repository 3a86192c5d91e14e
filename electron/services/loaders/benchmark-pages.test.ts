// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { locateSnapshots, readExtractionManifest, readPinned } from '../../../eval/extraction/benchmark-source';
import { DEFAULT_MIRROR_ROOT } from '../../../scripts/real-corpus/source';
import { buildHtmlArticle } from './load-html';

// Pages of the L3S-GN1 extraction benchmark (fetched into the mirror; others' work, never committed).
// Where the snapshot is absent, as in CI, these skip.
const manifest = readExtractionManifest();
const { pages: gitDir } = locateSnapshots(manifest, DEFAULT_MIRROR_ROOT);
if (!gitDir) console.warn('Skipping the benchmark-page tests: the L3S-GN1 snapshot is not in the mirror (see eval/extraction/manifest.json).');

function benchmarkPage(id: string): string {
  const file = manifest.pages.files.find((page) => page.id === id);
  if (!file || !gitDir) throw new Error(`benchmark page ${id} is unavailable`);
  return readPinned(gitDir, manifest.pages.commit, [file.input]).get(file.input.path)!.toString('utf8');
}

describe.skipIf(!gitDir)('real benchmark pages', () => {
  it('hides the "From" a source credit leaves on its own line once its name is lifted out, revealable', () => {
    // Times Online, 2008: "From <span class=byline>Times Online</span>" above the headline.
    const article = buildHtmlArticle(benchmarkPage('64cc1937-f418-4cfe-bb98-113b1cdeffe2'), '/tmp/times-online.html');
    if ('code' in article) throw new Error(article.code);
    const texts = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(texts).not.toContain('From');
    expect(article.stripped).toContainEqual(expect.objectContaining({ text: 'From', reason: 'byline label' }));
    expect(texts.some((text) => text.startsWith('Joan Rivers made nominations day easy'))).toBe(true);
  });

  it("shows the author's name from the page's byline box as a byline beside the source credit, not as the lead", () => {
    // Times Online, 2008: "From Times Online" above the headline, <span class=byline>Veronica Schmidt</span> below it.
    const article = buildHtmlArticle(benchmarkPage('64cc1937-f418-4cfe-bb98-113b1cdeffe2'), '/tmp/times-online.html');
    if ('code' in article) throw new Error(article.code);
    const bylines = article.blocks.filter((block) => block.kind === 'byline').map((block) => article.text.slice(block.start, block.end));
    expect(bylines).toEqual(['Times Online', 'Veronica Schmidt']);
    const first = article.blocks.find((block) => block.kind === 'paragraph')!;
    expect(article.text.slice(first.start, first.end)).toMatch(/^Joan Rivers made nominations day easy/);
  });

  it("shows the page's own heading as the headline when the page title, never shown whole, only adds sections to it", () => {
    // Belfast Telegraph, 2008: <title> "Headline - Soccer - Sport - Breaking News - Belfast Telegraph".
    const article = buildHtmlArticle(benchmarkPage('022b482d-88d7-4951-a3c8-d7248db02989'), '/tmp/belfast-telegraph.html');
    if ('code' in article) throw new Error(article.code);
    expect(article.title).toBe('Chelsea hoping to sign Anelka before weekend');
    const headings = article.blocks.filter((block) => block.kind === 'heading').map((block) => article.text.slice(block.start, block.end));
    expect(headings).toEqual(['Chelsea hoping to sign Anelka before weekend']);
  });

  it('keeps a date line glued to the byline after it as a date line and a byline', () => {
    // Lahore, AFP, 2008: "Friday, January 11, 2008By Jalilur Rehman, AFP" in the page's markup.
    const article = buildHtmlArticle(benchmarkPage('8adb7b36-7128-499c-8cdf-2c3a18423ac2'), '/tmp/lahore-afp.html');
    if ('code' in article) throw new Error(article.code);
    expect(article.byline).toBe('Jalilur Rehman, AFP');
    const front = article.blocks.slice(0, 3).map((block) => [block.kind, article.text.slice(block.start, block.end)]);
    expect(front).toEqual([
      ['heading', '26 killed in suicide attack on Pakistan police'],
      ['dateline', 'Friday, January 11, 2008'],
      ['byline', 'Jalilur Rehman, AFP'],
    ]);
  });

  it('shows the credited words under a picture in an old table layout as its caption, not as the lead', () => {
    // Lahore, AFP, 2008: a table row with the photo, the next row's cell "….(Reuters)".
    const article = buildHtmlArticle(benchmarkPage('8adb7b36-7128-499c-8cdf-2c3a18423ac2'), '/tmp/lahore-afp.html');
    if ('code' in article) throw new Error(article.code);
    const captions = article.blocks.filter((block) => block.kind === 'caption').map((block) => article.text.slice(block.start, block.end));
    expect(captions).toHaveLength(1);
    expect(captions[0]).toMatch(/^Friends and relatives of victims .*\(Reuters\)$/);
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => article.text.slice(block.start, block.end));
    expect(paragraphs[0]).toMatch(/^LAHORE, Pakistan -- At least 22 police/);
  });

  it('hides a line that repeats the headline with the site and the date, keeping the date as the date line', () => {
    // Malaysia Sun, 2007: "Headline Malaysia Sun Friday 28th December, 2007" under the headline.
    const article = buildHtmlArticle(benchmarkPage('f9bc00f1-6e97-4a78-be9c-d55efac142f0'), '/tmp/malaysia-sun.html');
    if ('code' in article) throw new Error(article.code);
    const front = article.blocks.slice(0, 2).map((block) => [block.kind, article.text.slice(block.start, block.end)]);
    expect(front).toEqual([
      ['heading', 'iTunes does movie deal with Fox'],
      ['dateline', 'Friday 28th December, 2007'],
    ]);
    expect(article.stripped).toContainEqual(expect.objectContaining({ reason: 'headline repeated', text: expect.stringContaining('Malaysia Sun') }));
  });
});
