import { describe, expect, it } from 'vitest';
import { linesOfPage, pdfBlocks, type PdfPageText, type PdfTextRun } from './pdf-paragraphs';

const PAGE_HEIGHT = 800;
const LEFT = 50;
const SIZE = 10;
const CHAR_WIDTH = 5;

/** Marks a line the typesetter filled to the right margin (at 450). */
const FULL = '\u0000';

/** A line of body text at a height, as a run whose width follows its length unless marked full. */
function run(text: string, y: number, options: { x?: number; size?: number } = {}): PdfTextRun {
  const size = options.size ?? SIZE;
  const full = text.endsWith(FULL);
  const clean = full ? text.slice(0, -1) : text;
  const x = options.x ?? LEFT;
  return { text: clean, x, y, width: full ? 450 - x : clean.length * CHAR_WIDTH * (size / SIZE), size };
}

/** Lines set one under another at the body's line spacing, starting at `top`. */
function lines(texts: readonly string[], top: number): PdfTextRun[] {
  return texts.map((text, index) => run(text, top - index * 12));
}

function page(runs: readonly PdfTextRun[], number?: number): PdfPageText {
  const furniture = number === undefined ? [] : [run('The Island Courier', 780, { x: 200 }), run(`Page ${number}`, 20, { x: 250 })];
  return { height: PAGE_HEIGHT, runs: [...furniture, ...runs] };
}

function texts(pages: readonly PdfPageText[]): string[] {
  return pdfBlocks(pages).map((block) => `${block.kind}: ${block.text}`);
}

describe('linesOfPage', () => {
  it('joins runs on one baseline left to right, adding a space only where the runs are apart', () => {
    const result = linesOfPage({ height: PAGE_HEIGHT, runs: [run('world', 500, { x: 110 }), run('Hel', 500), run('lo', 500.5, { x: 65 })] }, 0);
    expect(result.map((line) => line.text)).toEqual(['Hello world']);
  });
});

describe('pdfBlocks', () => {
  it('joins wrapped lines into a paragraph and starts another after a wider gap', () => {
    const first = lines(['The quay reopened on Monday after a long winter of' + FULL, 'repairs to its walls.'], 600);
    const second = lines(['Boats came back the next day.'], 560);
    expect(texts([page([...first, ...second])])).toEqual([
      'paragraph: The quay reopened on Monday after a long winter of repairs to its walls.',
      'paragraph: Boats came back the next day.',
    ]);
  });

  it('ends a paragraph at a short line even without extra space, and at an indented line', () => {
    const body = lines(['One paragraph that runs to the margin and then' + FULL, 'stops short.', 'Another that runs on' + FULL, 'to its end.'], 600);
    const indented = [run('  An indented first line starts the third.', 552, { x: 70 })];
    expect(texts([page([...body, ...indented])])).toEqual([
      'paragraph: One paragraph that runs to the margin and then stops short.',
      'paragraph: Another that runs on to its end.',
      'paragraph: An indented first line starts the third.',
    ]);
  });

  it('takes larger type as a heading and bullets as list items', () => {
    const heading = [run('Harbour news', 700, { size: 18 })];
    const body = lines(['• Two ferries return.', '• The café reopens.', 'Nothing else changed on the island this week.'], 600);
    expect(texts([page([...heading, ...body])])).toEqual([
      'heading: Harbour news',
      'list-item: Two ferries return.',
      'list-item: The café reopens.',
      'paragraph: Nothing else changed on the island this week.',
    ]);
  });

  it('drops repeated running headers and page numbers, and carries a paragraph over the page break', () => {
    const one = page(lines(['The council met on Tuesday evening to discuss the' + FULL, 'plans for the new harbour wall, which' + FULL], 700), 1);
    const two = page(
      lines(['will be built next year.', 'A second paragraph follows on the second page and' + FULL], 700).concat(lines(['ends here.'], 676)),
      2,
    );
    const three = page(lines(['The third page has a paragraph of its own.'], 700), 3);
    const blocks = pdfBlocks([one, two, three]);
    const body = blocks.filter((block) => block.kind !== 'stripped').map((block) => block.text);
    expect(body[0]).toBe('The council met on Tuesday evening to discuss the plans for the new harbour wall, which will be built next year.');
    expect(body).toHaveLength(3);
    const stripped = blocks.filter((block) => block.kind === 'stripped');
    expect(stripped.map((block) => block.text)).toEqual(expect.arrayContaining(['The Island Courier', 'Page 1', 'Page 2', 'Page 3']));
    expect(stripped).toHaveLength(6);
  });

  it('removes end-of-line hyphenation only when the document spells the word whole elsewhere', () => {
    const body = lines(
      [
        'The international ferry and the regional line both' + FULL,
        'run on time; the inter-' + FULL,
        'national service is state-' + FULL,
        'run and the regional one is not.',
      ],
      600,
    );
    const [block] = pdfBlocks([page(body)]);
    expect(block?.text).toBe(
      'The international ferry and the regional line both run on time; the international service is state-run and the regional one is not.',
    );
  });
});
