/**
 * Issue 11 measurement: would an offline NLP library (compromise, wink-nlp) find quote speakers
 * better than the rule-based engine? For every gold quote with a speaker it asks (a) the engine,
 * (b)/(c) a small speaker finder built on each library's tags, and (d) the engine with a library
 * as fallback or veto, scoring all with the benchmark's `speakerMatches`. It also times each
 * library's parse. Nothing here is used by the app.
 *
 *   npx tsx eval/speaker-library-comparison.ts --corpus /work/main/eval/real/tune [--corpus eval/corpus/tune] [--examples]
 *   npx tsx eval/speaker-library-comparison.ts --bundle   (minified worker-like bundles, raw and gzip bytes)
 * `--engine DIR` scores another checkout's engine (DIR holds `shared/`, e.g. from `git archive main shared`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { analyze as worktreeAnalyze } from '../shared/engine/analyze';
import type { QuoteFinding } from '../shared/model/finding';
import { loadArticleFile } from '../electron/services/load-article';
import { locateGoldSpans, readGoldFile, type LocatedGoldSpan } from './gold';
import { speakerMatches } from './score';

/** Universal-style part of speech, the common ground of both libraries' tag sets. */
type Pos = 'PROPN' | 'NOUN' | 'PRON' | 'VERB' | 'AUX' | 'ADV' | 'ADJ' | 'DET' | 'ADP' | 'PUNCT' | 'CONJ' | 'NUM' | 'PART' | 'X';

/** Entity class a library gives a token, when it gives one. */
type Entity = 'PERSON' | 'ORG' | 'PLACE' | 'DEMONYM' | 'DATE';

/** One token in the library-neutral form the speaker finder reads. */
interface Token {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
  readonly pos: Pos;
  readonly entity?: Entity | undefined;
  readonly sentence: number;
}

/** A parsed article: tokens in text order, each tagged with its sentence index. */
interface Parsed {
  readonly tokens: readonly Token[];
}

/** A library adapter: parse text into neutral tokens. */
interface Library {
  readonly name: string;
  readonly parse: (text: string) => Parsed;
}

// ---------------------------------------------------------------- compromise adapter

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  normal?: string;
  offset: { start: number; length: number };
}

function compromisePos(tags: readonly string[]): Pos {
  const has = (tag: string): boolean => tags.includes(tag);
  if (has('Pronoun')) return 'PRON';
  if (has('ProperNoun') || has('Person') || has('Organization')) return 'PROPN';
  if (has('Auxiliary') || has('Copula') || has('Modal')) return 'AUX';
  if (has('Verb')) return 'VERB';
  if (has('Noun')) return 'NOUN';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Determiner')) return 'DET';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction')) return 'CONJ';
  if (has('Value')) return 'NUM';
  if (has('QuestionWord')) return 'PRON';
  return 'X';
}

function compromiseEntity(tags: readonly string[]): Entity | undefined {
  if (tags.includes('Person') || tags.includes('Honorific')) return 'PERSON';
  if (tags.includes('Organization')) return 'ORG';
  if (tags.includes('Demonym')) return 'DEMONYM';
  if (tags.includes('Place')) return 'PLACE';
  if (tags.includes('Date')) return 'DATE';
  return undefined;
}

const compromiseLibrary: Library = {
  name: 'compromise',
  parse(text) {
    const doc = nlp(text);
    doc.compute('root');
    // `root` (the lemma) is filled by compute('root') but missing from compromise's option types.
    const options = { offset: true, terms: { offset: true, root: true } } as Parameters<typeof doc.json>[0];
    const sentences = doc.json(options) as { terms: (CompromiseTerm & { root?: string })[] }[];
    const tokens: Token[] = [];
    sentences.forEach((sentence, index) => {
      for (const term of sentence.terms) {
        const start = term.offset.start;
        // compromise keeps punctuation in `pre`/`post`; the finder needs commas and colons as tokens.
        const preAt = start - term.pre.length;
        [...term.pre].forEach((ch, i) => {
          if (/[^\s]/.test(ch)) tokens.push(punct(ch, preAt + i, index));
        });
        tokens.push({
          text: term.text,
          lower: term.text.toLowerCase(),
          lemma: (term.root ?? term.normal ?? term.text).toLowerCase(),
          start,
          end: start + term.offset.length,
          pos: compromisePos(term.tags),
          entity: compromiseEntity(term.tags),
          sentence: index,
        });
        const postAt = start + term.offset.length;
        [...term.post].forEach((ch, i) => {
          if (/[^\s]/.test(ch)) tokens.push(punct(ch, postAt + i, index));
        });
      }
    });
    return { tokens };
  },
};

function punct(ch: string, at: number, sentence: number): Token {
  return { text: ch, lower: ch, lemma: ch, start: at, end: at + ch.length, pos: 'PUNCT', sentence };
}

// ---------------------------------------------------------------- wink-nlp adapter

const wink = winkNLP(winkModel);
const its = wink.its;

const UPOS: Record<string, Pos> = {
  PROPN: 'PROPN',
  NOUN: 'NOUN',
  PRON: 'PRON',
  VERB: 'VERB',
  AUX: 'AUX',
  ADV: 'ADV',
  ADJ: 'ADJ',
  DET: 'DET',
  ADP: 'ADP',
  PUNCT: 'PUNCT',
  CCONJ: 'CONJ',
  SCONJ: 'CONJ',
  NUM: 'NUM',
  PART: 'PART',
  SYM: 'PUNCT',
};

const winkLibrary: Library = {
  name: 'wink-nlp',
  parse(text) {
    const doc = wink.readDoc(text);
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink's typings reject its.lemma in out() although the model provides it.
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const dates = new Set<number>();
    const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
    const entityTypes = doc.entities().out(its.type) as string[];
    entitySpans.forEach(([from, to], index) => {
      if (/DATE|TIME|DURATION/.test(entityTypes[index] ?? '')) for (let i = from; i <= to; i++) dates.add(i);
    });
    const sentenceOf: number[] = [];
    doc.sentences().each((sentence, index) => {
      const [from, to] = sentence.out(its.span) as unknown as [number, number];
      for (let i = from; i <= to; i++) sentenceOf[i] = index;
    });
    // wink keeps every character (text = Σ precedingSpaces + value), so offsets are a running sum.
    const tokens: Token[] = [];
    let at = 0;
    values.forEach((value, i) => {
      at += spaces[i]!.length;
      const found = text.indexOf(value, at);
      const start = found >= 0 && found - at < 4 ? found : at;
      tokens.push({
        text: value,
        lower: value.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        start,
        end: start + value.length,
        pos: UPOS[pos[i]!] ?? 'X',
        entity: dates.has(i) ? 'DATE' : undefined,
        sentence: sentenceOf[i] ?? 0,
      });
      at = start + value.length;
    });
    return { tokens };
  },
};

// ---------------------------------------------------------------- the speaker finder (library-neutral)

const SPEECH_LEMMAS = new Set(
  (
    'say tell add state note write ask explain warn insist claim declare announce argue describe recall reply respond ' +
    'continue conclude urge stress admit acknowledge suggest comment remark tweet quip complain emphasise emphasize ' +
    'confirm deny vow pledge promise predict caution observe testify shout whisper joke agree concede allege assert ' +
    'contend counter maintain reiterate lament mention boast call'
  ).split(' '),
);
const SPEECH_FORMS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'asked', 'stated', 'noted']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'prime',
  'minister',
  'sen',
  'senator',
  'gov',
  'rep',
  'sir',
  'lord',
  'judge',
  'gen',
  'general',
  'col',
  'mayor',
]);
const DATE_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|week|year|month)$/i;

function isSpeechVerb(token: Token): boolean {
  if (SPEECH_FORMS.has(token.lower)) return true;
  return (token.pos === 'VERB' || token.pos === 'AUX') && SPEECH_LEMMAS.has(token.lemma);
}

function isNominal(token: Token): boolean {
  return token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'PRON' || token.entity === 'PERSON' || token.entity === 'ORG';
}

/** Whether a token could be part of a noun phrase naming someone. */
function inNounPhrase(token: Token): boolean {
  return (
    ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'].includes(token.pos) ||
    token.text === '-' ||
    token.lower === "'s" ||
    token.text === '’s' ||
    token.entity === 'PERSON' ||
    token.entity === 'ORG'
  );
}

/** Whether a proper-noun token looks like a person's name (library entity, or title/multi-word for wink). */
function looksPerson(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.entity === 'PERSON') return true;
  if (token.entity) return false;
  if (token.pos !== 'PROPN' || DATE_WORDS.test(token.text)) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (previous !== undefined && HONORIFICS.has(previous.lower.replace('.', ''))) ||
    (previous?.pos === 'PROPN' && previous.sentence === token.sentence) ||
    (next?.pos === 'PROPN' && next.sentence === token.sentence)
  );
}

/** A speaker guess with the token span it came from. */
interface Guess {
  readonly from: number;
  readonly to: number;
  readonly how: string;
}

/** Grows a noun phrase leftwards from token `end` (inclusive), across "of"/"and" inside proper names. */
function phraseLeft(tokens: readonly Token[], end: number, floor: number): number {
  let from = end;
  while (from - 1 >= floor) {
    const previous = tokens[from - 1]!;
    if (inNounPhrase(previous) && previous.sentence === tokens[end]!.sentence) from--;
    else if (
      (previous.lower === 'of' || previous.lower === 'and' || previous.lower === 'for') &&
      tokens[from]!.pos === 'PROPN' &&
      tokens[from - 2]?.pos === 'PROPN'
    )
      from--;
    else break;
  }
  return from;
}

/** Grows a noun phrase rightwards from token `start`, adding an appositive name after a comma. */
function phraseRight(tokens: readonly Token[], start: number, ceiling: number): number {
  let to = start;
  while (to + 1 < ceiling) {
    const next = tokens[to + 1]!;
    if (inNounPhrase(next)) to++;
    else if ((next.lower === 'of' || next.lower === 'and') && tokens[to + 2]?.pos === 'PROPN') to++;
    else break;
  }
  // "said the company's chief, John Smith": prefer the name the role introduces.
  if (tokens[to + 1]?.text === ',' && to + 2 < ceiling && tokens[to + 2]!.pos === 'PROPN' && tokens[to]!.pos !== 'PROPN') {
    let name = to + 2;
    while (name + 1 < ceiling && tokens[name + 1]!.pos === 'PROPN') name++;
    return name;
  }
  return to;
}

/** The subject of a speech verb at `verb`, looking left no further than `floor`. */
function subjectBefore(tokens: readonly Token[], verb: number, floor: number): Guess | undefined {
  let i = verb - 1;
  // "Netanyahu painted them with a broad brush, claiming that …": a participle's speaker is the clause's subject.
  if (tokens[verb]!.lower.endsWith('ing') && tokens[i]?.text === ',') {
    const subject = tokens.slice(floor, i).findIndex((t) => t.pos === 'PROPN' || t.entity === 'PERSON' || t.entity === 'ORG' || PERSON_PRONOUNS.has(t.lower));
    if (subject >= 0) {
      let to = floor + subject;
      while (to + 1 < i && tokens[to + 1]!.pos === 'PROPN') to++;
      return { from: floor + subject, to, how: 'participle' };
    }
  }
  // Skip "also", "has", "later", "on Thursday" between the subject and the verb.
  while (
    i >= floor &&
    (tokens[i]!.pos === 'ADV' ||
      tokens[i]!.pos === 'AUX' ||
      tokens[i]!.pos === 'PART' ||
      /^(also|earlier|later|then|again|previously|recently|once)$/.test(tokens[i]!.lower))
  )
    i--;
  // "Steve Witkoff, who led the American team, said": step over a comma-enclosed relative clause or appositive.
  if (i >= floor && tokens[i]!.text === ',') {
    let open = i - 1;
    while (open >= floor && tokens[open]!.text !== ',' && !/^["“”]$/.test(tokens[open]!.text)) open--;
    const enclosed = tokens.slice(open + 1, i);
    // "her husband, Pavel Butorin, told": an enclosed proper name is the better speaker.
    if (open > floor && tokens[open]!.text === ',' && enclosed.length > 0 && enclosed.every((t) => t.pos === 'PROPN' || t.entity === 'PERSON')) {
      return { from: open + 1, to: i - 1, how: 'apposition' };
    }
    if (open > floor && tokens[open]!.text === ',' && isNominal(tokens[open - 1]!)) i = open - 1;
    else i--;
  }
  if (i < floor || !isNominal(tokens[i]!)) return undefined;
  return { from: phraseLeft(tokens, i, floor), to: i, how: 'subject' };
}

/** The noun phrase after a speech verb ("said Mr Maher"). */
function subjectAfter(tokens: readonly Token[], verb: number, ceiling: number): Guess | undefined {
  const i = verb + 1;
  if (i >= ceiling || (!isNominal(tokens[i]!) && !(tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ'))) return undefined;
  const to = phraseRight(tokens, i, ceiling);
  if (!isNominal(tokens[to]!)) return undefined;
  return { from: i, to, how: 'inverted' };
}

/** Finds a speaker in tokens [from, to) on one side of a quote; `after` says which side. */
function speakerInStretch(tokens: readonly Token[], from: number, to: number, after: boolean): Guess | undefined {
  if (from >= to) return undefined;
  // "according to X"
  for (let i = from; i + 2 < to; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to') {
      const end = phraseRight(tokens, i + 2, to);
      if (isNominal(tokens[end]!)) return { from: i + 2, to: end, how: 'according-to' };
    }
  }
  const verbs: number[] = [];
  for (let i = from; i < to; i++) if (isSpeechVerb(tokens[i]!)) verbs.push(i);
  // After a quote the nearest verb counts; before it, the last one before the quote.
  const ordered = after ? verbs : verbs.reverse();
  for (const verb of ordered) {
    const guess = subjectBefore(tokens, verb, from) ?? subjectAfter(tokens, verb, to);
    if (guess) return guess;
  }
  return undefined;
}

/** Whether token i heads the subject of a nearby speech verb ("Zelenskyy said", "Zelenskyy also told"). */
function subjectOfSpeech(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (isSpeechVerb(tokens[j]!)) return true;
    if (!['ADV', 'AUX', 'PART'].includes(tokens[j]!.pos)) return false;
  }
  return false;
}

/** The last person named before `offset`, outside quotes, for "he"/"she": a name or a speech verb's subject, not a preposition's object. */
function lastPerson(tokens: readonly Token[], offset: number, quoted: (t: Token) => boolean): Guess | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.end > offset || quoted(token)) continue;
    const excluded = token.entity === 'ORG' || token.entity === 'PLACE' || token.entity === 'DATE' || token.entity === 'DEMONYM';
    if (excluded || (token.pos !== 'PROPN' && token.entity !== 'PERSON')) continue;
    if (!looksPerson(tokens, i) && !subjectOfSpeech(tokens, i)) continue;
    let from = i;
    while (from > 0 && tokens[from - 1]!.pos === 'PROPN' && tokens[from - 1]!.sentence === token.sentence) from--;
    // Antecedents of "he"/"she" are nearly always subjects: sentence-initial, or right before a verb or a comma.
    const next = tokens[i + 1];
    const sentenceStart = tokens.findIndex((t) => t.sentence === token.sentence);
    const sentenceInitial = tokens.slice(sentenceStart, from).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PUNCT'].includes(t.pos));
    const beforeVerb = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.text === ',');
    if (!sentenceInitial && !beforeVerb) {
      i = from;
      continue;
    }
    let before = from - 1;
    while (before >= 0 && (tokens[before]!.pos === 'DET' || tokens[before]!.pos === 'ADJ')) before--;
    // "posts about the Communist Party": objects of prepositions are rarely what "she" points back to.
    if (before >= 0 && tokens[before]!.pos === 'ADP') {
      i = from;
      continue;
    }
    return { from, to: i, how: 'pronoun' };
  }
  return undefined;
}

/** Library-based speaker for one gold quote. */
function librarySpeaker(
  text: string,
  parsed: Parsed,
  quote: LocatedGoldSpan,
  quoteSpans: readonly { start: number; end: number }[],
  previous: string | undefined,
): string | undefined {
  const { tokens } = parsed;
  const quoted = (t: Token): boolean => quoteSpans.some((span) => t.start >= span.start && t.end <= span.end);
  const inside = tokens.map((t, i) => (t.start < quote.end && t.end > quote.start ? i : -1)).filter((i) => i >= 0);
  if (inside.length === 0) return previous;
  const first = inside[0]!;
  const last = inside[inside.length - 1]!;
  const firstSentence = tokens[first]!.sentence;
  const lastSentence = tokens[last]!.sentence;
  // A stretch runs from a sentence edge to the quote, stopping at any other quote.
  const stretchAfter = (start: number, sentence: number): [number, number] => {
    let end = start;
    while (end < tokens.length && tokens[end]!.sentence <= sentence && !quoted(tokens[end]!)) end++;
    return [start, end];
  };
  const stretchBefore = (end: number, sentence: number): [number, number] => {
    let start = end;
    while (start > 0 && tokens[start - 1]!.sentence >= sentence && !quoted(tokens[start - 1]!)) start--;
    return [start, end];
  };
  const sentenceRange = (sentence: number): [number, number] => {
    let start = tokens.findIndex((t) => t.sentence === sentence);
    if (start < 0) return [0, 0];
    let end = start;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    while (start < end && quoted(tokens[start]!)) start++;
    return [start, end];
  };
  let afterStart = last + 1;
  while (afterStart < tokens.length && quoted(tokens[afterStart]!) && tokens[afterStart]!.start < quote.end + 1) afterStart++;
  const after = (): Guess | undefined => speakerInStretch(tokens, ...stretchAfter(afterStart, lastSentence), true);
  const before = (): Guess | undefined => speakerInStretch(tokens, ...stretchBefore(first, firstSentence), false);
  // '"…," X said' puts the speaker after; a quote inside a sentence ("X said it was “…”") has it before.
  const [beforeStart] = stretchBefore(first, firstSentence);
  const attributionAfter = /[,!?]\s*["'”’]?$/.test(quote.exact.replace(/["'”’]$/, '')) || beforeStart === first;
  // "… “stand with Hamas” and “stand with rapists …”": a quote joined to the previous one shares its speaker.
  const joined =
    first - beforeStart <= 2 &&
    beforeStart > 0 &&
    quoted(tokens[beforeStart - 1]!) &&
    tokens.slice(beforeStart, first).every((t) => t.pos === 'CONJ' || t.pos === 'PUNCT');
  if (joined && previous) return previous;
  const attempts: (() => Guess | undefined)[] = [
    ...(attributionAfter ? [after, before] : [before, after]),
    () => {
      // A quote standing alone after "X said:" or followed by "He added."
      const [start, end] = sentenceRange(firstSentence - 1);
      const previousEnds = tokens[end - 1]?.text === ':' || tokens[end - 2]?.text === ':';
      return previousEnds ? speakerInStretch(tokens, start, end, false) : undefined;
    },
    () => speakerInStretch(tokens, ...sentenceRange(lastSentence + 1), true),
    () => speakerInStretch(tokens, ...sentenceRange(firstSentence - 1), false),
  ];
  for (const attempt of attempts) {
    const guess = attempt();
    if (!guess) continue;
    const head = tokens[guess.to]!;
    if (head.pos === 'PRON') {
      if (!PERSON_PRONOUNS.has(head.lower)) return text.slice(tokens[guess.from]!.start, head.end);
      const person = lastPerson(tokens, tokens[guess.from]!.start, quoted);
      return person ? text.slice(tokens[person.from]!.start, tokens[person.to]!.end) : head.text;
    }
    return text.slice(tokens[guess.from]!.start, head.end);
  }
  // A run of quotes from one speaker: keep the previous quote's speaker.
  return previous;
}

// ---------------------------------------------------------------- engine and hybrids

/** The engine's quote finding overlapping a gold quote, as `scoreArticle` picks it. */
function engineFinding(findings: readonly QuoteFinding[], quote: LocatedGoldSpan): QuoteFinding | undefined {
  return (
    findings.find((f) => Math.min(f.end, quote.end) > Math.max(f.start, quote.start) && f.speaker) ??
    findings.find((f) => Math.min(f.end, quote.end) > Math.max(f.start, quote.start))
  );
}

/** Whether the library sees the engine speaker's head word as a name, organisation or role noun. */
function libraryAcceptsHead(parsed: Parsed, finding: QuoteFinding, quote: LocatedGoldSpan): boolean {
  const surface = (finding.speakerSurface ?? finding.speaker ?? '').trim();
  const head = surface
    .split(/\s+/)
    .pop()
    ?.replace(/[^\p{L}\p{N}'’-]/gu, '')
    .toLowerCase();
  if (!head) return false;
  const near = parsed.tokens.filter((t) => t.lower === head && Math.abs(t.start - quote.start) < 600);
  if (near.length === 0) return true;
  const token = near.reduce((best, t) => (Math.abs(t.start - quote.start) < Math.abs(best.start - quote.start) ? t : best));
  if (token.entity === 'DEMONYM' || token.entity === 'DATE' || token.entity === 'PLACE') return false;
  return token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'PRON' || token.entity === 'PERSON' || token.entity === 'ORG';
}

// ---------------------------------------------------------------- corpus, scoring, timing

interface Article {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly quotes: readonly LocatedGoldSpan[];
  readonly quoteSpans: readonly { start: number; end: number }[];
}

async function loadCorpus(directory: string): Promise<Article[]> {
  if (/heldout/.test(directory)) throw new Error('the held-out split is never scored while tuning');
  if (!existsSync(directory)) throw new Error(`${directory}: no such directory`);
  const articles: Article[] = [];
  for (const name of readdirSync(directory)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()) {
    const goldPath = join(directory, name);
    const gold = readGoldFile(goldPath);
    const path = join(dirname(goldPath), gold.file);
    if (!existsSync(path)) continue;
    const loaded = await loadArticleFile(path);
    const text = loaded.ok ? loaded.article.text : readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    const sourcePath = join(directory, `${gold.id}.source.json`);
    const kind = existsSync(sourcePath) ? String((JSON.parse(readFileSync(sourcePath, 'utf8')) as { kind?: string }).kind ?? '?') : 'synthetic';
    const { located } = locateGoldSpans(text, gold);
    const quotesAll = located.filter((span) => span.layer === 'quote').sort((a, b) => a.start - b.start);
    // Unannotated quoted stretches are masked too, so their words are not read as attribution.
    const marked = [...text.matchAll(/“[^”\n]{1,2000}”|"[^"\n]{1,2000}"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    articles.push({ id: gold.id, kind, text, quotes: quotesAll, quoteSpans: [...quotesAll, ...marked] });
  }
  return articles;
}

const METHODS = [
  'engine',
  'compromise',
  'wink-nlp',
  'engine+compromise fill',
  'engine+wink fill',
  'engine+compromise veto',
  'engine+wink veto',
  'engine+both agree',
] as const;
type Method = (typeof METHODS)[number];

interface Tally {
  correct: number;
  total: number;
}

function timeParse(library: Library, texts: readonly string[]): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    for (const text of texts) library.parse(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Worker-like entries: each imports one library and answers a message with a parse, as a worker would. */
const BUNDLE_ENTRIES: Record<string, string> = {
  'engine (analysis.worker.ts)': `import './renderer/src/analysis.worker.ts';`,
  compromise: `import nlp from 'compromise';
    self.onmessage = (e) => { const d = nlp(e.data); self.postMessage([d.people().out('array'), d.organizations().out('array'), d.json({ offset: true })]); };`,
  'wink-nlp + wink-eng-lite-web-model': `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model';
    const nlp = winkNLP(model); const its = nlp.its;
    self.onmessage = (e) => { const d = nlp.readDoc(e.data); self.postMessage([d.tokens().out(its.pos), d.entities().out(its.detail), d.sentences().out()]); };`,
};

/** Runs each library bundle in a Web Worker in headless Chromium (offline), to show it needs no Node and no download. */
async function runInBrowserWorkers(bundles: ReadonlyMap<string, string>): Promise<void> {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log('(no /usr/bin/chromium: browser worker check skipped)');
    return;
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    // Any request would mean a run-time download; there must be none.
    let requests = 0;
    page.on('request', (request) => {
      if (!request.url().startsWith('blob:') && !request.url().startsWith('about:')) requests++;
    });
    for (const [name, code] of bundles) {
      const reply = await page.evaluate(async (source) => {
        const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
        const worker = new Worker(url);
        const started = globalThis.performance.now();
        return new Promise<string>((done) => {
          worker.onmessage = (event: MessageEvent) =>
            done(`${(globalThis.performance.now() - started).toFixed(0)} ms: ${JSON.stringify(event.data).slice(0, 80)}`);
          worker.onerror = (event) => done(`error: ${event.message ?? 'worker failed to start'}`);
          worker.postMessage('Steve Witkoff, who led the American team, said on Thursday that talks went well.');
        });
      }, code);
      console.log(`Chromium worker, ${name}: ${reply}`);
    }
    console.log(`network requests from the page and workers: ${requests}`);
  } finally {
    await browser.close();
  }
}

/** Bundles each entry for the browser with esbuild, minified, and prints raw and gzip sizes. */
async function printBundleSizes(): Promise<void> {
  const root = resolve(__dirname, '..');
  const workerBundles = new Map<string, string>();
  console.log('bundle (esbuild, browser, esm, minified)        raw KB   gzip KB');
  for (const [name, contents] of Object.entries(BUNDLE_ENTRIES)) {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    });
    const bytes = result.outputFiles[0]!.contents;
    console.log(`${name.padEnd(46)} ${(bytes.length / 1024).toFixed(0).padStart(7)}  ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0).padStart(8)}`);
    if (!name.startsWith('engine')) {
      // about:blank cannot start module workers from blob URLs, so the browser check uses a classic-worker build.
      const classic = await build({
        stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
        bundle: true,
        minify: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'error',
      });
      workerBundles.set(name, classic.outputFiles[0]!.text);
    }
  }
  await runInBrowserWorkers(workerBundles);
  const assets = join(root, 'out', 'renderer', 'assets');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets).filter((n) => n.startsWith('analysis.worker') && n.endsWith('.js'))) {
      const bytes = readFileSync(join(assets, name));
      console.log(
        `${`vite build: ${name}`.padEnd(46)} ${(bytes.length / 1024).toFixed(0).padStart(7)}  ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0).padStart(8)}`,
      );
    }
  } else console.log("(run `npm run build` to compare with the app's own analysis worker chunk)");
}

/** The engine under comparison: this worktree's, or another checkout's given with `--engine`. */
let analyze: typeof worktreeAnalyze = worktreeAnalyze;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const corpora: string[] = [];
  let examples = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') corpora.push(resolve(argv[++i] ?? ''));
    else if (argv[i] === '--examples') examples = true;
    else if (argv[i] === '--bundle') return printBundleSizes();
    else if (argv[i] === '--engine') {
      const module = (await import(join(resolve(argv[++i] ?? ''), 'shared', 'engine', 'analyze.ts'))) as { analyze: typeof worktreeAnalyze };
      analyze = module.analyze;
    } else throw new Error(`unknown argument ${argv[i]}; use --corpus DIR [--examples]`);
  }
  if (corpora.length === 0) throw new Error('give at least one --corpus DIR (e.g. /work/main/eval/real/tune)');
  const libraries = [compromiseLibrary, winkLibrary];
  for (const directory of corpora) {
    const articles = await loadCorpus(directory);
    const overall = Object.fromEntries(METHODS.map((m) => [m, { correct: 0, total: 0 }])) as Record<Method, Tally>;
    const byKind = new Map<string, Record<Method, Tally>>();
    let engineFound = 0;
    const changes = Object.fromEntries(METHODS.map((m) => [m, { fixed: 0, fixedFound: 0, broken: 0 }])) as Record<
      Method,
      { fixed: number; fixedFound: number; broken: number }
    >;
    const engineFoundCorrect = { engine: 0, compromise: 0, 'wink-nlp': 0 };
    const lines: string[] = [];
    for (const article of articles) {
      const findings = analyze(article.text).filter((f): f is QuoteFinding => f.layer === 'quote');
      const parsed = new Map(libraries.map((library) => [library.name, library.parse(article.text)]));
      const previous = new Map<string, string | undefined>();
      for (const quote of article.quotes) {
        const answers = new Map<Method, string | undefined>();
        const finding = engineFinding(findings, quote);
        answers.set('engine', finding?.speaker);
        for (const library of libraries) {
          const guess = librarySpeaker(article.text, parsed.get(library.name)!, quote, article.quoteSpans, previous.get(library.name));
          previous.set(library.name, guess);
          answers.set(library.name as Method, guess);
        }
        const short = { compromise: 'compromise', 'wink-nlp': 'wink' } as const;
        for (const library of libraries) {
          const name = short[library.name as keyof typeof short];
          const own = answers.get(library.name as Method);
          answers.set(`engine+${name} fill` as Method, finding?.speaker ?? own);
          const vetoed = finding?.speaker && !libraryAcceptsHead(parsed.get(library.name)!, finding, quote);
          answers.set(`engine+${name} veto` as Method, vetoed ? own : (finding?.speaker ?? own));
        }
        // Both libraries naming one head word that differs from the engine's: a stronger signal to override.
        const headOf = (speaker: string | undefined): string | undefined => speaker?.trim().split(/\s+/).pop()?.toLowerCase();
        const [fromCompromise, fromWink] = [answers.get('compromise'), answers.get('wink-nlp')];
        const agreed =
          fromCompromise &&
          headOf(fromCompromise) === headOf(fromWink) &&
          /^\p{Lu}/u.test(headOf(fromCompromise) === undefined ? '' : fromCompromise.trim().split(/\s+/).pop()!);
        answers.set('engine+both agree', agreed && headOf(fromCompromise) !== headOf(finding?.speaker) ? fromCompromise : (finding?.speaker ?? fromCompromise));
        if (!quote.speaker) continue;
        const kindTally = byKind.get(article.kind) ?? (Object.fromEntries(METHODS.map((m) => [m, { correct: 0, total: 0 }])) as Record<Method, Tally>);
        byKind.set(article.kind, kindTally);
        const right = new Map<Method, boolean>();
        const engineRight = speakerMatches(answers.get('engine'), quote);
        for (const method of METHODS) {
          const ok = speakerMatches(answers.get(method), quote);
          right.set(method, ok);
          if (ok && !engineRight) changes[method].fixed++;
          // Only quotes the engine finds are shown in the app, so only those fixes could reach a reader.
          if (ok && !engineRight && finding) changes[method].fixedFound++;
          if (!ok && engineRight) changes[method].broken++;
          overall[method].total++;
          kindTally[method].total++;
          if (ok) {
            overall[method].correct++;
            kindTally[method].correct++;
          }
        }
        if (finding) {
          engineFound++;
          if (right.get('engine')) engineFoundCorrect.engine++;
          if (right.get('compromise')) engineFoundCorrect.compromise++;
          if (right.get('wink-nlp')) engineFoundCorrect['wink-nlp']++;
        }
        const vetoChanged = (['engine+compromise veto', 'engine+wink veto'] as const).filter((m) => finding?.speaker && answers.get(m) !== finding.speaker);
        if (examples && vetoChanged.length > 0) {
          lines.push(
            `${article.id} VETO gold ${JSON.stringify(quote.speaker)} | engine ${JSON.stringify(finding?.speaker)} -> ${vetoChanged.map((m) => `${m} ${right.get(m) ? '+' : '-'}${JSON.stringify(answers.get(m) ?? null)}`).join(' | ')}`,
          );
        }
        if (examples && (right.get('engine') !== right.get('compromise') || right.get('engine') !== right.get('wink-nlp'))) {
          const mark = (m: Method): string => `${right.get(m) ? '+' : '-'}${JSON.stringify(answers.get(m) ?? null)}`;
          lines.push(
            `${article.id} gold ${JSON.stringify(quote.speaker)} | engine ${finding ? mark('engine') : '-(quote not found)'} | compromise ${mark('compromise')} | wink ${mark('wink-nlp')} | ${JSON.stringify(quote.exact.slice(0, 50))}`,
          );
        }
      }
    }
    const percent = (t: Tally): string => (t.total === 0 ? 'n/a' : `${((100 * t.correct) / t.total).toFixed(1)} % (${t.correct}/${t.total})`);
    console.log(`\n## ${directory}: ${articles.length} articles, ${overall.engine.total} gold quotes with a speaker`);
    for (const method of METHODS) {
      const change =
        method === 'engine'
          ? ''
          : `   vs engine: fixes ${changes[method].fixed} (${changes[method].fixedFound} on quotes the engine found), breaks ${changes[method].broken}`;
      console.log(`${method.padEnd(24)} ${percent(overall[method]).padEnd(18)}${change}`);
    }
    console.log(
      `(engine found ${engineFound} of these quotes; on those: engine ${engineFoundCorrect.engine}, compromise ${engineFoundCorrect.compromise}, wink-nlp ${engineFoundCorrect['wink-nlp']} correct)`,
    );
    for (const [kind, tally] of [...byKind].sort()) {
      console.log(
        `  kind ${kind.padEnd(10)} ${METHODS.slice(0, 3)
          .map((m) => `${m} ${percent(tally[m])}`)
          .join(' | ')}`,
      );
    }
    const texts = articles.map((a) => a.text);
    const kb = texts.reduce((sum, t) => sum + t.length, 0) / 1024;
    console.log(`\ntiming over ${kb.toFixed(0)} KB (best of 3, this machine):`);
    const engineLibrary: Library = { name: 'engine analyze()', parse: (text) => (analyze(text), { tokens: [] }) };
    for (const library of [engineLibrary, ...libraries]) {
      const ms = timeParse(library, texts);
      console.log(`  ${library.name.padEnd(18)} ${((ms / kb) * 100).toFixed(0)} ms per 100 KB`);
    }
    if (examples) console.log(`\ndisagreements (+ right, - wrong):\n${lines.join('\n')}`);
  }
}

main().catch((error: unknown) => {
  console.error(`speaker-library-comparison: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
