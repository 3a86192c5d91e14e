import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx } from './hostile/binary-builders';
import { expect, test } from './support/fixtures';
import type { ReaderPage } from './support/reader-page';

// Files the loader's caps stop: the user is told in one sentence, the article on screen stays and
// the reader goes on working. Our own short articles, so nothing here depends on shared fixtures.
const HARBOUR = [
  'Harbour wall to be rebuilt',
  'The state news agency KCNA said on Tuesday that the harbour wall would be rebuilt by spring.',
  '“We will start next week,” the mayor told reporters.',
  'The storm reportedly caused damage worth millions.',
].join('\n\n');
const FERRY = ['Ferry returns to service', 'The operator said the ferry “is back on its old timetable,” officials added.'].join('\n\n');

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-stopped-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, contents: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

/** The reader shows the harbour article, its highlights and its file name. */
async function expectHarbourStill(reader: ReaderPage, quotes: number): Promise<void> {
  await expect(reader.openedFileName).toHaveText('harbour.txt');
  await expect(reader.article).toContainText('the harbour wall would be rebuilt by spring');
  await expect(reader.marks('quote')).toHaveCount(quotes);
}

/** The reader still answers: a layer switches off and on, and the next file opens. */
async function expectStillUsable(reader: ReaderPage): Promise<void> {
  await reader.toggleLayer('quote');
  await expect(reader.layerCheckbox('quote')).not.toBeChecked();
  await reader.toggleLayer('quote');
  await expect(reader.layerCheckbox('quote')).toBeChecked();
  await reader.openArticle(file('ferry.txt', FERRY));
  await expect(reader.article).toContainText('The operator said the ferry');
  await expect(reader.alert).toHaveCount(0);
}

test('a Word zip bomb is refused in one sentence, and the article on screen stays', async ({ reader }) => {
  await reader.openArticle(file('harbour.txt', HARBOUR));
  const quotes = await reader.marks('quote').count();
  expect(quotes).toBeGreaterThan(0);

  const bomb = file(
    'bomb.docx',
    buildDocx({
      paragraphs: ['Harbour wall to be rebuilt', 'The council said the wall would be rebuilt.'],
      extraEntries: [{ name: 'word/media/zeros.bin', data: Buffer.alloc(64 * 1024 * 1024, 0), deflate: true }],
    }),
  );
  const message = await reader.openArticleExpectingError(bomb);
  expect(message).toBe(
    '“bomb.docx” was not opened because it would unpack to far more data than it holds, as a zip bomb does; open a copy saved from the original program.',
  );
  await expectHarbourStill(reader, quotes);
  await expectStillUsable(reader);
});

test('a dropped page nested far too deep is refused in one sentence, and the article on screen stays', async ({ reader }) => {
  await reader.openArticle(file('harbour.txt', HARBOUR));
  const quotes = await reader.marks('quote').count();
  const deep = file(
    'deep.html',
    `<!doctype html><html><body><noscript>${'<div>'.repeat(100_000)}<p>The ministry said so.</p>${'</div>'.repeat(100_000)}</noscript></body></html>`,
  );
  await reader.dropFile(deep);
  await expect(reader.alert).toBeVisible();
  // Flattened as a browser would, the page holds nothing but nesting: no article, said in one sentence.
  await expect(reader.alert.locator('.alert-message')).toHaveText(/^No article text was found in “deep\.html”/);
  await expectHarbourStill(reader, quotes);
  await expectStillUsable(reader);
});

test.describe('with a loader heap too small for a large page', () => {
  // The app's loader has 768 MB and 20 seconds; a 48 MB heap lets a test reach the cap in seconds
  // while a short article still opens.
  test.use({ loaderLimits: { memoryMb: 48, timeMs: 60_000 } });

  test('a file that exhausts the loader is stopped with a clear message, and the reader carries on in a fresh loader', async ({ reader }) => {
    test.setTimeout(120_000);
    await reader.openArticle(file('harbour.txt', HARBOUR));
    const quotes = await reader.marks('quote').count();
    const paragraph = '<p>The council agreed on Tuesday to rebuild the harbour wall, officials said.</p>';
    // 39,000 paragraphs stay under the 40,000-element shape check (which would refuse the page as too
    // complex before parsing), so it is the heap cap that stops this file.
    const big = file(
      'big.html',
      `<!doctype html><html><head><title>Harbour</title></head><body><article><h1>Harbour wall rebuilt</h1>${paragraph.repeat(39_000)}</article></body></html>`,
    );
    const message = await reader.openArticleExpectingError(big);
    expect(message).toBe(
      "“big.html” needs more memory or time than a news article should (over 48 MB or 60 seconds to read), so reading it was stopped; save the article's text as a .txt file and open that instead.",
    );
    await expectHarbourStill(reader, quotes);
    await expectStillUsable(reader);
  });
});
