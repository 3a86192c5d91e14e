import {
  DEMONYM_EPITHETS,
  DISPLAY_NOUNS,
  FEMALE_WORDS,
  INTRO_PREPOSITIONS,
  MALE_WORDS,
  NAME_NOUNS,
  NAME_TITLES,
  NON_PERSON_WORDS,
  NOUN_PHRASE_WORDS,
  PARTICIPLE_VERBS,
  PERSON_PRONOUNS,
  PERSON_ROLES,
  ROLE_FIRST_COMPOUNDS,
  PERSON_TITLES,
  PRONOUNS,
  QUOTING_VERBS,
  REPORTING_VERBS,
  SPEAKING_THINGS,
  VERB_MODIFIERS,
} from '../quotes/lexicon';
import {
  ADVERBIAL_PREPOSITIONS,
  SOURCE_PREPOSITIONS,
  ARTICLES,
  IMPERSONAL_SUBJECTS,
  OBJECT_ARTICLES,
  ROLE_JOINS,
  TIME_LEADS,
  TIME_WORDS,
  LEADING_JUNK,
  ORIGIN_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  PACK_FORMS,
  PARTICIPLE_LINKS,
  PHRASE_GRAMMAR,
  POST_MODIFIERS,
  RELATIVE_PRONOUNS,
  ARTICLE_RELATIVES,
  CLAUSE_EDGES,
  ROLE_PLACE_PREPOSITIONS,
  TIME_DEMONSTRATIVES,
} from '../quotes/speaker-phrases';
import { TITLE_FORMS } from '../quotes/classify';
import { QUOTE_MARK_RULES } from '../quotes/quote-marks';
import { ELIDED_NAME, FUNCTION_WORDS, PHRASAL_VERBS } from '../quotes/tokens';
import { DETERMINERS, LEFT_DESCRIPTORS, RIGHT_DESCRIPTORS } from '../state-media/lexicon';
import type { LanguagePack } from './pack-types';

/** Auxiliaries before a reporting participle in the language being analysed ("a déclaré"); empty for English. */
export const PACK_AUXILIARIES: ReadonlySet<string> = new Set<string>();

/** Particles that may stand before a verb-second sentence's subject ("Auch Scholz sagte"); empty for English. */
export const SUBJECT_PARTICLES: ReadonlySet<string> = new Set<string>();

/** Reporting verbs that carry their subject in a language that drops it ("dijo", "заявила"); empty for English. */
export const PRO_DROP_VERBS: ReadonlySet<string> = new Set<string>();

/** Infinitives of speech verbs in a narrative-infinitive frame ("Et X de répliquer :"); empty for English. */
export const NARRATIVE_INFINITIVES: ReadonlySet<string> = new Set<string>();

/** Words of the analysed language that name a source like "according to" ("según", "selon", "laut"); empty for English. */
export const ACCORDING_WORDS: ReadonlySet<string> = new Set<string>();

/** Adjectives of the analysed language that follow a role noun before a name ("colombiano", "russe"); empty for English. */
export const POST_NOMINAL_WORDS: ReadonlySet<string> = new Set<string>();

/** Definite articles of the analysed language ("el", "la", "le"): "el máximo funcionario" is someone already named; empty for English. */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set<string>();
/** Articles of the analysed language that show a masculine noun ("el", "un"); empty for English. */
export const MASCULINE_ARTICLES: ReadonlySet<string> = new Set<string>();
/** Articles of the analysed language that show a feminine noun ("la", "una"); empty for English. */
export const FEMININE_ARTICLES: ReadonlySet<string> = new Set<string>();

/** Demonstrative determiners of the analysed language ("ce", "cette"): "ce père de quatre enfants" is the person just named; empty for English. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set<string>();

/** Words that open a sentence with the person whose view it gives ("Pour X, …"); empty for English. */
export const OPINION_INTRO_WORDS: ReadonlySet<string> = new Set<string>();
/** Phrases of the analysed language that give the view of the person last spoken of ("a su juicio"), words joined by spaces; empty for English. */
export const OPINION_PHRASES: ReadonlySet<string> = new Set<string>();
/** The last words of those phrases, which stand for that person as a dropped subject does; empty for English. */
export const OPINION_HEADS: ReadonlySet<string> = new Set<string>();
/** Adverbial phrases of the analysed language that open a sentence before a comma ("a propósito"), words joined by spaces; empty for English. */
export const OPENING_PHRASES: ReadonlySet<string> = new Set<string>();
/** Prepositions of the analysed language written as one word with the article after them ("al", "del"); empty for English. */
export const CONTRACTED_ARTICLES: ReadonlySet<string> = new Set<string>();
/** Prepositions of the analysed language that open a sentence on its topic ("sobre", "en cuanto a"), words joined by spaces; empty for English. */
export const TOPIC_OPENERS: ReadonlySet<string> = new Set<string>();
/** Prepositions of the analysed language that open an object or the person spoken to, never a subject ("a", "al"); empty for English. */
export const OBJECT_MARKERS: ReadonlySet<string> = new Set<string>();
/** Prepositions of the analysed language that open the person spoken to after a name ("a", "à", "au"); empty for English. */
export const DATIVE_PREPOSITIONS: ReadonlySet<string> = new Set<string>();
/** Words that open a subject right after a verb standing second ("der", "er"); empty for English. */
export const INVERTED_SUBJECT_OPENERS: ReadonlySet<string> = new Set<string>();

/** Postpositions of the analysed language that name the source before them ("zufolge"); empty for English. */
export const ACCORDING_AFTER_WORDS: ReadonlySet<string> = new Set<string>();

/** Nouns for someone's words after an inverted verb and its subject ("слова"), whose owner is the speaker; empty for English. */
export const WORDS_OF_NOUNS: ReadonlySet<string> = new Set<string>();

/** Verb forms of the analysed language read as reporting verbs only in an incise before their subject ("», pointe X"); empty for English. */
export const INCISE_VERBS: ReadonlySet<string> = new Set<string>();

/** Conjunctions of the analysed language that join a second verb to the sentence's subject ("et", "mais"); empty for English. */
export const VERB_JOINS: ReadonlySet<string> = new Set<string>();

/** Word-order and grammar traits of the analysed language that the speaker finder reads; English has none. */
export const PACK_GRAMMAR: {
  verbSecond: boolean;
  reportedSpeech: RegExp | undefined;
  compoundRoles: boolean;
  notSubject: ((words: readonly string[], afterVerb: boolean) => boolean) | undefined;
  neutralProDrop: boolean;
  dashIncise: boolean;
  toldPlural: RegExp | undefined;
  commaInversion: boolean;
  notOnePerson: ((words: readonly string[]) => boolean) | undefined;
  quoteCreditLine: boolean;
  ageEpithet: RegExp | undefined;
  epithetArticles: ReadonlySet<string>;
} = {
  verbSecond: false,
  reportedSpeech: undefined,
  compoundRoles: false,
  notSubject: undefined,
  neutralProDrop: false,
  dashIncise: false,
  toldPlural: undefined,
  commaInversion: false,
  notOnePerson: undefined,
  quoteCreditLine: false,
  ageEpithet: undefined,
  epithetArticles: new Set(),
};

/** How the analysed language shows a person's gender in their name, and declines it; none for English, whose names do neither. */
export const PACK_NAMES: {
  gender: ((name: string) => 'm' | 'f' | undefined) | undefined;
  nominative: ((name: string) => string) | undefined;
  phraseNominative: ((phrase: string, before: string) => string) | undefined;
  sharedRole: RegExp | undefined;
  roleComplementOpeners: ReadonlySet<string>;
  bareGenitive: boolean;
  genitiveAdjective: RegExp | undefined;
} = {
  gender: undefined,
  nominative: undefined,
  phraseNominative: undefined,
  sharedRole: undefined,
  roleComplementOpeners: new Set(),
  bareGenitive: false,
  genitiveAdjective: undefined,
};

/** Role nouns of the analysed language that refer back to one another ("presidente", "mandatario"); empty for English. */
export const PACK_ROLE_FAMILIES: (readonly string[])[] = [];

/** Words that label a picture credit before a colon ("Photo: X"), English and the analysed language's ("Фото"). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set<string>(['photo', 'photos', 'image', 'images', 'picture', 'credit']);

/** Pronouns of the analysed language that are only ever a subject ("er", "ich"); empty for English. */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set<string>();

/** Prepositions that introduce a passive verb's agent in the analysed language ("por", "par"); empty for English. */
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set<string>();

/** Phrases that point to the person named last, not to the subject ("the latter", "ce dernier", "este último", "тот"). */
export const LATTER_PHRASES: ReadonlySet<string> = new Set<string>(['the latter']);

/** Nouns for what someone said or cried out ("cri", "appel", "mensaje"); empty for English. */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set<string>();

/** Nouns for the place on a medium where someone speaks ("micro", "antenne"); empty for English. */
export const VENUE_NOUNS: ReadonlySet<string> = new Set<string>();

/** Capitalised nouns of the analysed language that name an institution, never a person ("Estado"); empty for English. */
export const PACK_INSTITUTIONS: ReadonlySet<string> = new Set<string>();

/** Nouns of the analysed language that a short quoted name follows ("el plan “…”"); empty for English. */
export const PACK_LABEL_NOUNS: ReadonlySet<string> = new Set<string>();

/** Speech verbs of the analysed language in the infinitive, which never have a subject after them; empty for English. */
export const PACK_INFINITIVES: ReadonlySet<string> = new Set<string>();

/** Particles of the analysed language that mark the infinitive ("zu zeigen"): a verb after one is no finite verb; none for English. */
export const INFINITIVE_PARTICLES: ReadonlySet<string> = new Set<string>();

/** The analysed language's phrase that points back to the quote before it ("Con esas palabras,"); none for English. */
export const PACK_QUOTE_BACK_REFERENCE: { pattern: RegExp | undefined; inverted: RegExp | undefined } = { pattern: undefined, inverted: undefined };

/** Each pronoun of the language being analysed and the English pronoun it stands for; empty for English. */
const PRONOUN_EQUIVALENTS = new Map<string, string>();

/** The English pronoun a pronoun of the analysed language stands for ("il" → "he"), or the word itself. */
export function englishPronoun(lower: string): string {
  return PRONOUN_EQUIVALENTS.get(lower) ?? lower;
}

/**
 * Gerunds and adverbial participles that hang off an earlier clause, like English "saying" ("diciendo", "affirmant",
 * "заявив", and the Russian imperfective "отмечая", "говоря", "комментируя", reflexive "признавшись").
 */
const HANGING_PARTICIPLE = /(?:ando|iendo|ant|ив|ав|ув|вшись|ая|яя|ря|уя)$/u;

/**
 * Runs an analysis with a language's words added to the detectors' English word lists (speakers' verbs and
 * roles, the words of an outlet's noun phrase), and takes them out again afterwards, even on error. The
 * detectors' helpers read those lists directly, so this keeps the English rules in one place and unchanged;
 * an analysis runs synchronously, so nothing else sees the words.
 */
export function withPackWords<T>(language: LanguagePack, run: () => T): T {
  const pack = language.quotes;
  const media = language.stateMedia;
  const added: [Set<string>, string][] = [];
  const add = (set: ReadonlySet<string>, words: Iterable<string>): void => {
    const writable = set as Set<string>;
    for (const word of words) {
      const lower = word.toLowerCase();
      if (writable.has(lower)) continue;
      writable.add(lower);
      added.push([writable, lower]);
    }
  };
  add(REPORTING_VERBS, pack.reportingVerbs);
  // English reporting verbs that are other words in this language ("Le débat continue."), out while it is analysed.
  const removed: [Set<string>, string][] = [];
  for (const word of pack.notReportingVerbs ?? []) {
    const lower = word.toLowerCase();
    if ((REPORTING_VERBS as Set<string>).delete(lower)) removed.push([REPORTING_VERBS as Set<string>, lower]);
  }
  add(
    PARTICIPLE_VERBS,
    pack.reportingVerbs.filter((verb) => HANGING_PARTICIPLE.test(verb)),
  );
  add(PACK_AUXILIARIES, pack.auxiliaries);
  add(VERB_MODIFIERS, pack.auxiliaries);
  add(VERB_MODIFIERS, pack.verbModifiers ?? []);
  add(PRONOUNS, Object.keys(pack.pronouns));
  add(
    PERSON_PRONOUNS,
    Object.entries(pack.pronouns)
      .filter(([, english]) => english === 'he' || english === 'she')
      .map(([word]) => word),
  );
  add(NOUN_PHRASE_WORDS, pack.nounPhraseWords);
  add(PERSON_ROLES, pack.roles);
  PACK_ROLE_FAMILIES.push(...(pack.roleFamilies ?? []));
  add(PACK_LABEL_NOUNS, pack.labelNouns ?? []);
  add(PACK_INFINITIVES, pack.infinitives ?? []);
  add(INFINITIVE_PARTICLES, pack.infinitiveParticles ?? []);
  PACK_QUOTE_BACK_REFERENCE.pattern = pack.quoteBackReference;
  PACK_QUOTE_BACK_REFERENCE.inverted = pack.quoteBackInverted;
  add(SPEAKING_THINGS, pack.speakingThings);
  add(NAME_NOUNS, pack.nameNouns ?? []);
  add(DISPLAY_NOUNS, pack.displayNouns ?? []);
  add(NON_PERSON_WORDS, pack.nonPersonWords ?? []);
  add(PACK_INSTITUTIONS, pack.nonPersonWords ?? []);
  add(LATTER_PHRASES, pack.latterPhrases ?? []);
  add(VENUE_NOUNS, pack.venueNouns ?? []);
  add(UTTERANCE_NOUNS, pack.utteranceNouns ?? []);
  add(AGENT_PREPOSITIONS, pack.agentPrepositions ?? []);
  add(NOMINATIVE_PRONOUNS, pack.nominativePronouns ?? []);
  add(CREDIT_WORDS, pack.creditWords ?? []);
  add(MALE_WORDS, pack.genderWords?.m ?? []);
  add(FEMALE_WORDS, pack.genderWords?.f ?? []);
  add(NAME_TITLES, pack.titles);
  add(PERSON_TITLES, pack.titles);
  add(PRO_DROP_VERBS, Object.keys(pack.proDrop));
  add(NARRATIVE_INFINITIVES, pack.narrativeInfinitives ?? []);
  add(INTRO_PREPOSITIONS, pack.intro);
  add(SUBJECT_PARTICLES, pack.subjectParticles ?? []);
  add(OBJECT_ARTICLES, pack.objectArticles ?? []);
  add(ROLE_JOINS, pack.roleJoins ?? []);
  add(QUOTING_VERBS, pack.quotingVerbs ?? []);
  add(TIME_WORDS, pack.timePhrase?.words ?? []);
  add(TIME_LEADS, pack.timePhrase?.leads ?? []);
  add(ACCORDING_WORDS, pack.according);
  add(ACCORDING_AFTER_WORDS, pack.accordingAfter ?? []);
  add(RELATIVE_PRONOUNS, pack.relativePronouns ?? []);
  add(ARTICLE_RELATIVES, pack.articleRelatives ?? []);
  add(CLAUSE_EDGES, pack.clauseEdges ?? []);
  add(ADVERBIAL_PREPOSITIONS, pack.adverbialPrepositions ?? []);
  add(SOURCE_PREPOSITIONS, pack.sourcePrepositions ?? []);
  add(IMPERSONAL_SUBJECTS, pack.impersonalSubjects ?? []);
  add(TIME_DEMONSTRATIVES, pack.timeDemonstratives ?? []);
  PACK_GRAMMAR.verbSecond = pack.verbSecond ?? false;
  PACK_GRAMMAR.reportedSpeech = pack.reportedSpeech;
  PACK_NAMES.gender = pack.nameGender;
  PACK_NAMES.nominative = pack.nameNominative;
  PACK_NAMES.phraseNominative = pack.phraseNominative;
  PACK_NAMES.sharedRole = pack.sharedRole;
  PACK_NAMES.roleComplementOpeners = new Set(pack.roleComplement?.openers ?? []);
  PACK_NAMES.bareGenitive = pack.roleComplement?.bareGenitive ?? false;
  PACK_NAMES.genitiveAdjective = pack.roleComplement?.genitiveAdjective;
  PACK_GRAMMAR.compoundRoles = pack.compoundRoles ?? false;
  PACK_GRAMMAR.notSubject = pack.notSubject;
  PACK_GRAMMAR.neutralProDrop = pack.neutralProDrop ?? false;
  PACK_GRAMMAR.dashIncise = pack.dashIncise ?? false;
  PACK_GRAMMAR.toldPlural = pack.toldPlural;
  PACK_GRAMMAR.commaInversion = pack.commaInversion ?? false;
  PACK_GRAMMAR.notOnePerson = pack.notOnePerson;
  PACK_GRAMMAR.quoteCreditLine = pack.quoteCreditLine ?? false;
  PACK_GRAMMAR.ageEpithet = pack.epithets?.age;
  PACK_GRAMMAR.epithetArticles = new Set(pack.epithets?.articles ?? []);
  add(DEMONYM_EPITHETS, pack.epithets?.words ?? []);
  PHRASE_GRAMMAR.trailingName = pack.trailingName ?? false;
  PHRASE_GRAMMAR.verbSecond = pack.verbSecond ?? false;
  PHRASE_GRAMMAR.attributeEnding = pack.attributeEnding;
  PHRASE_GRAMMAR.attributePrepositions = pack.attributePrepositions ?? [];
  PHRASE_GRAMMAR.capitalisedNouns = pack.capitalisedNouns ?? false;
  PHRASE_GRAMMAR.articlePronouns = pack.articlePronouns;
  PHRASE_GRAMMAR.objectPronouns = pack.objectPronouns;
  PACK_FORMS.pastParticiple = pack.pastParticiple;
  TITLE_FORMS.opening = pack.titleOpening;
  TITLE_FORMS.capitalisedNouns = pack.capitalisedNouns ?? false;
  QUOTE_MARK_RULES.closingOnlyBeforePunctuation = pack.closingOnlyBeforePunctuation ?? false;
  QUOTE_MARK_RULES.inciseAfterComma = pack.inciseAfterComma;
  ROLE_FIRST_COMPOUNDS.value = pack.roleFirstCompounds ?? false;
  ELIDED_NAME.pattern = pack.elidedName;
  add(LEADING_JUNK, pack.phraseEdgeWords);
  add(ARTICLES, pack.articles ?? []);
  add(POST_MODIFIERS, pack.ofWords ?? []);
  add(PARTICIPLE_LINKS, pack.participleLinks ?? []);
  add(ROLE_PLACE_PREPOSITIONS, pack.rolePlacePrepositions ?? []);
  add(ORIGIN_PREPOSITIONS, pack.originPrepositions ?? []);
  add(PLACE_PREPOSITIONS, pack.placePrepositions ?? []);
  add(FUNCTION_WORDS, pack.functionWords ?? []);
  add(OPINION_INTRO_WORDS, pack.opinionIntro ?? []);
  add(OPENING_PHRASES, pack.openingPhrases ?? []);
  add(CONTRACTED_ARTICLES, pack.contractedArticles ?? []);
  add(TOPIC_OPENERS, pack.topicOpeners ?? []);
  add(OBJECT_MARKERS, pack.objectMarkers ?? []);
  add(DATIVE_PREPOSITIONS, pack.dativePrepositions ?? []);
  add(INVERTED_SUBJECT_OPENERS, pack.invertedSubjectOpeners ?? []);
  add(OPINION_PHRASES, pack.opinionPhrases ?? []);
  const heads = (pack.opinionPhrases ?? []).map((phrase) => phrase.split(' ').pop()!);
  add(OPINION_HEADS, heads);
  add(POST_NOMINAL_WORDS, pack.postNominal ?? []);
  add(DEFINITE_ARTICLES, pack.definiteArticles ?? []);
  add(MASCULINE_ARTICLES, pack.articleGenders?.m ?? []);
  add(FEMININE_ARTICLES, pack.articleGenders?.f ?? []);
  add(DEMONSTRATIVES, pack.demonstratives ?? []);
  add(INCISE_VERBS, pack.inciseVerbs ?? []);
  add(WORDS_OF_NOUNS, pack.wordsOf ?? []);
  add(VERB_JOINS, pack.verbJoins ?? []);
  add(LEFT_DESCRIPTORS, media.leftDescriptors);
  add(DETERMINERS, media.determiners);
  add(RIGHT_DESCRIPTORS, media.rightDescriptors);
  for (const phrase of pack.phrasalSpeechVerbs ?? []) {
    const words = phrase.split(' ');
    PHRASAL_VERBS.set(words[0]!, [...(PHRASAL_VERBS.get(words[0]!) ?? []), words]);
  }
  add(REPORTING_VERBS, pack.phrasalSpeechVerbs ?? []);
  for (const [word, english] of [...Object.entries(pack.pronouns), ...Object.entries(pack.proDrop)]) PRONOUN_EQUIVALENTS.set(word, english);
  for (const head of heads) if (!PRONOUN_EQUIVALENTS.has(head)) PRONOUN_EQUIVALENTS.set(head, 'he');
  try {
    return run();
  } finally {
    for (const [set, word] of added) set.delete(word);
    for (const [set, word] of removed) set.add(word);
    PRONOUN_EQUIVALENTS.clear();
    PHRASAL_VERBS.clear();
    PACK_ROLE_FAMILIES.length = 0;
    PACK_QUOTE_BACK_REFERENCE.pattern = undefined;
    PACK_QUOTE_BACK_REFERENCE.inverted = undefined;
    PACK_GRAMMAR.verbSecond = false;
    PACK_GRAMMAR.reportedSpeech = undefined;
    PACK_NAMES.gender = undefined;
    PACK_NAMES.nominative = undefined;
    PACK_NAMES.phraseNominative = undefined;
    PACK_NAMES.sharedRole = undefined;
    PACK_NAMES.roleComplementOpeners = new Set();
    PACK_NAMES.bareGenitive = false;
    PACK_NAMES.genitiveAdjective = undefined;
    PACK_GRAMMAR.compoundRoles = false;
    PACK_GRAMMAR.notSubject = undefined;
    PACK_GRAMMAR.neutralProDrop = false;
    PACK_GRAMMAR.dashIncise = false;
    PACK_GRAMMAR.toldPlural = undefined;
    PACK_GRAMMAR.commaInversion = false;
    PACK_GRAMMAR.notOnePerson = undefined;
    PACK_GRAMMAR.quoteCreditLine = false;
    PACK_GRAMMAR.ageEpithet = undefined;
    PACK_GRAMMAR.epithetArticles = new Set();
    PHRASE_GRAMMAR.trailingName = false;
    PHRASE_GRAMMAR.verbSecond = false;
    PHRASE_GRAMMAR.attributeEnding = undefined;
    PHRASE_GRAMMAR.attributePrepositions = [];
    PHRASE_GRAMMAR.capitalisedNouns = false;
    PHRASE_GRAMMAR.articlePronouns = undefined;
    PHRASE_GRAMMAR.objectPronouns = undefined;
    PACK_FORMS.pastParticiple = undefined;
    TITLE_FORMS.opening = undefined;
    TITLE_FORMS.capitalisedNouns = false;
    QUOTE_MARK_RULES.closingOnlyBeforePunctuation = false;
    QUOTE_MARK_RULES.inciseAfterComma = undefined;
    ROLE_FIRST_COMPOUNDS.value = false;
    ELIDED_NAME.pattern = undefined;
  }
}
