import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_MIRROR_ROOT } from '../real-corpus/source';
import { realFactCheckPages } from '../real-corpus/fact-check-pages';
import { locateSnapshots, readExtractionManifest, readPinned } from '../../eval/extraction/benchmark-source';
import { REPO_ROOT, expect, test } from '../../e2e/support/fixtures';

// Real pages of several sites as the reader shows them, with the furniture the loader hid and the
// control that reveals it. The pages are others' work and stay outside the repository: two come from
// the real-article corpus (after `npm run corpus:real`), five from the L3S-GN1 snapshot in the mirror.
// Our own screenshots of them go to docs/screenshots/real-pages/.
const OUT = resolve(REPO_ROOT, 'docs', 'screenshots', 'real-pages');

const CORPUS_PAGES: readonly { readonly name: string; readonly file: string }[] = [
  { name: 'lemonde', file: 'tune/fr04.html' },
  { name: 'radio-canada', file: 'tune/fr02.html' },
];
const BENCHMARK_PAGES: readonly { readonly name: string; readonly id: string }[] = [
  { name: 'belfast-telegraph', id: '022b482d-88d7-4951-a3c8-d7248db02989' },
  { name: 'malaysia-sun', id: 'f9bc00f1-6e97-4a78-be9c-d55efac142f0' },
  { name: 'cbn-news', id: 'cb5cb16c-9a2e-4a00-9480-43cb90faac9d' },
  { name: 'times-online', id: '64cc1937-f418-4cfe-bb98-113b1cdeffe2' },
  // The story runs on below a box of related stories set after its lead: kept, the box hidden.
  { name: 'lahore-afp', id: '8adb7b36-7128-499c-8cdf-2c3a18423ac2' },
];

/** The benchmark pages written to a scratch folder, or none when the snapshot is not in the mirror. */
function benchmarkPages(): { name: string; path: string }[] {
  const manifest = readExtractionManifest();
  const { pages: gitDir } = locateSnapshots(manifest, DEFAULT_MIRROR_ROOT);
  if (!gitDir) return [];
  const chosen = BENCHMARK_PAGES.map((page) => ({ ...page, file: manifest.pages.files.find((file) => file.id === page.id)! }));
  const bytes = readPinned(
    gitDir,
    manifest.pages.commit,
    chosen.map((page) => page.file.input),
  );
  const folder = mkdtempSync(join(tmpdir(), 'sourcelight-real-pages-'));
  return chosen.map((page) => {
    const path = join(folder, `${page.name}.html`);
    writeFileSync(path, bytes.get(page.file.input.path)!);
    return { name: page.name, path };
  });
}

/** Real fact-check pages (pinned in the loader's fixtures, never committed), written to a scratch folder. */
function factCheckPages(): { name: string; path: string }[] {
  const { read } = realFactCheckPages();
  if (!read) return [];
  const folder = mkdtempSync(join(tmpdir(), 'sourcelight-fact-checks-'));
  return FACT_CHECK_PAGES.map((id) => {
    const path = join(folder, `${id}.html`);
    writeFileSync(path, read(id));
    return { name: id, path };
  });
}

// The claim, claimant and verdict of a fact-check's ClaimReview data, shown as a card above the article.
const FACT_CHECK_PAGES: readonly string[] = ['afp-cdc-covid-toll', 'africa-check-interferon'];

const PAGES = [...CORPUS_PAGES.map((page) => ({ name: page.name, path: resolve(REPO_ROOT, 'eval', 'real', page.file) })), ...benchmarkPages()];

test.use({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });

for (const { name, path } of PAGES) {
  test(`a real page: ${name}`, async ({ reader, page }) => {
    test.skip(!existsSync(path), `${path} is absent: run npm run corpus:real first`);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await reader.openArticle(path);
    const control = page.locator('.stripped-control');
    await expect(control, 'the furniture hidden on a real page can be shown').toContainText(/hidden as boilerplate/);
    await page.mouse.move(0, 0);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    // Shown again, the hidden passages return to the text (to /tmp: a look, not documentation).
    await control.getByRole('button', { name: 'show' }).click();
    await expect(control.getByRole('button', { name: 'hide' })).toBeVisible();
    await page.screenshot({ path: join(tmpdir(), `real-page-${name}-hidden-shown.png`) });
  });
}

for (const { name, path } of factCheckPages()) {
  test(`a real fact-check page: ${name}`, async ({ reader, page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await reader.openArticle(path);
    await expect(page.locator('.claim-card'), 'the fact-check card is shown').toBeVisible();
    await page.mouse.move(0, 0);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `${name}.png`) });
  });
}
