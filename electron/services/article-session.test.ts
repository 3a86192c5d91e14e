import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleSession } from './article-session';
import { loadArticleFile } from './load-article';

const folder = mkdtempSync(join(tmpdir(), 'sl-session-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ARTICLE = join(folder, 'hills.txt');
writeFileSync(ARTICLE, 'Bridge reopens\n\nThe bridge reopened on Monday, the Voice of the Hills radio said, after repairs.\n');
const OUTLETS = join(folder, 'outlets.json');

describe('an article session with the user’s own outlets', () => {
  it('attaches them to every article it opens, read afresh, and the export marks them', async () => {
    const session = new ArticleSession(loadArticleFile, OUTLETS);
    const before = await session.open(ARTICLE);
    expect(before.ok && before.article.outletAdditions).toBeFalsy();

    writeFileSync(OUTLETS, JSON.stringify([{ name: 'Voice of the Hills', country: 'XK', kind: 'radio' }, { name: 'No Country' }]));
    const after = await session.open(ARTICLE);
    expect(after.ok && after.article.outletAdditions?.map((outlet) => outlet.name)).toEqual(['Voice of the Hills']);
    expect(after.ok && after.article.notices.join(' ')).toMatch(/No Country.*left out/);

    const out = join(folder, 'hills.html');
    expect(await session.exportArticle({ visibleLayers: ['state-media', 'quote', 'unverified'] }, out, false)).toEqual({ status: 'written', path: out });
    expect(readFileSync(out, 'utf8')).toMatch(/<mark class="[^"]*sl-hl-state-media[^"]*"[^>]*>the Voice of the Hills radio<\/mark>/);
  });

  it('keeps the article and says why when the outlets file is broken', async () => {
    writeFileSync(OUTLETS, '{ not json');
    const result = await new ArticleSession(loadArticleFile, OUTLETS).open(ARTICLE);
    expect(result.ok).toBe(true);
    expect(result.ok && result.article.notices.join(' ')).toMatch(/Your outlets were not used: .*could not be read as JSON/);
  });
});
