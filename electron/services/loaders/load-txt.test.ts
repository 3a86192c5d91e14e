import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { loadArticleFile } from '../load-article';
import { buildPlainTextArticle, takeDatePrefix } from './load-txt';

const REPO_ROOT = resolve(__dirname, '../../..');
const FIXTURE = resolve(REPO_ROOT, '../shared/fixtures/kcna-munitions.txt');
const GOLD = resolve(REPO_ROOT, '../shared/fixtures/kcna-munitions.gold.json');
const hasFixture = existsSync(FIXTURE) && existsSync(GOLD);
if (!hasFixture) console.warn(`Skipping the real-article tests: ${FIXTURE} is not present.`);

function blockTexts(article: Article): [string, string][] {
  return article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end)]);
}

interface GoldSpan {
  readonly layer: string;
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** Finds a gold span the way ANNOTATION.md locates it: exact text, disambiguated by prefix and suffix. */
function locate(text: string, span: GoldSpan): number {
  for (let at = text.indexOf(span.exact); at !== -1; at = text.indexOf(span.exact, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + span.exact.length);
    if ((span.prefix === undefined || before.endsWith(span.prefix)) && (span.suffix === undefined || after.startsWith(span.suffix))) return at;
  }
  return -1;
}

describe('buildPlainTextArticle', () => {
  it('makes the first short line the headline and title', () => {
    const article = buildPlainTextArticle(
      'Council backs tram line\n\nThe council approved the tram line on Monday.\n\nWork starts in spring.',
      '/tmp/tram.txt',
    );
    expect(blockTexts(article)).toEqual([
      ['heading', 'Council backs tram line'],
      ['paragraph', 'The council approved the tram line on Monday.'],
      ['paragraph', 'Work starts in spring.'],
    ]);
    expect(article.title).toBe('Council backs tram line');
    expect(article.text).toBe('Council backs tram line\n\nThe council approved the tram line on Monday.\n\nWork starts in spring.');
    expect(article.sourceName).toBe('tram.txt');
    expect(article.format).toBe('txt');
  });

  it('does not take a first sentence for a headline', () => {
    const article = buildPlainTextArticle('The council approved the tram line on Monday.\n\nWork starts in spring.', '/tmp/tram.txt');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(article.title).toBeUndefined();
  });

  it('marks a byline and a dateline-only line, and keeps a dateline that opens a paragraph in it', () => {
    const text = [
      'Tram line approved',
      'By Jane Okafor',
      'NORTHTOWN (Coastal Wire) —',
      'The council approved the tram line on Monday.',
      'SOUTHPORT, May 4 (Coastal Wire) -- A second city said it would follow.',
    ].join('\n\n');
    const article = buildPlainTextArticle(text, '/tmp/tram.txt');
    expect(blockTexts(article)).toEqual([
      ['heading', 'Tram line approved'],
      ['byline', 'By Jane Okafor'],
      ['dateline', 'NORTHTOWN (Coastal Wire) —'],
      ['paragraph', 'The council approved the tram line on Monday.'],
      ['paragraph', 'SOUTHPORT, May 4 (Coastal Wire) -- A second city said it would follow.'],
    ]);
    expect(article.byline).toBe('Jane Okafor');
  });

  it('takes all-capitals lines as headings', () => {
    const article = buildPlainTextArticle('The council met on Monday.\n\nTRAM LINE\n\nIt approved the tram line.', '/tmp/t.txt');
    expect(blockTexts(article)[1]).toEqual(['heading', 'TRAM LINE']);
  });

  it('strips boilerplate lines and records each with its reason and place', () => {
    const text = 'The council met on Monday.\n\nAdvertisement\n\nIt approved the tram line.\n\nShare this article\n\nSign up to our newsletter';
    const article = buildPlainTextArticle(text, '/tmp/t.txt');
    expect(article.text).toBe('The council met on Monday.\n\nIt approved the tram line.');
    expect(article.stripped).toEqual([
      { text: 'Advertisement', reason: 'advertisement label', beforeBlock: 1 },
      { text: 'Share this article', reason: 'share prompt', beforeBlock: 2 },
      { text: 'Sign up to our newsletter', reason: 'newsletter sign-up', beforeBlock: 2 },
    ]);
  });

  it('turns a gallery line into a caption block without its prefix', () => {
    const article = buildPlainTextArticle('The quay reopened.\n\nopen image in gallery Workers on the quay ( Photo desk )', '/tmp/t.txt');
    expect(blockTexts(article)).toEqual([
      ['paragraph', 'The quay reopened.'],
      ['caption', 'Workers on the quay ( Photo desk )'],
    ]);
    expect(article.stripped).toEqual([{ text: 'open image in gallery', reason: 'gallery link', beforeBlock: 1 }]);
  });

  it('reads a leading date prefix into the date', () => {
    expect(takeDatePrefix(' date 2025-12-26 Your support')).toEqual({ date: '2025-12-26', prefix: 'date 2025-12-26', rest: 'Your support' });
    expect(takeDatePrefix('Date: 2026-01-02T10:00Z\nHeadline')).toEqual({ date: '2026-01-02T10:00Z', prefix: 'Date: 2026-01-02T10:00Z', rest: '\nHeadline' });
    expect(takeDatePrefix('Dated letters arrived on 2025-12-26.')).toEqual({ rest: 'Dated letters arrived on 2025-12-26.' });
  });

  it('gives every block one line of text and offsets that cover exactly its text', () => {
    const article = buildPlainTextArticle('Headline here\n\n  A paragraph\twith  odd\u00a0spacing  \n\nLast line.', '/tmp/t.txt');
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).not.toMatch(/\n|\t| {2}/);
    expect(article.text).toBe('Headline here\n\nA paragraph with odd spacing\n\nLast line.');
  });
});

describe('the wire-copy fixture', () => {
  it('joins hard-wrapped, indented wire copy into paragraphs under its headline', async () => {
    const result = await loadArticleFile(resolve(__dirname, 'fixtures/wire-copy.txt'));
    if (!result.ok) throw new Error(result.error.message);
    expect(blockTexts(result.article).map(([kind, text]) => `${kind}: ${text.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      'heading: HARBOUR WORKERS END STRIKE',
      'paragraph: PORTVILLE, March 3 (Coastal',
      'paragraph: The deal raises wages',
      'paragraph: "Our members voted for',
      'paragraph: Shipping lines had diverted',
    ]);
    expect(result.article.text).toContain('worked during the anti-flood operations of last winter');
    expect(result.article.text).toContain('the port of Portville returned to work');
  });
});

describe.skipIf(!hasFixture)('the real KCNA fixture', () => {
  it('opens without its banner, with the date and three captions, keeping all 14 gold spans', async () => {
    const result = await loadArticleFile(FIXTURE);
    if (!result.ok) throw new Error(result.error.message);
    const { article } = result;
    expect(article.date).toBe('2025-12-26');
    expect(article.text.startsWith('North Korean leader Kim Jong Un')).toBe(true);
    expect(article.text).not.toContain('Your support helps us');
    expect(article.text).not.toContain('The A Word');
    expect(article.text).not.toContain('open image in gallery');
    expect(article.stripped.map((item) => item.reason)).toEqual(['date metadata', 'donation banner', 'gallery link', 'gallery link', 'gallery link']);

    const captions = blockTexts(article).filter(([kind]) => kind === 'caption');
    expect(captions).toHaveLength(3);
    for (const [, text] of captions) expect(text).toMatch(/^Kim Jong Un visits a munitions .*\( KCNA via AFP via Getty \)$/);

    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { spans: GoldSpan[] };
    expect(gold.spans).toHaveLength(14);
    for (const span of gold.spans) expect(locate(article.text, span), `${span.layer}: ${span.exact}`).toBeGreaterThanOrEqual(0);
  });

  it('keeps every word of the article body in order', async () => {
    const result = await loadArticleFile(FIXTURE);
    if (!result.ok) throw new Error(result.error.message);
    const source = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .slice(1)
      .join(' ')
      .replace(/open image in gallery /g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(result.article.text.replace(/\s+/g, ' ')).toBe(source);
  });
});
