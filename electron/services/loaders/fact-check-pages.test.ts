// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { realFactCheckPages } from '../../../scripts/real-corpus/fact-check-pages';
import { renderHtmlExport } from '../../../shared/export/html-export';
import type { Article } from '../../../shared/model/article';
import { LAYER_IDS } from '../../../shared/model/layers';
import { buildHtmlArticle } from './load-html';

// Real fact-check pages saved by others (a claim-review collector's test fixtures), pinned by repository,
// commit, path and sha256 in fixtures/real-fact-checks.json and never committed. Where the snapshot is absent,
// as in CI, these skip.
const { repo, read } = realFactCheckPages();
if (!read) console.warn(`Skipping the real fact-check page tests: the ${repo} snapshot is not in the mirror (see fixtures/real-fact-checks.json).`);

function loadPage(id: string): Article {
  if (!read) throw new Error(`fact-check page ${id} is unavailable`);
  const article = buildHtmlArticle(read(id), `/tmp/${id}.html`);
  if ('code' in article) throw new Error(`${id}: ${article.code}`);
  return article;
}

const textsOf = (article: Article, kind: string): string[] =>
  article.blocks.filter((block) => block.kind === kind).map((block) => article.text.slice(block.start, block.end));

/** The fact-check card of the HTML export, row by row, and how many cards it shows. */
function exportedCards(article: Article): { count: number; rows: [string, string][] } {
  const html = renderHtmlExport(article, [], { visibleLayers: LAYER_IDS, exportedAt: '2026-12-06T21:00:00.000Z', version: 'test' });
  const cards = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.sl-claim-card')];
  const terms = [...(cards[0]?.querySelectorAll('dt') ?? [])].map((term) => term.textContent ?? '');
  const values = [...(cards[0]?.querySelectorAll('dd') ?? [])].map((value) => value.textContent ?? '');
  return { count: cards.length, rows: terms.map((term, index) => [term, values[index] ?? '']) };
}

/** The claimant is on the card only: not the byline, nor a byline line of the text. */
function expectClaimantNotByline(article: Article): void {
  const claimant = article.claimReview?.claimant;
  expect(claimant).toBeTruthy();
  expect(article.byline).not.toBe(claimant);
  expect(textsOf(article, 'byline')).not.toContain(claimant);
}

describe.skipIf(!read)('real fact-check pages: the ClaimReview as a card, the article as the text', () => {
  it('AFP Fact Check: claim, claimant and verdict on one card; the reporter as the byline; the fact-check as the body', () => {
    const article = loadPage('afp-cdc-covid-toll');
    expect(article.claimReview).toEqual({
      claim:
        'The US Centers for Disease Control and Prevention lied about the number of deaths caused by COVID-19 by combining the count with pneumonia and influenza fatalities',
      claimant: 'multiple sources',
      verdict: 'False',
      reviewer: 'AFP Fact Check',
    });
    expect(exportedCards(article)).toEqual({
      count: 1,
      rows: [
        ['Claim', article.claimReview!.claim],
        ['Claimed by', 'multiple sources'],
        ['Verdict', 'False'],
        ['Checked by', 'AFP Fact Check'],
      ],
    });
    expectClaimantNotByline(article);
    // The page's byline: <span class="meta-author"><a>Claire Savage</a>, <a>AFP USA</a></span>.
    expect(article.byline).toBe('Claire Savage, AFP USA');
    expect(article.title).toBe('CDC does not add flu and pneumonia deaths to COVID-19 toll');
    expect(textsOf(article, 'heading')[0]).toBe('CDC does not add flu and pneumonia deaths to COVID-19 toll');
    const paragraphs = textsOf(article, 'paragraph');
    expect(paragraphs).toContainEqual(
      expect.stringMatching(/^“We’re not combining pneumonia deaths with COVID-19 deaths,” NCHS Chief of Mortality Statistics Bob Anderson told AFP/),
    );
    expect(paragraphs.at(-1)).toMatch(/^AFP Fact Check has debunked more than 500 false and misleading claims/);
  });

  it('AFP Fact Check: the photo legends are captions and the "Published on" line is the date line, none of them paragraphs', () => {
    const article = loadPage('afp-cdc-covid-toll');
    // <span class="image-legend">…</span>, <span class="legend">…</span> under each screenshot; <span class="meta-date">Published on …</span>.
    const captions = [
      'The Centers for Disease Control and Prevention in Atlanta, Georgia on April 23, 2020 (Tami Chappell / AFP)',
      'Screenshot of a false Facebook post taken on June 23, 2020',
      'Screenshot of the CDC’s “Provisional Death Counts for Coronavirus Disease 2019 (COVID-19),” taken on June 23, 2020',
    ];
    expect(textsOf(article, 'caption')).toEqual(captions);
    expect(textsOf(article, 'dateline')).toEqual(['Published on Wednesday 24 June 2020 at 00:03']);
    const paragraphs = textsOf(article, 'paragraph');
    for (const text of [...captions, 'Published on Wednesday 24 June 2020 at 00:03']) expect(paragraphs).not.toContain(text);
  });

  it('Africa Check: a claimant named with his office (a list in the data) on the card, as the page prints him; the researcher as the byline', () => {
    const article = loadPage('africa-check-interferon');
    // "itemReviewed": {"author": {"name": ["Mzwandile Masina", "mayor of Ekurhuleni"]}}; the page's Source box:
    // "Mzwandile Masina, mayor of Ekurhuleni (18 March 2020)".
    expect(article.claimReview).toEqual({
      claim: 'Interferon alpha-2b a Covid-19 ‘vaccine’',
      claimant: 'Mzwandile Masina, mayor of Ekurhuleni',
      verdict: 'Incorrect',
      reviewer: 'Taryn Willows',
    });
    expect(exportedCards(article).count).toBe(1);
    expectClaimantNotByline(article);
    expect(article.byline).toBe('Keegan Leech');
    expect(article.title).toBe('South African mayor incorrect about Covid-19 ‘vaccine’');
    const paragraphs = textsOf(article, 'paragraph');
    expect(paragraphs).toContainEqual(
      expect.stringMatching(/^But the City of Ekurhuleni’s executive mayor, Mzwandile Masina, had another solution to the pandemic\./),
    );
    expect(textsOf(article, 'heading')).toContain('Conclusion: Interferon alpha-2b is not a vaccine for the new coronavirus.');
  });

  it('Africa Check: the date the page shows under its headline ("Published on 27 March 2020") is the date line and the date', () => {
    const article = loadPage('africa-check-interferon');
    // <h1>…</h1><div class="submitted"><span class="published">Published on 27 March 2020</span></div>; no date in its meta tags.
    expect(textsOf(article, 'dateline')).toEqual(['Published on 27 March 2020']);
    expect(article.date).toBe('27 March 2020');
  });

  it("Africa Check: the page's own Claim, Verdict and Source box, set twice (small screens, large screens), is shown once, above the body", () => {
    const article = loadPage('africa-check-interferon');
    const texts = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(texts.filter((text) => text === 'Mzwandile Masina, mayor of Ekurhuleni (18 March 2020)')).toHaveLength(1);
    // After the headline, the date line and the byline.
    expect(texts.slice(3, 9)).toEqual([
      'Claim',
      'Interferon alpha-2b is a vaccine for the new coronavirus.',
      'Verdict',
      'Interferon alpha-2b has been used to treat some earlier strains of coronavirus, but it’s not a vaccine that would prevent people from getting Covid-19.',
      'Source',
      'Mzwandile Masina, mayor of Ekurhuleni (18 March 2020)',
    ]);
    expect(article.stripped.filter((item) => item.reason === 'repeated blocks').map((item) => item.text)).toEqual(texts.slice(3, 9));
    expect(texts.at(-1)).toMatch(/^It’s important that we only get information on Covid-19 and its treatments from credible sources\./);
  });

  it('Africa Check (older layout): a person as claimant and a verdict the data ends with a stray line break, on the card', () => {
    const article = loadPage('africa-check-ramaphosa');
    expect(article.claimReview).toEqual({
      claim: 'As many as “51% of South African women have experienced violence at the hands of someone with whom they are in a relationship”.',
      claimant: 'South African president Cyril Ramaphosa',
      verdict: 'Incorrect',
      reviewer: 'Africa Check',
    });
    expect(exportedCards(article).count).toBe(1);
    expectClaimantNotByline(article);
    expect(article.title).toBe('Fact-checking president Ramaphosa: Have 51% of South African women experienced intimate partner violence?');
    const paragraphs = textsOf(article, 'paragraph');
    expect(paragraphs).toContain('South Africa experienced a “dark and shameful week” in June 2020, according to president Cyril Ramaphosa.');
    expect(textsOf(article, 'heading')).toContain('Conclusion: About 26% of women report experiencing violence from partners');
  });

  it('Africa Check (older layout): "Researched by NAME" under the claim box is the byline, not a paragraph', () => {
    const article = loadPage('africa-check-ramaphosa');
    // Ten blocks of the claim box (claim, source, verdict, key points) stand above it; the page names no author in its metadata.
    expect(textsOf(article, 'byline')).toEqual(['Researched by Naledi Mashishi']);
    expect(textsOf(article, 'paragraph')).not.toContain('Researched by Naledi Mashishi');
    expect(article.byline).toBe('Naledi Mashishi');
  });

  it('India Today: social-media users as claimant and a "Mostly false" verdict on the card; the fact-check as the body', () => {
    const article = loadPage('india-today-bank-of-china');
    expect(article.claimReview).toEqual({
      claim:
        'Amid “Boycott China” calls in light of recent border tensions, Bank of China is opening its first Indian branch in Mumbai. RBI has now issued a license to it to operate in India.',
      claimant: 'Facebook users',
      verdict: 'Mostly false',
      reviewer: 'India Today',
    });
    expect(exportedCards(article).count).toBe(1);
    expectClaimantNotByline(article);
    expect(article.title).toBe('Fact Check: Is Bank of China opening its first branch in India amid border tensions?');
    const paragraphs = textsOf(article, 'paragraph');
    expect(paragraphs[0]).toMatch(/^Anti-China sentiment in India is high since the bloody clashes in Ladakh’s Galwan Valley/);
    expect(paragraphs).toContainEqual(expect.stringMatching(/^Therefore, the viral claim of Bank of China opening its first Indian branch in Mumbai/));
  });

  it("India Today: the author in the article's schema.org markup is the byline; the lead photo's description is its caption, not the standfirst", () => {
    const article = loadPage('india-today-bank-of-china');
    // <article itemtype="http://schema.org/NewsArticle"> … <span itemprop="author" itemtype="https://schema.org/Person"><dt itemprop="name"> Chayan Kundu</dt></span>
    expect(article.byline).toBe('Chayan Kundu');
    expect(textsOf(article, 'byline')).toEqual(['Chayan Kundu']);
    // <div itemprop="associatedMedia image" itemtype="https://schema.org/ImageObject"> … <div class="image-alt" itemprop="description">…</div>
    const caption = 'Bank of China had opened its maiden Indian branch in Mumbai in June last year. (AFP file photo)';
    expect(textsOf(article, 'standfirst')).not.toContain(caption);
    expect(textsOf(article, 'caption')).toEqual([caption]);
  });

  it('Agência Lupa: a ClaimReview typed as a list, in Portuguese, on the card; the reporter as the byline', () => {
    const article = loadPage('lupa-br-277');
    expect(article.claimReview).toEqual({
      claim: '“BR 277 Foz do Iguaçu. Mais uma obra de Bolsonaro”',
      claimant: 'Post no Facebook',
      verdict: 'Falso',
      reviewer: 'Agência Lupa',
    });
    expect(exportedCards(article).count).toBe(1);
    expectClaimantNotByline(article);
    expect(article.byline).toBe('Gustavo Queiroz');
    expect(article.title).toBe('#Verificamos: É falso que viaduto na BR-277 é ‘obra do governo Bolsonaro’');
    const paragraphs = textsOf(article, 'paragraph');
    expect(paragraphs[0]).toMatch(/^Circula pelas redes sociais que o presidente Jair Bolsonaro \(sem partido\) inaugurou um viaduto na BR-277/);
    expect(paragraphs).toContainEqual(expect.stringMatching(/^A informação analisada pela Lupa é falsa\./));
  });
});
