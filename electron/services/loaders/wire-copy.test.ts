import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlainTextArticle } from './load-txt';
import { hardWrap } from './fixtures/hard-wrap';
import { joinBrokenSentences, splitPlainTextParagraphs } from './text-paragraphs';

// Real wire stories of the real-article corpus (tune split), re-created by `npm run corpus:real`; their
// licence keeps them out of the repository, so these tests skip where they are absent (CI).
const TUNE = resolve(__dirname, '../../../eval/real/tune');
const WIRE_IDS = ['rb01', 'rb02', 'rb03', 'rb04', 'rb05', 'rb06'];
const wireStories = WIRE_IDS.map((id) => join(TUNE, `${id}.txt`)).filter((path) => existsSync(path));
if (wireStories.length === 0) console.warn(`Skipping the real wire-copy tests: no re-created wire stories in ${TUNE} (run npm run corpus:real).`);

/** Sets a story as a wire printer did: each paragraph indented four spaces and wrapped at 69 columns. */
function teletype(paragraphs: readonly string[], width = 69): string {
  return paragraphs.flatMap((paragraph) => hardWrap(paragraph, width, '    ')).join('\n');
}

function paragraphsOf(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

describe.skipIf(wireStories.length === 0)('real wire stories sent as teletype copy', () => {
  it.each(wireStories.map((path) => [path.replace(/^.*\//, ''), path]))('%s: one paragraph per indent, none split inside a sentence', (_name, path) => {
    const original = paragraphsOf(path);
    expect(splitPlainTextParagraphs(teletype(original))).toEqual(original);
  });

  it.each(wireStories.map((path) => [path.replace(/^.*\//, ''), path]))(
    '%s: the sign-off and desk tags are hidden, revealable, and the dateline kept',
    (_name, path) => {
      const original = paragraphsOf(path);
      const sent = `${teletype(original)}\n\nREUTER\njd/kl\n(END)\n`;
      const article = buildPlainTextArticle(sent, path);
      expect(article.text).not.toMatch(/REUTER\s*$|\(END\)/);
      expect(article.stripped.map((item) => [item.text, item.reason])).toEqual(
        expect.arrayContaining([
          ['REUTER', 'wire sign-off'],
          ['jd/kl', 'wire sign-off'],
          ['(END)', 'wire sign-off'],
        ]),
      );
      expect(article.text).toContain(original[0]!.slice(0, 40));
      expect(article.blocks.some((block) => article.text.slice(block.start, block.end).startsWith(original[0]!.slice(0, 40)))).toBe(true);
    },
  );
});

// Every real plain-text article of the tune split (wire stories, wiki news, agency copy in four languages),
// opened as the reader opens it. Held-out texts are left out on purpose: nobody tuning looks at them.
const realTexts = existsSync(TUNE)
  ? readdirSync(TUNE)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(TUNE, name))
  : [];
if (realTexts.length === 0) console.warn(`Skipping the real plain-text split test: no re-created .txt articles in ${TUNE} (run npm run corpus:real).`);

/** Pairs of neighbouring paragraphs where the second carries on the first's sentence: a break no writer made. */
function splitsInsideSentences(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph, index) => {
    const next = paragraphs[index + 1];
    const unfinished = !/[.!?:;"”’»)\]]$/u.test(paragraph);
    return next !== undefined && unfinished && /^\p{Ll}/u.test(next) ? [`${paragraph.slice(-40)} / ${next.slice(0, 40)}`] : [];
  });
}

/** The paragraphs the reader shows for a plain-text file. */
function paragraphsAsOpened(path: string): string[] {
  const article = buildPlainTextArticle(readFileSync(path, 'utf8'), path);
  return article.blocks.filter((block) => block.kind === 'paragraph').map((block) => article.text.slice(block.start, block.end));
}

describe.skipIf(realTexts.length === 0)('every real plain-text article as the reader opens it', () => {
  it.each(realTexts.map((path) => [path.replace(/^.*\//, ''), path]))('%s: no paragraph break inside a sentence', (_name, path) => {
    expect(splitsInsideSentences(paragraphsAsOpened(path))).toEqual([]);
  });

  it('finds a break inside a sentence when one is there, so the check can fail', () => {
    const broken = ['Iran launched three attacks overnight but Iraq said all were', 'repulsed with heavy loss of life.', 'The fighting went on.'];
    expect(splitsInsideSentences(broken)).toEqual(['attacks overnight but Iraq said all were / repulsed with heavy loss of life.']);
  });
});

describe('joinBrokenSentences', () => {
  it('joins a break inside a sentence and keeps breaks between sentences, headlines and datelines', () => {
    expect(
      joinBrokenSentences([
        'IRAQ SAYS ATTACKS REPULSED',
        'BAGHDAD, Jan 15 (Reuter) -',
        'Iran launched three attacks overnight but Iraq said all were',
        'repulsed with heavy loss of life.',
        'The statement, read on state radio, said the',
        'Iranian force had been destroyed.',
        'REUTER',
      ]),
    ).toEqual([
      'IRAQ SAYS ATTACKS REPULSED',
      'BAGHDAD, Jan 15 (Reuter) -',
      'Iran launched three attacks overnight but Iraq said all were repulsed with heavy loss of life.',
      'The statement, read on state radio, said the Iranian force had been destroyed.',
      'REUTER',
    ]);
  });

  it('leaves a headline without a full stop apart from the paragraph under it', () => {
    expect(joinBrokenSentences(['Harbour strike enters third day', 'Dock workers stayed out on Wednesday.'])).toEqual([
      'Harbour strike enters third day',
      'Dock workers stayed out on Wednesday.',
    ]);
  });
});

describe('real wire copy in the tune corpus as saved', () => {
  it.skipIf(wireStories.length === 0)('keeps every saved paragraph of each story whole', () => {
    for (const path of wireStories) {
      const paragraphs = readdirSync(TUNE).includes(path.replace(/^.*\//, '')) ? paragraphsOf(path) : [];
      const article = buildPlainTextArticle(readFileSync(path, 'utf8'), path);
      for (const paragraph of paragraphs.slice(1)) {
        if (article.stripped.some((item) => item.text === paragraph)) continue;
        expect(article.text).toContain(paragraph);
      }
    }
  });
});
