import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { joinPieces } from './html-blocks';
import { buildHtmlArticle } from './load-html';
import { buildMarkdownArticle } from './load-markdown';
import { cleanByline } from './page-structure';

// Page shapes met on real news sites (a wire story, an old WordPress blog, a fact-check, a photo
// gallery), written out in short sentences of our own.

function built(html: string): Article {
  const result = buildHtmlArticle(html, '/tmp/page.html');
  if ('code' in result) throw new Error(`expected an article, got ${result.code}`);
  return result;
}

function kinds(article: Article): string[] {
  return article.blocks.map((block) => `${block.kind}: ${article.text.slice(block.start, block.end)}`);
}

const PARAGRAPHS = `
  <p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter and which ferries have avoided since.</p>
  <p>Work will start in April and should take eighteen months, the board said, while ferries use the south quay for the whole of that time.</p>`;

describe('links', () => {
  it('keeps each link with its own words, resolved against the page address, and drops links that are not http(s)', () => {
    const article = built(`<html><head><link rel="canonical" href="https://news.example/harbour/pier"></head><body><article>
      <h1>Pier to be rebuilt</h1>
      <p>The board published <a href="/reports/pier.pdf">its engineering report</a> and <a href="javascript:alert(1)">a form</a> on
      Tuesday, after <a href="https://other.example/storms">two storms</a> closed the pier for a month and ferries were diverted.</p>
      ${PARAGRAPHS}</article></body></html>`);
    const links = (article.links ?? []).map((link) => [article.text.slice(link.start, link.end), link.href]);
    expect(links).toEqual([
      ['its engineering report', 'https://news.example/reports/pier.pdf'],
      ['two storms', 'https://other.example/storms'],
    ]);
    expect(article.text).toContain('and a form on Tuesday');
  });

  it('tracks link offsets through collapsed whitespace without giving a link its surrounding spaces', () => {
    const { text, links } = joinPieces([
      { text: '  Read\n the ', href: null },
      { text: ' full   report ', href: 'https://a.example/' },
      { text: '\t today. ', href: null },
    ]);
    expect(text).toBe('Read the full report today.');
    expect(links.map((link) => text.slice(link.start, link.end))).toEqual(['full report']);
  });

  it('keeps Markdown links too', () => {
    const result = buildMarkdownArticle(
      '# Pier vote\n\nThe board voted to rebuild the pier, according to [the minutes](https://board.example/minutes), after two storms damaged it last winter and closed it.\n',
      '/tmp/a.md',
    );
    if ('code' in result) throw new Error(result.code);
    expect((result.links ?? []).map((link) => result.text.slice(link.start, link.end))).toEqual(['the minutes']);
  });
});

describe('images', () => {
  it('holds a place for a described or captioned image, never for decoration, and keeps inline icons out of the flow', () => {
    const article = built(`<html><body><article><h1>Pier to be rebuilt</h1>
      <img src="https://cdn.example/portrait.jpg" alt="">
      <p>Jo Marsh</p>
      <figure><img src="https://cdn.example/pier.jpg" alt=""><figcaption>The north pier after the second storm.</figcaption></figure>
      <p>The pier <img src="https://cdn.example/wave.png" alt="🌊"> was closed in January, the harbour board said on Tuesday in a statement to ferry crews.</p>
      <img src="https://cdn.example/map.png" alt="A map of the harbour">
      ${PARAGRAPHS}</article></body></html>`);
    const figures = (article.figures ?? []).map((figure) => [figure.alt ?? null, article.blocks[figure.beforeBlock]?.kind]);
    expect(figures).toEqual([
      [null, 'caption'],
      ['A map of the harbour', 'paragraph'],
    ]);
    expect(article.text).not.toContain('🌊');
    expect(article.text).toContain('The pier was closed in January');
  });
});

describe('headline, byline, site and date', () => {
  it('takes the headline from a "Site » Headline" title whose h1 is the site, and names the site', () => {
    const article = built(`<html><head><title>Harbour Voices Online » Pier to be rebuilt after storms</title></head><body>
      <h1>Harbour Voices Online</h1><div class="post"><h2>Pier to be rebuilt after storms</h2>${PARAGRAPHS}</div></body></html>`);
    expect(article.title).toBe('Pier to be rebuilt after storms');
    expect(article.site).toBe('Harbour Voices Online');
    expect(kinds(article)[0]).toBe('heading: Pier to be rebuilt after storms');
  });

  it('never shows the site name as the headline', () => {
    const article = built(`<html><head><meta property="og:title" content="Harbour News"><meta property="og:site_name" content="Harbour News"></head>
      <body><h1>Pier to be rebuilt after storms</h1><article>${PARAGRAPHS}</article></body></html>`);
    expect(article.title).toBe('Pier to be rebuilt after storms');
  });

  it('drops an "Authors" label, a byline that is only the site, and profile-link words', () => {
    expect(cleanByline('Authors: Jo Marsh', {})).toBe('Jo Marsh');
    expect(cleanByline('Authors', {})).toBeUndefined();
    expect(cleanByline('Harbour News', { site: 'Harbour News' })).toBeUndefined();
    expect(cleanByline('Jo Marsh Twitter Email', {})).toBe('Jo Marsh');
  });

  it('drops the byline label in the other languages we read, but not a name particle', () => {
    expect(cleanByline('Por Ana Ruiz', {})).toBe('Ana Ruiz');
    expect(cleanByline('Von Anna Weber', {})).toBe('Anna Weber');
    expect(cleanByline('Автор: Анна Петрова', {})).toBe('Анна Петрова');
    expect(cleanByline('von der Leyen', {})).toBe('von der Leyen');
  });

  it('keeps a space between the author and the desk that follows in its own element', () => {
    expect(cleanByline('Par Jo Marsh(Bruxelles, bureau européen)', {})).toBe('Jo Marsh (Bruxelles, bureau européen)');
    expect(
      built(
        `<html><body><article><h1>Pier to be rebuilt</h1><p class="byline">By <a href="/jo">Jo Marsh<span>(Harbour desk)</span></a></p>${PARAGRAPHS}</article></body></html>`,
      ).byline,
    ).toBe('Jo Marsh (Harbour desk)');
  });

  it('keeps the date as the page gives it (ISO), for the reader to write out', () => {
    const article = built(`<html><head><meta property="article:published_time" content="2019-11-18T21:17:27Z"></head>
      <body><article><h1>Pier to be rebuilt</h1>${PARAGRAPHS}</article></body></html>`);
    expect(article.date).toBe('2019-11-18T21:17:27Z');
  });

  it("takes the byline from the article's schema.org author markup, never from a review's or a comment's nested in it", () => {
    // Readability drops a box whose class says "header" unread, and takes the next author it meets (the comment's) for the byline.
    const article = built(`<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1>Pier to be rebuilt</h1>
      <div class="story-header"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name"> Ruth Alder </span></span></div>
      ${PARAGRAPHS}
      <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Old Sailor</span></div>
      </article></body></html>`);
    expect(article.byline).toBe('Ruth Alder');
    expect(kinds(article).filter((line) => line.startsWith('byline'))).toEqual(['byline: Ruth Alder']);
  });

  it('reads a "Published on" line under the headline as the date line, and its date as the date when the metadata gives none', () => {
    const article = built(`<html><body><header><h1>Pier to be rebuilt</h1><div class="submitted"><span>Published on 27 March 2020</span></div></header>
      <article>${PARAGRAPHS}</article></body></html>`);
    expect(kinds(article).slice(0, 2)).toEqual(['heading: Pier to be rebuilt', 'dateline: Published on 27 March 2020']);
    expect(article.date).toBe('27 March 2020');
  });

  it('reads a "Published on" line in the body as the date line, not a paragraph; an "Updated" line is no publication date', () => {
    const article = built(`<html><body><article><h1>Pier to be rebuilt</h1><p>Updated on 29 March 2020</p>
      <p>Published on Wednesday 25 March 2020 at 10:03</p>${PARAGRAPHS}</article></body></html>`);
    expect(kinds(article).slice(1, 3)).toEqual(['paragraph: Updated on 29 March 2020', 'dateline: Published on Wednesday 25 March 2020 at 10:03']);
    expect(article.date).toBe('Wednesday 25 March 2020 at 10:03');
  });

  it('takes a site name without its tagline', () => {
    const article = built(`<html><head><meta property="og:site_name" content="Harbour News - Latest News &amp; Headlines"></head>
      <body><article><h1>Pier to be rebuilt</h1>${PARAGRAPHS}</article></body></html>`);
    expect(article.site).toBe('Harbour News');
  });
});

describe('fact-checks', () => {
  const FACT_CHECK = `<html><head>
    <meta name="author" content="Sam Rivers">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"ClaimReview","claimReviewed":"The pier was sold to a hotel chain.","author":{"@type":"Organization","name":"Harbour Check"},
       "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Sam Rivers"}},
       "reviewRating":{"@type":"Rating","ratingValue":1,"bestRating":5,"alternateName":"False"}}]}</script>
    </head><body><article><h1>No, the pier was not sold</h1>${PARAGRAPHS}</article></body></html>`;

  it('reads the claim, its claimant and the verdict, and never makes the claimant the byline', () => {
    const article = built(FACT_CHECK);
    expect(article.claimReview).toEqual({ claim: 'The pier was sold to a hotel chain.', claimant: 'Sam Rivers', verdict: 'False', reviewer: 'Harbour Check' });
    expect(article.byline).toBeUndefined();
    expect(article.text).not.toContain('Sam Rivers');
  });

  it('names a claimant whose name the data gives as a list (the name, then the office), as the page prints it', () => {
    const article = built(`<html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"ClaimReview","claimReviewed":"The harbour tunnel is free to use.","author":{"@type":"Organization","name":"Harbour Check"},
         "itemReviewed":{"@type":"CreativeWork","author":{"@type":"Organization","name":["Dana Wells","mayor of Harbourtown"]}},
         "reviewRating":{"@type":"Rating","ratingValue":"1","bestRating":"6","alternateName":"Incorrect"}}]}</script>
      </head><body><article><h1>No, the harbour tunnel has a toll</h1>${PARAGRAPHS}</article></body></html>`);
    expect(article.claimReview).toEqual({
      claim: 'The harbour tunnel is free to use.',
      claimant: 'Dana Wells, mayor of Harbourtown',
      verdict: 'Incorrect',
      reviewer: 'Harbour Check',
    });
    expect(article.byline).toBeUndefined();
  });

  it("shows the page's claim box once when it is laid out twice (for small screens and for large), the copy hidden, still revealable", () => {
    const box = (visibility: string): string => `<div class="details ${visibility}">
      <h3>Claim</h3><div>The harbour tunnel is free to use for every car and lorry.</div>
      <h3>Verdict</h3><div>Incorrect: a toll has been charged since the tunnel opened, at every hour of the day.</div>
      <h3>Source</h3><div>Dana Wells, mayor of Harbourtown (3 March)</div></div>`;
    const article = built(`<html><body><article><h1>No, the harbour tunnel has a toll</h1>
      ${box('show-for-small-only')}
      ${PARAGRAPHS}
      <p>The toll pays for the tunnel's upkeep, the operator said, and has risen twice since it opened to traffic.</p>
      <p>The mayor's office said she had meant the old ferry, which carried cars for nothing until it stopped in the spring.</p>
      <p>Council minutes from the year the tunnel opened set out the toll for cars, vans and lorries, and who may cross free.</p>
      <p>Only buses and emergency vehicles cross without paying, the operator's published table of charges shows.</p>
      ${box('hide-for-small-only')}
      </article></body></html>`);
    const texts = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(texts.filter((text) => text === 'Verdict')).toHaveLength(1);
    expect(texts.indexOf('Verdict')).toBeLessThan(texts.findIndex((text) => text.startsWith('The harbour board voted')));
    expect(article.stripped.filter((item) => item.reason === 'repeated blocks').map((item) => item.text)).toEqual([
      'Claim',
      'The harbour tunnel is free to use for every car and lorry.',
      'Verdict',
      'Incorrect: a toll has been charged since the tunnel opened, at every hour of the day.',
      'Source',
      'Dana Wells, mayor of Harbourtown (3 March)',
    ]);
  });

  it('keeps a story that the page prints whole twice, and every part of it', () => {
    const story = `<p>Storm damage closed the north pier in January, and the ferries moved to the south quay the next morning.</p>
      <p>Engineers found that two of the iron columns under the café had cracked through and could not be repaired.</p>
      <p>The café and the lifeboat station will reopen first, once the new columns are in place, the board said.</p>
      <p>Anglers, who have fished from the pier's end for a century, will have to wait until the work is finished.</p>
      <p>The last rebuilding, after the great storm of 1953, took three years and was paid for by a public appeal.</p>
      <p>This time the money comes from the board's reserves and a loan that the town council approved in March.</p>${PARAGRAPHS}`;
    const article = built(`<html><body><article><h1>Pier to be rebuilt</h1>${story}<div class="print-copy">${story}</div></article></body></html>`);
    expect(article.stripped.filter((item) => item.reason === 'repeated blocks')).toEqual([]);
  });

  it('keeps a short run the article repeats (a pair of credits)', () => {
    const credits = '<p>Reporting by Dana Wells</p><p>Editing by Sam Rivers</p>';
    const article = built(`<html><body><article><h1>Pier to be rebuilt</h1>${credits}${PARAGRAPHS}${credits}</article></body></html>`);
    expect(article.stripped.filter((item) => item.reason === 'repeated blocks')).toEqual([]);
  });
});

describe('structure in the body', () => {
  it('reads a standfirst, bold-only and class-marked subheadings, class-marked captions and a gallery caption in a list', () => {
    const article = built(`<html><body><main>
      <h1>Pier to be rebuilt</h1>
      <div class="Article_dek__X1y2Z">Storm damage forces an eighteen-month closure of the north pier.</div>
      <article>
      ${PARAGRAPHS}
      <p><strong>What happens to the ferries</strong></p>
      <p>The ferries will use the south quay, which was dredged last summer and can take the larger boats at any tide.</p>
      <div class="story-crosshead">Cost of the work</div>
      <p>The board put the cost at four million, to be met from reserves and a loan that the town council has approved.</p>
      <p><strong>Update:</strong> the board has since published the tender for the work on its website for builders.</p>
      <ul class="gallery"><li><img src="https://cdn.example/1.jpg" alt="Pier"><span class="gallery-caption">The pier in 1910.</span></li></ul>
      <p>Older residents remember the pier as the place where the steamers once landed, long before the ferries began.</p>
      </article></main></body></html>`);
    expect(kinds(article)).toEqual([
      'heading: Pier to be rebuilt',
      'standfirst: Storm damage forces an eighteen-month closure of the north pier.',
      expect.stringMatching(/^paragraph: The harbour board voted/),
      expect.stringMatching(/^paragraph: Work will start/),
      'heading: What happens to the ferries',
      expect.stringMatching(/^paragraph: The ferries will use/),
      'heading: Cost of the work',
      expect.stringMatching(/^paragraph: The board put/),
      expect.stringMatching(/^paragraph: Update: the board/),
      'caption: The pier in 1910.',
      expect.stringMatching(/^paragraph: Older residents/),
    ]);
  });

  it('shows a caption once: a repeat of the headline or of an earlier caption is hidden, still revealable', () => {
    const article = built(`<html><body><article><h1>Pier to be rebuilt</h1>
      <figure><img src="https://cdn.example/a.jpg" alt="x"><figcaption>Pier to be rebuilt</figcaption></figure>
      <figure><img src="https://cdn.example/b.jpg" alt="y"><figcaption>The north pier in January.</figcaption></figure>
      ${PARAGRAPHS}
      <figure><img src="https://cdn.example/b.jpg" alt="y"><figcaption>The north pier in January.</figcaption></figure>
      </article></body></html>`);
    expect(article.blocks.filter((block) => block.kind === 'caption')).toHaveLength(1);
    expect(article.stripped.map((item) => [item.reason, item.text])).toEqual([
      ['repeated caption', 'Pier to be rebuilt'],
      ['repeated caption', 'The north pier in January.'],
    ]);
  });
  it('reads the credited words under a picture in an old table layout as its caption, not as the lead', () => {
    const article = built(`<html><body><div><h1>Pier to be rebuilt</h1><table>
      <tr><td><img src="https://cdn.example/pier.jpg" alt="Pier"></td></tr>
      <tr><td>Workers inspect the north pier on Tuesday after the second storm of the winter closed it to ferries.(Reuters)</td></tr>
      </table>${PARAGRAPHS}${PARAGRAPHS.replace(/north pier/g, 'old pier')}</div></body></html>`);
    expect(kinds(article).slice(1, 3)).toEqual([
      'caption: Workers inspect the north pier on Tuesday after the second storm of the winter closed it to ferries.(Reuters)',
      'paragraph: The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter and which ferries have avoided since.',
    ]);
  });
  it("reads a picture's description in schema.org markup as its caption, not as the standfirst", () => {
    const article = built(`<html><body><main><h1>Pier to be rebuilt</h1>
      <div class="story"><div itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img src="https://cdn.example/pier.jpg" alt="">
      <div class="image-alt" itemprop="description">The north pier after the second storm of the winter, seen from the south quay.</div></div>
      ${PARAGRAPHS}</div></main></body></html>`);
    expect(kinds(article).slice(0, 2)).toEqual([
      'heading: Pier to be rebuilt',
      'caption: The north pier after the second storm of the winter, seen from the south quay.',
    ]);
  });

  it("reads the words a page marks as a picture's legend (the French name of a caption) as its caption", () => {
    const article = built(`<html><body><article><h1>Pier to be rebuilt</h1>
      <div class="ww-item image"><img src="https://cdn.example/pier.jpg" alt=""><span class="legend">The north pier in January (Jo Marsh / Harbour News)</span></div>
      ${PARAGRAPHS}</article></body></html>`);
    expect(kinds(article).slice(0, 3)).toEqual([
      'heading: Pier to be rebuilt',
      'caption: The north pier in January (Jo Marsh / Harbour News)',
      expect.stringMatching(/^paragraph: The harbour board voted/),
    ]);
  });

  it('reads a "Researched by" line under a claim box of many blocks as the byline, but a "By" line deep in the story stays a paragraph', () => {
    const box = ['Claim', 'The pier was sold to a hotel chain.', 'Verdict', 'False', 'Source', 'A post shared online (12 March 2020)']
      .map((text) => `<p>${text}</p>`)
      .join('');
    const deep = `${PARAGRAPHS}${PARAGRAPHS.replace(/north pier/g, 'old pier')}${PARAGRAPHS.replace(/north pier/g, 'west pier')}`;
    const article = built(`<html><body><article><h1>No, the pier was not sold</h1>${box}<p>Researched by Naledi Khumalo</p>
      ${deep}${deep}<p>By Sam Rivers</p>${PARAGRAPHS}</article></body></html>`);
    expect(kinds(article).filter((line) => line.startsWith('byline'))).toEqual(['byline: Researched by Naledi Khumalo']);
    expect(kinds(article)).toContain('paragraph: By Sam Rivers');
    expect(article.byline).toBe('Naledi Khumalo');
  });

  it("reads the author's name set in the page's byline box as a byline, although a source credit took the page's byline", () => {
    const article = built(`<html><body><div><p>From <span class="byline">Harbour Weekly</span></p><h1>Pier to be rebuilt</h1>
      <div class="article-author"><span class="byline">Ruth Alder</span></div>
      ${PARAGRAPHS}${PARAGRAPHS.replace(/north pier/g, 'old pier')}</div></body></html>`);
    expect(kinds(article).filter((line) => !line.startsWith('paragraph'))).toEqual([
      'heading: Pier to be rebuilt',
      'byline: Harbour Weekly',
      'byline: Ruth Alder',
    ]);
    expect(kinds(article).find((line) => line.startsWith('paragraph'))).toBe(
      'paragraph: The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter and which ferries have avoided since.',
    );
  });
});
