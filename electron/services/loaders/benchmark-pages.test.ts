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
});
