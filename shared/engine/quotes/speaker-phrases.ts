import {
  INTRO_PREPOSITIONS,
  NAME_NOUNS,
  NAME_TITLES,
  NOUN_LIKE_VERBS,
  NOUN_PHRASE_WORDS,
  isRoleNoun,
  PRONOUNS,
  SPEAKING_THINGS,
  VERB_MODIFIERS,
} from './lexicon';
import {
  CONTRACTED_ARTICLES,
  DATIVE_PREPOSITIONS,
  DEFINITE_ARTICLES,
  OBJECT_MARKERS,
  OPENING_PHRASES,
  PACK_AUXILIARIES,
  PACK_NAMES,
  PRO_DROP_VERBS,
  VERB_JOINS,
} from '../lang/pack-overlay';
import { ELIDED_NAME, isAcronym, isFunctionWord, isNameParticle, isNameWord, isReportingVerb, isSpeakerPhraseWord, type Token } from './tokens';

// Reads the noun phrase that names a speaker around a reporting verb.

/** Longest speaker phrase we accept; longer runs are clauses, not names. */
export const MAX_PHRASE = 8;
/** How far a cue may sit from its quote, in tokens. */
export const MAX_DISTANCE = 30;
const POSSESSIVE = /['’]s$/;
const ENGLISH_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** Articles and possessives that open a noun phrase; a language pack adds its own during an analysis. */
export const ARTICLES: ReadonlySet<string> = new Set(ENGLISH_ARTICLES);

/** The Romance "of" that ties a noun to its complement ("de", "du", "del", "d’…"), also glued to an elided word. */
export const ROMANCE_OF = /^(?:de|del|du|des|d['’]\p{L}*)$/u;

/**
 * Whether the analysed language is English: a pack adds its own articles to the English ones, and a language without
 * articles (Russian) its verbs that carry their subject.
 */
export function analysingEnglish(): boolean {
  return ARTICLES.size === ENGLISH_ARTICLES.size && PRO_DROP_VERBS.size === 0;
}
const CLAUSE_STARTS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'as',
  'when',
  'or',
  'so',
  'then',
  'after',
  'because',
  'although',
  'since',
  'where',
  'whereas',
  'meanwhile',
]);
/** Prepositions that attach a complement to a noun ("a spokesman for the Commission"); a language pack adds its own ("de", "del"). */
export const POST_MODIFIERS: ReadonlySet<string> = new Set(['in', 'from', 'at', 'of', 'for', 'with', 'near']);
/** Prepositions of place that tie a speaker to where they stand ("an officer aboard the ship", "a man outside the court"). */
const PLACE_MODIFIERS: ReadonlySet<string> = new Set(['on', 'aboard', 'outside', 'inside']);
/** The analysed language's prepositions of origin ("aus"), hung on the speaker before the verb; none for English. */
export const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set<string>();
/** Words trimmed from either end of a speaker phrase. */
export const LEADING_JUNK: ReadonlySet<string> = new Set(['of', 'for', 'that', 'this']);

/** A year of the last two centuries written in full ("1998", "2025"). */
const YEAR = /^(?:1[89]|20)\d\d$/;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** A year or a month name, which dates a noun phrase ("an October 2025 inquiry"). */
function isDateWord(token: Token): boolean {
  return YEAR.test(token.text) || (token.cap && MONTHS.test(token.lower));
}

/** An initial or abbreviation whose full stop stays inside a name: short words, and longer titles ("Const. Dave Lee"). */
function isShortOrTitle(token: Token): boolean {
  return token.text.length <= 4 || NAME_TITLES.has(token.lower);
}

/** Whether a token is a personal pronoun. */
export function isPronoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && PRONOUNS.has(token.lower);
}

/**
 * English determiners of number that open a noun phrase as an article does ("one user wrote", "said another voter",
 * "two residents said"); other languages have their own. "Many", "some" and "several" also stand alone as pronouns
 * ("many online called for"), so they are left out.
 */
const COUNTING_DETERMINERS: ReadonlySet<string> = new Set(['one', 'another', 'each', 'two', 'three', 'four', 'five', 'six']);

/** Whether a word opens a noun phrase: an article, or in English a determiner of number. */
function opensNounPhrase(token: Token): boolean {
  return ARTICLES.has(token.lower) || (analysingEnglish() && COUNTING_DETERMINERS.has(token.lower));
}

/** Whether a phrase ends in something that can speak: a name, a pronoun, a role or a document. */
function hasHead(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1];
  if (!head) return false;
  // "“…,” wrote another.": "another" stands alone for one more of a crowd, which the detector reads off the last speaker.
  if (phrase.length === 1 && head.lower === 'another' && analysingEnglish()) return true;
  if (phrase.length >= 2 && opensNounPhrase(phrase[0]!) && head.kind === 'word' && !head.cap) return true;
  // "Sam's family", "the boy's father": a noun a possessive name determines is someone's, and can speak.
  if (phrase.length >= 2 && POSSESSIVE.test(phrase[phrase.length - 2]!.text) && isNameWord(phrase[0]!) && head.kind === 'word' && !head.cap) return true;
  // "министр обороны", "глава администрации", "в заявлении министерства обороны": where a role or a speaking thing
  // takes its complement in the bare genitive, it heads the phrase.
  if (
    PACK_NAMES.bareGenitive &&
    phrase.length >= 2 &&
    (isRoleNoun(phrase[0]!.lower) || SPEAKING_THINGS.has(phrase[0]!.lower)) &&
    phrase.slice(1).every((token) => token.kind === 'word' && !token.cap)
  )
    return true;
  // A bare lower-case particle ("de", "la") belongs inside a name and never ends one; "al-Hassani" can.
  if (ELIDED_NAME.pattern?.test(head.text)) return true;
  return isPronoun(head) || isRoleNoun(head.lower) || SPEAKING_THINGS.has(head.lower) || (isNameWord(head) && (head.cap || head.lower.includes('-')));
}

/** Words that make "X of Y" one name ("Ministry of Defence", "Prime Minister of Israel", "Republic of Korea"). */
const NAME_OF_WORDS: ReadonlySet<string> = new Set([
  'republic',
  'kingdom',
  'state',
  'states',
  'university',
  'bank',
  'court',
  'house',
  'city',
  'county',
  'province',
  'church',
  'college',
  'school',
  'army',
  'navy',
  'duke',
  'duchess',
  'prince',
  'princess',
  'king',
  'queen',
  'emir',
  'sultan',
  'archbishop',
  'bishop',
  'mayor',
  'governor',
  'chief',
  'head',
  'director',
  'people',
  'friends',
  'sons',
  'daughters',
]);

/**
 * "Khader Al-Za’anoun of Wafa": a person's full name before "of" is the speaker, the organisation after it only
 * says where they work; "Ministry of Defence" or "Prime Minister of Israel" stay whole.
 */
function personBeforeOf(phrase: Token[]): Token[] {
  const of = phrase.findIndex((token) => token.lower === 'of');
  if (of < 2) return phrase;
  // "US Sen. Bob Casey of Pennsylvania": titles before the name do not make it an organisation.
  let first = 0;
  while (first < of - 2 && (NAME_TITLES.has(phrase[first]!.lower) || /^(?:[A-Z]{2,}|\.)$/.test(phrase[first]!.text))) first++;
  const person = phrase.slice(first, of);
  const isPersonName = person.every(
    (token) =>
      isNameWord(token) && !NAME_OF_WORDS.has(token.lower) && !NAME_TITLES.has(token.lower) && !isRoleNoun(token.lower) && !SPEAKING_THINGS.has(token.lower),
  );
  return isPersonName && person.filter((token) => token.cap).length >= 2 ? phrase.slice(0, of) : phrase;
}

/** Drops leading and trailing filler; undefined when no word that can speak is left. */
export function trimPhrase(phrase: Token[]): Token[] | undefined {
  let first = 0;
  while (first < phrase.length && (LEADING_JUNK.has(phrase[first]!.lower) || phrase[first]!.kind !== 'word')) first++;
  let last = phrase.length;
  while (last > first && LEADING_JUNK.has(phrase[last - 1]!.lower)) last--;
  // "sagt Heiko Wimmen von der renommierten Denkfabrik": name particles cut off from what they led to end no name.
  while (last > first + 1 && isNameParticle(phrase[last - 1]!) && !phrase[last - 1]!.lower.includes('-')) last--;
  // "Claire Fontaine a de son côté …": an auxiliary after a name closes the subject the phrase ran over.
  const auxiliary = phrase.findIndex((token, k) => k > first && k < last && PACK_AUXILIARIES.has(token.lower) && phrase[k - 1]!.cap);
  if (auxiliary > first) last = auxiliary;
  const trimmed = personBeforeOf(phrase.slice(first, last));
  return hasHead(trimmed) ? trimmed : undefined;
}

/** The noun phrase that ends at `end`, read leftwards. */
export function phraseEndingAt(view: readonly Token[], end: number, floor: number): Token[] | undefined {
  if (end < floor) return undefined;
  if (isPronoun(view[end])) return [view[end]!];
  let j = end;
  const head = view[end]!;
  if (head.kind === 'word' && !head.cap && !isSpeakerPhraseWord(head)) {
    if (isReportingVerb(head) || VERB_MODIFIERS.has(head.lower)) return undefined;
    // "Des militaires putschistes ont annoncé", "unos militares golpistas": in another language an adjective may follow
    // the role it describes; the role heads the phrase.
    if (!analysingEnglish() && end - 1 >= floor && view[end - 1]!.kind === 'word' && !view[end - 1]!.cap && isRoleNoun(view[end - 1]!.lower))
      return phraseEndingAt(view, end - 1, floor);
    // "The band posted", "the two countries said": any noun after an article and its modifiers can speak.
    let k = end - 1;
    // "the Nasser hospital", "the UN agency": a name may modify the noun too; "a March 2024 UN report": so may a
    // date, which does not count towards the modifiers.
    let dates = 0;
    while (
      k >= floor &&
      end - k - dates < 4 &&
      view[k]!.kind === 'word' &&
      (NOUN_PHRASE_WORDS.has(view[k]!.lower) || isNameWord(view[k]!) || (isDateWord(view[k]!) && ++dates > 0)) &&
      !ARTICLES.has(view[k]!.lower)
    )
      k--;
    // "Mrs Lee's family said", "Iran's judiciary said": in English a possessive name right before the noun is its determiner.
    const owner = end - 1;
    // The noun is a plain one: not a function word ("CCTV's and …") nor a gerund ("Lee's killing was …").
    const plainNoun = !isFunctionWord(head) && !head.lower.endsWith('ing');
    if (analysingEnglish() && plainNoun && owner > k && owner >= floor && POSSESSIVE.test(view[owner]!.text) && isNameWord(view[owner]!)) {
      let first = owner;
      while (first - 1 >= floor && owner - first < 3 && view[first - 1]!.kind === 'word' && view[first - 1]!.cap && !ARTICLES.has(view[first - 1]!.lower))
        first--;
      return view.slice(first, end + 1);
    }
    // "one user wrote", "another Weibo user posted": a determiner of number opens the phrase as an article does.
    const counted = k + 1 < end && opensNounPhrase(view[k + 1]!) && !ARTICLES.has(view[k + 1]!.lower) && (k < floor || !ARTICLES.has(view[k]!.lower));
    if (counted) return view.slice(k + 1, end + 1);
    // "Yassin Kamel a été condamné": in another language English "a" is no article ("a" is French "has").
    if (k < floor || !ARTICLES.has(view[k]!.lower) || (!analysingEnglish() && ENGLISH_INDEFINITE.has(view[k]!.lower))) return undefined;
    // German writes every noun with a capital: "…, die gekürzt veröffentlicht wurde" is a relative clause, not a subject.
    if (PHRASE_GRAMMAR.capitalisedNouns && !view.slice(k + 1, end + 1).some((token) => token.cap)) return undefined;
    return view.slice(k, end + 1);
  }
  while (j >= floor && end - j < MAX_PHRASE) {
    const token = view[j]!;
    if (ARTICLES.has(token.lower)) {
      // An article opens the noun phrase: nothing to its left belongs to it.
      j--;
      break;
    }
    if (isSpeakerPhraseWord(token)) j--;
    // "an October 2025 UN inquiry": a year inside the phrase, after its article.
    else if (YEAR.test(token.text) && j > floor && (isDateWord(view[j - 1]!) || ARTICLES.has(view[j - 1]!.lower))) j--;
    else if ((token.text === '’' || token.text === "'") && /s$/i.test(view[j - 1]?.text ?? '')) j--;
    else if (token.text === '.' && j - 1 >= floor && view[j - 1]!.kind === 'word' && isShortOrTitle(view[j - 1]!)) j--;
    else if (isPlainModifier(token) && j - 1 >= floor && (ARTICLES.has(view[j - 1]!.lower) || isPlainModifier(view[j - 1]!))) {
      // "a rebel commander", "a fisheries official": ordinary adjectives between an article and the head.
      let k = j - 1;
      while (k >= floor && j - k < 3 && isPlainModifier(view[k]!)) k--;
      if (k < floor || !ARTICLES.has(view[k]!.lower)) break;
      j = k - 1;
      break;
    } else break;
  }
  return trimPhrase(view.slice(j + 1, end + 1));
}

function isPlainModifier(token: Token): boolean {
  return token.kind === 'word' && !token.cap && !isReportingVerb(token) && !VERB_MODIFIERS.has(token.lower) && !isFunctionWord(token);
}

/** Words that name a day or a part of one, skipped between a subject and its verb ("Pravda on Tuesday accused"); a pack adds its own. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'month',
  'year',
  'weekend',
]);
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words before a time word that make one phrase of it ("on Tuesday"); a pack adds its own ("am Mittwoch"). */
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'in', 'late', 'early']);
/** Relative pronouns between a subject and its verb ("X, a minister, who said"); a language pack adds its own ("qui", "quien"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/** Words, one to three, that end a main clause and open another with its own subject in the analysed language; none in English. */
export const CLAUSE_EDGES: ReadonlySet<string> = new Set();

/** Words that open a relative clause after an article in the analysed language ("en la que"); none in English. */
export const ARTICLE_RELATIVES: ReadonlySet<string> = new Set();
// An appositive opens in lower case or a number ("a commander", "now in his 70s", "who led the team"), or with
// someone's possessive ("Trump’s son-in-law").
const APPOSITIVE_START = /^(?:\p{Ll}|\d|\p{Lu}[\p{L}.-]*['’]s$)/u;

/**
 * Whether the comma-delimited segment ending at `comma` is an introductory phrase ("At U.N. headquarters in New York,",
 * "Réagissant à la nouvelle,"), so the segment after it is the subject, not an apposition to skip.
 */
function introducesSentence(view: readonly Token[], comma: number, floor: number): boolean {
  let k = comma - 1;
  while (k >= floor && view[k]!.text !== ',' && view[k]!.kind !== 'quote') k--;
  const first = view[k + 1];
  return k < floor && first !== undefined && (INTRO_PREPOSITIONS.has(first.lower) || opensParticipleClause(view, k + 1));
}

/** English nouns spelt like adverbs in "-ly", which can head a subject ("the family said", "the daily reported"). */
const LY_NOUNS: ReadonlySet<string> = new Set([
  'family',
  'ally',
  'assembly',
  'rally',
  'supply',
  'reply',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'anomaly',
  'monopoly',
  'bully',
]);

/**
 * "The communique specifically mentioned", "Lee first told the judges": in English a manner adverb in "-ly", or "first",
 * may stand between a subject and its verb.
 */
function isEnglishVerbAdverb(token: Token): boolean {
  if (!analysingEnglish() || token.kind !== 'word' || token.cap) return false;
  if (token.lower === 'first') return true;
  return /^\p{Ll}{3,}ly$/u.test(token.lower) && !LY_NOUNS.has(token.lower) && !isSpeakerPhraseWord(token);
}

/** Skips adverbs, time phrases and relative pronouns leftwards from `j`. */
function skipToSubject(view: readonly Token[], j: number, floor: number): number {
  for (;;) {
    while (j >= floor && view[j]!.kind === 'word' && (VERB_MODIFIERS.has(view[j]!.lower) || isEnglishVerbAdverb(view[j]!))) j--;
    if (j >= floor && TIME_WORDS.has(view[j]!.lower)) {
      let k = j - 1;
      while (k >= floor && TIME_WORDS.has(view[k]!.lower)) k--;
      if (k >= floor && TIME_LEADS.has(view[k]!.lower)) {
        j = k - 1;
        continue;
      }
      // "released a memo Friday saying": a bare day name between the subject and the verb.
      if (['today', 'yesterday', 'tonight'].includes(view[j]!.lower) || (WEEKDAYS.has(view[j]!.lower) && j > floor)) {
        j--;
        continue;
      }
    }
    // "The National Union of Teachers (NUT) said", "Kim Dale (right) also said": a short aside in brackets after the subject.
    if (j >= floor && view[j]!.text === ')') {
      let open = j - 1;
      while (open >= floor && j - open <= 4 && view[open]!.kind === 'word') open--;
      if (open >= floor && open < j - 1 && view[open]!.text === '(') {
        j = open - 1;
        continue;
      }
    }
    if (j >= floor && RELATIVE_PRONOUNS.has(view[j]!.lower)) return j - 1;
    // "Губернатор X в своем Telegram-канале написал": where every noun is not capitalised and the subject comes first, a
    // short phrase of place between the subject and the verb is passed over; a capitalised preposition opens a sentence.
    if (!PHRASE_GRAMMAR.capitalisedNouns && PLACE_PREPOSITIONS.size > 0 && j > floor && view[j]!.kind === 'word') {
      let open = j;
      while (open > floor && j - open < 3 && view[open]!.kind === 'word' && !PLACE_PREPOSITIONS.has(view[open]!.lower)) open--;
      if (PLACE_PREPOSITIONS.has(view[open]!.lower) && !view[open]!.cap && open > floor && view[open - 1]!.kind === 'word' && view[open - 1]!.cap) {
        j = open - 1;
        continue;
      }
    }
    // "M. Martin qui, pendant sa campagne, avait jugé …": in another language an aside in commas may stand between
    // the relative pronoun and its verb.
    if (DEFINITE_ARTICLES.size > 0 && j > floor && view[j]!.text === ',') {
      let open = j - 1;
      while (open > floor && j - open <= 6 && view[open]!.kind === 'word') open--;
      if (open > floor && open < j - 1 && view[open]!.text === ',' && RELATIVE_PRONOUNS.has(view[open - 1]!.lower)) return open - 2;
    }
    return j;
  }
}

/** The subject of the verb at `verb`: "Mr Kim also said", "John Smith, a spokesman, said". */
export function subjectBefore(view: readonly Token[], verb: number, floor: number): Token[] | undefined {
  const owner = participleOwner(view, verb, floor);
  if (owner) return owner;
  const phrase = subjectPhrase(view, verb, floor);
  if (!phrase) return undefined;
  // "an English-language report": a noun, not a verb with a subject.
  if (NOUN_LIKE_VERBS.has(view[verb]!.lower) && phrase.some((token) => token.lower === 'a' || token.lower === 'an')) return undefined;
  // "wrote withering Facebook posts": a name after a plain lower-case word modifies the noun, as in a compound.
  if (NOUN_LIKE_VERBS.has(view[verb]!.lower) && analysingEnglish() && phrase.every((token) => token.cap && isNameWord(token))) {
    const lead = view[view.indexOf(phrase[0]!) - 1];
    if (lead && isPlainModifier(lead) && !isRoleNoun(lead.lower) && !CLAUSE_STARTS.has(lead.lower) && !TIME_WORDS.has(lead.lower)) return undefined;
  }
  // "in its final report": a possessive and an adjective before the word make it a noun.
  const head = phrase[phrase.length - 1]!;
  if (NOUN_LIKE_VERBS.has(view[verb]!.lower) && POSSESSIVE_DETERMINERS.has(phrase[0]!.lower) && !head.cap && !isRoleNoun(head.lower)) return undefined;
  // "via the same post", "in the latest report": an article and an adjective of order before the word make it a noun.
  if (
    NOUN_LIKE_VERBS.has(view[verb]!.lower) &&
    phrase.length >= 2 &&
    ARTICLES.has(phrase[0]!.lower) &&
    phrase.slice(1).every((token) => ORDER_ADJECTIVES.has(token.lower))
  )
    return undefined;
  return extendOverPreposition(view, phrase, floor);
}

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our']);

/** Adjectives of order and sameness, which only ever modify a noun ("the same post", "the latest report"), never head a subject. */
const ORDER_ADJECTIVES: ReadonlySet<string> = new Set([
  'same',
  'latest',
  'last',
  'first',
  'final',
  'new',
  'recent',
  'earlier',
  'previous',
  'original',
  'following',
  'next',
  'initial',
  'separate',
  'further',
  'second',
  'third',
  'joint',
  'annual',
]);

/** Lower-case participles that tie a speaker to a place or body ("working in", "based in", "stationed at"). */
const PARTICIPLE_MODIFIER = /^(?:\p{Ll}+ing|based|stationed|deployed|located|employed)$/u;

/** "More than a dozen aid agencies", "residents": a bare plural noun and the plain words before it. */
function pluralNounRun(view: readonly Token[], end: number, floor: number): Token[] | undefined {
  const head = view[end]!;
  if (!isPlainModifier(head) || !/[^s]s$/.test(head.lower)) return undefined;
  let k = end;
  while (k - 1 >= floor && end - k < 3 && isPlainModifier(view[k - 1]!)) k--;
  return view.slice(k, end + 1);
}

/** "a spokesman for the Commission", "an official in the town of X": the speaker is the phrase before the preposition. */
function extendOverPreposition(view: readonly Token[], phrase: Token[], floor: number): Token[] {
  let best = phrase;
  let current = phrase;
  for (let level = 0; level < 3; level++) {
    const start = view.indexOf(current[0]!);
    const preposition = view[start - 1];
    // "a source close to the singer said", "a person familiar with the plan", "an official with direct knowledge of
    // the talks": the one who knows speaks, not the thing they know about.
    const framed = preposition === undefined ? -1 : sourcingFrameEnd(view, start - 1, floor);
    const closeTo = framed >= 0;
    const attaches =
      preposition !== undefined &&
      (POST_MODIFIERS.has(preposition.lower) || PLACE_MODIFIERS.has(preposition.lower) || ORIGIN_PREPOSITIONS.has(preposition.lower));
    if (!preposition || (!attaches && !closeTo) || start - 2 < floor || isPronoun(current[0])) break;
    // "aid agencies working in the territory said": a participle between the speaker and the preposition.
    const participle = (closeTo || PARTICIPLE_MODIFIER.test(view[start - 2]!.text)) && start - 3 >= floor;
    const outerEnd = closeTo ? framed : participle ? start - 3 : start - 2;
    const outer = phraseEndingAt(view, outerEnd, floor) ?? (participle ? pluralNounRun(view, outerEnd, floor) : undefined);
    if (!outer || isPronoun(outer[0])) break;
    const head = outer[outer.length - 1]!;
    if (preposition.lower === 'of' && isNameWord(head) && isNameWord(current[current.length - 1]!)) {
      current = view.slice(view.indexOf(outer[0]!), start + current.length);
      if (best === phrase || level === 0) best = current;
      continue;
    }
    current = outer;
    // "an official in the town of X": walk past generic nouns to the role, thing or name that speaks.
    if (participle || isRoleNoun(head.lower) || SPEAKING_THINGS.has(head.lower) || isNameWord(head) || ELIDED_NAME.pattern?.test(head.text)) best = outer;
  }
  return best;
}

/** Words of the analysed language that tie a past participle to its complement ("par", "de", "d’"); none for English. */
export const PARTICIPLE_LINKS: Set<string> = new Set<string>();

/**
 * "des experts réunis par le ministère", "les sénateurs chargés d’étudier le budget": a past participle after the
 * speaker's noun opens a complement whose object is not the subject; the phrase before the participle, if any.
 */
function participleOwner(view: readonly Token[], verb: number, floor: number): Token[] | undefined {
  const participle = PACK_FORMS.pastParticiple;
  if (!participle || PARTICIPLE_LINKS.size === 0) return undefined;
  for (let k = verb - 2; k - 1 > floor && verb - k <= PARTICIPLE_REACH; k--) {
    const token = view[k]!;
    if (token.kind !== 'word') return undefined;
    const link = view[k + 1]!.lower;
    const linked = PARTICIPLE_LINKS.has(link) || [...PARTICIPLE_LINKS].some((word) => /['’]$/.test(word) && link.startsWith(word));
    // "le rapport publié par le ministère": a participle with its complement, even of a speech verb, is no verb of the clause.
    const opens = !token.cap && participle.test(token.lower) && linked;
    // A clause of its own ("…, et a déclaré", "qui a dit") or another verb ends the subject's phrase.
    if (!opens && (isReportingVerb(token) || VERB_JOINS.has(token.lower) || RELATIVE_PRONOUNS.has(token.lower) || PACK_AUXILIARIES.has(token.lower)))
      return undefined;
    if (!opens) continue;
    const owner = phraseEndingAt(view, k - 1, floor) ?? pluralNounRun(view, k - 1, floor);
    return owner && !isPronoun(owner[0]) ? owner : undefined;
  }
  return undefined;
}

/** How far before its verb a participle's complement may reach ("chargés d’étudier le projet de loi de finances pour 2024"). */
const PARTICIPLE_REACH = 12;

/** Words that tie a source to what they know, each with the preposition it takes ("familiar with", "close to"). */
const SOURCING_FRAMES: ReadonlyMap<string, string> = new Map([
  ['close', 'to'],
  ['closest', 'to'],
  ['familiar', 'with'],
  ['briefed', 'on'],
  ['involved', 'in'],
  ['aware', 'of'],
]);
/** Adjectives between "with" and "knowledge" ("with direct knowledge of"). */
const KNOWLEDGE_MODIFIERS: ReadonlySet<string> = new Set(['direct', 'first-hand', 'firsthand', 'intimate', 'detailed', 'inside', 'some', 'personal']);

/**
 * Where the phrase of a source ends before the frame that ties them to what they know ("a source close to", "people
 * familiar with", "an aide with direct knowledge of"), given the frame's preposition; -1 when there is no such frame.
 */
function sourcingFrameEnd(view: readonly Token[], preposition: number, floor: number): number {
  const word = view[preposition]!.lower;
  const before = view[preposition - 1]?.lower ?? '';
  if (preposition - 2 >= floor && SOURCING_FRAMES.get(before) === word) return preposition - 2;
  if (word !== 'of' || before !== 'knowledge') return -1;
  let k = preposition - 2;
  while (k >= floor && KNOWLEDGE_MODIFIERS.has(view[k]!.lower)) k--;
  return k - 1 >= floor && view[k]!.lower === 'with' ? k - 1 : -1;
}

/** Prepositions that tie a role to its place in a language without articles ("источник в правительстве"); empty for English. */
export const ROLE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set<string>();

/** Most lower-case words between a role's preposition and the verb ("источник в одной крупной сети утверждает"). */
const ROLE_PLACE_WORDS = 4;

/** "источник в крупной киносети утверждает": a role, a preposition of place and lower-case words up to the verb. */
function roleBeforePlace(view: readonly Token[], end: number, floor: number): Token[] | undefined {
  for (let k = end; k > floor && end - k < ROLE_PLACE_WORDS; k--) {
    const token = view[k]!;
    if (token.kind !== 'word' || token.cap) return undefined;
    if (ROLE_PLACE_PREPOSITIONS.has(token.lower) && k < end && view[k - 1]!.kind === 'word' && isRoleNoun(view[k - 1]!.lower))
      return view.slice(k - 1, end + 1);
  }
  return undefined;
}

/** English prepositions after which a reporting verb's form can only be an adjective or a noun ("of direct", "in reply"). */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'from', 'with', 'without', 'by', 'for', 'about', 'into', 'under']);

/** Words that single out members of a group named before them ("…, including the author Ann Lee, who said"). */
const SINGLING_OUT: ReadonlySet<string> = new Set(['including', 'notably', 'especially', 'among']);

function subjectPhrase(view: readonly Token[], verb: number, floor: number): Token[] | undefined {
  const previous = view[verb - 1];
  // "the military's demand", "a report": after a possessive or an article the "verb" is a noun.
  if (previous && (POSSESSIVE.test(previous.text) || (ARTICLES.has(previous.lower) && !VERB_MODIFIERS.has(previous.lower)))) return undefined;
  // "in the form of direct supplies", "with direct knowledge": in English no finite verb follows a preposition, so the
  // word is an adjective or a noun; a gerund may ("after calling it …"), and is left to the participle rules.
  if (analysingEnglish() && previous && NOUN_PREPOSITIONS.has(previous.lower) && !view[verb]!.lower.endsWith('ing')) return undefined;
  let j = skipToSubject(view, verb - 1, floor);
  if (j < floor) return undefined;
  // Appositives between subject and verb ("Abu Khaled, a commander in the Front, told"): skip each one.
  while (view[j]!.text === ',' && verb - j <= MAX_DISTANCE) {
    let k = j - 1;
    while (k >= floor && view[k]!.text !== ',' && view[k]!.kind !== 'quote') k--;
    const segmentStart = k + 1;
    const segment = view[segmentStart];
    if (!segment || segmentStart >= j) return undefined;
    // "support for the lawyer, including the author Ann Lee, who wrote": a relative clause after someone singled out
    // of a group by "including" is that person's.
    if (analysingEnglish() && SINGLING_OUT.has(segment.lower) && RELATIVE_PRONOUNS.has(view[j + 1]?.lower ?? '') && segmentStart + 1 < j)
      return phraseEndingAt(view, j - 1, segmentStart + 1);
    if (
      k >= floor &&
      view[k]!.text === ',' &&
      // "Jean Martin, Directeur du journal X, a dit": another language's copy may capitalise a role in apposition.
      (APPOSITIVE_START.test(segment.text) ||
        (DEFINITE_ARTICLES.size > 0 && isRoleNoun(segment.lower) && view[segmentStart + 1]?.kind === 'word' && !view[segmentStart + 1]!.cap)) &&
      !CLAUSE_STARTS.has(segment.lower) &&
      !introducesSentence(view, k, floor)
    ) {
      // "The host of the party, businessman Harald Christ, said": a person's full name closing the apposition is the
      // speaker the description before it stands for; "Ann Lee, a spokeswoman, said" keeps the name before.
      const apposed = apposedName(view, segmentStart, j);
      if (apposed && !(view[k - 1]?.cap && isNameWord(view[k - 1]!) && view[k - 2]?.cap && isNameWord(view[k - 2]!))) return apposed;
      j = k;
      continue;
    }
    // "Dr Angela Rasmussen, an expert at Columbia University, New York, said": a place closing an appositive.
    if (k >= floor && view[k]!.text === ',' && verb - k <= MAX_DISTANCE) {
      let k2 = k - 1;
      while (k2 >= floor && view[k2]!.text !== ',' && view[k2]!.kind !== 'quote') k2--;
      const outer = view[k2 + 1];
      if (
        k2 >= floor &&
        view[k2]!.text === ',' &&
        outer &&
        /^\p{Ll}/u.test(outer.text) &&
        !CLAUSE_STARTS.has(outer.lower) &&
        !introducesSentence(view, k2, floor)
      ) {
        j = k2;
        continue;
      }
    }
    // "Der Vorsitzende, Michael Roth (SPD), sagte": in a verb-second language a party in brackets may close the name.
    const end = PHRASE_GRAMMAR.verbSecond && view[j - 1]?.text === ')' ? skipToSubject(view, j - 1, segmentStart) : j - 1;
    return phraseEndingAt(view, end, segmentStart);
  }
  if (ROLE_PLACE_PREPOSITIONS.size === 0) return phraseEndingAt(view, j, floor);
  return roleBeforeNamedPlace(view, j, floor) ?? phraseEndingAt(view, j, floor) ?? roleBeforePlace(view, j, floor);
}

/** Most words that may describe a person before their name in an apposition ("the company's chief executive"). */
const APPOSITION_DESCRIPTOR_WORDS = 4;

/**
 * The full name of two or more words that closes an apposition between `start` and `end` after a descriptor
 * ("businessman Harald Christ", "der Unternehmer Harald Christ"), or undefined; a name after a preposition ("a
 * spokeswoman for Acme Corp") is where the person works.
 */
function apposedName(view: readonly Token[], start: number, end: number): Token[] | undefined {
  let first = end;
  while (first - 1 > start && view[first - 1]!.kind === 'word' && view[first - 1]!.cap && isNameWord(view[first - 1]!)) first--;
  const before = view[first - 1]!;
  // "Haque, who was studying under the Global Korea Scholarship, said": a relative clause, or a long description,
  // names what the subject does, not who the subject is.
  if (first - start > APPOSITION_DESCRIPTOR_WORDS || RELATIVE_PRONOUNS.has(view[start]!.lower)) return undefined;
  if (end - first < 2 || before.kind !== 'word' || isPronoun(before) || (isFunctionWord(before) && !ARTICLES.has(before.lower))) return undefined;
  if (POST_MODIFIERS.has(before.lower) || PLACE_MODIFIERS.has(before.lower)) return undefined;
  const name = view.slice(first, end);
  // A body ("Acme Corp", "Foreign Affairs") ends in a word that speaks for an organisation, or in an acronym.
  const last = name[name.length - 1]!;
  const body = SPEAKING_THINGS.has(last.lower) || NAME_NOUNS.has(last.lower) || isAcronym(last);
  return body ? undefined : name;
}

/**
 * "один из очевидцев в Пулково рассказал", "источник в Минфине сказал": a role (or a role and its holder's name)
 * tied by a preposition of place to a name, before the verb. The person speaks, not the place, so the phrase ends
 * before the preposition.
 */
function roleBeforeNamedPlace(view: readonly Token[], end: number, floor: number): Token[] | undefined {
  for (let k = end; k > floor && end - k < ROLE_PLACE_WORDS; k--) {
    const token = view[k]!;
    if (token.kind !== 'word') return undefined;
    if (token.cap) continue;
    if (!ROLE_PLACE_PREPOSITIONS.has(token.lower) || k === end || !view[k + 1]!.cap) return undefined;
    // The role, with a name or a complement after it ("министр Иван Петров в Казани", "представитель компании в Казани").
    let role = k - 1;
    while (role > floor && k - role <= 3 && view[role]!.kind === 'word' && !isRoleNoun(view[role]!.lower)) role--;
    return role >= floor && view[role]!.kind === 'word' && isRoleNoun(view[role]!.lower) ? phraseEndingAt(view, k - 1, floor) : undefined;
  }
  return undefined;
}

/** Most lower-case words (adjectives) between an inverted verb and the role they describe ("бывший главный стратег"). */
const ROLE_AFTER_ADJECTIVES = 3;

/** The subject after an inverted verb: `,” said Mr Kim`. */
export function subjectAfter(view: readonly Token[], verb: number): Token[] | undefined {
  const phrase = invertedSubject(view, verb);
  // "— рассказал бывший главный стратег Белого дома Стив Бэннон": adjectives before the role may hide it from the
  // phrase; the role a few words on still leads to the name that closes the clause.
  if (PHRASE_GRAMMAR.trailingName && (!phrase || !phrase.some((token) => isRoleNoun(token.lower)))) {
    let role = verb + 1;
    while (role < view.length && role - verb <= ROLE_AFTER_ADJECTIVES && view[role]!.kind === 'word' && !view[role]!.cap && !isRoleNoun(view[role]!.lower))
      role++;
    const named = isRoleNoun(view[role]?.lower ?? '') && role > verb + 1 ? trailingName(view, role + 1) : undefined;
    if (named) return named;
  }
  // "bezeichnete der Sprecher der SPD, Schmid, den Vorschlag als …": a name set off by commas after a role is its holder.
  if (!analysingEnglish() && phrase && phrase.some((token) => isRoleNoun(token.lower)) && !endsWithName(phrase)) {
    const comma = view.indexOf(phrase[phrase.length - 1]!) + 1;
    let end = comma + 1;
    while (end < view.length && end - comma <= 3 && view[end]!.kind === 'word' && view[end]!.cap && isNameWord(view[end]!)) end++;
    if (view[comma]?.text === ',' && end > comma + 1 && (view[end] === undefined || view[end]!.text === ',' || view[end]!.text === '.'))
      return view.slice(comma + 1, end);
  }
  if (!PHRASE_GRAMMAR.trailingName || !phrase || !phrase.some((token) => isRoleNoun(token.lower)) || endsWithName(phrase)) return phrase;
  return trailingName(view, view.indexOf(phrase[phrase.length - 1]!) + 1) ?? phrase;
}

/** Whether a phrase already ends with a name of two or more words ("министр Сергей Лавров"). */
function endsWithName(phrase: readonly Token[]): boolean {
  const last = phrase[phrase.length - 1];
  const before = phrase[phrase.length - 2];
  return last !== undefined && before !== undefined && last.cap && before.cap && isNameWord(last) && isNameWord(before);
}

/** What the analysed language's pack says about speaker phrases; English keeps the defaults. */
export const PHRASE_GRAMMAR: {
  trailingName: boolean;
  verbSecond: boolean;
  attributeEnding: RegExp | undefined;
  attributePrepositions: readonly string[];
  capitalisedNouns: boolean;
  articlePronouns: Readonly<Record<string, string>> | undefined;
  objectPronouns: Readonly<Record<string, string>> | undefined;
} = {
  articlePronouns: undefined,
  objectPronouns: undefined,
  trailingName: false,
  capitalisedNouns: false,
  verbSecond: false,
  attributeEnding: undefined,
  attributePrepositions: [],
};

/**
 * "sagt die Leiterin der Nachrichtenseite … in den USA, Jenny Town.", "заявила заместитель пресс-секретаря Белого дома
 * Анна Келли.": a role phrase after an inverted verb may run on to the name of its holder, which closes the sentence.
 */
function trailingName(view: readonly Token[], from: number): Token[] | undefined {
  const isName = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && token.cap && isNameWord(token);
  const closingRun = (k: number): Token[] | undefined => {
    let end = k;
    while (end < view.length && end - k < 4 && isName(view[end])) end++;
    // "der Deutschen Presse-Agentur": a medium after an article is whom the words were told, not who spoke.
    const told = ARTICLES.has(view[k - 1]?.lower ?? '') || view.slice(k, end).some(namesMedium);
    return !told && end - k >= 2 && (end >= view.length || view[end]!.text === '.') ? view.slice(k, end) : undefined;
  };
  for (let k = from; k < view.length && k - from <= 24; k++) {
    const token = view[k]!;
    // A comma opens either the name in apposition or another clause, whose names are not the speaker's.
    if (token.text === ',') return closingRun(k + 1);
    if (token.kind !== 'word' && token.kind !== 'quote') return undefined;
    if (!isName(token) || !isName(view[k + 1])) continue;
    const run = closingRun(k);
    if (run) return run;
    while (isName(view[k + 1])) k++;
  }
  return undefined;
}

/**
 * "— рассказал «Известиям» депутат …", "— поделился с телеканалом «Звезда» министр …": in a verb-second language a
 * quoted outlet the words were told to (with its noun and preposition) stands between the verb and its subject; the
 * index of the outlet's last token, or -1 when none is there.
 */
function outletSpokenTo(view: readonly Token[], verb: number): number {
  if (!PHRASE_GRAMMAR.verbSecond) return -1;
  let k = verb + 1;
  // "— сказал ТАСС источник", "— сообщил РИА Новости собеседник": a name before a lower-case role is the one told, since
  // a role comes before its holder's name.
  let named = k;
  while (named - k < 3 && view[named]?.kind === 'word' && view[named]!.cap) named++;
  const role = view[named];
  if (named > k && role?.kind === 'word' && !role.cap && isRoleNoun(role.lower)) return named - 1;
  while (k - verb <= 2 && view[k]?.kind === 'word' && !view[k]!.cap && !namesMedium(view[k])) k++;
  if (k > verb + 1 && !namesMedium(view[k])) return -1;
  if (namesMedium(view[k])) k++;
  const next = view[k + 1];
  if (view[k]?.kind !== 'quote' || next?.kind !== 'word' || !(isRoleNoun(next.lower) || (next.cap && isNameWord(next)))) return -1;
  return k;
}

/**
 * ",” said another voter.", ",” wrote a Weibo user on Monday": an English noun phrase opened by an article or a
 * determiner of number runs on to its head noun, a plain word the lexicon need not know, when the phrase read so far
 * has no head yet. Returns the new end of the phrase (exclusive).
 */
function nounAfterOpener(view: readonly Token[], start: number, end: number): number {
  if (!analysingEnglish() || end <= start || !opensNounPhrase(view[start]!)) return end;
  const last = view[end - 1]!;
  if (isRoleNoun(last.lower) || SPEAKING_THINGS.has(last.lower) || isPronoun(last)) return end;
  let k = end;
  while (k < view.length && k - end < 2 && isPlainModifier(view[k]!) && !TIME_WORDS.has(view[k]!.lower) && !/(?:ed|ing|ly)$/.test(view[k]!.lower)) k++;
  const next = view[k];
  const closes = next === undefined || next.kind !== 'word' || isFunctionWord(next) || RELATIVE_PRONOUNS.has(next.lower);
  return k > end && closes ? k : end;
}

function invertedSubject(view: readonly Token[], verb: number): Token[] | undefined {
  const outlet = outletSpokenTo(view, verb);
  if (outlet >= 0) return invertedSubject(view, outlet);
  let j = verb + 1;
  if (isPronoun(view[j])) return [view[j]!];
  // "„…“, antwortete der.", "sagte die, …": an article that closes the clause has no noun and is a pronoun; any word
  // after it may open a noun phrase ("sagte die in dem Ort tätige Ärztin").
  const standsFor =
    view[j] && Object.hasOwn(PHRASE_GRAMMAR.articlePronouns ?? {}, view[j]!.lower) ? PHRASE_GRAMMAR.articlePronouns![view[j]!.lower] : undefined;
  if (standsFor && (view[j + 1] === undefined || view[j + 1]!.kind !== 'word')) return [{ ...view[j]!, lower: standsFor }];
  // ",” said lead impeachment manager Jamie Raskin": lower-case descriptors before the name are passed over.
  let descriptors = 0;
  while (descriptors < 3) {
    const descriptor = view[j + descriptors];
    if (
      descriptor === undefined ||
      descriptor.kind !== 'word' ||
      descriptor.cap ||
      isSpeakerPhraseWord(descriptor) ||
      isFunctionWord(descriptor) ||
      isReportingVerb(descriptor)
    )
      break;
    descriptors++;
  }
  const described =
    descriptors > 0 && view[j + descriptors] !== undefined && isSpeakerPhraseWord(view[j + descriptors]!) && !isFunctionWord(view[j + descriptors]!);
  if (described) j += descriptors;
  const skipped = skipPackPhrases(view, skipAdverbials(view, verb + 1));
  const led = packArticlePhraseAfter(view, skipped);
  if (led) return led;
  // "explique au Parisien Jean Dupont", "a salué sur X Jean Dupont": a full name right after the phrase passed over.
  if (skipped > verb + 1 && view[skipped]?.cap && isNameWord(view[skipped]!)) {
    let k = skipped;
    while (k < view.length && k - skipped < 4 && view[k]!.cap && isNameWord(view[k]!)) k++;
    if (k - skipped >= 2) return view.slice(skipped, k);
  }
  // ",” explicaron desde el entorno del ministro": with no subject, the body the words come from speaks.
  const source = sourceAfter(view, verb + 1);
  if (source) return source;
  // After an inverted verb the phrase may run long: "cautioned R.T. Weatherman Foundation president Meaghan Mobbs".
  const packLanguage = !analysingEnglish();
  // ",” explicó a La Estrella de Panamá.", "calificó a la Estrategia": with no subject after it, the phrase a pack's
  // object marker opens is whom the words were said to or of; the dropped subject speaks.
  if (OBJECT_MARKERS.has(view[j]?.lower ?? '')) return undefined;
  while (j < view.length && j - verb <= MAX_PHRASE + 4) {
    const token = view[j]!;
    // "ha asegurado Ruiz a Europa Press", "dijo Ruiz a la cadena X": in another language "a" after a name opens the person spoken to.
    if (packLanguage && j > verb + 1 && view[j - 1]!.cap && DATIVE_PREPOSITIONS.has(token.lower)) break;
    if (j > verb + 1 && view[j - 1]!.cap && OBJECT_ARTICLES.has(token.lower)) break;
    if (isSpeakerPhraseWord(token)) j++;
    else if (token.text === '.' && view[j - 1]!.kind === 'word' && isShortOrTitle(view[j - 1]!) && isNameWord(view[j + 1] ?? token)) j++;
    // "глава Белого дома": a capitalised adjective in the genitive goes on to its noun.
    else if (token.kind === 'word' && !token.cap && view[j - 1]!.cap && PACK_NAMES.genitiveAdjective?.test(view[j - 1]!.lower)) j++;
    else break;
  }
  j = nounAfterOpener(view, described ? verb + 1 + descriptors : verb + 1, j);
  const phrase = trimPhrase(view.slice(described ? verb + 1 + descriptors : verb + 1, j));
  const head = phrase?.[phrase.length - 1];
  if (head && isRoleNoun(head.lower) && view[j]?.text === ',' && view[j + 1] && isNameWord(view[j + 1]!)) {
    // ",” recalled his widow, Marta Kowalski": the name in apposition is the speaker.
    let k = j + 1;
    while (k < view.length && k - j <= 4 && isNameWord(view[k]!)) k++;
    return trimPhrase(view.slice(j + 1, k)) ?? phrase;
  }
  return phrase;
}

/** Prepositions of the analysed language that name where unattributed words come from ("desde el Gobierno"); empty for English. */
export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set<string>();

/** Indefinite articles of the languages whose packs name source prepositions ("desde un megáfono"). */
const INDEFINITE_SOURCE_ARTICLES: ReadonlySet<string> = new Set(['un', 'una', 'unos', 'unas']);

/** Impersonal subjects of the analysed language ("es" in "heißt es"), which name no one; empty for English. */
export const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set<string>();

/**
 * "heißt es in der Mitteilung", "hieß es aus dem Ministerium": past an impersonal subject, a phrase of place or source
 * names the document or body whose words they are; without its article, which marks a case no subject takes.
 */
export function impersonalSource(view: readonly Token[], from: number): Token[] | undefined {
  const preposition = view[from]?.lower ?? '';
  if (!PLACE_PREPOSITIONS.has(preposition) && !SOURCE_PREPOSITIONS.has(preposition)) return undefined;
  const phrase = packArticlePhraseAfter(view, from + 1);
  return phrase && phrase.length > 1 && ARTICLES.has(phrase[0]!.lower) ? phrase.slice(1) : undefined;
}

/** The body after a source preposition that follows an inverted verb directly or after the person spoken to ("a este diario"). */
function sourceAfter(view: readonly Token[], from: number): Token[] | undefined {
  if (IMPERSONAL_SUBJECTS.has(view[from]?.lower ?? '')) return impersonalSource(view, from + 1);
  let j = from;
  // "explicaron a este diario desde …": a short dative phrase first.
  if (DATIVE_PREPOSITIONS.has(view[j]?.lower ?? '')) {
    let k = j + 1;
    while (k < view.length && k - j <= 4 && view[k]!.kind === 'word' && !SOURCE_PREPOSITIONS.has(view[k]!.lower)) k++;
    if (!SOURCE_PREPOSITIONS.has(view[k]?.lower ?? '')) return undefined;
    j = k;
  }
  if (!SOURCE_PREPOSITIONS.has(view[j]?.lower ?? '')) return undefined;
  // "proclamó desde un megáfono": an indefinite noun is where the words were said from, not a body that speaks.
  if (INDEFINITE_SOURCE_ARTICLES.has(view[j + 1]?.lower ?? '')) return undefined;
  return packArticlePhraseAfter(view, j + 1);
}

/** Prepositions of the analysed language that open a short phrase between an inverted verb and its subject ("ante", "à"); empty for English. */
export const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = new Set<string>();
/** Demonstratives of the analysed language that open a time phrase ("este martes", "ce lundi"); empty for English. */
export const TIME_DEMONSTRATIVES: ReadonlySet<string> = new Set<string>();

/**
 * "sostuvo ante los periodistas el canciller", "dijo a Reuters una fuente", "afirmó este martes en conferencia
 * de prensa el ministro", "a déclaré à la presse le ministre": short phrases between an inverted verb and
 * the article that opens its subject. Each is passed over only when an article or a name follows it.
 */
function skipPackPhrases(view: readonly Token[], from: number): number {
  let j = from;
  // "lamenta, por su parte, Ana Gil": an opening phrase between commas stands between the verb and its subject.
  if (view[j]?.text === ',') {
    for (let n = 1; n <= 4; n++) {
      const words = view.slice(j + 1, j + 1 + n);
      if (view[j + 1 + n]?.text !== ',' || words.length < n || words.some((token) => token.kind !== 'word')) continue;
      if (OPENING_PHRASES.has(words.map((token) => token.lower).join(' '))) {
        j += n + 2;
        break;
      }
    }
  }
  for (let step = 0; step < 3; step++) {
    const token = view[j];
    if (!token || token.kind !== 'word' || token.cap) break;
    // "afirmó de entrada el comunicador": an adverbial phrase without commas, when an article follows it.
    const phrase = [2, 3].find(
      (n) =>
        view.slice(j, j + n).every((word) => word.kind === 'word') &&
        OPENING_PHRASES.has(
          view
            .slice(j, j + n)
            .map((word) => word.lower)
            .join(' '),
        ) &&
        ARTICLES.has(view[j + n]?.lower ?? ''),
    );
    if (phrase !== undefined) {
      j += phrase;
      continue;
    }
    let k: number;
    if (TIME_DEMONSTRATIVES.has(token.lower) && view[j + 1]?.kind === 'word' && !view[j + 1]!.cap) k = j + 2;
    else if (ADVERBIAL_PREPOSITIONS.has(token.lower)) {
      k = j + 1;
      const article = ARTICLES.has(view[k]?.lower ?? '');
      if (article) k++;
      // "dijo al portal RPP el médico": the preposition carries the article, so a name may follow its noun.
      const articled = article || CONTRACTED_ARTICLES.has(token.lower);
      // "afirmó en un comunicado la ONG": after an article "comunicado" is the noun, not the participle.
      if (view[k]?.kind !== 'word' || (isReportingVerb(view[k]!) && !article)) break;
      // "dijo en una de sus respuestas": "una de" is one of a group, and the group's phrase is part of the adverbial.
      if (article && POST_MODIFIERS.has(view[k]!.lower) && ARTICLES.has(view[k + 1]?.lower ?? '') && view[k + 2]?.kind === 'word' && !view[k + 2]!.cap) k += 2;
      k++;
      // "dijo en sus redes sociales el senador": an adjective after the noun, before the article of the subject.
      if (article && view[k] !== undefined && isPlainModifier(view[k]!) && ARTICLES.has(view[k + 1]?.lower ?? '')) k++;
      // "dijo a la agencia AFP el ministro": a medium's name after its noun.
      const named = articled && view[k]?.kind === 'word' && view[k]!.cap && isNameWord(view[k]!);
      // "a déclaré sur France Inter la ministre": a name of several words after the preposition.
      while (k - j < 5 && (view[k - 1]!.cap || named) && view[k]?.kind === 'word' && view[k]!.cap && ARTICLES.has(view[k + 1]?.lower ?? '')) k++;
      // "a expliqué à Reuters, le fondateur …": a comma may close the name of the person spoken to.
      if (!article && view[k - 1]!.cap && view[k]?.text === ',' && ARTICLES.has(view[k + 1]?.lower ?? '')) k++;
      // "en conferencia de prensa": one complement of the noun.
      if (POST_MODIFIERS.has(view[k]?.lower ?? '') && view[k + 1]?.kind === 'word' && !view[k + 1]!.cap && !ARTICLES.has(view[k + 1]!.lower)) k += 2;
      // "hacia el final de la reunión": the complement may bring its own article.
      else if (
        CONTRACTED_ARTICLES.size > 0 &&
        POST_MODIFIERS.has(view[k]?.lower ?? '') &&
        ARTICLES.has(view[k + 1]?.lower ?? '') &&
        view[k + 2]?.kind === 'word' &&
        !view[k + 2]!.cap &&
        ARTICLES.has(view[k + 3]?.lower ?? '')
      )
        k += 3;
    } else break;
    const next = view[k];
    if (!next || next.kind !== 'word') break;
    const opensSubject = ARTICLES.has(next.lower) || ELIDED.test(next.lower) || isNameWord(next);
    if (!opensSubject && !TIME_DEMONSTRATIVES.has(next.lower) && !ADVERBIAL_PREPOSITIONS.has(next.lower)) break;
    j = k;
  }
  return j;
}

/** "s'est défendu mercredi le contre-amiral", "rappelle en préambule le président": time words and a short "en …" before the subject. */
function skipAdverbials(view: readonly Token[], from: number): number {
  let j = from;
  for (let step = 0; step < 3 && j < view.length; step++) {
    const token = view[j]!;
    if (token.kind !== 'word' || ARTICLES.has(token.lower)) break;
    // The phrase "en préambule" is tried first: its preposition may also be half of a two-word adverb ("en outre").
    if (
      INTRO_PREPOSITIONS.has(token.lower) &&
      view[j + 1]?.kind === 'word' &&
      !view[j + 1]!.cap &&
      !ARTICLES.has(view[j + 1]!.lower) &&
      ARTICLES.has(view[j + 2]?.lower ?? '')
    )
      j += 2;
    // "a expliqué à Reuters le ministre": a preposition before a name opens the person spoken to, which the next step passes over.
    else if (ADVERBIAL_PREPOSITIONS.has(token.lower) && view[j + 1]?.kind === 'word' && view[j + 1]!.cap) break;
    else if (TIME_WORDS.has(token.lower) || VERB_MODIFIERS.has(token.lower) || (INTRO_PREPOSITIONS.has(token.lower) && !isFunctionWord(token) && !token.cap))
      j++;
    else break;
  }
  return j;
}

const ELIDED = /^(\p{L}['’])\p{L}/u;
/** A name glued to an elided article ("l’Union", "d’Israël"). */
export const ELIDED_NAME_WORD = /^\p{L}['’]\p{Lu}/u;

/**
 * A subject opened by another language's article after an inverted verb: lower-case nouns and adjectives, their
 * complements and names ("ajoute le politique letton", "a mentionné le directeur général du Conseil, Norman
 * Sabourin" gives the name in apposition to the role). English keeps its own reading.
 */
/** Whether a word names a medium, as a pack's name nouns do ("Zeitung", "Presse-Agentur"). */
function namesMedium(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return NAME_NOUNS.has(token.lower) || NAME_NOUNS.has(token.lower.slice(token.lower.lastIndexOf('-') + 1));
}

/** Prepositions of the analysed language that tie a speaker to a place or platform ("in Kiew", "bei Telegram"); empty for English. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set<string>();

/** Conjunctions of the analysed language that join two roles of one person ("y" in "ministro y portavoz"); empty for English. */
export const ROLE_JOINS: ReadonlySet<string> = new Set<string>();

/** Articles of the analysed language that never open a genitive complement ("die", "den" in German); empty for English. */
export const OBJECT_ARTICLES: ReadonlySet<string> = new Set<string>();

function packArticlePhraseAfter(view: readonly Token[], start: number): Token[] | undefined {
  const article = view[start];
  if (!article || article.kind !== 'word' || ENGLISH_ARTICLES.has(article.lower)) return undefined;
  // "l’avocate", "l'expert": an elided article is one word with its noun.
  const elided = ELIDED.exec(article.lower);
  if (!ARTICLES.has(article.lower) && !(elided && ARTICLES.has(elided[1]!))) return undefined;
  let last = elided && !ARTICLES.has(article.lower) ? start : -1;
  // "teilte die in dem Gebiet aktive Armee mit": an extended attribute stands between the article and its noun.
  const attribute = last < 0 ? extendedAttributeEnd(view, start + 1) : undefined;
  const first = attribute === undefined ? start : attribute + 1;
  let j = first === start ? start + 1 : first;
  let reach = MAX_PHRASE + 4;
  while (j < view.length && j - start <= reach) {
    const token = view[j]!;
    // "el miembro del Buró Político y secretario de Organización …, Roberto Morales": a second role joined to the
    // first goes on with the phrase, which may then run longer before the name in apposition.
    if (
      ROLE_JOINS.has(token.lower) &&
      last >= 0 &&
      view[j + 1]?.kind === 'word' &&
      isRoleNoun(view[j + 1]!.lower) &&
      view.slice(start, j).some((word) => isRoleNoun(word.lower))
    ) {
      reach = MAX_PHRASE + 14;
      last = j + 1;
      j += 2;
      continue;
    }
    // "el Sr. Sánchez", "M. Macron": a title's full stop does not end the phrase.
    if (token.text === '.' && last === j - 1 && NAME_TITLES.has(view[last]!.lower) && view[j + 1] !== undefined && isNameWord(view[j + 1]!)) {
      j++;
      continue;
    }
    if (token.kind !== 'word' || PRONOUNS.has(token.lower)) break;
    // "afirmó un integrante del Poder Ejecutivo a El País": after a name, "a"/"à" opens the person spoken to.
    if (DATIVE_PREPOSITIONS.has(token.lower) && last >= 0 && view[last]!.cap) break;
    // "afirmó la ministra a los periodistas": Spanish "a"/"al" before an article or a name opens the person spoken to.
    if (
      last >= 0 &&
      (token.lower === 'al' || (token.lower === 'a' && view[j + 1] !== undefined && (ARTICLES.has(view[j + 1]!.lower) || isNameWord(view[j + 1]!))))
    )
      break;
    // "sagte der Experte der Deutschen Presse-Agentur", "dem Sender": an article before a medium opens whom the words were told.
    if (last >= 0 && ARTICLES.has(token.lower) && (token.lower === 'dem' || [1, 2, 3, 4].some((ahead) => namesMedium(view[j + ahead])))) break;
    // "teilte das Ministerium in Kiew mit", "sagte die Armee bei Telegram": where the speaker is, not who.
    if (last >= 0 && PLACE_PREPOSITIONS.has(token.lower)) break;
    // "expresó el mandatario durante su visita": a preposition of time or circumstance right after the role ends it.
    if (
      last === j - 1 &&
      isRoleNoun(view[last]!.lower) &&
      ADVERBIAL_PREPOSITIONS.has(token.lower) &&
      !DATIVE_PREPOSITIONS.has(token.lower) &&
      !CONTRACTED_ARTICLES.has(token.lower)
    )
      break;
    // "kritisierte der Minister die Übung als …": after a noun, an article of no genitive opens the object, not a complement.
    if (last >= 0 && view[last]!.cap && OBJECT_ARTICLES.has(token.lower)) break;
    if (POST_MODIFIERS.has(token.lower) || ARTICLES.has(token.lower)) {
      j++;
      continue;
    }
    if (isFunctionWord(token) || (isReportingVerb(token) && !isRoleNoun(token.lower))) break;
    // "le ministre des Affaires étrangères, Jean-Noël Barrot": an adjective after the complement, before the name in apposition.
    // "le ministre des Affaires étrangères Jean-Noël Barrot": or before a full name that closes the phrase.
    const fullNameAhead = view[j + 1]?.cap && isNameWord(view[j + 1]!) && view[j + 2]?.cap && isNameWord(view[j + 2]!);
    // "de l’Union africaine": a name glued to an elided article is a name too; "l’Agence de presse" opening the
    // phrase is its head noun.
    const afterName = last >= 0 && (view[last]!.cap || (last > start && ELIDED_NAME_WORD.test(view[last]!.text)));
    if (afterName && !token.cap && ((view[j + 1]?.text === ',' && isNameWord(view[j + 2] ?? token) && view[j + 2]!.cap) || fullNameAhead)) {
      last = j++;
      continue;
    }
    // "le ministre Jean Dupont devant la presse": a name closes the phrase, but "le Premier ministre" is one role.
    if (afterName && !token.cap && !ELIDED_NAME_WORD.test(token.text) && !(NOUN_PHRASE_WORDS.has(view[last]!.lower) && isRoleNoun(token.lower))) break;
    last = j++;
  }
  if (last < 0) return undefined;
  const phrase = view.slice(first, last + 1);
  // "el titular de la DRELM, Luis Quintanilla": a role, or a common noun right after the article, before the name in apposition.
  const described = phrase.some((token) => isRoleNoun(token.lower)) || (phrase[1] !== undefined && !phrase[1].cap);
  // "l’avocate de Yassin E., Saphia Foughar": an initial's full stop comes before the comma.
  const comma = view[last + 1]?.text === '.' && view[last]!.text.length <= 2 ? last + 2 : last + 1;
  if (view[comma]?.text === ',' && described) {
    let k = comma + 1;
    while (k < view.length && k - comma <= 4 && isNameWord(view[k]!) && view[k]!.cap) k++;
    if (k - (comma + 1) >= 2) return view.slice(comma + 1, k);
  }
  return phrase;
}

/**
 * Where an extended attribute opened by a preposition right after an article ends ("die [in dem Gebiet aktive] Armee"):
 * the first lower-case word with an attributive ending before a noun or another adjective; none for English.
 */
function extendedAttributeEnd(view: readonly Token[], from: number): number | undefined {
  const ending = PHRASE_GRAMMAR.attributeEnding;
  const preposition = view[from];
  if (!ending || !preposition || preposition.kind !== 'word' || preposition.cap) return undefined;
  const opensAttribute = (word: Token): boolean =>
    PLACE_PREPOSITIONS.has(word.lower) || POST_MODIFIERS.has(word.lower) || PHRASE_GRAMMAR.attributePrepositions.includes(word.lower);
  if (!opensAttribute(preposition)) return undefined;
  for (let k = from + 2; k < view.length && k - from <= 10; k++) {
    const token = view[k]!;
    if (token.kind !== 'word') return undefined;
    // "mit den Gesprächen in Genf vertraute": a further phrase inside the attribute goes on to its adjective.
    if (!token.cap && opensAttribute(token)) continue;
    if (isReportingVerb(token) || isFunctionWord(token)) return undefined;
    if (token.cap || ARTICLES.has(token.lower) || POST_MODIFIERS.has(token.lower) || !ending.test(token.lower)) continue;
    // "an den langen Gesprächen beteiligter": an adjective right after an article qualifies the preposition's object.
    if (ARTICLES.has(view[k - 1]!.lower)) continue;
    const next = view[k + 1];
    return next?.kind === 'word' && (next.cap || ending.test(next.lower)) ? k : undefined;
  }
  return undefined;
}

/** Verb forms of the analysed language that the speaker finder reads (a past participle's ending); none for English. */
export const PACK_FORMS: { pastParticiple: RegExp | undefined } = { pastParticiple: undefined };

/** Gerunds of the languages with packs ("diciendo", "réagissant"), which open a clause as a participle does. */
const PACK_GERUND = /(?:ando|iendo|ant)$/u;

/** "Consultado por un periodista, …", "Réagissant à la nouvelle, …": a capitalised participle opens a clause before the subject. */
function opensParticipleClause(view: readonly Token[], start: number): boolean {
  const token = view[start];
  const participle = PACK_FORMS.pastParticiple;
  if (!participle || !token || token.kind !== 'word' || !token.cap) return false;
  if (!participle.test(token.lower) && !PACK_GERUND.test(token.lower)) return false;
  // "Fernando Alonso", "Machado, …": a name goes on with a capital or stops at once; a participle takes a complement.
  const next = view[start + 1];
  return next !== undefined && next.kind === 'word' && !next.cap;
}

/**
 * "Había sido primero Aníbal Fernández el que …": an auxiliary opening the sentence puts its subject after a
 * few lower-case words; the index of that name, or `start`.
 */
function subjectAfterOpeningAuxiliary(view: readonly Token[], start: number): number {
  const token = view[start];
  if (!PACK_FORMS.pastParticiple || !token || token.kind !== 'word' || !token.cap || !VERB_MODIFIERS.has(token.lower)) return start;
  let k = start + 1;
  while (k < view.length && k - start <= 3 && view[k]!.kind === 'word' && !view[k]!.cap) k++;
  return k > start + 1 && view[k] !== undefined && isNameWord(view[k]!) && view[k]!.cap ? k : start;
}

// "Shortly afterward, Hamas decried …", "Meanwhile, the agency said …": an opening adverb is no subject.
const INTRO_ADVERB = /^(?:\p{Ll}+ly|meanwhile|meantime|later|earlier|however|afterwards?|still|instead|separately|then|also|moreover|yet)$/u;
const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'forum',
  'committee',
  'council',
  'federation',
  'association',
  'foundation',
  'institute',
  'ministry',
  'agency',
  'union',
  'party',
  'front',
  'movement',
  'organisation',
  'organization',
  'group',
  'commission',
  'center',
  'centre',
  'board',
  'society',
  'coalition',
  'alliance',
  'network',
  'league',
  'bureau',
  'office',
  'department',
  'service',
  'fund',
  'trust',
  'watch',
]);

/** Whether a capitalised run starting at `from` ends in a word that names an organisation. */
function namesOrganisationAhead(view: readonly Token[], from: number): boolean {
  let k = from;
  for (; k < view.length && k - from < 5 && view[k]!.cap; k++) if (ORGANISATION_WORDS.has(view[k]!.lower)) return true;
  // "Centers for Disease Control and Prevention chief Robert Redfield": a capitalised name that a role noun after it
  // belongs to is an organisation's.
  return k > from && view[k] !== undefined && !view[k]!.cap && isRoleNoun(view[k]!.lower) && view[k + 1]?.cap === true;
}

const QUANTIFIERS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'other', 'some', 'many', 'dozens', 'both']);
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet']);

function isDash(token: Token): boolean {
  return token.text === '-' || token.text === '—' || token.text === '–';
}

const TIME_PHRASE_ENDS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward', 'before']);

/** "Four months later,", "Two days earlier,": a short time phrase before a comma, which no subject starts. */
function opensTimePhrase(view: readonly Token[], start: number): boolean {
  for (let k = start + 1; k < view.length && k - start <= 4; k++) {
    if (view[k]!.text === ',') return TIME_PHRASE_ENDS.has(view[k - 1]!.lower);
    if (view[k]!.kind !== 'word') return false;
  }
  return false;
}

/** The end of the comma-delimited segment opening at `from` (the index of its comma), or -1 past `limit` tokens. */
function segmentEnd(view: readonly Token[], from: number, limit: number): number {
  let k = from;
  while (k < view.length && k - from < limit && view[k]!.text !== ',' && view[k]!.kind !== 'quote') k++;
  return view[k]?.text === ',' ? k : -1;
}

/**
 * "Barbu, le cheveu ras, son visage fin …, Yassin E., depuis le box, …": in another language a description may stand
 * before the subject, a capitalised adjective and lower-case noun phrases between commas; the subject is the name
 * after them. Returns where the subject starts, or `start`.
 */
function fronted(view: readonly Token[], start: number): number {
  if (analysingEnglish()) return start;
  const opener = view[start];
  let comma = segmentEnd(view, start, 4);
  if (!opener || !opener.cap || comma < 0 || view.slice(start + 1, comma).some((token) => token.cap)) return start;
  let descriptions = 0;
  while (comma >= 0 && descriptions < 4) {
    const next = view[comma + 1];
    if (!next || next.kind !== 'word') return start;
    if (next.cap) return descriptions > 0 && isNameWord(next) && view[comma + 2]?.cap ? comma + 1 : start;
    // Each description is a noun phrase opened by an article or a possessive ("le cheveu ras", "son visage fin").
    if (!ARTICLES.has(next.lower)) return start;
    const end = segmentEnd(view, comma + 1, 12);
    if (end < 0 || view.slice(comma + 1, end).some((token) => isReportingVerb(token))) return start;
    descriptions++;
    comma = end;
  }
  return start;
}

/** English indefinite articles, which are other words in another language (French "a" is "has"). */
const ENGLISH_INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** The phrase that opens a clause (after any dateline), the subject a trailing "saying ..." hangs off. */
export function leadingPhrase(view: readonly Token[]): Token[] | undefined {
  let start = 0;
  for (let k = 0; k < view.length && k < 16; k++) {
    if (!isDash(view[k]!)) continue;
    // A dateline ("SEOUL —", "Moscow, Jan 5 (AP) -") has no lower-case word before its dash.
    if (view.slice(0, k).some((token) => token.kind === 'word' && !token.cap && !/^\d/.test(token.text))) break;
    // "Orban – a rare ally of Trump – has undertaken": a lower-case aside between dashes follows the subject.
    if (k > 0 && /^[\p{Ll}\d]/u.test(view[k + 1]?.text ?? '') && view.slice(k + 2, k + 16).some(isDash)) break;
    start = k + 1;
  }
  while (view[start]?.text === '-') start++;
  // "And Biden campaign chair Jen Dillon went …": a sentence may open with a conjunction before its subject.
  if (OPENING_CONJUNCTIONS.has(view[start]?.lower ?? '') && view[start + 1]?.kind === 'word') start++;
  // "In Damascus, the official radio …", "Meantime, in Asia, China's leadership …", "Este domingo, el presidente …": the
  // subject follows the introductory phrases.
  for (
    let intro = 0;
    intro < 3 &&
    view[start] &&
    (INTRO_PREPOSITIONS.has(view[start]!.lower) ||
      INTRO_ADVERB.test(view[start]!.lower) ||
      (VERB_MODIFIERS.has(view[start]!.lower) && view[start + 1]?.text === ',') ||
      opensTimePhrase(view, start) ||
      opensParticipleClause(view, start) ||
      TIME_DEMONSTRATIVES.has(view[start]!.lower));
    intro++
  ) {
    let comma = start;
    while (comma < view.length && comma - start < 12 && view[comma]!.text !== ',') comma++;
    if (view[comma]?.text !== ',') break;
    start = comma + 1;
  }
  // "Mit Blick auf die Wahl sprach sie": in a verb-second language a phrase a preposition opens fills the place before
  // the verb, so no subject opens the sentence.
  if (PHRASE_GRAMMAR.verbSecond && INTRO_PREPOSITIONS.has(view[start]?.lower ?? '') && view[start + 1]?.kind === 'word') return undefined;
  start = fronted(view, start);
  start = subjectAfterOpeningAuxiliary(view, start);
  // "three other House Democrats": a count before the group it counts.
  let j = start;
  while (j - start < 3 && view[j] && (QUANTIFIERS.has(view[j]!.lower) || /^\d+$/.test(view[j]!.text))) j++;
  if (!view[j] || !isSpeakerPhraseWord(view[j]!)) j = start;
  for (;;) {
    while (j < view.length && j - start < MAX_PHRASE && (isSpeakerPhraseWord(view[j]!) || abbreviationInName(view, j, start))) j++;
    // "the Hostages and Missing Families Forum": "and" inside an organisation's capitalised name.
    if (j > start && view[j]?.lower === 'and' && view[j - 1]!.cap && view[j + 1]?.cap && namesOrganisationAhead(view, j + 1)) {
      j++;
      continue;
    }
    // "Lib Dem home affairs spokesman Mark Oaten": plain words lead on to a role noun and the name it introduces.
    {
      let k = j;
      while (k < view.length && k - j < 3 && isPlainModifier(view[k]!) && !isRoleNoun(view[k]!.lower)) k++;
      // In another language a lower-case particle after the role opens its complement ("est directrice du refuge").
      const packLanguage = !analysingEnglish();
      const nameAfter = view[k + 1] !== undefined && isNameWord(view[k + 1]!) && (view[k + 1]!.cap || !packLanguage);
      // "A former border agent took issue": after an article the plain words lead on to the role that heads the phrase.
      const opened = view[start] !== undefined && opensNounPhrase(view[start]!) && !packLanguage;
      if (k > j && view[k] && isRoleNoun(view[k]!.lower) && (nameAfter || opened)) {
        j = k;
        continue;
      }
      // "Another Wagner-linked social media account spoke": after an article they go on to the last thing among them that speaks.
      let speaking = k - 1;
      while (speaking > j && !SPEAKING_THINGS.has(view[speaking]!.lower)) speaking--;
      if (opened && speaking > j && !(view[speaking + 1] && SPEAKING_THINGS.has(view[speaking + 1]!.lower))) {
        j = speaking;
        continue;
      }
    }
    // "An October 2025 UN inquiry": a year after the article or a month goes on to the noun it dates.
    const year = view[j];
    if (j > start && year && YEAR.test(year.text) && (isDateWord(view[j - 1]!) || ARTICLES.has(view[j - 1]!.lower))) {
      if (view[j + 1] && isSpeakerPhraseWord(view[j + 1]!)) {
        j++;
        continue;
      }
    }
    // "union spokesman and deputy chair Ann Lee": two roles joined by "and" describe the one name after the second.
    if (j > start && view[j]?.lower === 'and' && !view[j - 1]!.cap && isRoleNoun(view[j - 1]!.lower)) {
      let k = j + 1;
      while (k + 1 < view.length && k - j < 4 && isPlainModifier(view[k + 1]!)) k++;
      if (view[k] && isPlainModifier(view[k]!) && isRoleNoun(view[k]!.lower) && view[k + 1]?.cap && isNameWord(view[k + 1]!)) {
        j = k;
        continue;
      }
    }
    // "New Zealand born-broadcaster Mr Maher": a hyphenated descriptor leads on to the name it describes.
    const compound = view[j];
    if (j === start || !compound || compound.cap || !compound.text.includes('-') || !view[j + 1] || !isSpeakerPhraseWord(view[j + 1]!)) break;
    j++;
  }
  if (j === start && isPronoun(view[start])) return [view[start]!];
  // "Sam's family paid tribute": a possessive name determines the noun after it, which is the subject.
  // Only people can be so owned: "Yellen's goals is to …" keeps Yellen as the subject a quote goes on from.
  if (j > start && POSSESSIVE.test(view[j - 1]!.text) && isPossessedNoun(view[j])) {
    const kin = KIN_MODIFIERS.has(view[j]!.lower) && isPossessedNoun(view[j + 1]) ? 1 : 0;
    const noun = view[j + kin]!.lower;
    if (isRoleNoun(noun) || GROUP_NOUNS.has(noun)) j += kin + 1;
  }
  return trimPhrase(view.slice(start, j));
}

/** "The U.S. Circuit Court": in English the full stop of a short capitalised abbreviation stays inside the name that goes on after it. */
function abbreviationInName(view: readonly Token[], k: number, start: number): boolean {
  const before = view[k - 1];
  const after = view[k + 1];
  return (
    analysingEnglish() &&
    view[k]!.text === '.' &&
    k > start &&
    before !== undefined &&
    before.cap &&
    isShortOrTitle(before) &&
    after !== undefined &&
    after.cap &&
    isNameWord(after)
  );
}

/** Nouns for the people around someone, who speak for them ("Sam's family", "the minister's camp"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['family', 'relatives', 'parents', 'friends', 'supporters', 'team', 'camp', 'office', 'lawyers', 'campaign']);

/** Words that qualify the relative after a possessive ("his late father", "Sam's younger sister"). */
const KIN_MODIFIERS: ReadonlySet<string> = new Set(['late', 'former', 'elder', 'older', 'younger', 'eldest', 'youngest', 'twin']);

/** A plain lower-case word that can be the noun a possessive determines. */
function isPossessedNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.cap && !isFunctionWord(token) && !VERB_MODIFIERS.has(token.lower);
}
