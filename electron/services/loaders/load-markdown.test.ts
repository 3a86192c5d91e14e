import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { buildMarkdownArticle, readFrontMatter, withoutHtmlComments } from './load-markdown';

function built(markdown: string): Article {
  const result = buildMarkdownArticle(markdown, '/tmp/notes.md');
  if ('code' in result) throw new Error(`expected an article, got ${result.code}`);
  return result;
}

function blockTexts(article: Article): string[] {
  return article.blocks.map((block) => `${block.kind}: ${article.text.slice(block.start, block.end)}`);
}

const BODY = 'The ferry to the islands will stop for six weeks from March while its hull is repaired at the yard.';

describe('Markdown articles', () => {
  it('reads headings, paragraphs, block quotes and list items, joining hard-wrapped lines', () => {
    const article = built(
      `# Ferry to stop for repairs\n\nThe ferry to the islands will stop for six weeks\nfrom March while its hull is repaired at the yard.\n\n> We cannot risk another winter without the work.\n\n- a replacement boat\n- a helicopter for emergencies\n`,
    );
    expect(blockTexts(article)).toEqual([
      'heading: Ferry to stop for repairs',
      `paragraph: ${BODY}`,
      'blockquote: We cannot risk another winter without the work.',
      'list-item: a replacement boat',
      'list-item: a helicopter for emergencies',
    ]);
    expect(article.title).toBe('Ferry to stop for repairs');
    expect(article.format).toBe('markdown');
  });

  it('hides HTML comments as every Markdown viewer does, such as the fragment markers a clipboard converter leaves', () => {
    const article = built(`<!--StartFragment-->\n\n# Ferry to stop for repairs\n\n${BODY} <!-- editor: check the date -->\n\n<!--EndFragment-->\n`);
    expect(blockTexts(article)).toEqual(['heading: Ferry to stop for repairs', `paragraph: ${BODY}`]);
  });

  it('keeps an HTML comment inside fenced code, where it is the code being shown', () => {
    const markdown = 'Before <!-- gone -->\n\n```html\n<!-- kept -->\n```\n\n~~~\n<!-- kept too -->\n~~~\nAfter <!-- gone -->';
    expect(withoutHtmlComments(markdown)).toBe('Before \n\n```html\n<!-- kept -->\n```\n\n~~~\n<!-- kept too -->\n~~~\nAfter ');
  });

  it('keeps the author’s straight quotes and dashes as written', () => {
    const article = built(`"We were not told," said a fisherman -- and others agreed.\n\n${BODY}`);
    expect(article.text).toContain('"We were not told," said a fisherman -- and others agreed.');
  });

  it('shows raw HTML as the text it is, so no script, handler or remote image gets through', () => {
    const article = built(
      `<script>alert(1)</script>\n\n<img src="https://tracker.example/p.gif" onerror="alert(2)">\n\n[link](javascript:alert(3)) ![pixel](https://tracker.example/q.gif)\n\n${BODY}`,
    );
    expect(article.text).toContain('<script>alert(1)</script>');
    expect(article.text).not.toContain('tracker.example/q.gif');
    expect(article.text).toContain(BODY);
  });

  it('reads metadata from front matter and records the block as stripped', () => {
    const article = built(`---\ntitle: "Ferry to stop"\nauthor: Ilse Marten\ndate: 2026-02-10\nsite: The Harbour Gazette\n---\n\n${BODY}`);
    expect(article).toMatchObject({ title: 'Ferry to stop', byline: 'Ilse Marten', date: '2026-02-10', site: 'The Harbour Gazette' });
    // The stated headline is read and analysed as a web page's headline is.
    expect(article.text).toBe(`Ferry to stop\n\n${BODY}`);
    expect(article.blocks[0]).toEqual({ kind: 'heading', start: 0, end: 'Ferry to stop'.length });
    expect(article.stripped.map((item) => item.reason)).toEqual(['front matter']);
  });

  it('leaves text without front matter alone', () => {
    expect(readFrontMatter('Just text --- with dashes').rest).toBe('Just text --- with dashes');
  });

  it('strips boilerplate lines and reports notes with no article as no-article', () => {
    const article = built(`${BODY}\n\nSign up to our newsletter for the morning briefing\n\nAnother sentence closes the piece, as short articles do.`);
    expect(article.stripped.map((item) => item.reason)).toEqual(['newsletter sign-up']);
    expect(buildMarkdownArticle('# Title only\n\nShare this article\n', '/tmp/x.md')).toEqual({ ok: false, code: 'no-article' });
  });
});
