import type { QuoteFinding, SpeakerConfidence } from '../../model/finding';
import {
  ACCORDING_WORDS,
  DEMONSTRATIVES,
  englishPronoun,
  OBJECT_MARKERS,
  OPINION_HEADS,
  PACK_GRAMMAR,
  PACK_LABEL_NOUNS,
  PACK_NAMES,
  PRO_DROP_VERBS,
  UTTERANCE_NOUNS,
} from '../lang/pack-overlay';
import { splitSentences, type Sentence } from '../text/sentences';
import type { Span } from '../text/spans';
import type { TextContext } from '../text/text-context';
import { isNameOrLabel, isScareQuote, quoteShape } from './classify';
import { lastSpeaker, namesPerson, sentenceSubject, soleNamedPerson, type AntecedentKind } from './antecedents';
import { attributeEchoedQuotes } from './echoed-quotes';
import { findPersonMentions } from './people';
import { namesNoOne } from './place-words';
import { PersonRegistry, type ResolvedSpeaker } from './person-registry';
import { pairQuotesInUnit, quoteUnits, type QuoteCandidate } from './quote-marks';
import { DISPLAY_NOUNS, isNonPersonWord, isRoleNoun, PERSON_PRONOUNS, PRONOUNS, SPEAKING_THINGS, VERB_MODIFIERS } from './lexicon';
import { cueAccordingTo, cueAfter, cueBefore, cueColon, cueInside, isTimePhrase, leadingPhrase, opensPageLabel, type SpeakerCue } from './speaker-cues';
import { ARTICLES, ELIDED_NAME_WORD, phraseEndingAt, RELATIVE_PRONOUNS, ROMANCE_OF, subjectAfter } from './speaker-phrases';
import { isAcronym, isAllCaps, isFunctionWord, isNameWord, isReportingVerb, tokenizeRange, type Token } from './tokens';
import { lowerBound } from '../../util/lower-bound';

/** How many tokens either side of a quote the speaker search reads: keeps the search local and linear. */
const WINDOW = 60;
/** Quotes this short are names or scare quotes unless their own sentence names a speaker. */
const SHORT_QUOTE_WORDS = 3;
/** The longest line that can be a related-link label alone ("À LIRE AUSSI"). */
const LINK_LABEL_CHARS = 30;
/** How many sentences back a pronoun may find the subject it stands for. */
const ANTECEDENT_SENTENCES = 3;
/** How many sentences back a pronoun may reach at most, counting those that only go on about "he" or "she". */
const PRONOUN_CHAIN_SENTENCES = 8;
/** Verbs by which an outlet relays a whole sentence rather than speaks the quote in it. */
const RELAYING_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'carried', 'broadcast', 'showed', 'shows']);

/** Words that open a clause whose pronoun subject is the sentence's own subject ("Orban … what he called"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['what', 'as', 'which', 'when']);

/** Verbs that close a broadcast's hand-over to a correspondent ("AP's Ann Lee reports."). */
const HANDOVER_VERBS: ReadonlySet<string> = new Set(['reports', 'reporting']);

/** Tokens after which a quotation starts a clause of its own. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', 'and', 'but', ';', '—', '–', '-', '(', '.']);

/** Index of the first token starting at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (index) => tokens[index]!.start < offset);
}

/** Index of the sentence containing `offset` (or the last one before it). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, lowerBound(sentences.length, (index) => sentences[index]!.start <= offset) - 1);
}

/** Tokens from..to, clipped to the array. */
function view(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(Math.max(0, from), Math.max(0, Math.min(to, tokens.length)));
}

/**
 * A short quote is a label rather than words spoken when it is a noun after "the" ("the “special military
 * operation” was"), unless it modifies a noun that follows ("condemned the “terrorist” attack").
 */
function isShortLabel(before: readonly Token[], after: readonly Token[]): boolean {
  const next = after[0];
  const modifiesNoun = next !== undefined && next.kind === 'word' && !next.cap && !VERB_MODIFIERS.has(next.lower) && !isFunctionWord(next);
  // "el plan “capitales alternas”": in another language a short quote right after a naming noun is the name.
  if (PACK_LABEL_NOUNS.has(before[before.length - 1]?.lower ?? '')) return true;
  return before[before.length - 1]?.lower === 'the' && !modifiesNoun;
}

/** "un juicio tildado por ella de “…”": where the pack gives the frame, the agent of the participle before the quote speaks it. */
function agentCue(frame: RegExp | undefined, before: readonly Token[], text: string, quoteStart: number): SpeakerCue | undefined {
  if (!frame || before.length === 0) return undefined;
  const from = before[0]!.start;
  const match = frame.exec(text.slice(from, quoteStart));
  if (!match?.[1]) return undefined;
  const agentStart = from + match.index + match[0].indexOf(match[1]);
  const agentEnd = agentStart + match[1].length;
  const phrase = before.filter((token) => token.kind === 'word' && token.start >= agentStart && token.end <= agentEnd);
  return phrase.length > 0 ? { phrase, kind: 'before', immediate: true } : undefined;
}

/**
 * A broadcast transcript reads the quotation mark aloud ("told reporters, quote, “…”"): the spoken mark is
 * dropped so that it is not taken for the verb "quote" with "reporters" as its subject.
 */
function withoutSpokenMark(before: readonly Token[]): readonly Token[] {
  const n = before.length;
  if (n < 2 || before[n - 2]!.lower !== 'quote' || (before[n - 1]!.text !== ',' && before[n - 1]!.text !== ':')) return before;
  return before.slice(0, n - 2);
}

function hasWords(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.kind === 'word' || token.kind === 'quote');
}

function message(resolved: ResolvedSpeaker): string {
  if (!resolved.speaker) return 'Direct quote; the article does not say who said it.';
  const surface = resolved.surface;
  if (surface && /^(he|she|it|they)$/i.test(englishPronoun(surface.toLowerCase())))
    return `Direct quote attributed to ${resolved.speaker} ("${surface}" in the text).`;
  return `Direct quote attributed to ${surface ?? resolved.speaker}.`;
}

interface Accepted {
  readonly end: number;
  readonly sentence: number;
  readonly unit: number;
  readonly resolved: ResolvedSpeaker;
  readonly confidence: SpeakerConfidence;
  /** The quote is a few words only, too little to carry its speaker across narration. */
  readonly short: boolean;
  /** Whom a quoted question was put to ("“…?” the judge asked the witness"), who answers next. */
  readonly addressee?: readonly Token[];
}

/** A speaker named by a cue is sure; one reached through a pronoun or role is resolved, so less so. */
function cueConfidence(resolved: ResolvedSpeaker): SpeakerConfidence {
  return resolved.surface && resolved.surface !== resolved.speaker ? 'medium' : 'high';
}

/** Finds direct quotes in every quotation-mark style and the speaker the article gives for each. */
export function detectQuotes(context: TextContext): QuoteFinding[] {
  const { text } = context;
  const units = quoteUnits(text, context.paragraphs);
  const unitOf: number[] = [];
  const candidates: QuoteCandidate[] = [];
  units.forEach((unit, index) => {
    for (const candidate of pairQuotesInUnit(text, unit)) {
      candidates.push(candidate);
      unitOf.push(index);
    }
  });
  if (candidates.length === 0) return [];
  const sentences = unitSentences(context, units);
  const capsUnits = new Map<number, boolean>();
  const capsOf = (unit: number): boolean => {
    let caps = capsUnits.get(unit);
    if (caps === undefined) capsUnits.set(unit, (caps = isAllCaps(text, units[unit]!)));
    return caps;
  };
  // Only sentences near a quote are tokenised. Quotes come in text order, so remembering the last few ranges
  // serves the quotes that share a sentence, and the tokens die young instead of piling up for the collector.
  const cacheKeys = [-1, -1, -1, -1];
  const cacheTokens: Token[][] = [[], [], [], []];
  let cacheNext = 0;
  const tokensOf = (first: number, last: number): Token[] => {
    const key = first * 65536 + (last - first);
    const hit = cacheKeys.indexOf(key);
    if (hit >= 0) return cacheTokens[hit]!;
    const from = sentences[first]!;
    const tokens = tokenizeRange(text, from.start, sentences[last]!.end, capsOf(from.paragraph), candidates);
    cacheKeys[cacheNext] = key;
    cacheTokens[cacheNext] = tokens;
    cacheNext = (cacheNext + 1) % cacheKeys.length;
    return tokens;
  };
  let capsUnit = 0;
  const capsAt = (offset: number): boolean => {
    while (capsUnit < units.length - 1 && units[capsUnit]!.end <= offset) capsUnit++;
    return capsOf(capsUnit);
  };
  const mentions = findPersonMentions(text, candidates, capsAt);
  const knowsPerson = (lower: string): boolean => registry.knowsPerson(lower);
  const interview = INTERVIEW_SIGNAL.test(text);
  const openQuoteAt = new Set(candidates.filter((candidate) => !candidate.closed).map((candidate) => candidate.start));
  // "Durand praised the deal. “…,” he said.": a pronoun stands for the subject of a recent sentence.
  // "Bell also praised him. ¶ Sam pictured at a tournament in 2019 with his gloves ¶ She said: …": when nothing
  // near a pronoun names whom it stands for, a picture caption just before it is stepped over.
  const findAntecedent = (sentence: number, unit: number, kind: AntecedentKind): Token[] | undefined =>
    findNearAntecedent(sentence, unit, kind) ?? (!context.pack && isCaption(sentence - 1) ? findNearAntecedent(sentence - 1, unit - 1, kind) : undefined);
  // A caption: a long paragraph with no closing stop; headings, bylines and datelines are short.
  const isCaption = (k: number): boolean => {
    const found = sentences[k];
    if (found === undefined || k === 0) return false;
    const unit = units[found.paragraph]!;
    const words = text.slice(found.start, found.end);
    if (found.start > unit.start || found.end < unit.end) return false;
    return words.split(/\s+/).length >= CAPTION_WORDS && /[\p{L}\d]['’"”]?\s*$/u.test(words);
  };
  const findNearAntecedent = (sentence: number, unit: number, kind: AntecedentKind): Token[] | undefined => {
    // "Fernández said …, but Lloris insisted it was no excuse. “…,” he told the BBC": the last person who spoke.
    const prior = sentences[sentence - 1];
    // "…, the rescue group posted on Facebook. “…” made it hard, they said": the last thing that spoke.
    if (prior !== undefined && prior.paragraph >= unit - 1 && prior.end - prior.start <= 600) {
      const priorTokens = tokenizeRange(text, prior.start, prior.end, capsOf(prior.paragraph), candidates);
      const speaker = lastSpeaker(priorTokens, kind, knowsPerson);
      if (speaker) return speaker;
      // "…, according to Rochelle Davis, a professor. ¶ “…,” she told CNN.": the person the sentence gives as its source.
      const source = kind === 'person' ? cueAccordingTo(priorTokens)?.phrase : undefined;
      if (source && !isPronounPhrase(source) && namesPerson(source) && hasFullName(source)) return [...source];
      // "…, sagte X. Die Stellungen seien angegriffen worden. „…“, zitierte ihn die Agentur": a sentence in the grammar
      // of reported speech goes on with X's words, so whoever spoke in the sentence before it is still the one meant.
      const earlier = sentences[sentence - 2];
      if (
        earlier !== undefined &&
        earlier.paragraph === prior.paragraph &&
        earlier.end - earlier.start <= 600 &&
        inReportedSpeech(text.slice(prior.start, prior.end))
      ) {
        const reporter = lastSpeaker(tokenizeRange(text, earlier.start, earlier.end, capsOf(earlier.paragraph), candidates), kind, knowsPerson);
        if (reporter) return reporter;
      }
    }
    // Sentences about "he" or "she" pass the reference back to the sentence before them, so only the others count.
    let counted = 0;
    // "A teacher said … ¶ He said … ¶ “…,” he wrote.": a paragraph about "he" hands the search on to the one before it.
    let floor = unit - 1;
    for (let k = sentence - 1; k >= 0 && counted < ANTECEDENT_SENTENCES && sentence - k <= PRONOUN_CHAIN_SENTENCES && sentences[k]!.paragraph >= floor; k--) {
      const from = sentences[k]!;
      // A heading in capitals ("CASO GRANDA Y CECILIA CUBAS") is no sentence a pronoun looks back to.
      if (capsOf(from.paragraph) && !capsOf(unit)) {
        counted++;
        continue;
      }
      // "“Lo que falta es control. Está todo muy laxo”": a sentence inside someone's quoted words is no narration
      // to look back to, where the pack says so.
      const dropsSubject = context.pack?.quotes.proDropChains === true;
      if (dropsSubject && candidates.some((quote) => quote.start < from.start && from.start < quote.end)) continue;
      const opening = tokenizeRange(text, from.start, Math.min(from.end, from.start + 160), capsOf(from.paragraph), candidates);
      if (opening[0]?.kind === 'quote') {
        // "“We are the sources. “No matter how you look at it …,” he says.": a quote left open runs into the next
        // one, the same speaker's words, so the search goes on before it.
        if (!context.pack && kind === 'person' && openQuoteAt.has(opening[0].start)) continue;
        return undefined;
      }
      // "Apple has done well there, said Mr Fogg, who …": a person named after an inverted speech verb is whom the
      // sentence is about, rather than the subject of the words he reports.
      const inverted = !context.pack && kind === 'person' ? invertedSpeaker(opening) : undefined;
      if (inverted) return inverted;
      const subject = sentenceSubject(opening, kind, knowsPerson);
      if (subject) return subject;
      // "El presidente de la comisión, Ana Ruiz, comentó … Admitió … Al respecto, señaló: “…”": where the pack
      // chains dropped subjects, a sentence in which a named person spoke is whom the chain goes back to.
      const spoke =
        dropsSubject && kind === 'person' && counted === 0 && from.end - from.start <= 600
          ? lastSpeaker(tokenizeRange(text, from.start, from.end, capsOf(from.paragraph), candidates), kind, knowsPerson)
          : undefined;
      if (spoke && namesPerson(spoke) && hasFullName(spoke)) return spoke;
      const lead = leadingPhrase(opening);
      // "But Dave Winer is doubtful. He designed the format. He thinks …": only in English, whose pronouns the
      // lexicon knows, a sentence about "he" hands the search on to the sentence before it.
      const chained =
        !context.pack &&
        kind === 'person' &&
        (lead?.length === 1 || opening.length > 0) &&
        PERSON_PRONOUNS.has((lead?.length === 1 ? lead[0]! : opening[0]!).lower);
      if (chained) {
        floor = Math.min(floor, sentences[k]!.paragraph - 1);
        continue;
      }
      // "But, he said, the device changed that.": a sentence whose speech verb has "he" or "she" between commas
      // reports that person's words, so it too passes the search back to whom the pronoun stands for.
      if (!context.pack && kind === 'person' && saysThroughPronoun(opening)) continue;
      // "Relató que …": where the pack says so, a sentence opened by a verb that carries its subject goes on about
      // the person before it, so the search looks past it.
      if (kind === 'person' && dropsSubject && opensWithDroppedSubject(opening)) {
        // "Se le preguntó a Luis Ruiz, quien señaló que …": a person brought in there by a relative pronoun before
        // their reporting verb is who spoke last, so the search stops at them.
        const tokens = tokenizeRange(text, from.start, from.end, capsOf(from.paragraph), candidates);
        for (let k = tokens.length - 2; k > 1; k--) {
          if (!RELATIVE_PRONOUNS.has(tokens[k]!.lower) || tokens[k - 1]!.text !== ',' || !isReportingVerb(tokens[k + 1], tokens[k + 2])) continue;
          const phrase = phraseEndingAt(tokens, k - 2, 0);
          // "a Luis Ruiz": the preposition of the person asked is no part of their name.
          const named = phrase?.slice(
            Math.max(
              0,
              phrase.findIndex((token) => token.cap || !isFunctionWord(token)),
            ),
          );
          if (!named?.length || !namesPerson(named)) continue;
          if (hasFullName(named) || knowsPerson(named[named.length - 1]!.lower)) return named;
        }
        continue;
      }
      // "The charges were put to Lee after the match. At first he said only: …": the one person the sentence before names.
      // "Reports suggest that Yoshiro Mori will step down": a capitalised word the article never gave a person opens
      // a sentence about someone else.
      const thingSubject = lead === undefined || !namesPerson(lead) || !knowsPerson(lead[lead.length - 1]!.lower.replace(/['’]s$/, ''));
      if (!context.pack && thingSubject && counted === 0 && kind === 'person' && from.end - from.start <= 400) {
        const named = soleNamedPerson(tokenizeRange(text, from.start, from.end, capsOf(from.paragraph), candidates), knowsPerson);
        if (named) return named;
      }
      counted++;
    }
    return undefined;
  };
  // Whether every person the article names between two offsets shares a word with the given speaker's name.
  const namesOnly = (own: ReadonlySet<string>, from: number, to: number): boolean =>
    !mentions.some(
      (named) =>
        named.pos > from &&
        named.pos < to &&
        named.kind !== 'place' &&
        !named.name
          .toLowerCase()
          .split(' ')
          .some((word) => own.has(word)),
    );
  // "“…” ¶ Some people just don't trust them. ¶ “…”": a line or two of narration that brings in no one else
  // leaves the floor with the speaker of the quote before it.
  const narratesOnly = (from: Accepted, to: number): boolean => {
    const speaker = from.resolved.speaker;
    // Only English: the packs' verb lists are too short to tell that narration brings in another speaker.
    if (context.pack || from.short || !speaker || to - from.sentence - 1 < 1 || to - from.sentence - 1 > NARRATION_SENTENCES) return false;
    const own = new Set(speaker.toLowerCase().split(/[\s()]+/));
    const same = (phrase: readonly Token[] | undefined): boolean => phrase === undefined || own.has(phrase[phrase.length - 1]!.lower);
    for (let k = from.sentence + 1; k < to; k++) {
      const { start, end, paragraph } = sentences[k]!;
      const tokens = tokenizeRange(text, start, end, capsOf(paragraph), candidates);
      if (tokens.some((token) => token.kind === 'quote')) return false;
      const subjects = [
        lastSpeaker(tokens, 'person', knowsPerson),
        lastSpeaker(tokens, 'thing', knowsPerson),
        sentenceSubject(view(tokens, 0, 30), 'person', knowsPerson),
      ];
      if (!subjects.every(same)) return false;
    }
    const until = sentences[to]!.start;
    return namesOnly(own, from.end, until);
  };
  // Whether the narration from the last quote to `to` (in the same or the next paragraph) names no person but
  // that quote's speaker.
  const continuesSpeaker = (from: Accepted, to: number, unit: number): boolean => {
    const speaker = from.resolved.speaker;
    if (!speaker || from.unit < unit - 1) return false;
    return namesOnly(new Set(speaker.toLowerCase().split(/[\s()]+/)), from.end, to);
  };
  // The words of a quote's paragraph after the quote, and whether they close on a question.
  const paragraphTail = (from: Accepted): { tokens: Token[]; asks: boolean } | undefined => {
    const end = units[from.unit]!.end;
    const rest = text.slice(from.end, end);
    if (!/\p{L}{2}/u.test(rest)) return undefined;
    return { tokens: tokenizeRange(text, from.end, end, capsOf(from.unit), candidates), asks: /\?\s*$/.test(rest) };
  };
  // "„…“, sagte X. Darunter fielen etwa Y. Das sei „…“": a sentence with no quote, no verb of speech and no name
  // brings in no one else, so reported speech after it still goes on with X's words.
  const bringsInSpeaker = (k: number): boolean => {
    const tokens = tokensOf(k, k);
    return tokens.some(
      (token, i) =>
        token.kind === 'quote' ||
        isReportingVerb(token, tokens[i + 1]) ||
        (i > 0 && token.cap && isNameWord(token) && isNameWord(tokens[i + 1] ?? token) && tokens[i + 1]?.cap === true),
    );
  };
  // "Er soll … den Senator Chialo als „…“ bezeichnet haben": someone named between a pronoun and its quote is not whom
  // the pronoun stands for; when such a name would otherwise be taken, the last person named before the pronoun is.
  const namedBefore = (pronounAt: number, quoteAt: number): Token[] | undefined => {
    if (!mentions.some((mention) => mention.kind === 'person' && mention.pos > pronounAt && mention.pos < quoteAt)) return undefined;
    const earlier = mentions.filter((mention) => mention.kind !== 'place' && mention.pos < pronounAt).pop();
    if (!earlier) return undefined;
    const end = earlier.pos + earlier.name.length;
    const paragraph = sentences[sentenceAt(sentences, earlier.pos)]!.paragraph;
    return tokenizeRange(text, earlier.pos, end, capsOf(paragraph), candidates).filter((token) => token.kind === 'word');
  };
  // "Reporterin: ¶ »…« ¶ Joe Biden, US-Präsident: ¶ »…«": in a transcript a line that is only a name or a role
  // and a colon labels the quote paragraph after it; a heading such as "Recherche:" is neither.
  const speakerLabel = (unit: number): SpeakerCue | undefined => {
    const line = units[unit - 1];
    if (line === undefined || line.end - line.start > SPEAKER_LABEL_CHARS || !/:\s*$/.test(text.slice(line.start, line.end))) return undefined;
    const tokens = tokenizeRange(text, line.start, line.end, capsOf(unit - 1), candidates);
    const comma = tokens.findIndex((token) => token.text === ',');
    const phrase = tokens.slice(0, comma >= 0 ? comma : tokens.length - 1);
    if (phrase.length === 0 || phrase.length > 4 || phrase.some((token) => token.kind !== 'word')) return undefined;
    const head = phrase[phrase.length - 1]!;
    const named = phrase.every((token) => token.cap && isNameWord(token)) && (phrase.length >= 2 || knowsPerson(head.lower)) && namesPerson(phrase);
    const role = isRoleNoun(head.lower) && phrase.slice(0, -1).every((token) => ARTICLES.has(token.lower) || !token.cap);
    return named || role ? { phrase, kind: 'colon', immediate: true } : undefined;
  };
  const registry = new PersonRegistry();
  const findings: QuoteFinding[] = [];
  // For each finding, the unit it runs to the end of without a closing mark (-1 when it closes).
  const runsOn: number[] = [];
  // For each finding, whether it has no closing mark.
  const leftOpen: boolean[] = [];
  let mention = 0;
  let previous: Accepted | undefined;

  candidates.forEach((candidate, index) => {
    while (mention < mentions.length && mentions[mention]!.pos < candidate.start) {
      registry.note(mentions[mention]!);
      mention++;
    }
    // "Lire aussi : …": a link to another article quotes that article's headline, not anyone's words.
    const unitStart = units[unitOf[index]!]!.start;
    const link = context.pack?.quotes.relatedLink;
    if (link?.test(text.slice(unitStart, candidate.start))) return;
    // "À LIRE ¶ Titre : « … »": a label on a line of its own heads the link on the line after it.
    const label = unitOf[index]! > 0 ? units[unitOf[index]! - 1]! : undefined;
    if (link && label && label.end - label.start <= LINK_LABEL_CHARS && link.test(text.slice(label.start, label.end))) return;
    // "poursuivi pour « vol aggravé »": the legal name of an offence is a label, not anyone's words.
    if (context.pack?.quotes.chargeBefore?.test(text.slice(Math.max(unitStart, candidate.start - 300), candidate.start))) return;
    const first = sentenceAt(sentences, candidate.start);
    const last = sentenceAt(sentences, candidate.end - 1);
    const host = tokensOf(first, last);
    const quoteStart = tokenAt(host, candidate.start);
    const quoteEnd = quoteStart + 1;
    const before = view(host, quoteStart - WINDOW, quoteStart);
    const after = view(host, quoteEnd, quoteEnd + WINDOW);
    const caps = host[quoteStart]?.caps ?? false;

    const shape = quoteShape(text, candidate);
    if (shape.words === 0) return;
    const short = shape.words <= SHORT_QUOTE_WORDS;
    // "berichtete der „Focus“", "der „Bild“-Bericht": a quoted word standing where an outlet stands names it.
    const outlet = context.pack?.quotes.outletNamePlace;
    if (
      outlet &&
      short &&
      shape.firstCapitalised &&
      !shape.speechPunctuation &&
      (outlet.before.test(text.slice(Math.max(unitStart, candidate.start - 120), candidate.start)) ||
        outlet.after.test(text.slice(candidate.end, candidate.end + 40)))
    )
      return;
    // A short quote shares a later quote's cue only when joined to it ("was “exhausted” and “his feet …”, May said").
    // In another language a comma lists quotes too ("« Inacceptable », « insupportable », ont déploré X").
    const join = after[0]?.lower;
    const joined =
      (join === 'and' || join === 'or' || (context.pack !== undefined && (join === ',' || context.pack.quotes.listJoins?.includes(join ?? '') === true))) &&
      after[1]?.kind === 'quote';
    let afterCue = cueAfter(after, !short || joined);
    // "La fin de sa « dépendance totale » … « apportera la stabilité », a-t-il déclaré": where the pack says so, an
    // incise that closes the sentence attributes every quote in it, short ones too.
    if (!afterCue && short && context.pack?.quotes.shortQuotesShareIncise === true) {
      const incise = cueAfter(after, true);
      if (incise?.kind === 'inverted') afterCue = incise;
    }
    // "'MIRACLE' CURE CLAIMS ...": a short quote glued to the noun that follows modifies it; that noun is no speaker.
    // "“De rigor” calificó a la Estrategia": a verb whose subject is dropped, before its object, is no noun.
    const objectFollows = PRO_DROP_VERBS.has(after[0]?.lower ?? '') && OBJECT_MARKERS.has(after[1]?.lower ?? '');
    if (short && afterCue && afterCue.phrase[0] === after[0] && !shape.speechPunctuation && !objectFollows) afterCue = undefined;
    const unspoken = withoutSpokenMark(before);
    // "X hatte Y als „…“ bezeichnet": in a verb-second language a participle right after the quote closes the clause
    // the quote stands in, so the cue is read with it, before any later "wie Z schrieb".
    // "Merz hat den Wahlausgang als „Desaster“ für die Ampel-Parteien bezeichnet": a few words may stand between.
    const closer = PACK_GRAMMAR.verbSecond ? closingVerb(after) : -1;
    const closing = closer >= 0 ? [...unspoken, ...after.slice(0, closer + 1)] : undefined;
    if (closer > 0 && afterCue?.verb === after[closer]) afterCue = undefined;
    const beforeCue =
      cueBefore(unspoken, host[0]?.start ?? -1) ??
      (unspoken === before ? undefined : cueBefore(before, host[0]?.start ?? -1)) ??
      (closing ? cueBefore(closing, host[0]?.start ?? -1) : undefined);
    let colonCue = cueColon(before);
    if (!colonCue && before[before.length - 1]?.text === ':' && host[0] === before[0] && !opensPageLabel(before)) {
      // "The minister was blunt: “…”": the colon hands the quote to the subject of its clause.
      const lead = leadingPhrase(view(host, 0, Math.min(quoteStart - 1, 20)));
      if (lead) colonCue = { phrase: lead, kind: 'colon', immediate: false };
    }
    // A quote inside the complement of a cue ("Xi told them China would “…,” Xinhua said") is that speaker's;
    // a quote opening its clause is claimed by the cue that hugs it ("… and “…,” a commander told AFP").
    const opensClause = before.length === 0 || CLAUSE_OPENERS.has(before[before.length - 1]!.lower);
    // "Kim visited a factory, calling for a “strategic attack means,” state media reported": the outlet relays
    // the sentence; the words are Kim's.
    if (afterCue && beforeCue && afterCue.verb && RELAYING_VERBS.has(afterCue.verb.lower) && !opensClause) afterCue = undefined;
    const huggingAfter = afterCue?.immediate && (opensClause || !beforeCue || afterCue.kind === 'words-of') ? afterCue : undefined;
    // "« …, jure le ministre, mais … »": a speaker named inside the quote's own marks beats a cue farther out.
    const insideCue = huggingAfter || short ? undefined : cueInside(tokenizeRange(text, candidate.start + 1, candidate.end - 1, caps, []));
    // "According to X, an expert, Y was calling for …, “…”": the words are X's account of what Y was doing; only a
    // finite speech verb ("Y said, “…”") gives them to Y.
    const accountOf = beforeCue?.verb?.lower.endsWith('ing') && opensWithAccordingTo(host) ? cueAccordingTo(view(host, 0, quoteStart)) : undefined;
    const labelled = units[unitOf[index]!]!.start === candidate.start ? speakerLabel(unitOf[index]!) : undefined;
    const cue: SpeakerCue | undefined =
      labelled ??
      huggingAfter ??
      agentCue(context.pack?.quotes.agentBefore, before, text, candidate.start) ??
      insideCue ??
      accountOf ??
      framedVerbCue(beforeCue, before) ??
      beforeCue ??
      afterCue ??
      cueAccordingTo([...before, ...after]) ??
      colonCue;
    // "« Inacceptable », « insupportable », ont déploré X": a capitalised word listed before a cue is spoken, not a name.
    // "« Improbable », selon la presse allemande": in another language, a quote that opens its clause with "according to"
    // right after the comma is someone's word; after a noun ("le navire « Espérance », selon …") it stays a name.
    const accordingNext = context.pack !== undefined && opensClause && after[0]?.text === ',' && ACCORDING_WORDS.has(after[1]?.lower ?? '');
    const hugged = Boolean(
      afterCue?.immediate || colonCue || (beforeCue?.immediate && beforeCue.kind !== 'before') || (context.pack && joined && afterCue) || accordingNext,
    );
    if (isNameOrLabel(shape, before, caps, hugged)) return;
    // "The leaflets, which read “Go home”": words written on a thing are a label, whatever verb carries them; so are
    // words right after it ("a banner “Go home” hung") and on one a participle describes ("une pancarte brandie").
    const displayHead = cue !== undefined && cue.phrase.length >= 3 && ARTICLES.has(cue.phrase[0]!.lower) && DISPLAY_NOUNS.has(cue.phrase[1]!.lower);
    const displayBefore = before.length >= 2 && ARTICLES.has(before[before.length - 2]!.lower) && DISPLAY_NOUNS.has(before[before.length - 1]!.lower);
    if ((cue && DISPLAY_NOUNS.has(cue.phrase[cue.phrase.length - 1]!.lower)) || displayHead || displayBefore) return;
    if (!cue && isScareQuote(before)) return;
    if (short && isShortLabel(before, after) && !context.pack?.quotes.labelPredicate?.test(text.slice(candidate.start, candidate.end))) return;

    let resolved: ResolvedSpeaker = {};
    let confidence: SpeakerConfidence = 'high';
    const asked = cue?.verb?.lower === 'asked' && /\?\W*$/.test(text.slice(candidate.start, candidate.end)) ? after.indexOf(cue.verb) : -1;
    const addressee = asked >= 0 ? subjectAfter(after, asked) : undefined;
    // "В «X» заявили, что «…»", "В «X» назвали его «…»": a body named in quotes where the words were said speaks them.
    const body = context.pack?.quotes.bodyInQuotes
      ? quotedBody(text.slice(sentences[first]!.start, candidate.start), context.pack.quotes.bodyInQuotes)
      : undefined;
    if (body) {
      resolved = { speaker: body };
      confidence = 'medium';
    } else if (cue) {
      let phrase = cue.phrase;
      const pronoun = phrase.length === 1 ? englishPronoun(phrase[0]!.lower) : '';
      let antecedent: Token[] | undefined;
      let fallback: ResolvedSpeaker | undefined;
      // "One fan wrote: “…” ¶ “…,” wrote another.": "another" is one more of the crowd the last quote's speaker came from.
      const crowd =
        phrase.length === 1 && phrase[0]!.lower === 'another' && previous && previous.unit >= unitOf[index]! - 2 ? previous.resolved.speaker : undefined;
      const member = crowd === undefined ? undefined : /^(?:one|a|an)\s+(.+)$/i.exec(crowd)?.[1];
      if (member !== undefined) resolved = { speaker: `another ${member}`, surface: phrase[0]!.text };
      else if (pronoun === 'it' || pronoun === 'they') {
        // "China's military launched what it described as ...": "it" is the clause's own subject.
        const lead = leadingPhrase(view(host, 0, Math.min(quoteStart, 20)));
        if (lead && lead[0] !== phrase[0] && !PRONOUNS.has(lead[0]!.lower)) phrase = lead;
        else antecedent = findAntecedent(first, unitOf[index]!, pronoun === 'it' ? 'one-thing' : 'thing');
      } else if (pronoun === 'he' || pronoun === 'she') {
        // "Orban – an ally of Trump – has undertaken what he called “…”": the clause's own subject, when a person.
        const lead = leadingPhrase(view(host, 0, Math.min(quoteStart, 20)));
        const at = host.indexOf(phrase[0]!);
        const ownLead =
          lead &&
          RELATIVE_OPENERS.has(host[at - 1]?.lower ?? '') &&
          host.indexOf(lead[0]!) < at &&
          namesPerson(lead) &&
          knowsPerson(lead[lead.length - 1]!.lower)
            ? lead
            : undefined;
        // "Christine Lagarde … a jugé « … » : « … », a-t-elle estimé": the pronoun first stands for its own sentence's subject.
        // "Seiner Ansicht nach ist die Lage „…“": the phrase of a held view fills the place of the subject, and stands for
        // the person last spoken of, not for anything in its own sentence.
        const heldView = OPINION_HEADS.has(phrase[0]!.lower) && !PRONOUNS.has(phrase[0]!.lower);
        const own = ownLead ?? (quoteStart > 2 && !heldView ? sentenceSubject(view(host, 0, Math.min(quoteStart, 30)), 'person', knowsPerson) : undefined);
        antecedent = own ?? findAntecedent(first, unitOf[index]!, 'person') ?? namedBefore(phrase[0]!.start, candidate.start);
        // "“…,” wrote Eva Holm of the institute, who added that … “…,” she wrote.": when no one else is named since
        // the last quote of the paragraph, the pronoun goes on with that quote's speaker.
        const prior = previous;
        const lastQuoted =
          !own && !context.pack && prior && prior.unit === unitOf[index] && prior.sentence >= first - 1 && prior.confidence === 'high'
            ? prior.resolved
            : undefined;
        const goesOn =
          prior !== undefined &&
          lastQuoted?.speaker !== undefined &&
          registry.agreesWith(lastQuoted.speaker, pronoun) &&
          namesNoOneElse(text.slice(prior.end, candidate.start), lastQuoted.speaker);
        if (goesOn && knowsPerson(lastQuoted!.speaker!.split(' ').pop()!.toLowerCase())) {
          resolved = lastQuoted!;
          antecedent = undefined;
        } else if (goesOn && describesSomeone(lastQuoted!.speaker!)) fallback = lastQuoted;
        // "«…», — заявила X. Российский президент, по ее мнению, «…»": a held view right after someone's quote is theirs.
        else if (heldView && prior?.resolved.speaker && prior.sentence >= first - 1 && prior.unit === unitOf[index]) {
          resolved = prior.resolved;
          antecedent = undefined;
        }
      }
      // "« … », affirme ce père de quatre enfants": a demonstrative role points back, like "il", to a recent subject.
      if (pronoun === '' && phrase.length >= 2 && DEMONSTRATIVES.has(phrase[0]!.lower) && isRoleNoun(phrase[1]!.lower))
        antecedent = findAntecedent(first, unitOf[index]!, 'person');
      if (!resolved.speaker) {
        resolved = registry.resolve(phrase, text, antecedent);
        confidence = cueConfidence(resolved);
        // "“…,” the founder told us. “…,” he said.": a pronoun nothing else resolves goes on with the last quote's
        // speaker, a role without a name, when no one else is named in between.
        if (fallback && resolved.speaker?.toLowerCase() === pronoun) {
          resolved = fallback;
          confidence = 'low';
        }
      } else confidence = 'medium';
    } else {
      const startsSentence = !hasWords(before);
      const wholeSentence = startsSentence && !after.some((token) => token.kind === 'word');
      const unit = unitOf[index]!;
      let ownSubject: Token[] | undefined;
      // What the paragraph before says after its quote: a question ("Isn't that, I asked, a fair price?") hands
      // the floor to whoever answers it; another person's speech verb ("…,” X announcing the result in a case
      // lawyer Y said was weak") to that person.
      const tail = previous !== undefined && previous.unit === unit - 1 && units[unit]!.start === candidate.start ? paragraphTail(previous) : undefined;
      const handedTo = tail && !context.pack ? lastSpeaker(tail.tokens, 'person', knowsPerson) : undefined;
      const handsOn = tail !== undefined && !context.pack && (tail.asks || (handedTo !== undefined && !sameSpeaker(handedTo, previous!.resolved.speaker)));
      const follows =
        previous !== undefined &&
        ((previous.unit === unit && previous.sentence >= first - 1) ||
          (previous.unit === unit - 1 && units[unit]!.start === candidate.start && !handsOn) ||
          (startsSentence && continuesReportedSpeech(text, sentences, previous.sentence, first)) ||
          // "„…“, schrieb er. ¶ Das sei für ihn „…“": a quote inside a sentence of reported speech goes on with the last speaker's words.
          (!startsSentence &&
            previous.unit >= unit - 1 &&
            (previous.sentence === first - 1 ||
              continuesReportedSpeech(text, sentences, previous.sentence, first) ||
              (previous.unit === unit && previous.sentence === first - 2 && !bringsInSpeaker(first - 1))) &&
            inReportedSpeech(text.slice(sentences[first]!.start, candidate.start))) ||
          (wholeSentence && previous.unit >= unit - NARRATION_SENTENCES && narratesOnly(previous, first)));
      // "“Where are you now?” Zelensky asked.": a question or exclamation closes the sentence before its cue.
      const next = sentences[last + 1];
      // A statement closed by a full stop is done: "“… detained.” Tory ex-minister Douglas Hogg said he opposed …"
      // starts another speaker's sentence.
      const asks = /[?!…]\W*$/.test(text.slice(candidate.start, candidate.end));
      const priorTokens =
        wholeSentence && !asks && !follows && first > 0 && sentences[first - 1]!.paragraph === unit ? tokensOf(first - 1, first - 1) : undefined;
      const priorSpeaks = priorTokens !== undefined && cueBefore(view(priorTokens, priorTokens.length - WINDOW, priorTokens.length)) !== undefined;
      const nextCue =
        wholeSentence && (asks || (!follows && !priorSpeaks)) && next !== undefined && next.paragraph === sentences[last]!.paragraph
          ? cueAfter(view(tokensOf(last + 1, last + 1), 0, WINDOW))
          : undefined;
      // "“Why did you stay?” the judge asked the witness. ¶ “Because …”": the one asked gives the answer.
      const answers = wholeSentence && !context.pack && previous?.addressee !== undefined && previous.unit >= unit - 1;
      if (handsOn && handedTo && !tail!.asks) {
        resolved = registry.resolve(handedTo, text);
        confidence = 'low';
      } else if (answers) {
        resolved = registry.resolve(previous!.addressee!, text);
        confidence = 'low';
      } else if (nextCue?.immediate && (nextCue.kind === 'after' || nextCue.kind === 'inverted' || nextCue.kind === 'words-of')) {
        resolved = registry.resolve(nextCue.phrase, text);
        confidence = 'medium';
      } else if (follows && previous!.resolved.speaker && (!short || wholeSentence)) {
        resolved = previous!.resolved;
        confidence = previous!.confidence === 'high' ? 'medium' : 'low';
      } else if (
        (!short || context.pack?.quotes.shortQuotesOfSubject === true) &&
        !startsSentence &&
        !opensClause &&
        (ownSubject = short
          ? sentenceSubject(view(host, 0, Math.min(quoteStart, 30)), 'person', knowsPerson)
          : clauseSubject(view(host, 0, Math.min(quoteStart, 30)), knowsPerson, Boolean(context.pack))) &&
        !(context.pack && namesSource(text, host, ownSubject, context.pack.stateMedia.sourceBefore))
      ) {
        // "Lee paid the fee “and then forgot all about it.”", "Kim sicherte Russland „volle Unterstützung“ zu": words
        // quoted inside a sentence that has no speech verb are its subject's.
        resolved = registry.resolve(ownSubject, text);
        confidence = 'low';
      } else if (
        !short &&
        !startsSentence &&
        first > 0 &&
        sentences[first - 1]!.paragraph === unit &&
        inReportedSpeech(text.slice(sentences[first]!.start, candidate.start)) &&
        (ownSubject = reportedBy(tokensOf(first - 1, first - 1), knowsPerson))
      ) {
        // "Die Firma erklärte, sie sei nicht gehackt worden. Vielmehr sei ein Dienstleister von dem „…“ betroffen": a
        // sentence in the grammar of reported speech goes on with the words of whoever the sentence before reported.
        resolved = registry.resolve(ownSubject, text);
        confidence = 'low';
      } else if (context.pack && !short && !startsSentence && !opensClause && (ownSubject = pronounSubject(host, quoteStart))) {
        // "Elle ne renie rien, mais « … »", "Él no lo niega, pero “…”": in another language, words quoted in a sentence
        // without a speech verb whose subject is "il" or "elle" are the words of whom the pronoun stands for; a guess.
        const found = registry.resolve(ownSubject, text, findAntecedent(first, unitOf[index]!, 'person'));
        if (found.speaker && found.speaker !== found.surface) {
          resolved = found;
          confidence = 'low';
        }
      } else if (!short && !startsSentence && (ownSubject = soleNamedPerson(view(host, 0, quoteStart), knowsPerson))) {
        // "The visit led Ann Lee to realise she could “…”", "l’écrivain Marc Lenoir, très en colère, « refuse … »": words
        // quoted in a sentence that names one person only and no one who says them are that person's; a guess.
        resolved = registry.resolve(ownSubject, text);
        confidence = 'low';
      } else if (
        !short &&
        !startsSentence &&
        (!context.pack || (context.pack.quotes.continuesLastSpeaker === true && namesNoOneBefore(host, quoteStart))) &&
        previous?.resolved.speaker &&
        continuesSpeaker(previous, candidate.start, unit)
      ) {
        // "“…,” he said. ¶ The new rules “…”": words quoted in narration that brings in no one else since the last
        // quote go on with that quote's speaker, in English and where the pack says so; a guess.
        resolved = previous.resolved;
        confidence = 'low';
      } else if (short) return;
      else if (startsSentence && first > 0 && sentences[first - 1]!.paragraph >= unit - 1) {
        const prior = tokensOf(first - 1, first - 1);
        // "AP's Ann Lee reports." hands over to a correspondent's report: the clips in it are other people's.
        const handsOver = prior.length <= 7 && HANDOVER_VERBS.has(prior[prior.length - 2]?.lower ?? '') && prior[prior.length - 1]!.text === '.';
        const priorCue = handsOver ? undefined : cueBefore(view(prior, prior.length - WINDOW, prior.length));
        if (handsOver) resolved = {};
        else if (priorCue) resolved = registry.resolve(priorCue.phrase, text);
        // A sign-off or caption ("Ann Lee, Washington.") has no predicate, so no one it is about.
        else if (wholeSentence && prior.some((token) => token.kind === 'word' && !token.cap)) {
          // "Dr Ryan added there will be …, but the team will visit the site. ¶ “…”": a paragraph that is only a
          // quote goes on from the person the sentence before was about, whether or not its verb was one of speech.
          const subject = lastSpeaker(prior, 'person', knowsPerson) ?? sentenceSubject(view(prior, 0, 30), 'person', knowsPerson);
          // Only someone the article has named or given a role: "Centers for Disease Control" is no person.
          const head = subject?.[subject.length - 1]?.lower ?? '';
          // "Pour les auteurs, le ministre n’est pas seul en cause. « … »": the view's holder goes on speaking, not
          // the subject the view is about.
          const viewFrame = context.pack?.quotes.viewHolderGoesOn === true ? cueAccordingTo(view(prior, 0, VIEW_OPENING_TOKENS)) : undefined;
          // "Pour la première fois, …" gives no one's view: the holder must be a person, a role or a speaking body.
          const holderHead = viewFrame?.phrase[viewFrame.phrase.length - 1]!.lower ?? '';
          const speaks =
            knowsPerson(holderHead) || isRoleNoun(holderHead) || SPEAKING_THINGS.has(holderHead) || (viewFrame !== undefined && namesPerson(viewFrame.phrase));
          const holder = viewFrame && speaks && prior.indexOf(viewFrame.phrase[0]!) <= VIEW_OPENING_TOKENS / 2 ? viewFrame.phrase : undefined;
          // "…, according to Rochelle Davis, a professor at Georgetown. ¶ “…”": a person the sentence before gives as its
          // source goes on speaking in a paragraph that is only a quote.
          const source = holder || (subject && (knowsPerson(head) || isRoleNoun(head))) ? undefined : cueAccordingTo(prior);
          const namedSource =
            source !== undefined &&
            !isPronounPhrase(source.phrase) &&
            namesPerson(source.phrase) &&
            (hasFullName(source.phrase) || knowsPerson(source.phrase[source.phrase.length - 1]!.lower));
          if (holder) resolved = registry.resolve(holder, text);
          else if (subject && (knowsPerson(head) || isRoleNoun(head))) resolved = registry.resolve(subject, text);
          else if (namedSource && wholeSentence) resolved = registry.resolve(source.phrase, text);
          else if (!subject && !context.pack) {
            // "The mayor's lawyers spoke to reporters after the ruling. ¶ “…”": a group of people named by a plural role.
            const group = lastSpeaker(prior, 'thing', knowsPerson) ?? leadingPhrase(view(prior, 0, 30));
            const last = group?.[group.length - 1]?.lower ?? '';
            if (group && !PRONOUNS.has(group[0]!.lower) && isRoleNoun(last) && /[^s]s$/.test(last)) resolved = registry.resolve(group, text);
          }
          // "He is clear the ads will be different. “…”": a sentence about "he" goes on to his words.
          // Not in an interview, whose bare quotes are the answers of the person interviewed.
          const lead = subject || interview ? undefined : leadingPhrase(view(prior, 0, 30));
          // A pronoun that stands for no one named is no speaker.
          const named =
            lead?.length === 1 && PERSON_PRONOUNS.has(lead[0]!.lower) ? registry.resolve(lead, text, findAntecedent(first - 1, unit, 'person')) : undefined;
          if (named?.speaker && named.speaker !== lead![0]!.text) resolved = named;
          // "María Pérez tiene 45 años. Llegó a Madrid en 2010. ¶ “…”": where the language drops its subject, a sentence
          // with none goes on about the person before it, who goes on speaking.
          else if (
            !resolved.speaker &&
            !subject &&
            !interview &&
            context.pack?.quotes.proDropChains === true &&
            !lead?.some((token) => isNameWord(token) && token.cap && knowsPerson(token.lower))
          ) {
            const before = findAntecedent(first - 1, unit, 'person');
            if (before && namesPerson(before) && !isPronounPhrase(before)) resolved = registry.resolve(before, text);
          }
        }
        confidence = 'low';
      }
      // "“…” ¶ Ann Lee of the bank says the figures …", "“…” ¶ Ana Ruiz, portavoz de la asociación, explica que …": a
      // paragraph that is only a quote and has found no speaker is the words of the person the next paragraph opens by
      // reporting (a broadcast clip and its source).
      const opener = sentences[last + 1];
      if (!resolved.speaker && wholeSentence && units[unit]!.start === candidate.start && opener?.paragraph === unit + 1) {
        const next = tokensOf(last + 1, last + 1);
        const introduced = reportingSubject(next, knowsPerson) ?? utteranceOwner(next);
        if (introduced) {
          resolved = registry.resolve(introduced, text);
          confidence = 'low';
        }
      }
      // "“…” ¶ Declara Putin": a heading quote whose next line is only a speech verb and a name is that person's.
      const line = units[unit + 1];
      if (
        !resolved.speaker &&
        wholeSentence &&
        units[unit]!.start === candidate.start &&
        units[unit]!.end === candidate.end &&
        line !== undefined &&
        opener?.start === line.start &&
        opener.end === line.end &&
        line.end - line.start <= BYLINE_CHARS
      ) {
        const lineCue = cueAfter(tokensOf(last + 1, last + 1));
        if (lineCue?.immediate && lineCue.kind === 'inverted' && namesPerson(lineCue.phrase) && !isPronounPhrase(lineCue.phrase)) {
          resolved = registry.resolve(lineCue.phrase, text);
          confidence = 'low';
        }
      }
    }
    // "À l’Élysée, on assure que « … »", "« … », insiste-t-on du côté de l’Élysée": where nothing in the sentence names a
    // speaker, an impersonal "on" speaks for the institution it places it in, rather than a speaker carried over.
    const impersonal = context.pack?.quotes.impersonalSource;
    if ((!resolved.speaker || confidence === 'low') && impersonal) {
      const sentence = text.slice(sentences[first]!.start, sentences[last]!.end);
      const institution = impersonal
        .exec(sentence)
        ?.slice(1)
        .find((group) => group !== undefined);
      if (institution !== undefined) {
        resolved = { speaker: institution };
        confidence = 'medium';
      }
    }
    // A place or a people is a guess, not a speaker: say nothing rather than name the wrong one. Nor is "he" or "she"
    // that nothing in the article resolves: the quote is unattributed.
    // Nor is a date ("Anfang Oktober", "el 7 de mayo de 2018"), which a cue can take for a subject.
    if (resolved.speaker && (namesNoOne(resolved.speaker) || standsForNoOne(resolved.speaker) || namesTime(resolved.speaker))) resolved = {};
    previous = {
      end: candidate.end,
      sentence: last,
      unit: unitOf[index]!,
      resolved,
      confidence,
      short,
      ...(addressee && !isPronounPhrase(addressee) && namesPerson(addressee) ? { addressee } : {}),
    };
    runsOn.push(!candidate.closed && candidate.end === units[unitOf[index]!]!.end ? unitOf[index]! : -1);
    leftOpen.push(!candidate.closed);
    findings.push({
      layer: 'quote',
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      ruleId: `quote/${candidate.style}`,
      message: message(resolved),
      ...(resolved.speaker ? { speaker: resolved.speaker } : {}),
      ...(resolved.surface && resolved.surface !== resolved.speaker ? { speakerSurface: resolved.surface } : {}),
      ...(resolved.speaker ? { speakerConfidence: confidence } : {}),
    });
  });
  inheritForward(findings, runsOn, units, text, leftOpen);
  if (PACK_GRAMMAR.dashIncise) inheritFromIncise(findings, text);
  attributeEchoedQuotes(findings, units, text);
  attributeToInterviewee(text, findings, units, context.pack?.quotes.interview);
  return findings;
}

/** Most words between a quote and the verb that closes its clause in a verb-second language. */
const CLOSING_GAP = 5;

/** The index of a reporting verb that closes the quote's clause a few plain words after it, or -1. */
function closingVerb(after: readonly Token[]): number {
  for (let k = 0; k <= CLOSING_GAP && k < after.length; k++) {
    const token = after[k]!;
    if (token.kind !== 'word') return -1;
    if (!isReportingVerb(token, after[k + 1])) continue;
    // Right after the quote the verb closes its clause whatever follows ("als „Hofnarr“ bezeichnet haben").
    const next = after[k + 1];
    return k === 0 || next === undefined || next.text === '.' || next.text === ',' || next.text === ';' ? k : -1;
  }
  return -1;
}

/**
 * "Como dijo el ministro, “…”": a verb that carries its subject but stands inside an "according to" frame is the
 * frame's; the one the frame names right after it speaks.
 */
function framedVerbCue(beforeCue: SpeakerCue | undefined, before: readonly Token[]): SpeakerCue | undefined {
  if (!beforeCue || beforeCue.phrase.length !== 1 || !PRO_DROP_VERBS.has(beforeCue.phrase[0]!.lower)) return undefined;
  const framed = cueAccordingTo(before);
  return framed && before.indexOf(framed.phrase[0]!) === before.indexOf(beforeCue.phrase[0]!) + 1 ? framed : undefined;
}

/**
 * "Le cri du cœur de David Dufresne résonne …": a sentence opened by a noun for something said names, after "de", the
 * person who said it.
 */
function utteranceOwner(tokens: readonly Token[]): Token[] | undefined {
  const noun = tokens.findIndex((token, k) => k <= 2 && UTTERANCE_NOUNS.has(token.lower));
  if (noun < 0) return undefined;
  for (let k = noun + 1; k <= noun + 4 && k < tokens.length; k++) {
    if (!ROMANCE_OF.test(tokens[k]!.lower) || !tokens[k + 1]?.cap) continue;
    let end = k + 1;
    while (end < tokens.length && end - k <= 3 && tokens[end]!.cap && isNameWord(tokens[end]!)) end++;
    const owner = tokens.slice(k + 1, end);
    return owner.length > 0 && namesPerson(owner) ? owner : undefined;
  }
  return undefined;
}

/** Whether a phrase holds two capitalised name words or more ("Rochelle Davis", "МИД России"). */
function hasFullName(phrase: readonly Token[]): boolean {
  return phrase.filter((token) => token.cap && isNameWord(token)).length >= 2;
}

/** Whether a speaker read off a cue is only a date or a time ("Anfang Oktober", "el 7 de mayo de 2018"). */
function namesTime(speaker: string): boolean {
  const words = tokenizeRange(speaker, 0, speaker.length, false, []).filter((token) => token.kind === 'word');
  return words.length > 0 && isTimePhrase(words.filter((token) => !isFunctionWord(token)));
}

/**
 * A bare "he" or "she", or a verb that carries one ("affirme-t-il", "dijo"), left as the speaker because nothing
 * resolved it. An unresolved "they" still tells the reader a group spoke, so it stays.
 */
function standsForNoOne(speaker: string): boolean {
  const lower = speaker.toLowerCase();
  const english = englishPronoun(lower);
  // "À ses yeux, « … »" with no one to look back to: the head of a held view stands for a person just as "il" does.
  return (PRONOUNS.has(lower) || PRO_DROP_VERBS.has(lower) || OPINION_HEADS.has(lower)) && (english === 'he' || english === 'she');
}

/** Whether the words of a quote's sentence before it name no one: no name after its first word, no role noun. */
function namesNoOneBefore(host: readonly Token[], quoteStart: number): boolean {
  return host.slice(0, quoteStart).every((token, k) => token.kind !== 'word' || (!(k > 0 && token.cap && isNameWord(token)) && !isRoleNoun(token.lower)));
}

/** The personal pronoun ("il", "elle") that opens a quote's sentence as its subject, if any. */
function pronounSubject(host: readonly Token[], quoteStart: number): Token[] | undefined {
  const lead = leadingPhrase(view(host, 0, Math.min(quoteStart, 30)));
  return lead?.length === 1 && lead[0] === host[0] && PERSON_PRONOUNS.has(lead[0]!.lower) ? lead : undefined;
}

/** "the entrepreneur", "a local teacher": a speaker described by lower-case words, not a name, a body or a group. */
function describesSomeone(speaker: string): boolean {
  const words = speaker.split(' ');
  const head = words[words.length - 1]!;
  return (
    words.length >= 2 &&
    ARTICLES.has(words[0]!.toLowerCase()) &&
    words.slice(1).every((word) => /^[\p{Ll}-]+$/u.test(word)) &&
    !SPEAKING_THINGS.has(head) &&
    !isNonPersonWord(head) &&
    (!head.endsWith('s') || head.endsWith('ss'))
  );
}

/**
 * Whether a stretch of text names no one but the given speaker: every run of capitalised words is part of the
 * speaker's name, a place or a body, or one capital opening a sentence.
 */
function namesNoOneElse(stretch: string, speaker: string): boolean {
  const own = new Set(speaker.toLowerCase().split(/[\s()]+/));
  const tokens = tokenizeRange(stretch, 0, stretch.length, false, []);
  // The speaker is named between the two quotes ("“…,” wrote Eva Holm, who added …"), the last person the text names.
  const surname = speaker.toLowerCase().split(/\s+/).pop() ?? '';
  if (!tokens.some((token) => token.lower.replace(/['’]s$/, '') === surname)) return false;
  for (let k = 0; k < tokens.length; k++) {
    // "…,” he said. His wife, a teacher, agreed. “…,” she said": a role brings in someone else.
    if (tokens[k]!.kind === 'word' && !tokens[k]!.cap && isRoleNoun(tokens[k]!.lower) && !own.has(tokens[k]!.lower)) return false;
    if (!isNameWord(tokens[k]!)) continue;
    let end = k;
    while (end + 1 < tokens.length && isNameWord(tokens[end + 1]!)) end++;
    const run = tokens.slice(k, end + 1);
    const opensSentence = k === 0 || tokens[k - 1]!.text === '.' || tokens[k - 1]!.kind === 'quote';
    const words = run.map((token) => token.lower.replace(/['’]s$/, ''));
    const fine =
      words.some((word) => own.has(word)) || words.some((word) => isNonPersonWord(word)) || namesNoOne(words.join(' ')) || (opensSentence && run.length === 1);
    if (!fine) return false;
    k = end;
  }
  return true;
}

/**
 * The subject that opens a quote's own sentence, when it can speak: a person, or an organisation or a document
 * ("the study", "an inquiry"); undefined for other things ("The experience led her to …").
 */
function clauseSubject(opening: readonly Token[], knowsPerson: (lower: string) => boolean, pack: boolean): Token[] | undefined {
  const person = sentenceSubject(opening, 'person', knowsPerson);
  // "Das sei „…“": a lone article or pronoun-like word is no one's name, even where the article has used it in one.
  if (person) return pack && person.length === 1 && (ARTICLES.has(person[0]!.lower) || isFunctionWord(person[0]!)) ? undefined : person;
  const thing = sentenceSubject(opening, 'one-thing', knowsPerson) ?? sentenceSubject(opening, 'thing', knowsPerson);
  const head = thing?.[thing.length - 1];
  // In another language a capital alone makes no organisation (German writes every noun with one, and a preposition
  // opens a sentence capitalised): there it takes a name of two capitalised words ("МИД России").
  const named = head?.cap && !isNonPersonWord(head.lower) && (!pack || hasFullName(thing!));
  // "L’ONU « condamne … »", "La ONU “condena …”": an acronym, or a name glued to an elided article, names a body in any language.
  const body = head !== undefined && pack && (isAcronym(head) || ELIDED_NAME_WORD.test(head.text));
  return head && (named || body || SPEAKING_THINGS.has(head.lower) || isRoleNoun(head.lower)) ? thing : undefined;
}

/**
 * Whether the words before a sentence's subject name a source the sentence goes by ("По данным следствия, глава …",
 * "Según la fiscalía, el acusado …"), so its subject is what the source speaks about, not who speaks; read with the
 * pack's state-media source frames, which end where the source's name would begin.
 */
function namesSource(text: string, host: readonly Token[], subject: readonly Token[], frame: RegExp): boolean {
  const at = host.indexOf(subject[0]!);
  for (let k = 1; k < at; k++) if (host[k]!.kind === 'word' && frame.test(text.slice(host[0]!.start, host[k]!.start))) return true;
  return false;
}

/** Prepositions that tie a person to the body they speak for ("Ann Lee of the bank", "an analyst at the fund"). */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'for', 'with']);

/** How far into its sentence a reporting verb may stand for its subject to open the sentence. */
const OPENING_VERB_TOKENS = 12;

/**
 * The person or role a sentence opens with as the subject of a reporting verb ("Ann Lee of the bank says …",
 * "The mayor adds …"); undefined for pronouns, things and sentences that open otherwise.
 */
function reportingSubject(tokens: readonly Token[], knowsPerson: (lower: string) => boolean): readonly Token[] | undefined {
  for (let k = 1; k < tokens.length && k <= OPENING_VERB_TOKENS; k++) {
    const token = tokens[k]!;
    if (token.kind === 'quote') return undefined;
    if (!isReportingVerb(token, tokens[k + 1]) || token.lower.endsWith('ing')) continue;
    const phrase = cueBefore(tokens.slice(0, k + 1))?.phrase;
    if (!phrase || tokens.indexOf(phrase[0]!) > 1 || isPronounPhrase(phrase)) return undefined;
    // "Ann Lee of the bank": the person before the body she speaks for.
    const of = phrase.findIndex((word, at) => at > 0 && OF_WORDS.has(word.lower));
    const person = of > 0 ? phrase.slice(0, of) : phrase;
    return namesPerson(person) || knowsPerson(person[person.length - 1]!.lower) ? person : undefined;
  }
  return undefined;
}

/** Whether a subject phrase names the speaker already given (its last word is one of the speaker's words). */
function sameSpeaker(phrase: readonly Token[], speaker: string | undefined): boolean {
  if (!speaker) return false;
  const own = new Set(speaker.toLowerCase().split(/[\s()]+/));
  return own.has(phrase[phrase.length - 1]!.lower.replace(/['’]s$/, ''));
}

function isPronounPhrase(phrase: readonly Token[]): boolean {
  return phrase.length === 1 && PRONOUNS.has(phrase[0]!.lower);
}

/** Whether a sentence opens with "according to" (after "but" or "and" at most). */
function opensWithAccordingTo(host: readonly Token[]): boolean {
  const at = host[0]?.lower === 'but' || host[0]?.lower === 'and' ? 1 : 0;
  return host[at]?.lower === 'according' && host[at + 1]?.lower === 'to';
}

/** How far into a sentence a view's frame ("Cependant, pour les auteurs,") and its holder are looked for. */
const VIEW_OPENING_TOKENS = 16;

/** A paragraph without a closing stop is a picture caption, not a heading or byline, from this many words. */
const CAPTION_WORDS = 10;

/** A line after a heading that names its speaker ("Declara Putin", "says the mayor") is at most this many characters. */
const BYLINE_CHARS = 40;

/** Longest line that labels the quote after it in a transcript ("Joe Biden, US-Präsident:"). */
const SPEAKER_LABEL_CHARS = 60;

/** At most this many sentences (and paragraphs) of narration stand between two quotes of one speaker. */
const NARRATION_SENTENCES = 3;

/** At most this many sentences of reported speech carry a speaker's words on to a quote after them. */
const REPORTED_SPEECH_SENTENCES = 2;

/**
 * Whether the sentences between a speaker's quote and a later one are all in the grammar of reported speech
 * (in a language whose pack knows it), so the later quote goes on with the same speaker's words.
 */
function continuesReportedSpeech(text: string, sentences: readonly Sentence[], from: number, to: number): boolean {
  const grammar = PACK_GRAMMAR.reportedSpeech;
  if (!grammar || to - from - 1 < 1 || to - from - 1 > REPORTED_SPEECH_SENTENCES) return false;
  for (let k = from + 1; k < to; k++) {
    const sentence = text.slice(sentences[k]!.start, sentences[k]!.end);
    if (!grammar.test(sentence) || /["“”„«»]/.test(sentence)) return false;
  }
  return sentences[to]!.paragraph - sentences[from]!.paragraph <= 1;
}

/** Whether the words before a quote in its sentence are in the grammar of reported speech (in a language whose pack knows it). */
function inReportedSpeech(opening: string): boolean {
  const grammar = PACK_GRAMMAR.reportedSpeech;
  return grammar !== undefined && grammar.test(opening) && !/["“”„«»]/.test(opening);
}

// The reporter's own questions and first person mark an interview, where answers stand as bare paragraphs.
const INTERVIEW_SIGNAL = /\b(?:interview(?:ed|s)?|told me|(?:I|we) asked|asked (?:him|her)|(?:I|we) met|Q&A)\b/;
/** A heading that names the person interviewed: "Interview with Jane Doe", "Q&A: Jane Doe". */
const INTERVIEW_HEADER = /(?:^|\n)[^\n]{0,80}?\b(?:[Ii]nterview with|Q&A(?: with)?:?)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/u;
/** Characters from the start of the text within which an interview's heading names its interviewee. */
const INTERVIEW_HEADER_REACH = 600;
/** The interviewee must account for at least this share of the attributed quotes. */
const INTERVIEWEE_SHARE = 0.5;

/**
 * In an interview, a paragraph that is nothing but a quote and names no speaker is the interviewee's answer:
 * the person quoted most, by a clear margin, in an article that reads as an interview.
 */
function attributeToInterviewee(
  text: string,
  findings: QuoteFinding[],
  units: readonly Span[],
  local?: { readonly signal: RegExp; readonly header: RegExp },
): void {
  if (!INTERVIEW_SIGNAL.test(text) && !local?.signal.test(text)) return;
  const opening = text.slice(0, INTERVIEW_HEADER_REACH);
  const header = (local?.header.exec(opening) ?? INTERVIEW_HEADER.exec(opening))?.[1];
  const headed = header === undefined ? undefined : (PACK_NAMES.nominative?.(header) ?? header);
  const counts = new Map<string, number>();
  let attributed = 0;
  for (const finding of findings) {
    if (!finding.speaker) continue;
    attributed++;
    const name = finding.speaker.replace(/\s*\([^)]*\)$/, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [ranked, second] = [...counts].sort((a, b) => b[1] - a[1]);
  const clear = ranked !== undefined && ranked[1] >= 2 && ranked[1] >= attributed * INTERVIEWEE_SHARE && !(second && second[1] * 2 > ranked[1]);
  // A heading that names the interviewee says whose answers they are, as long as no one else is quoted more.
  const top: readonly [string, number] | undefined = clear
    ? ranked
    : headed !== undefined && (ranked === undefined || ranked[0].endsWith(headed.split(' ').pop()!))
      ? [headed, 0]
      : undefined;
  if (!top) return;
  const unitStarts = new Set(units.map((unit) => unit.start));
  const unitEnds = new Set(units.map((unit) => unit.end));
  findings.forEach((finding, index) => {
    if (finding.speaker || !unitStarts.has(finding.start)) return;
    const rest = text.slice(finding.end, finding.end + 3);
    if (!unitEnds.has(finding.end) && !/^[.,!?]?(?:\n|$)/.test(rest)) return;
    findings[index] = { ...finding, speaker: top[0], speakerConfidence: 'low', message: `Direct quote attributed to ${top[0]}, the person interviewed.` };
  });
}

/**
 * The sentences of each unit, numbered by unit: the shared split is reused for every unit that is one
 * paragraph, and only the units joined from hard-wrapped lines are split again.
 */
function unitSentences(context: TextContext, units: readonly Span[]): readonly Sentence[] {
  const { text, paragraphs } = context;
  if (units.length === paragraphs.length) return context.sentences;
  const shared = context.sentences;
  const out: Sentence[] = [];
  let paragraph = 0;
  let sentence = 0;
  units.forEach((unit, index) => {
    while (paragraph < paragraphs.length && paragraphs[paragraph]!.start < unit.start) paragraph++;
    const single = paragraphs[paragraph]?.start === unit.start && paragraphs[paragraph]!.end === unit.end;
    while (sentence < shared.length && shared[sentence]!.start < unit.start) sentence++;
    if (single) {
      for (; sentence < shared.length && shared[sentence]!.start < unit.end; sentence++) {
        const found = shared[sentence]!;
        out.push(found.paragraph === index ? found : { start: found.start, end: found.end, paragraph: index });
      }
    } else {
      for (const found of splitSentences(text, [unit])) out.push({ start: found.start, end: found.end, paragraph: index });
    }
  });
  return out;
}

/** A multi-paragraph quote is attributed at its end: earlier paragraphs take the speaker of the paragraph after. */
function inheritForward(
  findings: QuoteFinding[],
  runsOn: readonly number[],
  units: readonly { start: number }[],
  text: string,
  leftOpen: readonly boolean[],
): void {
  for (let i = findings.length - 2; i >= 0; i--) {
    const finding = findings[i]!;
    const next = findings[i + 1]!;
    const unit = runsOn[i]!;
    // "“We are the sources. “No matter …,” he says.": a quote left open where the next one opens is the same words.
    const runsInto = leftOpen[i]! && /^\s*$/.test(text.slice(finding.end, next.start));
    // Running into the next quote says more than a guess from the narration before it.
    const keeps = finding.speaker !== undefined && !(runsInto && finding.speakerConfidence === 'low' && next.speakerConfidence !== 'low');
    if (keeps || !next.speaker || (!runsInto && (unit < 0 || units[unit + 1]?.start !== next.start))) continue;
    findings[i] = {
      ...finding,
      speaker: next.speaker,
      ...(next.speakerSurface ? { speakerSurface: next.speakerSurface } : {}),
      speakerConfidence: next.speakerConfidence === 'high' ? 'medium' : 'low',
      message: next.message,
    };
  }
}

/** The body a pack's pattern names before a quote of its clause (its first group that matched), when one does. */
function quotedBody(before: string, pattern: RegExp): string | undefined {
  return pattern.exec(before)?.slice(1).find(Boolean)?.trim() || undefined;
}

/** A quote closed by the author's words after a dash ("«…», — говорит X"). */
const DASH_INCISE_AFTER = /^[,.!?…]?\s*[—–]\s/u;
/** A sentence break or a paragraph between two quotes. */
const SENTENCE_BREAK = /[.!?…]\s+\p{Lu}|\n/u;

/**
 * "«A» …, а «B», — говорит X": in a language whose author's words follow a quote after a dash, that incise at the
 * sentence's end attributes the sentence's earlier quotes that have no speaker of their own.
 */
function inheritFromIncise(findings: QuoteFinding[], text: string): void {
  for (let i = findings.length - 2; i >= 0; i--) {
    const finding = findings[i]!;
    const next = findings[i + 1]!;
    if (finding.speaker || !next.speaker || next.speakerConfidence === 'low') continue;
    if (!DASH_INCISE_AFTER.test(text.slice(next.end, next.end + 4)) || SENTENCE_BREAK.test(text.slice(finding.end, next.start))) continue;
    findings[i] = {
      ...finding,
      speaker: next.speaker,
      ...(next.speakerSurface ? { speakerSurface: next.speakerSurface } : {}),
      speakerConfidence: 'medium',
      message: next.message,
    };
  }
}

/** The person or body whose words a sentence reports with a reporting verb ("Die Firma erklärte, …"), if any. */
function reportedBy(tokens: readonly Token[], knowsPerson: (lower: string) => boolean): Token[] | undefined {
  if (tokens.some((token) => token.kind === 'quote')) return undefined;
  const cue = lastSpeaker(tokens, 'person', knowsPerson) ?? lastSpeaker(tokens, 'thing', knowsPerson) ?? cueBefore(tokens)?.phrase;
  return cue && !isPronounPhrase(cue) ? [...cue] : undefined;
}

/** Whether a sentence opens, past its conjunctions and adverbs, with a verb that carries its subject ("Relató que …", "Además, señaló …"). */
function opensWithDroppedSubject(opening: readonly Token[]): boolean {
  const first = opening.find((token) => token.kind === 'word' && !isFunctionWord(token) && !VERB_MODIFIERS.has(token.lower));
  return first !== undefined && PRO_DROP_VERBS.has(first.lower);
}

/** Whether a sentence carries a speech verb whose subject is a personal pronoun set off by commas ("But, he said, …"). */
function saysThroughPronoun(opening: readonly Token[]): boolean {
  for (let k = 1; k + 2 < opening.length; k++) {
    if (opening[k - 1]!.text !== ',' || !PERSON_PRONOUNS.has(opening[k]!.lower)) continue;
    if (isReportingVerb(opening[k + 1], opening[k + 2]) && opening[k + 2]!.text === ',') return true;
  }
  return false;
}

/** The person named right after a speech verb that follows a comma and closes its clause (", said Mr Fogg, who …"). */
function invertedSpeaker(opening: readonly Token[]): Token[] | undefined {
  for (let k = 1; k + 1 < opening.length; k++) {
    if (opening[k - 1]!.text !== ',' || !isReportingVerb(opening[k], opening[k + 1]) || opening[k]!.lower.endsWith('ing')) continue;
    const phrase = subjectAfter(opening, k);
    if (!phrase || PRONOUNS.has(phrase[0]!.lower) || !namesPerson(phrase)) continue;
    const next = opening[opening.indexOf(phrase[phrase.length - 1]!) + 1];
    if (next === undefined || next.text === ',' || next.text === '.' || next.text === ';') return phrase;
  }
  return undefined;
}
