import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGoldFile } from '../../eval/gold';
import { realSourcePaths } from './recreate';
import { articleFileContent, readArticleSource, sha256 } from './source';
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

describe('an article file re-created from its source', () => {
  const latin1Page = Buffer.from('<meta charset="iso-8859-15"><p>La negociaci\xf3n se alarg\xf3.</p>', 'latin1');

  it('keeps a whole page in a legacy charset byte for byte, so its own declaration still decodes it', () => {
    expect(articleFileContent(latin1Page, { kind: 'whole' })).toEqual(latin1Page);
  });

  it('writes UTF-8 text with \\n line ends for a UTF-8 page and for a slice', () => {
    expect(articleFileContent(Buffer.from('<p>Se alargó.</p>\r\n', 'utf8'), { kind: 'whole' })).toBe('<p>Se alargó.</p>\n');
    expect(articleFileContent(Buffer.from('abcdef', 'utf8'), { kind: 'slice', start: 1, end: 4, decode: 'none' })).toBe('bcd');
  });
});
