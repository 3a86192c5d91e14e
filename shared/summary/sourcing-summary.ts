import type { Language } from '../engine/lang/detect-language';
import { packFor } from '../engine/lang/index';
import { createTextContext } from '../engine/text/text-context';
import { spansOverlap, type Span } from '../engine/text/spans';
import type { ArticleMeta } from '../engine/article-meta';
import { OUTLET_REGISTRY } from '../engine/state-media/outlet-registry.generated';
import type { Finding, QuoteFinding, StateMediaFinding, Typology } from '../model/finding';
import { TYPOLOGY_ADJECTIVES } from '../model/typology';
import { speakerName } from '../model/speaker';
import { lowerBound } from '../util/lower-bound';

/** How often one state outlet is used as a source. */
export interface OutletCount {
  /** Canonical outlet name; generic references ("state media") are counted under `GENERIC_OUTLET_LABEL`. */
  readonly outlet: string;
  readonly country?: string;
  readonly attributions: number;
}

/** How often one speaker is quoted, and how many of those quotes came through state media. */
export interface SpeakerCount {
  /** The speaker's name, or `UNNAMED_SPEAKER_LABEL` for quotes the engine could not attribute. */
  readonly speaker: string;
  readonly quotes: number;
  readonly relayedByStateMedia: number;
}

/** Figures on how an article is sourced, with sentences a reader understands. */
export interface SourcingSummary {
  readonly sentenceCount: number;
  /** Sentences holding a state-media attribution or a quote relayed by state media. */
  readonly stateMediaSentenceCount: number;
  /** `stateMediaSentenceCount / sentenceCount`, 0 for an empty article. */
  readonly stateMediaShare: number;
  readonly stateMediaAttributions: number;
  /** Outlets, most used first. */
  readonly outlets: readonly OutletCount[];
  readonly quoteCount: number;
  /** Quotes sharing a sentence with a state-media attribution. */
  readonly relayedQuoteCount: number;
  /** Speakers, most quoted first. */
  readonly speakers: readonly SpeakerCount[];
  readonly unverifiedCount: number;
  /**
   * Whether most state-media attributions go to one named outlet, often enough (three or more) to
   * be worth a warning; two mentions of one outlet are not a pattern.
   */
  readonly reliesOnOneStateSource: boolean;
  /** The sentence saying a counted state outlet published the article itself, or null. */
  readonly publisherSentence: string | null;
  /** The figures as short sentences, most telling first. */
  readonly sentences: readonly string[];
}

/** Label under which generic references ("state media", "the party daily") are counted. */
export const GENERIC_OUTLET_LABEL = 'unnamed state media';

/** Corrections the reader made to this article's findings, counted in the summary. */
export interface CorrectionCounts {
  /** Findings the reader marked as wrong (already left out of the findings summarised). */
  readonly markedWrong: number;
  /** Findings the reader added (already among the findings summarised). */
  readonly added: number;
}

/** How to word the summary. */
export interface SummaryOptions {
  /** BCP 47 locale for numbers ("57%" in English, "57 %" in French); English by default. */
  readonly locale?: string;
  /** The language the article was analysed in, so its sentences are counted by that language's rules. */
  readonly language?: Language;
  readonly corrections?: CorrectionCounts;
  /** The article's own publisher, when the registry knows it. */
  readonly publisher?: ArticleMeta['publisher'];
  /** Typologies the reader counts as state media; the default three when absent. */
  readonly typologies?: readonly Typology[];
}

/** Fewest attributions to one outlet before the summary warns that the article leans on it. */
export const ONE_SOURCE_WARNING_MINIMUM = 3;

/** Label under which quotes without a known speaker are counted. */
export const UNNAMED_SPEAKER_LABEL = 'an unnamed speaker';

/** Sentence indexes a span touches; a quote may run over several sentences. */
// Sentences are in text order, so a binary search finds the first one a span can touch.
function sentencesTouching(sentences: readonly Span[], span: Span): number[] {
  // An empty span still belongs to the sentence it sits in.
  const probe = span.end > span.start ? span : { start: span.start, end: span.start + 1 };
  const low = lowerBound(sentences.length, (index) => sentences[index]!.end <= probe.start);
  const touched: number[] = [];
  for (let index = low; index < sentences.length && sentences[index]!.start < probe.end; index++) {
    if (spansOverlap(sentences[index]!, probe)) touched.push(index);
  }
  return touched;
}

function outletName(finding: StateMediaFinding): string {
  return finding.outlet.includes('(generic)') ? GENERIC_OUTLET_LABEL : finding.outlet;
}

function speakerLabel(finding: QuoteFinding): string {
  return speakerName(finding) ?? UNNAMED_SPEAKER_LABEL;
}

function countOutlets(findings: readonly StateMediaFinding[]): OutletCount[] {
  const byName = new Map<string, { country?: string; attributions: number }>();
  for (const finding of findings) {
    const name = outletName(finding);
    const entry = byName.get(name) ?? { attributions: 0 };
    entry.attributions++;
    if (entry.country === undefined && finding.country !== undefined) entry.country = finding.country;
    byName.set(name, entry);
  }
  return [...byName]
    .map(([outlet, entry]) => ({ outlet, attributions: entry.attributions, ...(entry.country ? { country: entry.country } : {}) }))
    .sort((a, b) => b.attributions - a.attributions || a.outlet.localeCompare(b.outlet));
}

/** Formats numbers for the reader's locale: counts with grouping, shares as whole percentages. */
interface Numbers {
  readonly count: (value: number) => string;
  readonly percent: (share: number) => string;
}

// Building a number format loads the locale's data, the summary's largest cost; the reader asks for
// the same locale on every summary.
const NUMBERS_BY_LOCALE = new Map<string, Numbers>();

function numbersFor(locale: string | undefined): Numbers {
  const cached = NUMBERS_BY_LOCALE.get(locale ?? '');
  if (cached) return cached;
  const numbers = buildNumbers(locale);
  NUMBERS_BY_LOCALE.set(locale ?? '', numbers);
  return numbers;
}

function buildNumbers(locale: string | undefined): Numbers {
  let counts: Intl.NumberFormat;
  let percents: Intl.NumberFormat;
  try {
    counts = new Intl.NumberFormat(locale);
    percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  } catch {
    // An unknown locale tag must not cost the reader the summary.
    counts = new Intl.NumberFormat('en');
    percents = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
  }
  return { count: (value) => counts.format(value), percent: (share) => percents.format(share) };
}

function pluralWith(numbers: Numbers) {
  return (count: number, one: string, many: string): string => `${numbers.count(count)} ${count === 1 ? one : many}`;
}

type Figures = Omit<SourcingSummary, 'sentences' | 'publisherSentence'>;

function describeShare(summary: Figures, numbers: Numbers): string {
  const plural = pluralWith(numbers);
  if (summary.sentenceCount === 0) return 'The article has no sentences to summarise.';
  if (summary.stateMediaSentenceCount === 0) return 'No sentence cites state media.';
  const verb = summary.stateMediaSentenceCount === 1 ? 'cites' : 'cite';
  // "Cite", not "rest on": only sentences that name state media (or carry a quote it relayed) are counted,
  // not the sentences after them that may still repeat its report.
  return `${numbers.count(summary.stateMediaSentenceCount)} of ${plural(summary.sentenceCount, 'sentence', 'sentences')} (${numbers.percent(summary.stateMediaShare)}) ${verb} state media.`;
}

function describeOutlets(outlets: readonly OutletCount[], total: number, numbers: Numbers): string | null {
  const plural = pluralWith(numbers);
  const top = outlets[0];
  if (!top) return null;
  if (outlets.length === 1) {
    return top.outlet === GENERIC_OUTLET_LABEL
      ? `State media are cited without naming an outlet (${plural(total, 'attribution', 'attributions')}).`
      : `One state source: ${top.outlet} (${plural(total, 'attribution', 'attributions')}).`;
  }
  if (top.outlet !== GENERIC_OUTLET_LABEL && top.attributions * 2 > total) {
    return `Mainly one state source: ${top.outlet} (${numbers.count(top.attributions)} of ${numbers.count(total)} attributions).`;
  }
  return `State sources: ${outlets.map((entry) => `${entry.outlet} (${numbers.count(entry.attributions)})`).join(', ')}.`;
}

function describeQuotes(quoteCount: number, relayed: number, speakers: readonly SpeakerCount[], numbers: Numbers): string[] {
  const plural = pluralWith(numbers);
  if (quoteCount === 0) return ['No one is quoted directly.'];
  const from = plural(speakers.length, 'speaker', 'speakers');
  const via =
    relayed === 0
      ? 'none through state media'
      : relayed === quoteCount
        ? `${quoteCount === 1 ? 'it comes' : 'all come'} through state media`
        : `${numbers.count(relayed)} through state media`;
  const lines = [`${plural(quoteCount, 'direct quote', 'direct quotes')} from ${from}; ${via}.`];
  const [top, runnerUp] = speakers;
  // "Most quoted" is only true of someone quoted more than once and more often than anyone else.
  if (top && top.speaker !== UNNAMED_SPEAKER_LABEL && top.quotes >= 2 && (runnerUp === undefined || top.quotes > runnerUp.quotes)) {
    const relayedNote = top.relayedByStateMedia > 0 ? `, ${numbers.count(top.relayedByStateMedia)} via state media` : '';
    lines.push(`Most quoted: ${top.speaker} (${plural(top.quotes, 'quote', 'quotes')}${relayedNote}).`);
  }
  return lines;
}

function describeUnverified(count: number, numbers: Numbers): string {
  if (count === 0) return 'No claim is flagged as unverified.';
  return `${pluralWith(numbers)(count, 'claim', 'claims')} the article does not verify.`;
}

function describeCorrections(corrections: CorrectionCounts | undefined, numbers: Numbers): string | null {
  if (!corrections || corrections.markedWrong + corrections.added === 0) return null;
  const plural = pluralWith(numbers);
  const parts = [
    corrections.markedWrong > 0 ? `${plural(corrections.markedWrong, 'finding', 'findings')} marked wrong` : null,
    corrections.added > 0 ? `${plural(corrections.added, 'finding', 'findings')} added` : null,
  ].filter((part): part is string => part !== null);
  return `Your corrections: ${parts.join(', ')}; the figures above include them.`;
}

/**
 * "Published by Sputnik, a state-controlled outlet in Russia." — only for a publisher whose typology
 * the reader counts as state media; an independent public broadcaster publishing its own story is no news.
 */
export function describePublisher(publisher: ArticleMeta['publisher'] | undefined, typologies: readonly Typology[] = ['SC', 'CaPu', 'CaPr']): string | null {
  if (!publisher || !typologies.includes(publisher.typology)) return null;
  const country = OUTLET_REGISTRY.countryNames[publisher.country] ?? publisher.country;
  const phrase = TYPOLOGY_ADJECTIVES[publisher.typology];
  return `Published by ${publisher.outlet}, ${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase} outlet in ${country}.`;
}

/**
 * Sums up how an article is sourced: which state outlets it leans on, who it quotes and through
 * whom, how many claims it leaves unverified, and the share of its sentences that cite state media.
 */
export function summarizeSourcing(text: string, findings: readonly Finding[], options: SummaryOptions = {}): SourcingSummary {
  const numbers = numbersFor(options.locale);
  const sentences = createTextContext(text, packFor(options.language)).sentences;
  const stateMedia = findings.filter((finding): finding is StateMediaFinding => finding.layer === 'state-media');
  const quotes = findings.filter((finding): finding is QuoteFinding => finding.layer === 'quote');
  const unverifiedCount = findings.filter((finding) => finding.layer === 'unverified').length;

  const stateSentences = new Set(stateMedia.flatMap((finding) => sentencesTouching(sentences, finding)));
  const resting = new Set(stateSentences);
  const speakerMap = new Map<string, { quotes: number; relayed: number }>();
  let relayedQuoteCount = 0;
  for (const quote of quotes) {
    const touched = sentencesTouching(sentences, quote);
    const relayed = touched.some((index) => stateSentences.has(index));
    if (relayed) {
      relayedQuoteCount++;
      for (const index of touched) resting.add(index);
    }
    const name = speakerLabel(quote);
    const entry = speakerMap.get(name) ?? { quotes: 0, relayed: 0 };
    entry.quotes++;
    if (relayed) entry.relayed++;
    speakerMap.set(name, entry);
  }
  const speakers = [...speakerMap]
    .map(([speaker, entry]) => ({ speaker, quotes: entry.quotes, relayedByStateMedia: entry.relayed }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
  const outlets = countOutlets(stateMedia);

  const topOutlet = outlets[0];
  const figures = {
    reliesOnOneStateSource:
      topOutlet !== undefined &&
      topOutlet.outlet !== GENERIC_OUTLET_LABEL &&
      topOutlet.attributions >= ONE_SOURCE_WARNING_MINIMUM &&
      topOutlet.attributions * 2 > stateMedia.length,
    sentenceCount: sentences.length,
    stateMediaSentenceCount: resting.size,
    stateMediaShare: sentences.length === 0 ? 0 : resting.size / sentences.length,
    stateMediaAttributions: stateMedia.length,
    outlets,
    quoteCount: quotes.length,
    relayedQuoteCount,
    speakers,
    unverifiedCount,
  };
  const outletLine = describeOutlets(outlets, stateMedia.length, numbers);
  const correctionLine = describeCorrections(options.corrections, numbers);
  const publisherSentence = describePublisher(options.publisher, options.typologies);
  return {
    ...figures,
    publisherSentence,
    sentences: [
      ...(publisherSentence ? [publisherSentence] : []),
      describeShare(figures, numbers),
      ...(outletLine ? [outletLine] : []),
      ...describeQuotes(quotes.length, relayedQuoteCount, speakers, numbers),
      describeUnverified(unverifiedCount, numbers),
      ...(correctionLine ? [correctionLine] : []),
    ],
  };
}
