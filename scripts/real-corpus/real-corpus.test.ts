import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGoldFile } from '../../eval/gold';
import { realSourcePaths } from './recreate';
import { readArticleSource, sha256 } from './source';
import { MANIFEST_PATH, buildManifest } from './write-manifest';

const sources = realSourcePaths();

describe('the real-article corpus', () => {
  it('has a source record and a gold file for every article, and a manifest that lists them all', () => {
    expect(sources.length).toBeGreaterThanOrEqual(80);
    for (const path of sources) expect(existsSync(path.replace(/\.source\.json$/, '.gold.json')), path).toBe(true);
    const written = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { articles: unknown[] };
    expect(written.articles).toEqual(buildManifest());
  });

  it('keeps at least 30 articles held out and never the same text in both splits', () => {
    const manifest = buildManifest();
    expect(manifest.filter((entry) => entry.split === 'heldout').length).toBeGreaterThanOrEqual(30);
    const tuneTexts = new Set(manifest.filter((entry) => entry.split === 'tune').map((entry) => entry.textSha256));
    expect(manifest.filter((entry) => entry.split === 'heldout' && tuneTexts.has(entry.textSha256)).map((entry) => entry.id)).toEqual([]);
  });

  it('commits only openly licensed texts, and each committed text is the one its record describes', () => {
    for (const path of sources) {
      const source = readArticleSource(path);
      const text = path.replace(/\.source\.json$/, `.${source.format}`);
      if (!source.committed) continue;
      expect(source.licence, source.id).toMatch(/public domain|CC BY(?![- ]?(?:NC|ND))/i);
      expect(sha256(readFileSync(text, 'utf8')), source.id).toBe(source.textSha256);
      expect(readGoldFile(path.replace(/\.source\.json$/, '.gold.json')).file).toBe(`${source.id}.${source.format}`);
    }
  });
});
