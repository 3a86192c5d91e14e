import {
  ACCORDING_AFTER_WORDS,
  ACCORDING_WORDS,
  englishPronoun,
  INCISE_VERBS,
  INFINITIVE_PARTICLES,
  OPENING_PHRASES,
  OPINION_INTRO_WORDS,
  OPINION_PHRASES,
  PACK_AUXILIARIES,
  PACK_GRAMMAR,
  PACK_NAMES,
  PACK_INFINITIVES,
  PACK_QUOTE_BACK_REFERENCE,
  NARRATIVE_INFINITIVES,
  NOMINATIVE_PRONOUNS,
  PRO_DROP_VERBS,
  SUBJECT_PARTICLES,
  TOPIC_OPENERS,
  INVERTED_SUBJECT_OPENERS,
  WORDS_OF_NOUNS,
  VENUE_NOUNS,
  VERB_JOINS,
} from '../lang/pack-overlay';
import { INTRO_PREPOSITIONS, isRoleNoun, PARTICIPLE_VERBS as PARTICIPLES, PRONOUNS, QUOTING_VERBS, SPEAKING_THINGS, VERB_MODIFIERS } from './lexicon';
import {
  analysingEnglish,
  ARTICLES,
  OBJECT_ARTICLES,
  IMPERSONAL_SUBJECTS,
  impersonalSource,
  isPronoun,
  leadingPhrase,
  MAX_DISTANCE,
  MAX_PHRASE,
  PACK_FORMS,
  PHRASE_GRAMMAR,
  PLACE_PREPOSITIONS,
  phraseEndingAt,
  RELATIVE_PRONOUNS,
  ARTICLE_RELATIVES,
  CLAUSE_EDGES,
  POST_MODIFIERS,
  subjectAfter,
  subjectBefore,
  TIME_LEADS,
  TIME_WORDS,
  ROMANCE_OF,
  trimPhrase,
} from './speaker-phrases';
import { clauseAuxiliary, namesPerson } from './antecedents';
import { namesNoOne } from './place-words';
import { FUNCTION_WORDS, isAcronym, isFunctionWord, isNameWord, isReportingVerb, type Token } from './tokens';

/** Whether a verb is joined to its inverted subject pronoun by a hyphen, as another language writes it ("poursuit-il", "a-t-elle"). */
function carriesPronoun(lower: string): boolean {
  const joint = lower.lastIndexOf('-');
  return PACK_AUXILIARIES.size > 0 && joint > 0 && PRONOUNS.has(lower.slice(joint + 1));
}

export { leadingPhrase };

/** How the text attributes a quote; the detector prefers the closer, more explicit kinds. */
export type CueKind = 'after' | 'inverted' | 'before' | 'quoted-as' | 'according-to' | 'words-of' | 'colon';

/** The noun phrase a cue names as the speaker, and how it was found. */
export interface SpeakerCue {
  readonly phrase: readonly Token[];
  readonly kind: CueKind;
  /** The cue hugs the quote (`,” he said`), so it beats any other cue in the sentence. */
  readonly immediate: boolean;
  /** The reporting verb, when the cue has one. */
  readonly verb?: Token;
}

/**
 * How far after a quote its cue may sit: a sentence may run on past the quote into a long subject ("“…,” and it
 * works well in children, Professor X, director of Y, who led the work, said").
 */
const AFTER_DISTANCE = 45;

/** Words that open a phrase continuing the quote's sentence, so no subject stands between the quote and the verb. */
const PREPOSITION_OPENERS: ReadonlySet<string> = new Set(['with', 'in', 'on', 'at', 'for', 'to', 'from', 'after', 'during', 'about', 'over', 'by']);

/** Words before a verb that share the sentence's subject with it. */
const VERB_PHRASE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'to']);

const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'if', 'because', 'after', 'before', 'since', 'whether', 'how', 'once', 'until', 'unless']);

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/** Past participles of speech verbs that do not end in "-ed" ("was said to be", "were told"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['said', 'told', 'written', 'spoken', 'heard', 'found', 'read']);

const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'telling', 'writing', 'stating', 'declaring', 'adding']);

/** Object clitics and a manner adverb that stand before a Romance verb inverted after a quote ("le dijo", "así lo afirmó"). */
const CLITIC_OPENERS: ReadonlySet<string> = new Set(['le', 'les', 'lo', 'así', 'ainsi', 'lui', 'leur']);

/** Opinion verbs that attribute a quote when they come inverted right after it ("“…,” thinks Curry"). */
const INVERTED_OPINION_VERBS: ReadonlySet<string> = new Set(['thinks', 'believes', 'reckons', 'feels', 'argues', 'insists']);

/** "KCNA quoted Kim as saying", "Kim was quoted as saying": the speaker of a quote after `saying`. */
function quotedAs(view: readonly Token[], participle: number, floor: number): SpeakerCue | undefined {
  const as = participle - 1;
  if (as - 1 < floor || view[as]!.lower !== 'as') return undefined;
  if (QUOTING_VERBS.has(view[as - 1]!.lower)) {
    const phrase = subjectBefore(view, as - 1, floor);
    return phrase ? { phrase, kind: 'quoted-as', immediate: true } : undefined;
  }
  // The quoted person sits between the quoting verb and "as", however long the title.
  for (let k = as - 2; k >= floor && as - k <= 14; k--) {
    const token = view[k]!;
    // A plural possessive's apostrophe ("the workers' minister") stays inside the quoted person's title.
    const apostrophe = (token.text === "'" || token.text === '’') && /s$/.test(view[k - 1]?.lower ?? '') && view[k + 1]?.kind === 'word';
    if (token.kind !== 'word' && token.text !== '.' && token.text !== ',' && !apostrophe) return undefined;
    if (!QUOTING_VERBS.has(token.lower)) continue;
    // "Kim was quoted by KCNA as saying": the passive's subject is quoted; the agent after "by" only relays.
    if (view[k + 1]?.lower === 'by' && PASSIVE_AUXILIARIES.has(view[k - 1]?.lower ?? '')) {
      const quoted = subjectBefore(view, k - 1, floor);
      return quoted ? { phrase: quoted, kind: 'quoted-as', immediate: true } : undefined;
    }
    const phrase = trimPhrase(view.slice(k + 1, as).filter((t) => t.text !== ','));
    return phrase ? { phrase, kind: 'quoted-as', immediate: true } : undefined;
  }
  return undefined;
}

/** The owner of the words named at `k` by a pack's noun for them ("слова источника"), or undefined. */
function wordsOwner(after: readonly Token[], k: number): Token[] | undefined {
  if (!WORDS_OF_NOUNS.has(after[k]?.lower ?? '')) return undefined;
  const owner = subjectAfter(after, k);
  return owner && !isPronoun(owner[0]) ? owner : undefined;
}

/**
 * "привела слова министра: «…»", "с угрозой Трампа «…»": a pack's noun for someone's words, with its owner in the
 * genitive right before the quote, names the speaker, whoever the sentence's subject is.
 */
function wordsOwnerBefore(before: readonly Token[]): SpeakerCue | undefined {
  if (WORDS_OF_NOUNS.size === 0) return undefined;
  const end = before[before.length - 1]?.text === ':' ? before.length - 1 : before.length;
  for (let k = end - 2; k >= 0 && end - k <= 6; k--) {
    if (!WORDS_OF_NOUNS.has(before[k]!.lower)) continue;
    const owner = wordsOwner(before, k);
    return owner && before.indexOf(owner[owner.length - 1]!) === end - 1 ? { phrase: owner, kind: 'before', immediate: true } : undefined;
  }
  return undefined;
}

/** A cue after the quote: `,” he said`, `,” said Mr Kim`, or a later clause "…” and …, the leader ordered". */
export function cueAfter(after: readonly Token[], passQuotes = true): SpeakerCue | undefined {
  let i = 0;
  while (i < after.length && after[i]!.kind === 'punct' && ',—–-:'.includes(after[i]!.text)) i++;
  // "« Errare humanum est » (l’erreur est humaine), lance le procureur": in another language a gloss in brackets
  // may stand between the quote and its incise.
  if (PACK_AUXILIARIES.size > 0 && i === 0 && after[0]?.text === '(') {
    const close = after.findIndex((token, k) => k < 20 && token.text === ')');
    if (close > 0 && after[close + 1]?.text === ',') i = close + 2;
  }
  const tight = i;
  const credit = PACK_GRAMMAR.quoteCreditLine && i === 0 ? creditLineName(after) : undefined;
  if (credit) return { phrase: credit, kind: 'after', immediate: true };
  const bracketed = i === 0 ? bracketedName(after) : undefined;
  if (bracketed) return { phrase: bracketed, kind: 'after', immediate: true };
  // ",” in the words of X" right after the quote; "according to X" there names a source, not the speaker.
  const lead = after
    .slice(i, i + 4)
    .map((token) => token.lower)
    .join(' ');
  // "“…” – that was the verdict of Judge X": a demonstrative hands the quote to whoever the noun phrase says.
  const verdict = verdictOf(after, i) ?? pointedBackSubject(after, i) ?? pointedBackOpener(after, i);
  if (verdict) return { phrase: verdict, kind: 'words-of', immediate: true };
  if (lead === 'in the words of') {
    const attributed = cueAccordingTo(after.slice(i));
    if (attributed) return { ...attributed, kind: 'words-of', immediate: true };
  }
  // ",” said Mr Kim" inverts the verb; "” asking Messi to apologise" is a participle whose object never speaks.
  // Another language's auxiliary may come first (",» a déclaré le ministre").
  let verbAt = PACK_AUXILIARIES.has(after[i]?.lower ?? '') && isReportingVerb(after[i + 1]) ? i + 1 : i;
  // ",” le dijo a la prensa el alcalde", ". Así lo afirmó el presidente": clitics and a manner adverb before an inverted verb.
  if (PACK_AUXILIARIES.size > 0 && verbAt === i) {
    let k = i;
    while (k < i + 2 && after[k]?.kind === 'word' && (VERB_MODIFIERS.has(after[k]!.lower) || CLITIC_OPENERS.has(after[k]!.lower))) k++;
    if (PACK_AUXILIARIES.has(after[k]?.lower ?? '') && isReportingVerb(after[k + 1])) k++;
    if (k > i && isReportingVerb(after[k], after[k + 1])) verbAt = k;
  }
  // ",» a de son côté écrit X", ",» a pour sa part déclaré X": a pack's adverbials between the auxiliary and its participle.
  if (PACK_AUXILIARIES.size > 0 && verbAt === i && PACK_AUXILIARIES.has(after[i]?.lower ?? '')) {
    let m = i + 1;
    while (m < i + 5 && after[m]?.kind === 'word' && VERB_MODIFIERS.has(after[m]!.lower)) m++;
    if (m > i + 1 && isReportingVerb(after[m], after[m + 1])) verbAt = m;
  }
  // "„…“, hatte der Sprecher am Morgen gesagt": in a verb-second language the auxiliary comes first and the
  // participle closes the clause; the subject follows the auxiliary.
  if (PACK_GRAMMAR.verbSecond && tight > 0 && verbAt === i && PACK_AUXILIARIES.has(after[i]?.lower ?? '')) {
    let k = i + 1;
    while (k < after.length && k - i <= 14 && after[k]!.kind === 'word') k++;
    const phrase = k > i + 2 && isReportingVerb(after[k - 1]) ? nominativeAfter(after, i) : undefined;
    if (phrase && !phrase.includes(after[k - 1]!)) return { phrase, kind: 'inverted', immediate: true, verb: after[k - 1]! };
  }
  const bridged = tight > 0 && PACK_INFINITIVES.size > 0 ? bridgedInfinitive(after, tight) : -1;
  if (bridged > 0) {
    const phrase = nominativeAfter(after, bridged);
    if (phrase && !isPronoun(phrase[0])) return { phrase, kind: 'inverted', immediate: true, verb: after[bridged]! };
  }
  // "“…,” thinks Curry": right after a quote an opinion verb inverted before a name attributes it like "says".
  if (verbAt === tight && INVERTED_OPINION_VERBS.has(after[verbAt]?.lower ?? '')) {
    const phrase = subjectAfter(after, verbAt);
    if (phrase && namesPerson(phrase) && !isPronoun(phrase[0])) return { phrase, kind: 'inverted', immediate: true };
  }
  if (
    (isReportingVerb(after[verbAt], after[verbAt + 1]) || (verbAt === tight && tight > 0 && isInciseVerb(after, verbAt))) &&
    !after[verbAt]!.lower.endsWith('ing') &&
    !PACK_INFINITIVES.has(after[verbAt]!.lower)
  ) {
    // "— цитирует губернатора ТАСС": after a quoting verb, a phrase in a case no subject takes is the one quoted.
    // The object runs on through names in its own case ("губернатора Ивана Петрова"), not into the subject ("ТАСС").
    const quoted = QUOTING_VERBS.has(after[verbAt]!.lower) ? subjectAfter(after, verbAt) : undefined;
    if (quoted && isToldPhrase(quoted) && !isPronoun(quoted[0])) {
      let caps = 1;
      while (caps < quoted.length && caps < 4 && quoted[caps]!.cap) caps++;
      const inCase = (end: number): boolean => {
        const run = quoted
          .slice(1, end)
          .map((token) => token.text)
          .join(' ');
        return PACK_NAMES.nominative !== undefined && PACK_NAMES.nominative(run) !== run;
      };
      let end = caps;
      while (end > 1 && !inCase(end)) end--;
      // The role read in the nominative, so the registry finds whom the article named with it.
      const role = PACK_NAMES.phraseNominative?.(quoted[0]!.text, after[verbAt]!.text) ?? quoted[0]!.text;
      const phrase = [{ ...quoted[0]!, lower: role.toLowerCase() }, ...quoted.slice(1, end)];
      return { phrase, kind: 'inverted', immediate: true, verb: after[verbAt]! };
    }
    const found = carriesPronoun(after[verbAt]!.lower) ? undefined : nominativeAfter(after, verbAt);
    // ",” dijo a la prensa.": an article left alone of the person spoken to is no subject.
    // ",” gritó en una conferencia el 7 de mayo de 2018.": a date after the verb is when, not who.
    const phrase = (found?.every((token) => FUNCTION_WORDS.has(token.lower)) && !isPronoun(found[0])) || (found && isTimePhrase(found)) ? undefined : found;
    // "— цитирует агентство слова источника": the words, and so the quote, are the source's.
    const owner = phrase && WORDS_OF_NOUNS.size > 0 ? wordsOwner(after, after.indexOf(phrase[phrase.length - 1]!) + 1) : undefined;
    if (owner) return { phrase: owner, kind: 'words-of', immediate: true };
    if (phrase) return { phrase: quotedObject(after, verbAt, phrase) ?? phrase, kind: 'inverted', immediate: true };
    // A language that drops the subject (",” dijo.", ",” ha añadido"): the verb stands for "he" or "she".
    if (PRO_DROP_VERBS.has(after[verbAt]!.lower)) return { phrase: [after[verbAt]!], kind: 'inverted', immediate: true };
  }
  // "was “fixated on the past” as it “demonized Japan”, Brown said": a later quote in the sentence shares its
  // cue, unless the quote is a short label ("classified as “general materials,” not as “special” ones").
  for (let k = i; k < after.length && k - i < AFTER_DISTANCE; k++) {
    const token = after[k]!;
    if (token.kind === 'quote') {
      if (passQuotes) continue;
      break;
    }
    // "…», a précisé l’expert", "…, a pour sa part déclaré samedi le ministre": after a comma, an auxiliary and its
    // participle, with any adverbials between them, put the subject after them.
    if (after[k - 1]?.text === ',' && PACK_AUXILIARIES.has(token.lower)) {
      let participle = k + 1;
      while (participle < k + 5 && after[participle]?.kind === 'word' && VERB_MODIFIERS.has(after[participle]!.lower) && !isReportingVerb(after[participle]))
        participle++;
      const inverted = isReportingVerb(after[participle]) ? subjectAfter(after, participle) : undefined;
      if (inverted) return { phrase: inverted, kind: 'inverted', immediate: false, verb: after[participle]! };
    }
    if (!isReportingVerb(token, after[k + 1])) continue;
    // "„…“ aufzubringen und eine Bereitschaft zu zeigen": a verb after a pack's infinitive particle has no subject before it.
    if (INFINITIVE_PARTICLES.has(after[k - 1]?.lower ?? '')) continue;
    // "…» à la région, a-t-il déclaré", "…”, dijo": after a comma, a verb that carries its subject names no one before it.
    if (after[k - 1]?.text === ',' && PRO_DROP_VERBS.has(token.lower)) {
      // "poursuit-il à l’antenne de TF1": a verb joined to its subject pronoun has it already; what follows is not it.
      const subject = carriesPronoun(token.lower) ? undefined : subjectAfter(after, k);
      return { phrase: subject && !isTimePhrase(subject) ? subject : [token], kind: 'inverted', immediate: false, verb: token };
    }
    if (QUOTING_VERBS.has(token.lower) && after[k + 1]?.lower !== 'as') {
      // ",” BelTA quoted the president's press secretary, Natalya Eismont, as saying."
      for (let as = k + 2; as < after.length && as - k <= 14 && after[as]!.kind !== 'quote'; as++) {
        if (after[as]!.lower !== 'as' || !SPEECH_PARTICIPLES.has(after[as + 1]?.lower ?? '')) continue;
        const quoted = trimPhrase(after.slice(k + 1, as).filter((t) => t.text !== ','));
        if (quoted) return { phrase: quoted, kind: 'quoted-as', immediate: true, verb: token };
        break;
      }
    }
    // "“…” with the Americans, said Umerov after the meeting": an inverted verb after a comma names its subject next;
    // in a verb-second language any clause does ("„…“ vor, sagte Putin").
    if (
      after[k - 1]?.text === ',' &&
      !token.lower.endsWith('ing') &&
      (PREPOSITION_OPENERS.has(after[tight]?.lower ?? '') || PACK_GRAMMAR.verbSecond || PACK_GRAMMAR.commaInversion) &&
      !PACK_INFINITIVES.has(token.lower)
    ) {
      const inverted = nominativeAfter(after, k);
      if (inverted && !isPronoun(inverted[0])) return { phrase: quotedObject(after, k, inverted) ?? inverted, kind: 'inverted', immediate: false, verb: token };
    }
    // "„…“ Zur Frage der Kosten sagte Roth, …": in a verb-second language a phrase opened by a preposition or an
    // adverb fills the place before the verb, so the subject follows the verb.
    if (PACK_GRAMMAR.verbSecond && k > tight && INTRO_PREPOSITIONS.has(after[tight]!.lower)) {
      const inverted = verbSecondSubject(after, k);
      if (inverted) return { phrase: inverted, kind: 'inverted', immediate: false, verb: token };
    }
    const phrase = nominativeBefore(after, k, tight);
    if (phrase) {
      // The subject starts the clause after the quote, give or take a word or two ("and the", "but").
      const at = after.indexOf(phrase[0]!);
      const gap = after.slice(tight, at);
      // "“…”. Con esas palabras, X respondió": a phrase pointing back to the quote hands it to the subject after it.
      const pointsBack = PACK_QUOTE_BACK_REFERENCE.pattern?.test(gap.map((t) => t.lower).join(' ')) === true;
      const immediate = at >= tight && ((at - tight <= 2 && gap.every((t) => t.kind === 'word')) || pointsBack || isRoleApposition(gap));
      return { phrase, kind: 'after', immediate, verb: token };
    }
  }
  return undefined;
}

/** The words a verb of will or the recent past leans on before its infinitive ("tenu à", "vient de"). */
const INFINITIVE_BRIDGES = new Set(['à', 'de', 'd’', "d'"]);

/**
 * The index of a speech verb in the infinitive that an incise reaches through a verb of will or the recent past
 * ("», a tenu à souligner X", "», vient de déclarer X", "», a voulu rappeler X"), or -1.
 */
function bridgedInfinitive(after: readonly Token[], from: number): number {
  let k = from;
  if (PACK_AUXILIARIES.has(after[k]?.lower ?? '')) k++;
  const start = k;
  while (k < from + 5 && after[k]?.kind === 'word' && (VERB_MODIFIERS.has(after[k]!.lower) || INFINITIVE_BRIDGES.has(after[k]!.lower))) k++;
  return k > start && PACK_INFINITIVES.has(after[k]?.lower ?? '') ? k : -1;
}

/** Most words a credit line’s role may wait after its comma ("ancien ministre"). */
const CREDIT_ROLE_REACH = 2;

/** "der «beste Neuner des letzten Jahrzehnts» (Flick)": a person's name in brackets right after a quote says whose words they are. */
function bracketedName(after: readonly Token[]): Token[] | undefined {
  if (after[0]?.text !== '(') return undefined;
  const close = after.findIndex((token, k) => k > 0 && k <= 4 && token.text === ')');
  if (close < 2) return undefined;
  const name = after.slice(1, close);
  return name.every((token) => token.kind === 'word' && token.cap && isNameWord(token) && !isAcronym(token)) && namesPerson(name) ? name : undefined;
}

/**
 * The name a credit line opens with right after a quote, when a role follows it in commas and no verb joins them:
 * "« … » Jeanne Martin, sociologue, dans un entretien". A name then a verb is a new sentence, not a credit.
 */
function creditLineName(after: readonly Token[]): Token[] | undefined {
  let n = 0;
  while (n < after.length && n < 4 && after[n]!.kind === 'word' && after[n]!.cap && isNameWord(after[n]!)) n++;
  if (n < 2 || after[n]?.text !== ',') return undefined;
  const name = after.slice(0, n);
  if (isPronoun(name[0]) || FUNCTION_WORDS.has(name[0]!.lower)) return undefined;
  for (let k = n + 1; k <= n + CREDIT_ROLE_REACH && k < after.length; k++) {
    const token = after[k]!;
    if (token.kind !== 'word' || token.cap || isReportingVerb(token, after[k + 1])) return undefined;
    if (isRoleNoun(token.lower)) return name;
  }
  return undefined;
}

/** Longest role noun phrase set before a name in commas ("the group's founder, Ann Lee, said"). */
const ROLE_APPOSITION_WORDS = 6;

/** Whether the words before a subject are a role in commas that names it ("the group's founder," before "Ann Lee"). */
function isRoleApposition(gap: readonly Token[]): boolean {
  const n = gap.length;
  if (n < 2 || n > ROLE_APPOSITION_WORDS || gap[n - 1]!.text !== ',') return false;
  if (!gap.slice(0, n - 1).every((token) => token.kind === 'word')) return false;
  const head = gap[n - 2]!;
  return isRoleNoun(head.lower);
}

/** The index just past a pack's opening phrase and its comma at the sentence's start ("A propósito, señaló"), or 0. */
function openingPhraseEnd(before: readonly Token[], sentenceStart: number): number {
  if (OPENING_PHRASES.size === 0 || before[0]?.start !== sentenceStart) return 0;
  const comma = before.findIndex((token, i) => i <= 5 && token.text === ',');
  if (comma <= 0 || before.slice(0, comma).some((token) => token.kind !== 'word')) return 0;
  return OPENING_PHRASES.has(
    before
      .slice(0, comma)
      .map((token) => token.lower)
      .join(' '),
  )
    ? comma + 1
    : 0;
}

/**
 * Where a topic that opens the sentence ends ("Sobre la situación de Granda dijo que …", "En cuanto a Vera, la fiscal
 * dijo …"): at its comma, or else at the verb; 0 when the sentence does not open on a topic. A person inside the
 * topic is not the verb's subject.
 */
function topicEnd(before: readonly Token[], sentenceStart: number, verb: number): number {
  if (TOPIC_OPENERS.size === 0 || before[0]?.start !== sentenceStart || verb > 12) return 0;
  if (before.slice(0, verb).some((token) => token.kind === 'quote' || isReportingVerb(token))) return 0;
  for (let n = 1; n <= 3; n++) {
    const words = before.slice(0, n);
    if (words.length !== n || words.some((token) => token.kind !== 'word') || !TOPIC_OPENERS.has(words.map((token) => token.lower).join(' '))) continue;
    const comma = before.findIndex((token, i) => i > n && i < verb && token.text === ',');
    return comma > 0 ? comma + 1 : verb;
  }
  return 0;
}

/**
 * A name opening the sentence, past a pack's opening phrase, before an apposition whose closing comma is missing
 * ("Por su parte Gazprom, la empresa rusa explicó que …", "Ana Ruiz, la investigadora que midió el récord explica que …").
 */
function appositionOpener(before: readonly Token[], sentenceStart: number, opened: number, verb: number): Token[] | undefined {
  if (OPENING_PHRASES.size === 0 || before[0]?.start !== sentenceStart) return undefined;
  let at = opened;
  for (let n = 3; at === 0 && n >= 1; n--) {
    if (
      OPENING_PHRASES.has(
        before
          .slice(0, n)
          .map((token) => token.lower)
          .join(' '),
      ) &&
      !before.slice(0, n).some((token) => token.kind !== 'word')
    )
      at = n;
  }
  let end = at;
  while (end < verb && end - at < 4 && isNameWord(before[end]!)) end++;
  if (end === at || before[end]?.text !== ',' || !ARTICLES.has(before[end + 1]?.lower ?? '') || before[end + 1]!.cap) return undefined;
  return before.slice(at, end);
}

/**
 * "Joe Weingarten, Abgeordneter der SPD, sagte …": where the finite verb stands second, all before it is one phrase,
 * the subject, and the name that opens the sentence heads it; the apposition only describes the name.
 */
function verbSecondApposedName(before: readonly Token[], sentenceStart: number, verb: number): Token[] | undefined {
  if (!PACK_GRAMMAR.verbSecond || before[verb - 1]?.text !== ',' || before[0]?.start !== sentenceStart) return undefined;
  if (INVERTED_SUBJECT_OPENERS.has(before[verb + 1]?.lower ?? '')) return undefined;
  let end = 0;
  while (end < verb && end < 4 && isNameWord(before[end]!)) end++;
  if (end === 0 || end + 2 >= verb || before[end]?.text !== ',') return undefined;
  const name = before.slice(0, end);
  return namesPerson(name) && !isPronoun(name[0]) ? name : undefined;
}

/** The nearest cue before the quote: `Mr Kim said: “`, `he called the troops “`, `quoted Kim as saying “`. */
export function cueBefore(before: readonly Token[], sentenceStart = -1): SpeakerCue | undefined {
  const floor = 0;
  const owned = wordsOwnerBefore(before);
  if (owned) return owned;
  const claimant = analysingEnglish() ? speechNounAgent(before) : undefined;
  if (claimant) return { phrase: claimant, kind: 'before', immediate: false };
  const opened = openingPhraseEnd(before, sentenceStart);
  let participle: number | undefined;
  for (let k = before.length - 1; k >= floor && before.length - k <= MAX_DISTANCE; k--) {
    const token = before[k]!;
    // "Scientists slammed her report — which she promised to release — as “…”": the verbs of an aside between dashes
    // are the aside's own; the speaker stands in the clause around it.
    const aside = asideOpening(before, k);
    if (aside >= 0) {
      k = aside;
      continue;
    }
    const edge = clauseAfterEdge(before, k);
    if (edge) return { phrase: edge, kind: 'before', immediate: false };
    const narrative = narrativeSubject(before, k);
    if (narrative) return { phrase: narrative, kind: 'before', immediate: before.length - k <= 4, verb: token };
    // "MENA quoted the president as condemning “…”": whatever the participle, the quoted person spoke.
    if (!isReportingVerb(token, before[k + 1]) && token.lower.endsWith('ing') && before[k - 1]?.lower === 'as') {
      const quoted = quotedAs(before, k, floor);
      if (quoted) return quoted;
    }
    if (!isReportingVerb(token, before[k + 1]) || requestsOrConsents(before, k)) continue;
    if (adjectivalParticiple(before, k)) continue;
    // "X hatte … geschrieben:", "In seiner Rede habe X unterstrichen:": the participle closes its clause, and the
    // subject stands by the auxiliary that opens it, not by the participle.
    const auxiliary = clauseAuxiliary(before, k);
    if (auxiliary >= 0) {
      const subject = verbSecondSubject(before, auxiliary) ?? nominativeBefore(before, auxiliary, floor);
      if (subject) return { phrase: subject, kind: 'before', immediate: before.length - k <= 4, verb: token };
    }
    if (PASSIVE_AUXILIARIES.has(before[k - 1]?.lower ?? '') && (token.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(token.lower))) {
      // "is described by a source with direct knowledge as “seething”": the agent after "by" spoke.
      const agent = before[k + 1]?.lower === 'by' ? agentPhrase(before, k + 2) : undefined;
      if (agent && !isPronoun(agent[0])) return { phrase: agent, kind: 'before', immediate: false, verb: token };
      // "the video, which was posted on Instagram, saying …": a passive verb's subject did not speak.
      continue;
    }
    // "a ring described by Sharon as “…”", "the plan, dismissed by Ann Lee as “…”": a participle without its auxiliary
    // still hands the words to its agent when "as" frames what the agent called the thing.
    const agent =
      before[k + 1]?.lower === 'by' && (token.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(token.lower)) ? agentPhrase(before, k + 2) : undefined;
    if (agent && !isPronoun(agent[0]) && before[before.indexOf(agent[agent.length - 1]!) + 1]?.lower === 'as')
      return { phrase: agent, kind: 'before', immediate: false, verb: token };
    if (PARTICIPLES.has(token.lower)) {
      // "quoted the president as saying", "… as condemning": any speech participle after "quoted X as".
      const quoted = quotedAs(before, k, floor);
      if (quoted) return quoted;
      // "called it “tough, but fair,” adding that …": American style keeps the comma inside the quote.
      const afterComma = before[k - 1]?.text === ',' || (before[k - 1]?.kind === 'quote' && SPEECH_PARTICIPLES.has(token.lower));
      if (afterComma || (SPEECH_PARTICIPLES.has(token.lower) && followsPrepositionObject(before, k))) {
        // ", saying ...", ", warning that ...": the speaker is the subject of the clause before.
        participle ??= k;
        continue;
      }
    }
    const inverted = verbSecondSubject(before, k);
    if (inverted) return { phrase: quotedObject(before, k, inverted) ?? inverted, kind: 'inverted', immediate: before.length - k <= 8, verb: token };
    // "Das Staatsfernsehen zitierte die Garden mit der Erklärung, …": the one quoted is the object after the verb.
    const object = quotedObject(before, k, [token]);
    if (object) return { phrase: object, kind: 'before', immediate: false, verb: token };
    const apposed = verbSecondApposedName(before, sentenceStart, k);
    if (apposed) return { phrase: apposed, kind: 'before', immediate: false, verb: token };
    const subjectFrom = Math.max(opened, topicEnd(before, sentenceStart, k));
    const shared = sharedSubject(before, k, sentenceStart);
    if (shared) return { phrase: shared, kind: 'before', immediate: false, verb: token };
    let phrase = nominativeBefore(before, k, floor);
    // "A propósito, señaló …": an opening adverbial phrase is not the verb's subject.
    if (phrase && before.indexOf(phrase[0]!) < subjectFrom) phrase = undefined;
    // "emitió un comunicado en la que expresó …": a relative pronoun after a preposition is no speaker; its verb's
    // subject is dropped, so it is the subject of the sentence the relative clause hangs in.
    if (phrase && !analysingEnglish() && isRelativePhrase(phrase)) {
      const lead = before[0]!.start === sentenceStart ? leadingPhrase(before.slice(0, before.indexOf(phrase[0]!))) : undefined;
      if (!lead || !namesPerson(lead) || isPronoun(lead[0])) continue;
      phrase = lead;
    }
    // "Tom Ek, when pressed on the cost of the bridge, answered:": a noun inside a clause of being asked is what was
    // asked about; the speaker is the subject before that clause, or no one the cue can tell.
    if (phrase && PACK_AUXILIARIES.size === 0) {
      const asked = askedClauseStart(before, k);
      if (asked >= 0 && !before.slice(asked, before.indexOf(phrase[0]!)).some((t) => t.text === ',')) phrase = askerBefore(before, asked, sentenceStart);
    }
    // A thing before the verb ("… que midió el récord explica") is the object of the apposition's own verb.
    // "Temer justifica su discurso alegando que “…”", "justifie sa décision en affirmant": in another language a gerund
    // hangs on its clause's subject; the thing right before it is the object of the clause's verb.
    if (phrase && !analysingEnglish() && PARTICIPLES.has(token.lower) && isThing(phrase)) phrase = gerundOwner(before, before.indexOf(phrase[0]!)) ?? phrase;
    // "Bové avait resservi cette histoire au micro de France Inter jurant …": the medium one speaks on is no speaker;
    // the sentence's subject is.
    if (phrase && VENUE_NOUNS.size > 0 && isVenuePhrase(before, phrase)) {
      const venue = before.indexOf(phrase[0]!);
      let from = venue;
      while (from > 0 && !/^[,;:]$/u.test(before[from - 1]!.text)) from--;
      const lead = from > 0 || before[0]!.start === sentenceStart ? leadingPhrase(before.slice(from, venue)) : undefined;
      phrase = lead && namesPerson(lead) && !isPronoun(lead[0]) ? lead : undefined;
    }
    const opener = phrase && namesPerson(phrase) ? undefined : appositionOpener(before, sentenceStart, opened, k);
    if (opener) return { phrase: opener, kind: 'before', immediate: false, verb: token };
    // "An open letter, reprinted on the paper's site, stated that …", "A UN inquiry into the attacks found that …":
    // the object of a preposition is never the verb's subject; the noun phrase the preposition hangs on is.
    // A person before the verb is its subject whatever precedes ("On Tuesday Mr Zhao said", "with Ms Lee saying").
    const at = phrase ? before.indexOf(phrase[0]!) : -1;
    // "A statement carried by Tanjug said …": an outlet's name reads like a person's, but it only relays the text.
    const relayed = at > 1 && before[at - 1]!.lower === 'by' && RELAY_PARTICIPLES.has(before[at - 2]!.lower);
    const preposition = phrase && (relayed || !namesPerson(phrase)) && !token.lower.endsWith('ing') ? prepositionBefore(before, at) : -1;
    if (phrase && preposition >= 0) {
      const governed = governingPhrase(before, preposition, sentenceStart);
      if (!governed) continue;
      phrase = governed;
    }
    if (phrase) {
      const cue: SpeakerCue = { phrase, kind: 'before', immediate: before.length - k <= 4, verb: token };
      // "Conricus said that when the military reported …, it was referring to “…”": a verb inside a
      // subordinate clause reports an event; the speaker is the subject of the verb that governs it.
      const opener = before[before.indexOf(phrase[0]!) - 1];
      // "Ned Price saying Washington has urged “…”", "Borrell said the visit showed that Russia “…”": a country
      // named inside what a person says is the topic of the person's words, not their speaker.
      // "Lim said the move indicates Pyongyang sees her as a “successor”": a thing that is the subject of a clause a
      // person's speech verb governs is what the person talks about; the words are the person's.
      const at = before.indexOf(phrase[0]!);
      const complementizer = before[at - 1]?.lower === 'that' ? at - 2 : at - 1;
      const reported =
        analysingEnglish() &&
        !namesPerson(phrase) &&
        !isPronoun(phrase[0]) &&
        !SPEAKING_THINGS.has(phrase[phrase.length - 1]!.lower) &&
        complementizer > 0 &&
        isReportingVerb(before[complementizer], before[complementizer + 1]);
      if ((phrase.length === 1 && isNameWord(phrase[0]!) && !namesPerson(phrase)) || reported) {
        const outer = cueBefore(before.slice(0, before.indexOf(phrase[0]!)), sentenceStart);
        if (outer && namesPerson(outer.phrase) && !isPronoun(outer.phrase[0])) return { ...outer, immediate: false };
      }
      // "Her remarks came after Lee told reporters: “…”": a quote the subordinate clause runs on to, with no comma
      // closing that clause first, is the words of the clause's own subject.
      const clauseClosed = before.slice(k + 1).some((word) => word.text === ',');
      if (!opener || !SUBORDINATORS.has(opener.lower) || (analysingEnglish() && !clauseClosed)) return cue;
      return cueBefore(before.slice(0, before.indexOf(opener)), sentenceStart) ?? cue;
    }
    // "Según explicó Ruiz, “…”": the source after a verb that "según" governs.
    if (accordingVerbAt(before, k)) {
      const source = subjectAfter(before, k);
      if (source && !isPronoun(source[0])) return { phrase: source, kind: 'according-to', immediate: false, verb: token };
    }
    // "Reconoció que la guerra tiene “…”": a verb that carries its subject opens the sentence.
    if (
      PRO_DROP_VERBS.has(token.lower) &&
      before.slice(subjectFrom, k).every((t) => t.kind !== 'word' || VERB_MODIFIERS.has(t.lower) || FUNCTION_WORDS.has(t.lower))
    )
      return { phrase: [token], kind: 'before', immediate: before.length - k <= 4, verb: token };
    // "the radio broadcast music and called the visit …", "… but said …", "went on television to say …": the
    // subject opens the sentence.
    // "… lashed Australia and recently warned …": an adverb may stand between the join and the verb.
    let join = k - 1;
    while (join > 0 && join > k - 3 && VERB_MODIFIERS.has(before[join]!.lower)) join--;
    const joined = VERB_PHRASE_JOINS.has(before[join]?.lower ?? '') || VERB_JOINS.has(before[join]?.lower ?? '');
    if (joined && before[0]!.start === sentenceStart) {
      const lead = leadingPhrase(before);
      if (lead) return { phrase: appositiveName(before, lead) ?? lead, kind: 'before', immediate: false, verb: token };
    }
  }
  // "La Russie a rejeté ces accusations, sa porte-parole, Maria Zakharova, accusant …": in another language a
  // participle right after a name set off by commas has that person as its own subject, whatever the sentence's is.
  if (participle !== undefined && !analysingEnglish() && before[participle - 1]?.text === ',') {
    const named = lastNameBefore(before, participle - 1);
    const first = named ? before.indexOf(named[0]!) : -1;
    if (named && before.indexOf(named[named.length - 1]!) === participle - 2 && before[first - 1]?.text === ',' && namesPerson(named))
      return { phrase: named, kind: 'before', immediate: false };
  }
  if (participle !== undefined && before.length > 0 && before[0]!.start === sentenceStart) {
    const phrase = leadingPhrase(before);
    // "Another video shows journalist Wadi Shehandeh addressing a crowd, saying: …": a thing cannot say; the
    // person the clause shows can.
    // People named by a plural role ("EU lawmakers") can say; a video or a report cannot.
    const people = phrase !== undefined && isRoleNoun(phrase[phrase.length - 1]!.lower);
    // A body named in capitals ("The 3rd U.S. Circuit Court of Appeals …, declaring …") speaks for itself.
    const body = phrase !== undefined && phrase[phrase.length - 1]!.cap && isNameWord(phrase[phrase.length - 1]!) && analysingEnglish();
    const thing = phrase !== undefined && ((!namesPerson(phrase) && !people && !body) || namesNoOne(phrase.map((token) => token.text).join(' ')));
    const shown = thing ? lastNameBefore(before, participle) : undefined;
    if (shown) return { phrase: shown, kind: 'before', immediate: false };
    if (phrase) return { phrase, kind: 'before', immediate: false };
  }
  if (participle !== undefined) {
    // "… headline SEOUL -- Leader Kim has visited a plant, calling for …": past a dateline the lead's subject speaks.
    const lead = afterDateline(before, participle);
    const phrase = lead === undefined ? undefined : leadingPhrase(before.slice(lead, participle));
    if (phrase && namesPerson(phrase)) return { phrase, kind: 'before', immediate: false };
    // "On Monday, the day before the vote, Hale raised it again, telling reporters: …": the participle goes with
    // the subject of the clause it hangs on, however the sentence opens.
    const subject = participleSubject(before, participle);
    if (subject) return { phrase: subject, kind: 'before', immediate: false };
  }
  return speechOwner(before);
}

/**
 * "Weidel nannte die Osterweiterung als Ursache für den Überfall auf die Ukraine und bezeichnete …": in another
 * language a speech verb joined to an earlier verb shares that verb's subject, which opens the clause (after a dash
 * or a semicolon at most), not the noun right before the join.
 */
function sharedSubject(before: readonly Token[], k: number, sentenceStart: number): Token[] | undefined {
  if (analysingEnglish() || !VERB_JOINS.has(before[k - 1]?.lower ?? '') || before[0]?.start !== sentenceStart) return undefined;
  let start = k - 2;
  while (start >= 0 && !isDash(before[start]!) && before[start]!.text !== ';' && before[start]!.text !== ':') start--;
  const lead = leadingPhrase(before.slice(start + 1, k - 1));
  if (!lead || isPronoun(lead[0]) || !namesPerson(lead)) return undefined;
  return lead;
}

/** The English third-person subject pronouns a pack's pronoun may stand for. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they']);

/** Most words a clause edge ("в то время как") has. */
const EDGE_WORDS = 4;

/**
 * "La Chine a appelé à « … » tandis que la France a « condamné … »": when the words before a quote open a clause of
 * their own after a clause edge, with a subject that can speak and a verb after it, the quote is that subject's; the
 * speech verb before the edge belongs to the other clause. Undefined when `k` ends no edge.
 */
function clauseAfterEdge(before: readonly Token[], k: number): Token[] | undefined {
  if (CLAUSE_EDGES.size === 0) return undefined;
  let start = -1;
  for (let n = 1; n <= EDGE_WORDS && k - n + 1 >= 0 && start < 0; n++) {
    const words = before.slice(k - n + 1, k + 1).map((token) => token.lower);
    if (CLAUSE_EDGES.has(words.join(' '))) start = k - n + 1;
  }
  if (start < 0) return undefined;
  // "Es sei aber ein Verfahren …": an edge word inside a clause is an adverb; an edge follows a comma or a quote.
  const mark = before[start - 1];
  if (mark === undefined || (before[start]!.text !== ';' && mark.text !== ',' && mark.kind !== 'quote')) return undefined;
  // "Как отметил источник, в то время как X …": a clause the source frames goes on with the source's account.
  if (cueAccordingTo(before.slice(0, start))) return undefined;
  const clause = before.slice(k + 1);
  const subject = leadingPhrase(clause);
  if (!subject) return undefined;
  const end = clause.indexOf(subject[subject.length - 1]!);
  if (!clause.slice(end + 1).some((token) => token.kind === 'word')) return undefined;
  const head = subject[subject.length - 1]!;
  // German writes every noun with a capital, so there a capital makes no name.
  const named = head.cap && isNameWord(head) && !PHRASE_GRAMMAR.capitalisedNouns;
  // "mais son acte a été renvoyé …": a possessive is no subject of its own, even where it reads as a noun.
  const pronoun = subject.length === 1 && !ARTICLES.has(head.lower) && SUBJECT_PRONOUNS.has(englishPronoun(head.lower));
  const word = subject.length > 1 || !isFunctionWord(head);
  const speaks = pronoun || (word && !isPronoun(subject[0]) && (namesPerson(subject) || SPEAKING_THINGS.has(head.lower) || named));
  return speaks ? subject : undefined;
}

/** Whether a phrase is only a relative pronoun ("lequel", "quien"), or one after an article ("la que", "el cual"). */
function isRelativePhrase(phrase: readonly Token[]): boolean {
  const last = phrase[phrase.length - 1]!.lower;
  if (phrase.length === 1) return RELATIVE_PRONOUNS.has(last);
  return phrase.length === 2 && ARTICLES.has(phrase[0]!.lower) && (ARTICLE_RELATIVES.has(last) || RELATIVE_PRONOUNS.has(last));
}

/** Longest aside between dashes that a cue is looked for around, in tokens. */
const ASIDE_TOKENS = 20;

/**
 * When the token at `close` is an English dash closing an aside that opens in lower case after an earlier dash in the
 * same clause ("her report — which she promised to release — as"), the index of the opening dash; -1 otherwise. Other
 * languages set a speaker's incise between dashes, so they keep their reading.
 */
function asideOpening(before: readonly Token[], close: number): number {
  if (!analysingEnglish() || !isDash(before[close]!) || before[close + 1]?.kind !== 'word') return -1;
  for (let k = close - 1; k > 0 && close - k <= ASIDE_TOKENS; k--) {
    const token = before[k]!;
    if (token.kind === 'quote') return -1;
    if (!isDash(token)) continue;
    const opens = before[k + 1];
    return k < close - 1 && opens?.kind === 'word' && !opens.cap && before[k - 1]!.kind === 'word' ? k : -1;
  }
  return -1;
}

/** Object pronouns that may stand between "de" and a narrative infinitive ("de lui répondre"). */
const INFINITIVE_OBJECTS: ReadonlySet<string> = new Set(['lui', 'leur', 'me', 'nous', 'vous']);

/**
 * "Et X de lui répliquer : « … »", "Et l'avocat d'ajouter : « … »": a narrative infinitive after "de" takes the
 * subject between the "et" that opens the clause and "de".
 */
function narrativeSubject(before: readonly Token[], k: number): Token[] | undefined {
  if (NARRATIVE_INFINITIVES.size === 0) return undefined;
  const token = before[k]!;
  if (token.kind !== 'word') return undefined;
  const elided = /^d['’]/.exec(token.lower);
  const verb = elided ? token.lower.slice(2) : token.lower;
  if (!NARRATIVE_INFINITIVES.has(verb)) return undefined;
  let link = k;
  if (!elided) {
    link = k - 1;
    if (INFINITIVE_OBJECTS.has(before[link]?.lower ?? '')) link--;
    if (before[link]?.lower !== 'de') return undefined;
  } else if (INFINITIVE_OBJECTS.has(before[k - 1]?.lower ?? '')) return undefined;
  const end = elided ? k - 1 : link - 1;
  const phrase = phraseEndingAt(before, end, Math.max(0, end - MAX_PHRASE));
  if (!phrase || isPronoun(phrase[0])) return undefined;
  // "l’un des avocats de la défense": the phrase the complement after "de" hangs on opens the subject.
  let head = before.indexOf(phrase[0]!);
  let owner: Token[] | undefined;
  while (POST_MODIFIERS.has(before[head - 1]?.lower ?? '') && (owner = phraseEndingAt(before, head - 2, Math.max(0, head - 2 - MAX_PHRASE))))
    head = before.indexOf(owner[0]!);
  // "l’un des avocats", "chacun des témoins": a one-word pronoun heads the complement after "de".
  if (POST_MODIFIERS.has(before[head - 1]?.lower ?? '') && before[head - 2]?.kind === 'word' && before[head - 3]?.lower === 'et') head -= 2;
  return before[head - 1]?.lower === 'et' ? before.slice(head, end + 1) : undefined;
}

/** "State media tabloid, The Global Times, has …": the name set off by commas after a descriptive subject. */
function appositiveName(before: readonly Token[], lead: readonly Token[]): Token[] | undefined {
  const comma = before.indexOf(lead[lead.length - 1]!) + 1;
  if (before[comma]?.text !== ',' || lead.some((token) => token.cap && !FUNCTION_WORDS.has(token.lower) && token !== lead[0])) return undefined;
  let k = comma + 1;
  if (before[k]?.lower === 'the') k++;
  const first = k;
  while (k < before.length && k - first < 5 && before[k]!.kind === 'word' && before[k]!.cap) k++;
  return k - first >= 1 && before[k]?.text === ',' ? before.slice(comma + 1, k) : undefined;
}

/** Prepositions whose object cannot be the subject of the verb after it. */
const OBJECT_OF: ReadonlySet<string> = new Set(['on', 'into', 'onto', 'at', 'to', 'from', 'about', 'against']);

/** Participles of passing on a text someone else wrote ("carried by", "relayed by"), whose agent only relays it. */
const RELAY_PARTICIPLES: ReadonlySet<string> = new Set(['carried', 'relayed', 'reprinted', 'broadcast', 'aired', 'republished']);

/** The index of a preposition that takes the noun phrase starting at `start` as its object ("on the paper's online site"), or -1. */
function prepositionBefore(before: readonly Token[], start: number): number {
  if (isPronoun(before[start])) return -1;
  // An article opens the noun phrase: only a preposition may stand right before it ("At first the minister said").
  let opened = ARTICLE_WORDS.has(before[start]?.lower ?? '');
  for (let k = start - 1; k >= 0 && start - k <= 4; k--) {
    const token = before[k]!;
    if (OBJECT_OF.has(token.lower)) return k;
    // "A statement carried by the agency said …": the outlet that only relays a text is not its speaker.
    if (token.lower === 'by' && RELAY_PARTICIPLES.has(before[k - 1]?.lower ?? '')) return k;
    if (opened) return -1;
    opened = ARTICLE_WORDS.has(token.lower);
    const modifier = opened || /['’]s$/.test(token.text) || (!token.cap && !FUNCTION_WORDS.has(token.lower));
    if (token.kind !== 'word' || !modifier || isReportingVerb(token) || VERB_MODIFIERS.has(token.lower)) return -1;
  }
  return -1;
}

const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Verbs of speech that, before these prepositions, ask for or agree to a thing rather than say words. */
const NON_SPEECH_USES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['asked', new Set(['for'])],
  ['asks', new Set(['for'])],
  ['agreed', new Set(['to', 'on'])],
  ['agrees', new Set(['to', 'on'])],
]);

/**
 * "X says Y agreed to “pause” the talks", "X claimed the band asked for “a vast sum”": inside another's
 * report, the quoted words are the reporting subject's, not those of the one who asked or agreed.
 */
function requestsOrConsents(before: readonly Token[], k: number): boolean {
  const next = before[k + 1];
  if (next === undefined || NON_SPEECH_USES.get(before[k]!.lower)?.has(next.lower) !== true) return false;
  // Only inside what someone else reports: "The pope asked for “an end to the fighting”" are the pope's words.
  return before.slice(0, k).some((token, at) => isReportingVerb(token, before[at + 1]) && !token.lower.endsWith('ing') && !NON_SPEECH_USES.has(token.lower));
}

/**
 * The speaker a preposition at `preposition` hangs on: the noun phrase right before it when that can speak ("A UN
 * inquiry into …"), else the sentence's opening subject when a person or a speaking thing; undefined otherwise, so
 * the quote stays unattributed rather than given to the preposition's object.
 */
function governingPhrase(before: readonly Token[], preposition: number, sentenceStart: number): Token[] | undefined {
  const canSpeak = (phrase: readonly Token[] | undefined): phrase is Token[] =>
    phrase !== undefined && !isPronoun(phrase[0]) && (namesPerson(phrase) || SPEAKING_THINGS.has(phrase[phrase.length - 1]!.lower));
  // "A statement carried by …": the noun phrase stands before the participle that "by" follows.
  const end = before[preposition]!.lower === 'by' ? preposition - 2 : preposition - 1;
  const near = end >= 0 ? phraseEndingAt(before, end, Math.max(0, end - MAX_PHRASE)) : undefined;
  if (canSpeak(near)) return near;
  const lead = before[0]?.start === sentenceStart ? leadingPhrase(before) : undefined;
  return canSpeak(lead) && before.indexOf(lead[lead.length - 1]!) < preposition ? lead : undefined;
}

/** How far back from a participle the verb of the clause it hangs on may sit. */
const PARTICIPLE_CLAUSE = 16;

/**
 * The person who is the subject of the clause a participle hangs on ("Hale raised it again, telling …", "Ruiz, the
 * coach, called it “…”, adding that …"): the nearest word before the participle's comma whose subject, read
 * backwards, names a person; the search stops at the comma that opens the clause.
 */
/** Whether a phrase names a thing that cannot speak: a lower-case head that is no role, pronoun or speaking body. */
function isThing(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1]!;
  return head.kind === 'word' && !head.cap && !isRoleNoun(head.lower) && !SPEAKING_THINGS.has(head.lower) && !isPronoun(head);
}

/** Whether a phrase is, or follows, the medium someone speaks on: "au micro de France Inter", "le plateau de BFMTV". */
function isVenuePhrase(before: readonly Token[], phrase: readonly Token[]): boolean {
  const bare = (token: Token | undefined): string => token?.lower.replace(/^[ld]['’]/u, '') ?? '';
  const at = before.indexOf(phrase[0]!);
  const linked = (k: number): boolean => ROMANCE_OF.test(before[k]?.lower ?? '');
  return phrase.some((token, k) => VENUE_NOUNS.has(bare(token)) && linked(at + k + 1)) || (linked(at - 1) && VENUE_NOUNS.has(bare(before[at - 2])));
}

/** The person subject of the verb right before the object at `object` ("Temer justifica [su discurso]"), or undefined. */
function gerundOwner(before: readonly Token[], object: number): Token[] | undefined {
  let verb = object - 1;
  // "justifica ahora su discurso": an adverb may stand between the verb and its object.
  while (verb > 0 && before[verb]!.kind === 'word' && VERB_MODIFIERS.has(before[verb]!.lower)) verb--;
  const word = before[verb];
  if (!word || word.kind !== 'word' || word.cap || FUNCTION_WORDS.has(word.lower)) return undefined;
  const owner = subjectBefore(before, verb, 0);
  return owner && !isPronoun(owner[0]) && namesPerson(owner) ? owner : undefined;
}

function participleSubject(before: readonly Token[], participle: number): Token[] | undefined {
  const comma = participle - 1;
  if (before[comma]?.text !== ',' && before[comma]?.kind !== 'quote') return undefined;
  for (let k = comma - 1; k > 0 && comma - k <= PARTICIPLE_CLAUSE; k--) {
    const token = before[k]!;
    if (token.text === ',' || token.text === ':' || token.text === ';') return undefined;
    if (token.kind !== 'word' || token.cap || FUNCTION_WORDS.has(token.lower) || VERB_MODIFIERS.has(token.lower)) continue;
    const phrase = subjectBefore(before, k, 0);
    if (!phrase || isPronoun(phrase[0]) || !namesPerson(phrase)) continue;
    // The subject must stand right before its verb, give or take an adverb ("Hale also raised").
    const gap = before.slice(before.indexOf(phrase[phrase.length - 1]!) + 1, k);
    if (gap.every((word) => word.kind === 'word' && VERB_MODIFIERS.has(word.lower))) return phrase;
  }
  return undefined;
}

/** "un vent soutenu", "la versión difundida": a past participle straight after a noun, with no auxiliary, describes it. */
function adjectivalParticiple(view: readonly Token[], k: number): boolean {
  const participle = PACK_FORMS.pastParticiple;
  const previous = view[k - 1];
  if (!participle || !participle.test(view[k]!.lower) || previous === undefined || previous.kind !== 'word' || previous.cap) return false;
  return !PACK_AUXILIARIES.has(previous.lower) && !VERB_MODIFIERS.has(previous.lower) && !FUNCTION_WORDS.has(previous.lower) && !isPronoun(previous);
}

/** Prepositions whose object is a noun the sentence is about, not the one who speaks next. */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'about', 'over', 'with']);

/**
 * "The mayor defended the actions of the protesters saying “…”": the noun before a speech participle is the object
 * of a preposition, so the participle goes with the clause's subject, as after a comma.
 */
function followsPrepositionObject(before: readonly Token[], participle: number): boolean {
  const phrase = subjectBefore(before, participle, 0);
  if (!phrase || namesPerson(phrase)) return false;
  const preposition = before[before.indexOf(phrase[0]!) - 1];
  return preposition !== undefined && OBJECT_PREPOSITIONS.has(preposition.lower);
}

/** The index after the last dateline dash before `end` ("SEOUL --", "Dec. 30 (Yonhap) --"), if any. */
function afterDateline(view: readonly Token[], end: number): number | undefined {
  for (let k = end - 1; k > 0; k--) {
    if (!isDash(view[k]!)) continue;
    let mark = k;
    while (mark > 0 && isDash(view[mark - 1]!)) mark--;
    const place = view[mark - 1]!;
    const datelined =
      place.text === ')' || (place.kind === 'word' && place.text.length >= 2 && place.text === place.text.toUpperCase() && /\p{L}/u.test(place.text));
    if (datelined) return k + 1;
  }
  return undefined;
}

function isDash(token: Token): boolean {
  return token.text === '-' || token.text === '--' || token.text === '—' || token.text === '–';
}

/** Nouns for something said or written, whose possessor or agent said it ("the minister's statement that …", "a claim by X that …"). */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'remark',
  'remarks',
  'comment',
  'comments',
  'words',
  'claim',
  'claims',
  'message',
  'speech',
  'tweet',
  'warning',
  'assertion',
  'accusation',
  'insistence',
  'description',
  'allegation',
  'suggestion',
  'charge',
  'jibe',
  'boast',
]);

/** Nouns for a judgement or message whose author "of X" names ("the verdict of", "the message from"). */
const VERDICT_NOUNS: ReadonlySet<string> = new Set(['verdict', 'view', 'message', 'warning', 'assessment', 'response', 'reaction', 'words', 'advice']);

/** "that was the verdict of Judge X", "so said the message from X": the author after the noun. */
function verdictOf(after: readonly Token[], i: number): Token[] | undefined {
  const words = after.slice(i, i + 5).map((token) => token.lower);
  if (!['that', 'this', 'such', 'those', 'these'].includes(words[0] ?? '') || !['was', 'is', 'were', 'are'].includes(words[1] ?? '')) return undefined;
  if (words[2] !== 'the' || !VERDICT_NOUNS.has(words[3] ?? '') || (words[4] !== 'of' && words[4] !== 'from')) return undefined;
  const phrase = subjectAfter(after, i + 4);
  return phrase && !isPronoun(phrase[0]) ? phrase : undefined;
}

/** Words standing for someone's words before their owner ("ceux de X", "les mots du ministre"). */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['ceux', 'celles', 'de', 'du', 'des']);

/** "« … » C’est ce qu’affirme X", "… ce qu’a déclaré X": a clause pointing back to the quote names its speaker after the verb. */
function pointedBackSubject(after: readonly Token[], i: number): Token[] | undefined {
  const pattern = PACK_QUOTE_BACK_REFERENCE.inverted;
  if (!pattern) return undefined;
  for (let n = 2; n <= 7 && i + n <= after.length; n++) {
    const words = after.slice(i, i + n).map((token) => token.lower);
    if (!pattern.test(words.join(' '))) continue;
    let verb = i + n - 1;
    const bare = { ...after[verb]!, lower: words[n - 1]!.replace(/^qu['’]/, '') };
    // "Ces mots sont ceux du maire": a pronoun standing for the words, whose owner follows.
    const owned = OWNER_PRONOUNS.has(bare.lower);
    if (owned) verb++;
    else if (PACK_AUXILIARIES.has(bare.lower) && isReportingVerb(after[verb + 1])) verb++;
    // "Об этом в интервью …": a shorter match may end inside the phrase before the verb. "Такое заявление сделал X":
    // after a noun for what was said, any verb makes its subject the speaker.
    else if (!isReportingVerb(bare) && !words.slice(0, -1).some((word) => SPEAKING_THINGS.has(word))) continue;
    const phrase = subjectAfter(after, verb);
    return phrase && !isPronoun(phrase[0]) ? phrase : undefined;
  }
  return undefined;
}

/**
 * "“…”. Con esas palabras, el ministro Juan Pérez cerró el acto": a phrase that points back to the quote and closes
 * with a comma hands it to the subject after the comma, whatever that subject then does.
 */
function pointedBackOpener(after: readonly Token[], i: number): Token[] | undefined {
  const pattern = PACK_QUOTE_BACK_REFERENCE.pattern;
  if (!pattern) return undefined;
  const start = after[i]?.text === '.' ? i + 1 : i;
  const comma = after.findIndex((token, k) => k > start && k - start <= 7 && token.text === ',');
  if (
    comma < 0 ||
    !pattern.test(
      after
        .slice(start, comma + 1)
        .map((token) => token.lower)
        .join(' '),
    )
  )
    return undefined;
  const subject = leadingPhrase(after.slice(comma + 1, comma + 12));
  return subject && namesPerson(subject) && !isPronoun(subject[0]) ? subject : undefined;
}

/** "The first minister's statement that it was okay to drink “once in a while”": the possessor said it. */
function speechOwner(before: readonly Token[]): SpeakerCue | undefined {
  for (let k = before.length - 2; k >= 0 && before.length - k <= 20; k--) {
    const token = before[k]!;
    if (token.kind === 'quote') return undefined;
    if (!/['’]s$/.test(token.text) || !SPEECH_NOUNS.has(before[k + 1]!.lower)) continue;
    const phrase = phraseEndingAt(before, k, Math.max(0, k - MAX_PHRASE));
    if (phrase && (namesPerson(phrase) || isRoleNoun(phrase[phrase.length - 1]!.lower))) return { phrase, kind: 'before', immediate: false };
    return undefined;
  }
  return undefined;
}

/** The agent of a passive verb, from `from` up to the "as" or comma that ends it ("by a close aide as"). */
function agentPhrase(before: readonly Token[], from: number): Token[] | undefined {
  let end = from;
  while (end < before.length && end - from < MAX_PHRASE && before[end]!.lower !== 'as' && before[end]!.kind === 'word') end++;
  return end > from ? trimPhrase(before.slice(from, end)) : undefined;
}

/**
 * "zitierte die Agentur den Minister", "zitiert Tass den Vizeminister X": after a quoting verb and its subject, the
 * object (opened by an article no genitive takes) is the person quoted; undefined without one.
 */
function quotedObject(view: readonly Token[], verb: number, subject: readonly Token[]): Token[] | undefined {
  if (!QUOTING_VERBS.has(view[verb]!.lower) || OBJECT_ARTICLES.size === 0) return undefined;
  // "zitierte ihn die Agentur", "Die Agentur zitierte ihn mit den Worten": the object pronoun right after the verb
  // is the one quoted, and stands for the pack's subject pronoun.
  const pronoun = view[verb + 1];
  const standsFor = pronoun && Object.hasOwn(PHRASE_GRAMMAR.objectPronouns ?? {}, pronoun.lower) ? PHRASE_GRAMMAR.objectPronouns![pronoun.lower] : undefined;
  if (standsFor) return [{ ...pronoun!, lower: standsFor }];
  let end = view.indexOf(subject[subject.length - 1]!);
  // "zitierte der Journalist X im Portal Y einen Beamten": a short phrase of place may stand before the object.
  if (end >= verb && PLACE_PREPOSITIONS.has(view[end + 1]?.lower ?? '')) {
    let k = end + 2;
    while (k < view.length && k - end <= 5 && view[k]!.kind === 'word' && !OBJECT_ARTICLES.has(view[k]!.lower)) k++;
    if (OBJECT_ARTICLES.has(view[k]?.lower ?? '')) end = k - 1;
  }
  if (end < verb || !OBJECT_ARTICLES.has(view[end + 1]?.lower ?? '')) return undefined;
  const object = subjectAfter(view, end);
  return object && !isPronoun(object[0]) && object.some((token) => token.cap) ? object : undefined;
}

/**
 * In a verb-second language, the subject after the verb when something else fills the place before it: a
 * clause ended by a comma or a phrase opened by a preposition ("Am Montag sagte der Minister").
 */
function verbSecondSubject(view: readonly Token[], verb: number): Token[] | undefined {
  if (!PACK_GRAMMAR.verbSecond || verb === 0) return undefined;
  let inverted = nominativeAfter(view, verb);
  // "Der Botschafter, Eva Roth, sprach auf X von …", "sagte in Berlin der Minister": the object of a preposition of
  // place (a pack's words; none in English) is where the words were said, not who said them.
  if (inverted && (PLACE_PREPOSITIONS.has(inverted[0]!.lower) || PLACE_PREPOSITIONS.has(view[view.indexOf(inverted[0]!) - 1]?.lower ?? '')))
    inverted = undefined;
  // "sagte der Zeitung, …": with only whom the words were told after the verb, the subject stands before it.
  if (!inverted && isToldPhrase(subjectAfter(view, verb))) return undefined;
  // "berichtete der 23-jährige Tourist Meng Lingkang": past an article and a descriptor the phrase goes on.
  // An article alone ("der") is no phrase of its own, so the search goes on past it too.
  // A pronoun right after the verb is the subject itself ("hatte er die Abgeordneten aufgefordert").
  for (let j = verb + 2; (!inverted || !(isPronoun(inverted[0]) || inverted.some((token) => token.cap))) && j <= verb + 4 && j < view.length; j++) {
    if (view[j]!.kind === 'word' && view[j]!.cap && !PLACE_PREPOSITIONS.has(view[j - 1]!.lower)) inverted = subjectAfter(view, j - 1);
  }
  // "In dem Bericht heißt es: „…“": after an impersonal subject, the phrase of place before the verb names the document.
  if (!inverted && IMPERSONAL_SUBJECTS.has(view[verb + 1]?.lower ?? '')) {
    let first = verb - 1;
    while (first > 0 && view[first - 1]!.kind === 'word') first--;
    const source = impersonalSource(view.slice(first, verb), 0);
    return source && source.length === verb - first - 2 ? source : undefined;
  }
  if (!inverted) return undefined;
  // "Mit Blick auf die Wahl sprach sie von „…“": a pronoun after the verb is the subject when a phrase opened by a
  // preposition fills the place before it, which can hold no subject.
  const pronoun = isPronoun(inverted[0]);
  // "Scholz warf er vor, …": a pronoun that is only ever a subject, right after the verb, is its subject.
  if (pronoun && inverted.length === 1 && view[verb + 1] === inverted[0] && NOMINATIVE_PRONOUNS.has(inverted[0]!.lower)) return inverted;
  if (!pronoun && !(namesPerson(inverted) || SPEAKING_THINGS.has(inverted[inverted.length - 1]!.lower))) return undefined;
  // "Der Agentur zufolge erklärte Putin": a postpositional source phrase fills the place before the verb.
  if (!pronoun && (view[verb - 1]!.text === ',' || ACCORDING_AFTER_WORDS.has(view[verb - 1]!.lower))) return inverted;
  let start = verb - 1;
  // "Mit Bezug auf den „X“-Bericht sprach sie": a quoted name glued to a compound stays inside the phrase.
  const inPhrase = (token: Token): boolean =>
    token.kind === 'word' || (token.kind === 'quote' && view[view.indexOf(token) + 1]?.text === '-') || token.text === '-';
  while (start > 0 && inPhrase(view[start - 1]!)) start--;
  if (pronoun && (start > 0 || view[start]!.cap === false)) return undefined;
  // "Auch Bundeskanzler Scholz verurteilte die Angriffe": a particle before a noun phrase that runs to the verb with no
  // preposition in it leaves that phrase the subject; "Auch am Montag sagte der Minister" still fronts a phrase.
  const opener = view[start]!.lower;
  const rest = view.slice(start + 1, verb);
  if (
    SUBJECT_PARTICLES.has(opener) &&
    rest.length > 0 &&
    (rest[0]!.cap || ARTICLES.has(rest[0]!.lower)) &&
    !rest.some((token) => INTRO_PREPOSITIONS.has(token.lower) || token.kind !== 'word')
  )
    return undefined;
  // "Nach Beginn des Krieges sagte Baerbock, …": a bare name right after the verb is its subject when what fills the
  // place before the verb names no person ("Scholz sagte Macron Hilfe zu" keeps Scholz).
  const fronted = view.slice(start, verb);
  const bareName = view[verb + 1] === inverted[0] && inverted.every((token) => token.cap && isNameWord(token) && !ARTICLES.has(token.lower));
  let named = verb;
  while (named > start && verb - named < 3 && view[named - 1]!.cap && isNameWord(view[named - 1]!) && !ARTICLES.has(view[named - 1]!.lower)) named--;
  // "Die Opposition warf Scholz vor, …": an article that can open a subject, then only capitalised words, fronts the
  // subject itself, whether or not it is a person; the name after the verb is its object.
  const frontedSubject =
    fronted.length >= 2 && Object.hasOwn(PHRASE_GRAMMAR.articlePronouns ?? {}, opener) && fronted.slice(1).every((token) => token.kind === 'word' && token.cap);
  const frontedPerson =
    frontedSubject || fronted.some((token) => isRoleNoun(token.lower)) || (named < verb && (named === start || view[named - 1]!.kind !== 'word'));
  return INTRO_PREPOSITIONS.has(opener) || isTimePhrase(fronted) || (bareName && !pronoun && !frontedPerson) ? inverted : undefined;
}

/** Whether words are only a date or a time ("Anfang Oktober", "am 5. Mai 2024"), which can fill the place before a verb but never speak. */
export function isTimePhrase(words: readonly Token[]): boolean {
  return (
    words.some((token) => TIME_WORDS.has(token.lower)) &&
    words.every(
      (token) =>
        TIME_WORDS.has(token.lower) || TIME_LEADS.has(token.lower) || /^\d+\.?$/.test(token.text) || ARTICLES.has(token.lower) || isFunctionWord(token),
    )
  );
}

/**
 * The subject after a verb, past a phrase in a case no subject takes ("sagte der Zeitung, …", "sagte dem Sender
 * der Minister"): in a language that declines its articles that phrase names whom the words were told.
 */
function nominativeAfter(view: readonly Token[], verb: number): Token[] | undefined {
  let phrase = subjectAfter(view, verb);
  for (let step = 0; phrase && step < 2 && isToldPhrase(phrase); step++) {
    const end = view.indexOf(phrase[phrase.length - 1]!);
    phrase = view[end + 1]?.kind === 'word' ? subjectAfter(view, end) : undefined;
  }
  return phrase;
}

/** Whether the pack reads a phrase as in a case no subject takes. */
function isToldPhrase(phrase: readonly Token[] | undefined, afterVerb = true): boolean {
  return (
    phrase !== undefined &&
    PACK_GRAMMAR.notSubject?.(
      phrase.map((token) => token.text),
      afterVerb,
    ) === true
  );
}

/** The subject before a verb, past a phrase in a case no subject takes ("wie er der Zeitung sagte"). */
function nominativeBefore(view: readonly Token[], verb: number, floor: number): Token[] | undefined {
  let phrase = subjectBefore(view, verb, floor);
  for (let step = 0; phrase && step < 2 && isToldPhrase(phrase, false); step++) {
    const start = view.indexOf(phrase[0]!);
    phrase = start > floor && view[start - 1]?.kind === 'word' ? subjectBefore(view, start, floor) : undefined;
  }
  // "Ein Sprecher des Nationalen Sicherheitsrates der USA sagte": a phrase opened by a genitive article or "von"
  // completes the noun before it, so the subject runs back to that noun's own phrase.
  for (let step = 0; phrase && step < 3 && PACK_NAMES.roleComplementOpeners.has(phrase[0]!.lower); step++) {
    const start = view.indexOf(phrase[0]!);
    const owner = start > floor && view[start - 1]?.kind === 'word' && view[start - 1]!.cap ? subjectBefore(view, start, floor) : undefined;
    if (!owner) break;
    phrase = [...owner, ...phrase];
  }
  return phrase;
}

/** The last run of two or more name words before `end`, with a role noun just before it kept. */
function lastNameBefore(view: readonly Token[], end: number): Token[] | undefined {
  for (let k = end - 1; k > 0; k--) {
    if (!isNameWord(view[k]!) || !isNameWord(view[k - 1]!)) continue;
    let first = k - 1;
    while (first > 0 && isNameWord(view[first - 1]!)) first--;
    return view.slice(first, k + 1);
  }
  return undefined;
}

/** How many tokens from `k` spell one of the pack's "according to" words ("según", "de acuerdo con"), or 0. */
function accordingLength(view: readonly Token[], k: number): number {
  if (ACCORDING_WORDS.has(view[k]!.lower)) return 1;
  for (const entry of ACCORDING_WORDS) {
    const words = entry.split(' ');
    if (words.length > 1 && words.every((word, i) => view[k + i]?.lower === word)) return words.length;
  }
  return 0;
}

/** "according to X" anywhere in the stretch. */
export function cueAccordingTo(view: readonly Token[]): SpeakerCue | undefined {
  for (let k = 0; k + 1 < view.length; k++) {
    // "A su juicio, …", "Según entiende, …": the view of the person last spoken of, resolved like a dropped subject.
    const held = heldView(view, k);
    if (held) return { phrase: [held], kind: 'according-to', immediate: false };
    const packAccording = accordingLength(view, k);
    const according = (view[k]!.lower === 'according' && view[k + 1]!.lower === 'to') || packAccording > 0;
    const words = view[k]!.lower === 'words' && view[k + 1]!.lower === 'of';
    if (ACCORDING_AFTER_WORDS.has(view[k + 1]!.lower)) {
      // "russischen Nachrichtenagenturen zufolge": the source stands before its postposition.
      const source = phraseEndingAt(view, k, Math.max(0, k - MAX_PHRASE));
      if (source) return { phrase: source, kind: 'according-to', immediate: false };
    }
    if (!according && !words) {
      const opinion = opinionHolder(view, k);
      if (opinion) return { phrase: opinion, kind: 'according-to', immediate: false };
      continue;
    }
    // "according to X" and "words of X" take two words; "según X", "по словам X" one.
    let at = packAccording > 0 ? k + packAccording - 1 : k + 1;
    // "según explicó Ruiz", "según ha dicho la ministra": a reporting verb between the word and its source.
    const verb = packAccording > 0 ? accordingVerb(view, at + 1) : -1;
    if (verb >= 0) at = verb;
    // "…”, según dijo.": a verb that carries its subject stands for the person.
    const phrase = subjectAfter(view, at) ?? (verb >= 0 && PRO_DROP_VERBS.has(view[verb]!.lower) ? [view[verb]!] : undefined);
    if (phrase) return { phrase, kind: 'according-to', immediate: false };
  }
  return undefined;
}

/** Whether the reporting verb at `k` is governed by a pack's "according to" word before it ("según (lo) (ha) explicado"). */
function accordingVerbAt(view: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (PACK_AUXILIARIES.has(view[j]?.lower ?? '')) j--;
  if (CLITIC_OPENERS.has(view[j]?.lower ?? '')) j--;
  return j >= 0 && ACCORDING_WORDS.has(view[j]!.lower);
}

/** The index of a reporting verb (after an auxiliary or a clitic) at `from`, as in "según (lo) (ha) explicado", or -1. */
function accordingVerb(view: readonly Token[], from: number): number {
  let k = from;
  if (CLITIC_OPENERS.has(view[k]?.lower ?? '')) k++;
  if (PACK_AUXILIARIES.has(view[k]?.lower ?? '') && isReportingVerb(view[k + 1])) k++;
  return isReportingVerb(view[k], view[k + 1]) ? k : -1;
}

/** The last word of a pack's opinion phrase that opens a clause at `k` before a comma ("a su juicio ,"), or undefined. */
function heldView(view: readonly Token[], k: number): Token | undefined {
  if (OPINION_PHRASES.size === 0) return undefined;
  const previous = view[k - 1];
  if (previous && previous.kind === 'word' && !FUNCTION_WORDS.has(previous.lower)) return undefined;
  for (let n = 2; n <= 5; n++) {
    const words = view.slice(k, k + n);
    // "Seiner Ansicht nach ist …": in a verb-second language the verb closes the phrase as a comma does.
    const closed = view[k + n]?.text === ',' || (PHRASE_GRAMMAR.verbSecond && view[k + n]?.kind === 'word' && !view[k + n]!.cap);
    if (words.length < n || !closed || words.some((token) => token.kind !== 'word')) continue;
    if (OPINION_PHRASES.has(words.map((token) => token.lower).join(' '))) return words[n - 1];
  }
  return undefined;
}

/** "Pour sa consœur Corinne Serfati, le message est …", "Para el presidente, las protestas son …": whose view the sentence gives. */
function opinionHolder(view: readonly Token[], k: number): Token[] | undefined {
  if (!OPINION_INTRO_WORDS.has(view[k]!.lower)) return undefined;
  const previous = view[k - 1];
  if (previous && previous.kind === 'word' && !FUNCTION_WORDS.has(previous.lower)) return undefined;
  if (previous && previous.kind === 'quote') return undefined;
  const phrase = subjectAfter(view, k);
  if (!phrase) return undefined;
  const next = view[view.indexOf(phrase[phrase.length - 1]!) + 1];
  return next?.text === ',' ? phrase : undefined;
}

/** Words that open a page's link or gallery label before a colon, never a speaker's name. */
const PAGE_LABELS: ReadonlySet<string> = new Set(['photos', 'photo', 'pictures', 'video', 'videos', 'watch', 'read', 'gallery', 'listen', 'related', 'see']);

/** Whether the words before a colon are a page's link label ("Photos from Us:", "Read more:"), not a speaker. */
export function opensPageLabel(before: readonly Token[]): boolean {
  return before.length > 0 && before.length <= 5 && PAGE_LABELS.has(before[0]!.lower) && before[0]!.cap;
}

/** A colon introduction without a verb: `From the minister: “`, or `Kim: “` in a headline or transcript. */
export function cueColon(before: readonly Token[]): SpeakerCue | undefined {
  const last = before.length - 1;
  if (last < 1 || before[last]!.text !== ':') return undefined;
  // "Photos from Us: …", "Read more: …", "Watch: …": a page's link label names no one who speaks.
  if (opensPageLabel(before)) return undefined;
  const teller = PACK_GRAMMAR.dashIncise ? tellerBeforeDash(before, last) : undefined;
  if (teller) return { phrase: teller, kind: 'colon', immediate: true };
  const phrase = phraseEndingAt(before, last - 1, Math.max(0, last - MAX_PHRASE));
  if (!phrase) return undefined;
  const start = last - phrase.length;
  const lead = before[start - 1];
  // "Eva Holm, an expert from the ministry: “…”": "from" closes a longer noun phrase, whose person speaks.
  if (lead?.lower === 'from' && before[start - 2]?.kind === 'word' && !FUNCTION_WORDS.has(before[start - 2]!.lower)) return holderOf(before, start - 2);
  if (start === 0 || lead?.lower === 'from' || lead?.kind === 'punct') return { phrase, kind: 'colon', immediate: true };
  // "…, que enumera la portavoz de la asociación: “…”": in a pack's language a reporting verb before the phrase
  // inverts its subject, whatever opens the clause.
  if (PACK_AUXILIARIES.size > 0) {
    // "la portavoz de la asociación": the role that the complement after "de" hangs on heads the phrase.
    let head = start;
    let owner: Token[] | undefined;
    while (POST_MODIFIERS.has(before[head - 1]?.lower ?? '') && (owner = phraseEndingAt(before, head - 2, Math.max(0, head - 2 - MAX_PHRASE)))) {
      const noun = owner[owner.length - 1]!.lower;
      if (!isRoleNoun(noun) && !SPEAKING_THINGS.has(noun)) break;
      head = before.indexOf(owner[0]!);
    }
    const verb = before[head - 1];
    if (isReportingVerb(verb, before[head]) && !PARTICIPLES.has(verb!.lower) && !isPronoun(before[head]))
      return { phrase: before.slice(head, last), kind: 'colon', immediate: true, verb: verb! };
  }
  return undefined;
}

/**
 * "Карпин — РБК: «…»", "Петров — «Известиям»: «…»": in a headline of the language's dash copy, the words between the
 * dash and the colon say whom the words were told; the person before the dash speaks.
 */
function tellerBeforeDash(before: readonly Token[], colon: number): Token[] | undefined {
  for (let dash = colon - 1; dash > 0 && colon - dash <= 4; dash--) {
    const token = before[dash]!;
    if (token.text !== '—' && token.text !== '–') {
      // Whom the words were told: an outlet's name (capitalised or quoted) or the pack's plural of the one told.
      if (token.kind !== 'quote' && !(token.kind === 'word' && (token.cap || PACK_GRAMMAR.toldPlural?.test(token.lower)))) return undefined;
      continue;
    }
    if (dash === colon - 1) return undefined;
    const teller = phraseEndingAt(before, dash - 1, Math.max(0, dash - 1 - MAX_PHRASE));
    return teller && namesPerson(teller) && !isPronoun(teller[0]) ? teller : undefined;
  }
  return undefined;
}

/** The person a noun phrase ending at `end` names: the name a role is in apposition to ("Eva Holm, an expert"), or the role. */
function holderOf(before: readonly Token[], end: number): SpeakerCue | undefined {
  const role = phraseEndingAt(before, end, Math.max(0, end - MAX_PHRASE));
  if (!role || !namesPerson(role)) return undefined;
  const at = before.indexOf(role[0]!);
  const name = before[at - 1]?.text === ',' ? phraseEndingAt(before, at - 2, Math.max(0, at - 2 - MAX_PHRASE)) : undefined;
  const phrase = name && namesPerson(name) && !isPronoun(name[0]) ? name : role;
  return { phrase, kind: 'colon', immediate: true };
}

/** A verb form more often a noun ("pointe"), read as a verb when an incise puts its subject right after it ("pointe Philippe X", "note l’expert"). */
function isInciseVerb(view: readonly Token[], k: number): boolean {
  const next = view[k + 1];
  if (!INCISE_VERBS.has(view[k]?.lower ?? '') || view[k]!.cap || next?.kind !== 'word') return false;
  return (next.cap && isNameWord(next)) || ARTICLES.has(next.lower) || /^l['’]\p{L}/u.test(next.lower);
}

/** Tokens that close an incise inside a quote: the words go on after it ("…, a déclaré X. Nous …", "… -dijo X-. …"). */
const INCISE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', '-', '—', '–', ')']);

/**
 * In French and Spanish the speaker may be named inside the quotation marks, in an incise after a comma or dash
 * ("« …, jure le ministre, mais … »", "“… —dijo Pérez—. …”"): the inverted verb and the subject after it.
 * `inside` are the quote's own words; only a language pack's quotes are read this way.
 */
export function cueInside(inside: readonly Token[]): SpeakerCue | undefined {
  if (PACK_AUXILIARIES.size === 0) return undefined;
  for (let k = 1; k < inside.length - 1; k++) {
    const opener = inside[k - 1]!.text;
    if (opener !== ',' && !isDash(inside[k - 1]!)) continue;
    const verbAt = PACK_AUXILIARIES.has(inside[k]!.lower) && isReportingVerb(inside[k + 1]) ? k + 1 : k;
    const verb = inside[verbAt];
    if (!verb || !(isReportingVerb(verb, inside[verbAt + 1]) || isInciseVerb(inside, verbAt)) || PARTICIPLES.has(verb.lower)) continue;
    const phrase = subjectAfter(inside, verbAt);
    const subject = phrase ?? (PRO_DROP_VERBS.has(verb.lower) ? [verb] : undefined);
    if (!subject) continue;
    // "…, prévient la perte de données, …": a plain object after a verb of the quoted clause names no one who speaks.
    const canSpeak = subject.some(
      (word) => (word.cap && isNameWord(word)) || isRoleNoun(word.lower) || SPEAKING_THINGS.has(word.lower) || PRONOUNS.has(word.lower),
    );
    if (!canSpeak && subject === phrase) continue;
    // The incise closes before the words go on; a verb inside a running clause is the quoted person's own.
    const close = inside[inside.indexOf(subject[subject.length - 1]!) + 1];
    if (close !== undefined && !INCISE_ENDS.has(close.text) && !(INTRO_PREPOSITIONS.has(close.lower) && !close.cap)) continue;
    return { phrase: subject, kind: 'inverted', immediate: true, verb };
  }
  return undefined;
}

/** Participles that open a clause of someone being asked ("when asked whether …", ", pressed on …"). */
const ASKED_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned', 'quizzed']);
/** Subordinators that may open such a clause ("when asked", "if pressed"). */
const ASKED_OPENERS: ReadonlySet<string> = new Set(['when', 'if', 'after', 'once', 'while']);
/** How far before a speech verb a clause of being asked may open. */
const ASKED_CLAUSE_TOKENS = 25;

/** Where a clause of being asked opens before the verb at `verb` ("when asked …", ", pressed on …"), or -1. */
function askedClauseStart(before: readonly Token[], verb: number): number {
  for (let j = verb - 1; j > 0 && verb - j <= ASKED_CLAUSE_TOKENS; j--) {
    if (!ASKED_PARTICIPLES.has(before[j]!.lower)) continue;
    if (ASKED_OPENERS.has(before[j - 1]!.lower)) return j - 1;
    if (before[j - 1]!.text === ',') return j;
  }
  return -1;
}

/** The person who was asked: the subject before the clause, else the sentence's opening subject; undefined otherwise. */
function askerBefore(before: readonly Token[], asked: number, sentenceStart: number): Token[] | undefined {
  let end = asked;
  while (end > 0 && (before[end - 1]!.text === ',' || before[end - 1]!.lower === 'but' || before[end - 1]!.lower === 'and')) end--;
  const outer = end > 0 ? subjectBefore(before, end, 0) : undefined;
  if (outer && (namesPerson(outer) || isRoleNoun(outer[outer.length - 1]!.lower))) return outer;
  const lead = before[0]?.start === sentenceStart ? leadingPhrase(before.slice(0, end)) : undefined;
  return lead && !isPronoun(lead[0]) && (namesPerson(lead) || isRoleNoun(lead[lead.length - 1]!.lower)) ? lead : undefined;
}

/** How many words an agent may have between "by" and "that" ("by Leader of the Commons Peter Hain"). */
const SPEECH_NOUN_AGENT_WORDS = 7;

/**
 * "Howard said a claim by Peter Hain that the leader is acting like an “attack mongrel” shows …": a quote in the
 * that-clause of a noun for something said is the words of that noun's agent, whoever the sentence's subject is;
 * undefined when a speech verb stands nearer the quote.
 */
function speechNounAgent(before: readonly Token[]): Token[] | undefined {
  for (let k = before.length - 1; k > 2 && before.length - k <= MAX_DISTANCE; k--) {
    const token = before[k]!;
    if (token.kind === 'quote' || token.text === '.' || isReportingVerb(token, before[k + 1])) return undefined;
    if (token.lower !== 'that') continue;
    for (let by = k - 2; by > 0 && k - by <= SPEECH_NOUN_AGENT_WORDS; by--) {
      if (before[by]!.kind !== 'word') return undefined;
      if (before[by]!.lower !== 'by') continue;
      if (!SPEECH_NOUNS.has(before[by - 1]!.lower) && !SPEECH_NOUNS.has(before[by - 1]!.lower.replace(/s$/, ''))) return undefined;
      const agent = trimPhrase(before.slice(by + 1, k));
      return agent && !isPronoun(agent[0]) ? agent : undefined;
    }
    return undefined;
  }
  return undefined;
}
