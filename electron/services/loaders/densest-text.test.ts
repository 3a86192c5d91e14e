import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { closeRunawayScriptAttribute, closeRunawayTitle, densestTextHtml, proseRichestHtml } from './densest-text';
import { buildHtmlArticle } from './load-html';

function documentOf(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

const STORY =
  'HONOLULU _ The golfer won the open on Sunday by three shots.<br><br>He began the day with a four-shot lead after three low rounds.<br><br>"It was a very tough game because of the wind," he said.';

describe('densestTextHtml', () => {
  it('finds the table cell of an old layout and makes paragraphs of its double line breaks', () => {
    const html = `<body><table><tr><td><a href="/">Home</a> <a href="/news">News</a></td></tr><tr><td><p><font id="font">${STORY}</font></p></td></tr></table></body>`;
    const found = documentOf(densestTextHtml(documentOf(html)) ?? '').querySelectorAll('p');
    expect(Array.from(found, (p) => p.textContent?.trim())).toEqual([
      'HONOLULU _ The golfer won the open on Sunday by three shots.',
      'He began the day with a four-shot lead after three low rounds.',
      '"It was a very tough game because of the wind," he said.',
    ]);
  });
});

describe('proseRichestHtml', () => {
  const story =
    '<p>The council approved the tram line on Monday after a long debate that ended in a narrow vote.</p>' +
    '<p>Work on the first section will begin in the spring, the mayor told a meeting of residents.</p>' +
    '<p>Opponents said the cost had doubled since the plan was first put to the city three years ago.</p>';
  const poll = '<div class="poll"><p>Do you agree with the tram plan? Vote now.</p><p><a href="/v1">Yes</a></p><p><a href="/v2">No</a></p></div>';
  const menu = `<ul>${Array.from({ length: 12 }, (_, index) => `<li><a href="/s${index}">Section number ${index} of the site</a></li>`).join('')}</ul>`;

  it('finds the story beside a menu and a poll by what its text looks like', () => {
    const html = `<body><table><tr><td>${menu}</td><td>${poll}</td><td id="story">${story}</td></tr></table></body>`;
    const text = documentOf(proseRichestHtml(documentOf(html)) ?? '').body.textContent ?? '';
    expect(text).toContain('The council approved the tram line');
    expect(text).toContain('three years ago.');
    expect(text).not.toContain('Section number');
    expect(text).not.toContain('Vote now');
  });

  it('finds nothing on a page of links and labels alone', () => {
    expect(proseRichestHtml(documentOf(`<body>${menu}${poll.replace('Vote now.', 'Vote')}</body>`))).toBeNull();
  });
});

describe('closeRunawayScriptAttribute', () => {
  it('ends a script tag whose address lost its end quote, so the script does not swallow the story', () => {
    const html = `<html><head><script src="/lib.color='red';\n}\n</script><script>var a = 1;</script></head><body><p>${STORY}</p><a href="/x">x</a><script>y()</script></body></html>`;
    expect(documentOf(html).body?.textContent ?? '').not.toContain('four-shot lead');
    expect(documentOf(closeRunawayScriptAttribute(html)).body.textContent).toContain('four-shot lead');
  });

  it('leaves well-formed script tags and an attribute with no tag inside alone', () => {
    const html = `<html><head><script src="/lib.js"></script><script data-x="a\nb">z()</script></head><body><p>${STORY}</p></body></html>`;
    expect(closeRunawayScriptAttribute(html)).toBe(html);
  });
});

describe('closeRunawayTitle', () => {
  it('ends a title whose end tag was lost at its line end, so the page is not all title', () => {
    const html = `<html><head><title>Golfer wins open\n<script>x()</script></head><body><p>${STORY}</p></body></html>`;
    const repaired = closeRunawayTitle(html.replace('</head>', `${' '.repeat(2100)}</head>`));
    expect(documentOf(repaired).title).toBe('Golfer wins open');
    expect(documentOf(repaired).body.textContent).toContain('four-shot lead');
  });

  it('ends a title whose end tag was mangled into another name (a template tool\'s "</titlevalue=…>")', () => {
    const html = `<html><head><title>Golfer wins open</titlevalue="true" --></head><body><p>${STORY}</p></body></html>`;
    expect(documentOf(html).body.textContent).toBe('');
    const repaired = closeRunawayTitle(html);
    expect(documentOf(repaired).title).toBe('Golfer wins open');
    expect(documentOf(repaired).body.textContent).toContain('four-shot lead');
  });

  it('leaves a closed title alone', () => {
    const html = '<title>Golfer wins open</title><p>x</p>';
    expect(closeRunawayTitle(html)).toBe(html);
  });

  it('lets the loader read a page saved with its title cut open', () => {
    const html = `<html><head><title>Golfer wins open\n${' '.repeat(2100)}</head><body><table><tr><td><font>${STORY} ${STORY}</font></td></tr></table></body></html>`;
    const article = buildHtmlArticle(html, '/tmp/cut-title.html');
    if ('code' in article) throw new Error(article.code);
    expect(article.text).toContain('He began the day with a four-shot lead');
  });
});
