import { AGENT_PREPOSITIONS, PACK_AUXILIARIES, PACK_GRAMMAR, PACK_NAMES } from '../lang/pack-overlay';
import { INTRO_PREPOSITIONS, isNonPersonWord, isRoleNoun, isSurnameMonth, NAME_TITLES, PRONOUNS, SPEAKING_THINGS, VERB_MODIFIERS } from './lexicon';
import { ARTICLES as PHRASE_ARTICLES, leadingPhrase, PACK_FORMS, PHRASE_GRAMMAR, subjectAfter, subjectBefore } from './speaker-phrases';
import { FUNCTION_WORDS as PHRASE_FUNCTION_WORDS, isAcronym, isNameWord, isReportingVerb, type Token } from './tokens';

// Finds what a pronoun cue ("he said", "it said") points back to: the subject of a recent sentence.

/** What a pronoun can refer to: a person ("he", "she") or an organisation, document or group ("it", "they"). */
export type AntecedentKind = 'person' | 'thing' | 'one-thing';

/** Words that make a subject more than one thing ("the two sides", "both countries"). */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'both', 'several', 'many', 'all']);

/** English determiners of one person not yet known ("a user", "one resident", "another voter"). */
export const SINGLE_PERSON_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** A lower-case plural noun ("sides", "officials"), which "it" cannot stand for. */
function isPlainPlural(token: Token): boolean {
  return !token.cap && /[^su]s$/.test(token.lower) && token.lower !== 'news';
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Whether a subject phrase names a person (a name or a role noun) rather than an organisation, place or thing. */
export function namesPerson(phrase: readonly Token[]): boolean {
  // "der Sprecher der SPD", "el presidente del sindicato": a role heads the phrase its complement closes.
  const complemented = phrase.findIndex((token, k) => k > 0 && PACK_NAMES.roleComplementOpeners.has(token.lower) && isRoleNoun(phrase[k - 1]!.lower));
  const head = complemented > 0 ? phrase[complemented - 1]! : phrase[phrase.length - 1]!;
  if (isRoleNoun(head.lower)) return !head.lower.endsWith('s') || head.lower.endsWith('ss');
  if (
    !isNameWord(head) ||
    SPEAKING_THINGS.has(head.lower) ||
    isNonPersonWord(head.lower, phrase.length > 1 && isNameWord(phrase[phrase.length - 2]!)) ||
    isAcronym(head)
  )
    return false;
  // "the National Front": a capitalised run after an article is an organisation.
  let k = phrase.length - 1;
  while (k > 0 && isNameWord(phrase[k - 1]!)) k--;
  // "le pape François", "the prime minister Ann Lee": a role between the article and the name makes it a person's.
  if (k > 1 && isRoleNoun(phrase[k - 1]!.lower)) return true;
  return !(k > 0 && ARTICLES.has(phrase[k - 1]!.lower)) && !ARTICLES.has(phrase[0]!.lower);
}

/** Whether a subject phrase names an organisation, outlet, document or group that "it" can stand for. */
function namesThing(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1]!;
  if (phrase.length === 1 && head.kind === 'word' && !head.cap && !SPEAKING_THINGS.has(head.lower)) return false;
  return !namesPerson(phrase);
}

const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', ';']);

/** Whether a token starts a clause of its own rather than continuing the reported words before it. */
function opensNewClause(token: Token): boolean {
  return CLAUSE_COORDINATORS.has(token.lower) || token.kind === 'quote';
}

/** Whether "it" ("one-thing") or "they" ("thing") can stand for a subject phrase. */
function fitsThing(phrase: readonly Token[], kind: AntecedentKind): boolean {
  const head = phrase[phrase.length - 1]!;
  if (phrase.length === 1 && !head.cap && !SPEAKING_THINGS.has(head.lower) && !isRoleNoun(head.lower)) return false;
  // "they" also stands for a group of people named in the plural ("four other House Democrats").
  if (kind === 'thing') return (namesThing(phrase) && !(isRoleNoun(head.lower) && head.lower.endsWith('s'))) || (head.cap && /[^s']s$/.test(head.lower));
  // "it" stands for one thing: "the two sides agreed" is no antecedent for "it said".
  return namesThing(phrase) && !isPlainPlural(head) && !phrase.some((token) => COUNTING_WORDS.has(token.lower));
}

/** "A Kremlin spokesman, Dmitry Peskov, said": the name in apposition to a role subject. */
function appositiveName(tokens: readonly Token[], phrase: readonly Token[]): Token[] | undefined {
  if (!isRoleNoun(phrase[phrase.length - 1]!.lower)) return undefined;
  const comma = tokens.indexOf(phrase[phrase.length - 1]!) + 1;
  if (tokens[comma]?.text !== ',') return undefined;
  let k = comma + 1;
  while (k < tokens.length && k - comma <= 4 && isNameWord(tokens[k]!)) k++;
  return k > comma + 1 && tokens[k]?.text === ',' ? tokens.slice(comma + 1, k) : undefined;
}

/** "Le commerçant Ibrahima Diallo a parlé": a name of two words or more that a plain noun introduces, just before the auxiliary. */
function nameBefore(tokens: readonly Token[], auxiliary: number): Token[] | undefined {
  let k = auxiliary;
  while (k > 0 && auxiliary - k < 4 && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.cap && isNameWord(tokens[k - 1]!)) k--;
  return auxiliary - k >= 2 && k <= 3 ? tokens.slice(k, auxiliary) : undefined;
}

/** Ranks that are also adjectives ("a major incident", "a general strike", "the chief reason"). */
const ADJECTIVAL_RANKS: ReadonlySet<string> = new Set(['major', 'general', 'private', 'chief', 'principal']);

/** Verbs and auxiliaries that may follow a subject directly, so the word before them can be its head. */
const AFTER_SUBJECT: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'did',
  'does',
]);

/**
 * "A major incident is declared": a lower-case rank after an article, followed by a lower-case noun rather than a
 * verb, is an adjective of that noun, not a person.
 */
function modifiesNoun(tokens: readonly Token[], phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1]!;
  if (head.cap || !ADJECTIVAL_RANKS.has(head.lower) || phrase.length !== 2 || !ARTICLES.has(phrase[0]!.lower)) return false;
  const next = tokens[tokens.indexOf(head) + 1];
  return (
    next !== undefined &&
    next.kind === 'word' &&
    !next.cap &&
    !isReportingVerb(next, tokens[tokens.indexOf(head) + 2]) &&
    !AFTER_SUBJECT.has(next.lower) &&
    !PHRASE_FUNCTION_WORDS.has(next.lower)
  );
}

/**
 * The subject that opens a sentence when it is the kind a pronoun stands for, read from the sentence's first
 * tokens; undefined for pronoun subjects ("He added ...") and for subjects of the other kind.
 */
export function sentenceSubject(given: readonly Token[], kind: AntecedentKind, knowsPerson: (lower: string) => boolean): Token[] | undefined {
  const tokens = withoutNicknames(given);
  let phrase = leadingPhrase(tokens);
  // "Jean Dupont a parlé lundi": in another language an auxiliary after the name closes the subject.
  if (!phrase && PACK_AUXILIARIES.size > 0) {
    const auxiliary = tokens.findIndex((token, i) => i > 0 && i < 8 && tokens[i - 1]!.cap && PACK_AUXILIARIES.has(token.text));
    if (auxiliary > 0) phrase = leadingPhrase(tokens.slice(0, auxiliary)) ?? nameBefore(tokens, auxiliary);
  }
  // "Den Anfang machte Devlet Bahceli": in a verb-second language a phrase in a case no subject takes may fill the
  // place before the verb, and the subject follows it.
  if (
    phrase &&
    PACK_GRAMMAR.verbSecond &&
    PACK_GRAMMAR.notSubject?.(
      phrase.map((token) => token.text),
      false,
    )
  ) {
    const verb = tokens.indexOf(phrase[phrase.length - 1]!) + 1;
    phrase = tokens[verb]?.kind === 'word' && !tokens[verb]!.cap ? subjectAfter(tokens, verb) : undefined;
  }
  // "El asunto fue abordado ayer por el Presidente Boric": a thing a person acted on leaves that person the one spoken of.
  if (kind === 'person' && !(phrase && (namesPerson(phrase) || phrase.some((token) => PRONOUNS.has(token.lower))))) {
    const agent = passiveAgent(tokens);
    if (agent) return agent;
  }
  if (!phrase || phrase.some((token) => PRONOUNS.has(token.lower))) return undefined;
  const named = appositiveName(tokens, phrase);
  if (named && kind === 'person') phrase = named;
  const head = phrase[phrase.length - 1]!;
  if (phrase.length === 1 && !head.cap && !SPEAKING_THINGS.has(head.lower) && !isRoleNoun(head.lower)) return undefined;
  if (kind !== 'person') return fitsThing(phrase, kind) ? phrase : undefined;
  if (!namesPerson(phrase) || modifiesNoun(tokens, phrase)) return undefined;
  // "Der Einsatz dauerte an. „…“, sagte er": where the pack can tell, a subject plainly no single person is passed over.
  if (PACK_GRAMMAR.notOnePerson?.(phrase.map((token) => token.lower))) return undefined;
  // A lone capitalised word opening a sentence ("Prices rose") is a person only when the article named them so, or
  // when a title or a role comes before it ("le pape François", "President Macron").
  const lone = phrase.length === 1 || !isNameWord(phrase[phrase.length - 2]!);
  const titled = NAME_TITLES.has(phrase[phrase.length - 2]?.lower ?? '') || isRoleNoun(phrase[phrase.length - 2]?.lower ?? '');
  return !isNameWord(head) || !lone || knowsPerson(head.lower) || titled ? phrase : undefined;
}

/** Most words between a passive participle and the preposition of its agent ("abordado ayer por"). */
const AGENT_GAP = 2;

/** The named person a pack's passive participle gives as its agent ("fue abordado por el Presidente Boric"), or undefined. */
function passiveAgent(tokens: readonly Token[]): Token[] | undefined {
  const participle = PACK_FORMS.pastParticiple;
  if (!participle || AGENT_PREPOSITIONS.size === 0) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.kind === 'quote') return undefined;
    if (!AGENT_PREPOSITIONS.has(tokens[k]!.lower)) continue;
    let verb = k - 1;
    while (verb > 0 && k - verb <= AGENT_GAP && !participle.test(tokens[verb]!.lower) && tokens[verb]!.kind === 'word') verb--;
    if (!participle.test(tokens[verb]!.lower)) continue;
    const agent = leadingPhrase(tokens.slice(k + 1, k + 9));
    if (agent && namesPerson(agent) && agent.filter((token) => token.cap && isNameWord(token)).length >= 2) return agent;
  }
  return undefined;
}

/**
 * The last subject of a reporting verb outside quotation marks in a sentence, of the kind a pronoun stands for
 * ("Fernández said …, but Lloris insisted …" gives Lloris for "he"; "…, the rescue group posted" gives the group
 * for "they"), or undefined.
 */
export function lastSpeaker(tokens: readonly Token[], kind: AntecedentKind, knowsPerson: (lower: string) => boolean): Token[] | undefined {
  for (let k = tokens.length - 1; k > 0; k--) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || !isReportingVerb(token, tokens[k + 1]) || token.lower.endsWith('ing')) continue;
    // "« … » dans la région, a déclaré le porte-parole, Olivier Véran", "…, считает политолог Иван Петров": in another
    // language (one with auxiliaries, or whose subject often follows its verb) a verb after a comma or a quote has its subject after it.
    // "…, a pour sa part déclaré samedi le ministre X": adverbials may stand between the auxiliary and the verb.
    let back = k - 1;
    while (back > 0 && k - back <= 5 && tokens[back]!.kind === 'word' && VERB_MODIFIERS.has(tokens[back]!.lower) && !PACK_AUXILIARIES.has(tokens[back]!.lower))
      back--;
    const opener = tokens[PACK_AUXILIARIES.has(tokens[back]?.lower ?? '') ? back - 1 : back];
    const inverts = PACK_AUXILIARIES.size > 0 || PACK_GRAMMAR.verbSecond;
    // "Das teilte Außenamtssprecherin Maria Sacharowa mit": in a verb-second language a lone article (a demonstrative)
    // or an introductory adverb may fill the place before the verb, and the subject follows it.
    const fronted = PACK_GRAMMAR.verbSecond && k === 1 && (PHRASE_ARTICLES.has(tokens[0]!.lower) || INTRO_PREPOSITIONS.has(tokens[0]!.lower));
    const inverted = inverts && (opener?.text === ',' || opener?.kind === 'quote' || fronted) ? subjectAfter(tokens, k) : undefined;
    if (
      inverted &&
      !inverted.some((word) => PRONOUNS.has(word.lower)) &&
      (kind === 'person' ? namesPerson(inverted) && inverted.filter((word) => word.cap && isNameWord(word)).length >= 2 : fitsThing(inverted, kind))
    )
      return inverted;
    // "Scholz hat die Schüsse verurteilt": a participle closing its clause has its subject by the auxiliary, not the object.
    // "Dies sei nie zu verhindern, hatte der Jurist X erläutert": after a comma the subject follows the auxiliary.
    const auxiliary = clauseAuxiliary(tokens, k);
    const bracketed = auxiliary > 0 && tokens[auxiliary - 1]!.kind === 'word';
    const phrase = subjectBefore(tokens, bracketed ? auxiliary : k, 0);
    if (!phrase || phrase.some((word) => PRONOUNS.has(word.lower))) continue;
    if (kind !== 'person') {
      if (fitsThing(phrase, kind)) return phrase;
      // "…, Amnesty reported. … it added": a lone capitalised word the article never gave a person is a body "it" can stand for.
      const lone = phrase.length === 1 && phrase[0]!.cap && isNameWord(phrase[0]!) && !knowsPerson(phrase[0]!.lower);
      if (kind === 'one-thing' && lone && PACK_AUXILIARIES.size === 0 && !PACK_GRAMMAR.verbSecond) return phrase;
      // "…,” the researchers concluded. “…,” they wrote": people named by a plural role spoke last.
      const last = phrase[phrase.length - 1]!;
      if (kind === 'thing' && isRoleNoun(last.lower) && /[^s]s$/.test(last.lower)) return phrase;
      // "…,” one user wrote. “…,” they said": a singular "they" stands for one person the text leaves without a gender.
      if (kind === 'thing' && isRoleNoun(last.lower) && !last.cap && SINGLE_PERSON_OPENERS.has(phrase[0]!.lower)) return phrase;
      continue;
    }
    const head = phrase[phrase.length - 1]!;
    // "May said" after "John May": a surname the article has given a person.
    const knownSurname = phrase.length === 1 && isSurnameMonth(head.lower) && knowsPerson(head.lower);
    if (!namesPerson(phrase) && !knownSurname) continue;
    // "Mr Howard denied Mr Yeo said the plans “stink”": a speaker inside another's reported words is not the one
    // who goes on speaking; the person whose clause holds them is.
    const at = tokens.indexOf(phrase[0]!);
    const outer = at > 1 ? lastSpeaker(tokens.slice(0, at), kind, knowsPerson) : undefined;
    if (outer && !tokens.slice(tokens.indexOf(outer[outer.length - 1]!) + 1, at).some(opensNewClause)) return outer;
    // A lone capitalised word is a person only when the article has named them so; where every noun is capitalised,
    // also after an article ("weil er den Verein so liebe").
    const lone = phrase.length === 1 || (phrase.length === 2 && PHRASE_GRAMMAR.capitalisedNouns && PHRASE_ARTICLES.has(phrase[0]!.lower));
    if (lone && isNameWord(head) && !isRoleNoun(head.lower) && !knowsPerson(head.lower)) continue;
    return phrase;
  }
  return undefined;
}

/**
 * In a verb-second language, the auxiliary that opens the clause a participle closes ("hat die Schüsse verurteilt",
 * "hatte zu den Morden im Ausland geschrieben"), with only words between them; -1 otherwise.
 */
export function clauseAuxiliary(tokens: readonly Token[], participle: number): number {
  const form = tokens[participle]!.lower;
  if (!PACK_GRAMMAR.verbSecond || !/(?:t|en)$/u.test(form) || /te[nt]?$/u.test(form)) return -1;
  for (let k = participle - 2; k >= 0 && participle - k <= 16; k--) {
    const token = tokens[k]!;
    // "Scholz soll Chialo als „Hofnarr“ bezeichnet haben": words quoted inside the verb bracket stay inside it.
    if (token.kind !== 'word' && token.kind !== 'quote') return -1;
    if (PACK_AUXILIARIES.has(token.lower)) return k;
  }
  return -1;
}

/**
 * The one person a sentence names when its subject is not a person ("The charges were put to Lee after the
 * match."), so "he" in the next sentence stands for them; undefined when it names nobody or more than one.
 */
export function soleNamedPerson(tokens: readonly Token[], knowsPerson: (lower: string) => boolean): Token[] | undefined {
  let found: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'quote') return undefined;
    if (!isNameWord(token) || !knowsPerson(token.lower.replace(/['’]s$/, ''))) continue;
    let end = k;
    while (end + 1 < tokens.length && isNameWord(tokens[end + 1]!)) end++;
    const run = tokens.slice(k, end + 1);
    // "the Mac mini", "an Apple store": an article before a capitalised run makes it a thing's name, not a person's.
    const article = k > 0 && ARTICLES.has(tokens[k - 1]!.lower);
    k = end;
    if (article) continue;
    // A possessive names someone else's thing ("Lee's lawyer"), not the person the sentence is about.
    if (/['’]s$/.test(run[run.length - 1]!.text) || !namesPerson(run)) continue;
    if (found && found[found.length - 1]!.lower !== run[run.length - 1]!.lower) return undefined;
    found = run;
  }
  return found;
}

/** The longest quoted nickname inside a name ("Ferdinand “Bongbong” Marcos"), in characters with its marks. */
const NICKNAME_CHARS = 24;

/** The tokens without a short quote standing between two words of a name, so the name reads whole. */
function withoutNicknames(tokens: readonly Token[]): readonly Token[] {
  const nickname = (token: Token, k: number): boolean =>
    token.kind === 'quote' &&
    token.end - token.start <= NICKNAME_CHARS &&
    k > 0 &&
    tokens[k - 1]!.cap &&
    isNameWord(tokens[k - 1]!) &&
    tokens[k + 1] !== undefined &&
    tokens[k + 1]!.cap &&
    isNameWord(tokens[k + 1]!);
  return tokens.some(nickname) ? tokens.filter((token, k) => !nickname(token, k)) : tokens;
}
