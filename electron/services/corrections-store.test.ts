import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleBlocks, type Article } from '../../shared/model/article';
import type { Correction } from '../../shared/model/correction';
import { CORRECTIONS_FILE_NAME, CorrectionsStore, articleContentHash, renderCorrectionsFile } from './corrections-store';

function article(text: string, sourceName = 'story.txt'): Article {
  return { ...assembleBlocks([{ kind: 'paragraph', text }]), sourcePath: `/home/reader/${sourceName}`, sourceName, format: 'txt', stripped: [], notices: [] };
}

const TEXT = 'The state news agency KCNA said the plant reopened.';
const WRONG: Correction = { kind: 'wrong', layer: 'state-media', start: 4, end: 26, text: 'state news agency KCNA', at: '2026-12-04T12:00:00.000Z' };

describe('CorrectionsStore', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sl-corrections-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('remembers corrections by the article’s content, so a renamed copy keeps them', async () => {
    const store = await CorrectionsStore.open(folder);
    await store.save(article(TEXT), [WRONG]);
    const reopened = await CorrectionsStore.open(folder);
    expect(reopened.forArticle(article(TEXT, 'renamed copy.txt'))).toEqual([WRONG]);
    expect(reopened.forArticle(article(`${TEXT} Another sentence.`))).toEqual([]);
    const saved = JSON.parse(await readFile(join(folder, CORRECTIONS_FILE_NAME), 'utf8')) as { articles: Record<string, unknown> };
    expect(Object.keys(saved.articles)).toEqual([articleContentHash(article(TEXT))]);
  });

  it('moves a corrupt file aside and starts empty, and drops only the invalid entries of a readable one', async () => {
    await writeFile(join(folder, CORRECTIONS_FILE_NAME), '{not json');
    expect((await CorrectionsStore.open(folder)).forArticle(article(TEXT))).toEqual([]);
    expect((await readdir(folder)).some((name) => name.startsWith('corrections.corrupt-'))).toBe(true);

    const good = articleContentHash(article(TEXT));
    await writeFile(
      join(folder, CORRECTIONS_FILE_NAME),
      JSON.stringify({ version: 1, articles: { [good]: { updatedAt: 'x', corrections: [WRONG] }, ['0'.repeat(64)]: { corrections: 'nonsense' } } }),
    );
    expect((await CorrectionsStore.open(folder)).forArticle(article(TEXT))).toEqual([WRONG]);
  });

  it('refuses corrections that name no span', async () => {
    const store = await CorrectionsStore.open(folder);
    await expect(store.save(article(TEXT), [{ ...WRONG, end: 4 }])).rejects.toThrow();
  });

  it('writes a corrections file to hand in, with the content hash and no path from the reader’s disk', () => {
    const file = JSON.parse(renderCorrectionsFile(article(TEXT), [WRONG], new Date('2026-12-04T12:00:00Z'), '1.2.3')) as Record<string, unknown>;
    expect(file['type']).toBe('SourcelightCorrections');
    expect(file['article']).toEqual({ sourceName: 'story.txt', contentHash: `sha256:${articleContentHash(article(TEXT))}` });
    expect(file['corrections']).toEqual([WRONG]);
    expect(JSON.stringify(file)).not.toContain('/home/reader');
  });
});
