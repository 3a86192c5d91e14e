import { createTextContext } from '../engine/text/text-context';
import { spansOverlap, type Span } from '../engine/text/spans';
import type { ArticleMeta } from '../engine/article-meta';
import { OUTLET_REGISTRY } from '../engine/state-media/outlet-registry.generated';
import type { Finding, QuoteFinding, StateMediaFinding, Typology } from '../model/finding';

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
  /** The sentence saying a counted state outlet published the article itself, or null. */
  readonly publisherSentence: string | null;
  /** The figures as short sentences, most telling first. */
  readonly sentences: readonly string[];
}

/** Label under which generic references ("state media", "the party daily") are counted. */
export const GENERIC_OUTLET_LABEL = 'unnamed state media';

/** Label under which quotes without a known speaker are counted. */
export const UNNAMED_SPEAKER_LABEL = 'an unnamed speaker';

/** Sentence indexes a span touches; a quote may run over several sentences. */
// Sentences are in text order, so a binary search finds the first one a span can touch.
function sentencesTouching(sentences: readonly Span[], span: Span): number[] {
  // An empty span still belongs to the sentence it sits in.
  const probe = span.end > span.start ? span : { start: span.start, end: span.start + 1 };
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end <= probe.start) low = mid + 1;
    else high = mid;
  }
  const touched: number[] = [];
  for (let index = low; index < sentences.length && sentences[index]!.start < probe.end; index++) {
    if (spansOverlap(sentences[index]!, probe)) touched.push(index);
  }
  return touched;
}

function outletName(finding: StateMediaFinding): string {
  return finding.outlet.includes('(generic)') ? GENERIC_OUTLET_LABEL : finding.outlet;
}

// The engine may add the role it resolved in parentheses ("Kim Jong Un (the leader)"); one person is one speaker.
function speakerName(finding: QuoteFinding): string {
  const name = finding.speaker?.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return name && name.length > 0 ? name : UNNAMED_SPEAKER_LABEL;
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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function describeShare(summary: Omit<SourcingSummary, 'sentences' | 'publisherSentence'>): string {
  if (summary.sentenceCount === 0) return 'The article has no sentences to summarise.';
  if (summary.stateMediaSentenceCount === 0) return 'No sentence rests on state media.';
  const verb = summary.stateMediaSentenceCount === 1 ? 'rests' : 'rest';
  return `${summary.stateMediaSentenceCount} of ${plural(summary.sentenceCount, 'sentence', 'sentences')} (${percent(summary.stateMediaShare)}) ${verb} on state media.`;
}

function describeOutlets(outlets: readonly OutletCount[], total: number): string | null {
  const top = outlets[0];
  if (!top) return null;
  if (outlets.length === 1) {
    return top.outlet === GENERIC_OUTLET_LABEL
      ? `State media are cited without naming an outlet (${plural(total, 'attribution', 'attributions')}).`
      : `One state source: ${top.outlet} (${plural(total, 'attribution', 'attributions')}).`;
  }
  if (top.outlet !== GENERIC_OUTLET_LABEL && top.attributions * 2 > total) {
    return `Mainly one state source: ${top.outlet} (${top.attributions} of ${total} attributions).`;
  }
  return `State sources: ${outlets.map((entry) => `${entry.outlet} (${entry.attributions})`).join(', ')}.`;
}

function describeQuotes(quoteCount: number, relayed: number, speakers: readonly SpeakerCount[]): string[] {
  if (quoteCount === 0) return ['No one is quoted directly.'];
  const from = plural(speakers.length, 'speaker', 'speakers');
  const via = relayed === 0 ? 'none through state media' : relayed === quoteCount ? `${quoteCount === 1 ? 'it comes' : 'all come'} through state media` : `${relayed} through state media`;
  const lines = [`${plural(quoteCount, 'direct quote', 'direct quotes')} from ${from}; ${via}.`];
  const top = speakers[0]!;
  if (speakers.length > 1 || top.speaker !== UNNAMED_SPEAKER_LABEL) {
    const relayedNote = top.relayedByStateMedia > 0 ? `, ${top.relayedByStateMedia} via state media` : '';
    lines.push(`Most quoted: ${top.speaker} (${plural(top.quotes, 'quote', 'quotes')}${relayedNote}).`);
  }
  return lines;
}

function describeUnverified(count: number): string {
  if (count === 0) return 'No claim is flagged as unverified.';
  return `${plural(count, 'claim', 'claims')} the article does not verify.`;
}

const TYPOLOGY_PHRASE: Readonly<Record<Typology, string>> = {
  SC: 'state-controlled',
  CaPu: 'state-captured public',
  CaPr: 'state-captured private',
  ISFM: 'independent state-funded',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
  IP: 'independent public',
};

/** Options of the summary: the article's publisher and which typologies count as state media. */
export interface SummaryOptions {
  readonly publisher?: ArticleMeta['publisher'];
  readonly typologies?: readonly Typology[];
}

/**
 * "Published by Sputnik, a state-controlled outlet in Russia." — only for a publisher whose typology
 * the reader counts as state media; an independent public broadcaster publishing its own story is no news.
 */
export function describePublisher(publisher: ArticleMeta['publisher'] | undefined, typologies: readonly Typology[] = ['SC', 'CaPu', 'CaPr']): string | null {
  if (!publisher || !typologies.includes(publisher.typology)) return null;
  const country = OUTLET_REGISTRY.countryNames[publisher.country] ?? publisher.country;
  const phrase = TYPOLOGY_PHRASE[publisher.typology];
  return `Published by ${publisher.outlet}, ${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase} outlet in ${country}.`;
}

/**
 * Sums up how an article is sourced: which state outlets it leans on, who it quotes and through
 * whom, how many claims it leaves unverified, and the share of its sentences that rest on state media.
 */
export function summarizeSourcing(text: string, findings: readonly Finding[], options: SummaryOptions = {}): SourcingSummary {
  const sentences = createTextContext(text).sentences;
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
    const name = speakerName(quote);
    const entry = speakerMap.get(name) ?? { quotes: 0, relayed: 0 };
    entry.quotes++;
    if (relayed) entry.relayed++;
    speakerMap.set(name, entry);
  }
  const speakers = [...speakerMap]
    .map(([speaker, entry]) => ({ speaker, quotes: entry.quotes, relayedByStateMedia: entry.relayed }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
  const outlets = countOutlets(stateMedia);

  const figures = {
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
  const outletLine = describeOutlets(outlets, stateMedia.length);
  const publisherSentence = describePublisher(options.publisher, options.typologies);
  return {
    ...figures,
    publisherSentence,
    sentences: [
      ...(publisherSentence ? [publisherSentence] : []),
      describeShare(figures),
      ...(outletLine ? [outletLine] : []),
      ...describeQuotes(quotes.length, relayedQuoteCount, speakers),
      describeUnverified(unverifiedCount),
    ],
  };
}
