import { describe, expect, it } from 'vitest';
import { assembleBlocks, type Article, type BlockKind } from '../../../shared/model/article';
import { articleHeaderInfo } from './article-header';

function article(parts: { kind: BlockKind; text: string }[], extra: Partial<Article> = {}): Article {
  return { ...assembleBlocks(parts), sourcePath: '/tmp/a.txt', sourceName: 'a.txt', format: 'txt', stripped: [], notices: [], ...extra };
}

describe('the article header', () => {
  it('shows the title when the text does not open with it', () => {
    const info = articleHeaderInfo(article([{ kind: 'paragraph', text: 'Ferries ran late on Monday.' }], { title: 'Ferry delays' }));
    expect(info).toEqual({ title: 'Ferry delays', meta: [] });
  });

  it('leaves the title out when the first heading already says it, ignoring case and spacing', () => {
    const info = articleHeaderInfo(article([{ kind: 'heading', text: 'Ferry  delays' }], { title: 'ferry delays', site: 'Harbour News' }));
    expect(info).toEqual({ meta: ['Harbour News'] });
  });

  it('lists byline, site and date, but not a byline the text already carries', () => {
    const meta = { byline: 'A. Writer', site: 'Harbour News', date: '2026-01-02' };
    expect(articleHeaderInfo(article([{ kind: 'paragraph', text: 'Text.' }], meta)).meta).toEqual(['A. Writer', 'Harbour News', '2 January 2026']);
    const withBylineBlock = article([{ kind: 'byline', text: 'By A. Writer' }], meta);
    expect(articleHeaderInfo(withBylineBlock).meta).toEqual(['Harbour News', '2 January 2026']);
  });

  it('names the site once when the byline is only the site (an organisation as author)', () => {
    const meta = { byline: 'BBC News', site: 'BBC News', date: '2019-11-18T21:17:27Z' };
    expect(articleHeaderInfo(article([{ kind: 'paragraph', text: 'Text.' }], meta)).meta).toEqual(['BBC News', '18 November 2019, 21:17 UTC']);
  });

  it('skips blank fields', () => {
    expect(articleHeaderInfo(article([{ kind: 'paragraph', text: 'Text.' }], { site: '  ', date: '' })).meta).toEqual([]);
  });
});
