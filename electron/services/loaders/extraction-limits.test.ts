import { describe, expect, it } from 'vitest';
import { ExtractionDeadline, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, flattenDeepNesting, isParseableShape, measureHtmlShape } from './extraction-limits';
import { normaliseBlockText } from './block-text';
import { buildHtmlArticle } from './load-html';

const PARAGRAPH = '<p>The council said on Monday that the new tram line would open next spring after a narrow vote.</p>';

function page(body: string): string {
  return `<!doctype html><html><head><title>Tram line</title></head><body><article>${body}</article></body></html>`;
}

describe('measureHtmlShape', () => {
  it('counts elements and nesting of ordinary markup', () => {
    expect(measureHtmlShape('<div><section><p>One</p><p>Two<br>three</p></section></div>')).toEqual({ elements: 5, depth: 2 });
  });

  it('does not let unclosed paragraphs and list items deepen the page', () => {
    const shape = measureHtmlShape(`<ul>${'<li>item'.repeat(500)}</ul>${'<p>para'.repeat(500)}`);
    expect(shape.depth).toBe(1);
    expect(shape.elements).toBe(1001);
  });

  it('skips tags inside scripts, styles and comments', () => {
    const shape = measureHtmlShape('<script>var s = "<div><div><div>";</script><!-- <div><div> --><style>a>b{}</style><div></div>');
    expect(shape).toEqual({ elements: 3, depth: 1 });
  });

  it('reads quoted attributes that contain angle brackets', () => {
    expect(measureHtmlShape('<div title="a > b"><span data-x=\'<i>\'>x</span></div>')).toEqual({ elements: 2, depth: 2 });
  });

  it('treats self-closing foreign elements as leaves', () => {
    expect(measureHtmlShape('<svg><path d="M0 0"/><path d="M1 1"/></svg>')).toEqual({ elements: 3, depth: 1 });
  });

  it('finds deep nesting however the tags are cased', () => {
    expect(measureHtmlShape('<DIV>'.repeat(300) + 'x').depth).toBe(300);
  });
});

describe('isParseableShape', () => {
  it('accepts a page at the element limit, refuses one past it, and never refuses for depth', () => {
    expect(isParseableShape({ elements: MAX_HTML_ELEMENTS, depth: MAX_HTML_DEPTH })).toBe(true);
    expect(isParseableShape({ elements: MAX_HTML_ELEMENTS + 1, depth: 3 })).toBe(false);
    expect(isParseableShape({ elements: 10, depth: MAX_HTML_DEPTH * 10 })).toBe(true);
  });
});

describe('flattenDeepNesting', () => {
  it('drops only the tags past the depth, keeping every word apart', () => {
    const flat = flattenDeepNesting('<div><div><div><b>deep</b>er</div>text</div></div>', 2);
    expect(flat).toBe('<div><div> deeper text</div></div>');
    expect(measureHtmlShape(flat).depth).toBe(2);
  });

  it('leaves a page within the depth as it is, comments and scripts included', () => {
    const html = '<div><!-- <div><div> --><script>"<div><div><div>"</script><p>x</div>';
    expect(flattenDeepNesting(html, 1)).toBe(html);
  });

  it('brings a page nested thousands deep to the depth', () => {
    const html = `${'<section>'.repeat(5000)}x${'</section>'.repeat(5000)}`;
    expect(measureHtmlShape(flattenDeepNesting(html)).depth).toBe(MAX_HTML_DEPTH);
  });
});

describe('ExtractionDeadline', () => {
  it('expires once its budget has passed on the clock it was given', () => {
    let now = 1_000;
    const deadline = new ExtractionDeadline(500, () => now);
    expect(deadline.expired).toBe(false);
    now = 1_500;
    expect(deadline.expired).toBe(false);
    now = 1_501;
    expect(deadline.expired).toBe(true);
  });
});

describe('buildHtmlArticle limits', () => {
  it('reads a page nested 5,000 deep as a browser does, flattened, keeping its text', () => {
    const depth = 5000;
    const html = page(`${'<div>'.repeat(depth)}${PARAGRAPH.repeat(3)}${'</div>'.repeat(depth)}`);
    const article = buildHtmlArticle(html, '/tmp/deep.html');
    if ('code' in article) throw new Error(article.code);
    expect(article.text).toContain(normaliseBlockText(PARAGRAPH.replace(/<[^>]+>/g, ' ')));
    // Readability needs about a second for the flattened tree; a busy CI machine may need more.
  }, 60_000);

  it('refuses a page with more elements than the limit as too complex', () => {
    const html = page(PARAGRAPH.repeat(3) + '<span>x</span>'.repeat(MAX_HTML_ELEMENTS));
    expect(buildHtmlArticle(html, '/tmp/huge.html')).toEqual({ ok: false, code: 'too-complex' });
  });

  it('gives up as too complex when the time budget is spent', () => {
    let now = 0;
    // Every look at the clock costs a second, so the first stage already overruns a half-second budget.
    const deadline = new ExtractionDeadline(500, () => (now += 1_000));
    expect(buildHtmlArticle(page(PARAGRAPH.repeat(3)), '/tmp/slow.html', [], deadline)).toEqual({ ok: false, code: 'too-complex' });
  });

  it('still reads an ordinary page within the limits', () => {
    const article = buildHtmlArticle(page(PARAGRAPH.repeat(3)), '/tmp/fine.html');
    expect('code' in article).toBe(false);
  });
});
