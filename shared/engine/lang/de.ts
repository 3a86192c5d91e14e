import type { OutletFamily } from '../state-media/lexicon';
import { alternation, inflect, type LanguagePack, WORD_END, WORD_START } from './pack-types';
import { germanWeakForms } from './verb-forms';

// German: "laut", "zufolge", "meldete die Agentur", "die Staatsmedien", reportative sollen/wollen ("soll ... gegeben haben").
// The subjunctive of reported speech ("die Lage sei ruhig") is attribution and is not a cue.

const VERBS = [
  // A laugh or a sigh that carries the words: "„Ich bereue nichts“, lacht sie."
  ...['lacht', 'lachte', 'seufzt', 'seufzte', 'schmunzelt', 'schmunzelte', 'scherzt', 'scherzte'],
  // Not "dementiert", which is also the participle closing "hat die Meldung der Agentur dementiert".
  'dementierte',
  'berichtete',
  'berichtet',
  'berichten',
  'berichteten',
  'meldete',
  'meldet',
  'melden',
  'meldeten',
  'schrieb',
  'schreibt',
  'schreiben',
  'zeigte',
  'zeigt',
  'zeigten',
  'verbreitete',
  'verbreitet',
  'veröffentlichte',
  'veröffentlicht',
  'sagte',
  'sagt',
  'erklärte',
  'erklärt',
  'teilte',
  'teilt',
  'zitierte',
  'zitiert',
  'strahlte',
  'sendete',
  'sendet',
  'kommentierte',
  'kommentiert',
  'bezeichnete',
  'kritisierte',
  'lobte',
  'warf',
  'hieß es',
  'heißt es',
  'behauptete',
  'behauptet',
  'bestätigte',
  'bestätigt',
  'informierte',
  'informiert',
  'verkündete',
  'verkündet',
  'titelte',
  'titelt',
  'betonte',
  'betont',
  'warnte',
  'warnt',
  'unterstrich',
  'ergänzte',
  'fügte',
  'gab',
  'gibt',
  'veröffentlichten',
  'sprechen von',
  'sprach von',
  'sprachen von',
  'spricht von',
  'zeigen',
  'zeigten',
  'verbreiten',
  'verbreiteten',
  'schreiben',
  'schrieben',
];
const PARTICIPLES = [
  'berichtet',
  'gemeldet',
  'geschrieben',
  'gezeigt',
  'verbreitet',
  'veröffentlicht',
  'gesagt',
  'erklärt',
  'mitgeteilt',
  'zitiert',
  'ausgestrahlt',
  'gesendet',
  'bestätigt',
  'behauptet',
  // "Die staatliche Nachrichtenagentur hat Gerüchte dementiert": a denial is the outlet's account too.
  'dementiert',
  'bestritten',
];
/** Participles of a report or broadcast that may close a clause whose agent or subject is the outlet. */
const CLOSING_PARTICIPLES = [
  ...PARTICIPLES.filter((participle) => !['gesagt', 'erklärt', 'bestätigt', 'behauptet', 'dementiert', 'bestritten'].includes(participle)),
  'übertragen',
];
const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
const NATIONALITY_STEMS = [
  'nordkoreanisch',
  'russisch',
  'chinesisch',
  'iranisch',
  'syrisch',
  'kubanisch',
  'venezolanisch',
  'belarussisch',
  'weißrussisch',
  'vietnamesisch',
  'saudisch',
  'katarisch',
  'türkisch',
  'ägyptisch',
];
const MEDIA_STEMS = [
  'staatlich',
  'amtlich',
  'offiziell',
  'regierungsnah',
  'kremlnah',
  'kremltreu',
  'regimetreu',
  'staatsnah',
  'gelenkt',
  'halbamtlich',
  'parteieigen',
  'staatseigen',
  'regierungseigen',
];
const NOUNS = [
  'Medien',
  'Nachrichtenagentur',
  'Agentur',
  'Fernsehen',
  'Fernsehsender',
  'Fernsehsenders',
  'Sender',
  'Senders',
  'Rundfunk',
  'Rundfunks',
  'Presse',
  'Zeitung',
  'Radio',
  'TV',
  'Fernsehkanal',
  'Fernsehens',
  'Zeitungen',
  'Nachrichtenagenturen',
  'Agenturen',
  'Medienberichten',
  'Berichten',
  'Rundfunksender',
  'Rundfunksenders',
  'Nachrichtensender',
  'Nachrichtensenders',
  'Rundfunkanstalt',
  'Fernsehanstalt',
];
const COMPOUNDS = [
  'Staatsmedien',
  'Staatsfernsehen',
  'Staatsfernsehens',
  'Staatssender',
  'Staatssenders',
  'Staatsagentur',
  'Staatspresse',
  'Staatsrundfunk',
  'Staatsrundfunks',
  'Staatszeitung',
  'Parteizeitung',
  'Parteiorgan',
  'Parteiorgans',
  'Staats-TV',
  'Staatsradio',
  'Staatsnachrichtenagentur',
];

/** Verbs whose subject or addressee may be an outlet ("berichtete der „X“", "sagte er dem „X“"). */
const OUTLET_VERBS = [
  ...VERBS.filter((verb) => !/^(?:warf|gab|gibt|bezeichnete|kritisierte|lobte|zeig|hie|hei|sprech|sprach|spricht)/.test(verb)),
  ...PARTICIPLES,
  'so',
];
/** Verbs of an outlet's report that may follow its name ("der „X“ berichtete", "dem „X“ zufolge"). */
const OUTLET_AFTER = [
  'zufolge',
  'berichtet',
  'berichtete',
  'berichten',
  'meldet',
  'meldete',
  'schreibt',
  'schrieb',
  'zitiert',
  'zitierte',
  'titelte',
  'titelt',
  'enthüllte',
];

/** Words of one clause: no sentence end, colon or quotation mark between a modal and its infinitive. */
const CLAUSE_CHAR = '[^.;:!?\\n«»„“"]';
/** A few quoted words inside the clause ("soll ihn als „Lügner“ bezeichnet haben"): the claim runs on past them. */
const QUOTED_WORDS = '[„"“»«][^.;:!?\\n«»„“”"]{1,60}[“"”«»]';
/** One character of the clause, or a quoted phrase inside it. */
const CLAUSE_PIECE = `(?:${CLAUSE_CHAR}|${QUOTED_WORDS})`;
/** A past participle, lower case as German writes it in a sentence ("gegeben", "gesehen"): "Chancen haben" has a noun. */
const PARTICIPLE = String.raw`(?<![\p{L}-])\p{Ll}\p{L}*(?:t|en|n)`;
/** A deadline or future in the clause after "soll" makes it a plan, not hearsay ("soll bis zum Sommer errichtet sein"). */
const PLAN_AHEAD = String.raw`(?!(?:${CLAUSE_CHAR}*? )?(?:bis (?:zum|zur|Ende|Mitte|Anfang|spätestens|\d)|künftig|spätestens|demnächst|bald|in Zukunft)(?![\p{L}]))`;

/**
 * "Nach dem Willen des Präsidenten sollen …", "Laut Plan soll …": a "soll" whose sentence opens on someone's will, wish or
 * plan says what is to happen, not what is said to have happened.
 */
const WILL_FRAME_BEFORE = String.raw`(?<!(?:[Nn]ach (?:dem|den|seinem|seinen|ihrem|ihren) (?:Willen|Wunsch|Wünschen|Plan|Plänen|Vorstellungen|Vorstellung|Vorschlag|Vorschlägen|Entwurf)|[Ll]aut (?:Plan|Plänen|Entwurf|Vorschlag)|[Gg]emäß (?:dem |den )?(?:Plan|Plänen|Entwurf))(?: [^.;:!?\n«»„“"]{1,80})? )`;

/**
 * "gilt nach Angaben der Polizei als …", "der laut dem Sprecher als Tatort galt": a named source in the clause makes "gilt als"
 * plain attribution, like "X described Y as Z", not the agentless "is seen as".
 */
const NAMED_SOURCE = String.raw`(?:[Nn]ach (?:\p{L}+ )?(?:Angaben|Informationen|Einschätzung|Ansicht)|[Ll]aut) (?:der|des|dem|von|vom|eines|einer)`;
const NAMED_SOURCE_BEFORE = `(?<!${NAMED_SOURCE} [^.;:!?\\n]{1,80})`;
const NAMED_SOURCE_WITHIN = String.raw`(?:[\p{L}\d-]+ ){0,2}${NAMED_SOURCE} `;

/** A nationality adjective, inflected, at the start of a sentence or not ("nordkoreanischen", "Griechische"). */
const NATIONALITY_ADJECTIVE = String.raw`\p{L}+isch(?:e|en|er|es|em)`;

/** Each word as written and with a capital, as German capitalises any word opening a sentence. */
function capitalised(words: readonly string[]): string[] {
  return words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]);
}

const familyOf = (noun: string): OutletFamily => {
  const n = noun.toLowerCase();
  if (/agentur/.test(n)) return 'agency';
  if (/sender|fernseh|rundfunk|radio|kanal|tv/.test(n)) return 'broadcast';
  if (/zeitung|blatt|organ/.test(n)) return 'print';
  if (/portal|website|seite/.test(n)) return 'web';
  return 'any';
};

/** Days of the week, alone and with a part of the day ("Mittwochnachmittag"), and months: a date, never a person. */
const TIME_NOUNS = [
  ...inflect(
    ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
    ['', 's', 'morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'],
  ),
  ...['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'september', 'oktober', 'november', 'dezember', 'wochenende'],
  // The parts of a day alone ("am Abend", "in der Nacht").
  ...['vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'],
];

/** Articles that only open a genitive singular phrase ("des Ministeriums", "eines Sprechers"). */
const GENITIVE_ARTICLES = new Set(['des', 'eines']);

/** A noun in the genitive singular back in the nominative: "Ministeriums", "Bundestages", "Präsidenten"; else undefined. */
function genitiveNoun(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return undefined;
  // The weak masculine roles ("des Präsidenten", "des Journalisten", "des Diplomaten") take -en.
  const weak = /^(.+(?:ent|ant|ist|at|graf|soph|nom))en$/u.exec(word);
  if (weak) return weak[1];
  // "des Bundestages", "des Hauses", "des Landes": -es after a consonant.
  const es = /^(.+[^aeiouäöüy])es$/u.exec(word);
  if (es) return es[1];
  // "des Ministeriums", "des Senders", "des Kremls", "des Büros"; not a nominative in -us, -is, -ss ("des Virus").
  if (/(?:us|is|ss|ys)$/u.test(word)) return undefined;
  return /^(.+)s$/u.exec(word)?.[1];
}

/**
 * A speaker phrase in the genitive, named in the nominative: "nach Angaben des ukrainischen Ministeriums" reads
 * "ukrainischen Ministerium" (its last word is the head noun); "der Polizei" shows no case change and stays.
 */
function germanPhraseNominative(phrase: string, before: string): string {
  const words = phrase.split(' ');
  const opensGenitive = GENITIVE_ARTICLES.has(words[0]!.toLowerCase()) && words.length > 1;
  if (!opensGenitive && !GENITIVE_ARTICLES.has(before.toLowerCase())) return phrase;
  const body = opensGenitive ? words.slice(1) : words;
  // "Sprecher des Ministeriums": a phrase with its own genitive complement is headed by its first noun.
  if (body.some((word) => GENITIVE_ARTICLES.has(word) || word === 'der')) return phrase;
  const head = genitiveNoun(body[body.length - 1]!);
  return head === undefined ? phrase : [...body.slice(0, -1), head].join(' ');
}

/** Articles no subject takes: dative and genitive ("dem Sender", "des Ministeriums", "den Medien"). */
const OBJECT_ARTICLES: ReadonlySet<string> = new Set(['dem', 'einem', 'den', 'des', 'eines']);
/** Endings of feminine nouns: after "der" such a noun is dative or genitive ("der Zeitung", "der Tagesschau", "der Ministerin"). */
const FEMININE_ENDING = /(?:ung|schau|agentur|ion|heit|keit|schaft|tät|erei|ie|in|innen)$/u;

/**
 * Whether a noun phrase is in the dative or genitive, so not the subject of a verb: "sagte der Zeitung",
 * "wie er der Tagesschau erläuterte". Its head is the last word of the first run of capitalised words.
 */
function notSubject(words: readonly string[]): boolean {
  const article = words[0]?.toLowerCase() ?? '';
  if (OBJECT_ARTICLES.has(article)) return true;
  if (article !== 'der') return false;
  let head = 1;
  while (head < words.length && !/^\p{Lu}/u.test(words[head]!)) head++;
  while (head + 1 < words.length && /^\p{Lu}/u.test(words[head + 1]!)) head++;
  return head < words.length && FEMININE_ENDING.test(words[head]!.toLowerCase());
}

/** The German language pack. */

/** Determiners of a group, never of one person ("alle Kräfte", "beide Seiten", "mehrere Helfer"). */
const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['alle', 'viele', 'beide', 'einige', 'mehrere', 'zahlreiche', 'manche', 'sämtliche', 'etliche']);

const SINGLE_DETERMINERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'dieses', 'jener', 'jene']);

/**
 * The endings German nouns of persons take ("Polizist", "Präsident", "Diplomat", "Sprecher", "Zeugin", "Experte",
 * "Häftling", "Kommandeur", "Autor", "Feuerwehrmann"); a noun that closes on another consonant is a thing or an event
 * ("Einsatz", "Besuch", "Angriff"), never the "er" who spoke.
 */
const PERSON_NOUN_ENDING =
  /(?:e|er|in|innen|ist|ent|ant|at|ot|or|eur|ier|ling|mann|chef|arzt|kind|sohn|gast|prinz|fürst|papst|bischof|koch|wirt|held|freund|feind|nachbar|vorstand|frau|r)$/u;

/**
 * "Der Einsatz dauerte an. „…“, sagte er": an article and one noun (perhaps after adjectives) whose ending is no
 * person's, or a group's determiner, is no antecedent for "er"/"sie"; the shared code would take the capital for a name.
 */
function isNoOnePerson(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (GROUP_DETERMINERS.has(first)) return true;
  if (!SINGLE_DETERMINERS.has(first) || words.length < 2 || words.length > 3) return false;
  const head = words[words.length - 1]!;
  return /^\p{Ll}+$/u.test(head) && !PERSON_NOUN_ENDING.test(head);
}

/** Role nouns, masculine and feminine ("Ministerin"): the feminine form is the masculine one with "-in". */
const ROLES = [
  'minister',
  'ministerin',
  'präsident',
  'präsidentin',
  'sprecher',
  'sprecherin',
  'regierungssprecher',
  'kanzler',
  'kanzlerin',
  'chef',
  'chefin',
  'leiter',
  'leiterin',
  'diplomat',
  'botschafter',
  'botschafterin',
  'general',
  'kommandeur',
  'außenminister',
  'außenministerin',
  'verteidigungsminister',
  'experte',
  'expertin',
  'analyst',
  'analystin',
  'anwalt',
  'anwältin',
  'staatsanwalt',
  'richter',
  'richterin',
  'abgeordnete',
  'abgeordneter',
  'bürgermeister',
  'bürgermeisterin',
  'gouverneur',
  'zeuge',
  'zeugin',
  'bewohner',
  'bewohnerin',
  'forscher',
  'forscherin',
  'professor',
  'professorin',
  'aktivist',
  'aktivistin',
  'journalist',
  'journalistin',
  'machthaber',
  'staatschef',
  'regierungschef',
  'kremlchef',
  'parteichef',
  'vorsitzende',
  'vorsitzender',
  'sprecherin',
  'berater',
  'beraterin',
  'soldat',
  'offizier',
  // Compound roles, as German writes them in one word ("Innenministerin Nancy Faeser", "der Kremlsprecher").
  'politiker',
  'politikerin',
  'spitzenpolitiker',
  'spitzenpolitikerin',
  'ministerpräsident',
  'ministerpräsidentin',
  'premierminister',
  'premierministerin',
  'bundeskanzler',
  'bundeskanzlerin',
  'bundespräsident',
  'bundespräsidentin',
  'vizekanzler',
  'vizepräsident',
  'vizepräsidentin',
  'innenminister',
  'innenministerin',
  'finanzminister',
  'finanzministerin',
  'wirtschaftsminister',
  'wirtschaftsministerin',
  'justizminister',
  'justizministerin',
  'verteidigungsministerin',
  'gesundheitsminister',
  'gesundheitsministerin',
  'staatssekretär',
  'staatssekretärin',
  'kremlsprecher',
  'pressesprecher',
  'pressesprecherin',
  'polizeisprecher',
  'polizeisprecherin',
  'armeesprecher',
  'militärsprecher',
  'ministeriumssprecher',
  'ministeriumssprecherin',
  'regierungssprecherin',
  'generalsekretär',
  'generalsekretärin',
  'fraktionschef',
  'fraktionschefin',
  'parteichefin',
  'regierungschefin',
  'staatschefin',
  'oppositionsführer',
  'oppositionsführerin',
  'kommandant',
  'befehlshaber',
  'oberbefehlshaber',
  'generalstabschef',
  'geheimdienstchef',
  'polizeichef',
  'armeechef',
  'beauftragte',
  'beauftragter',
  'senator',
  'senatorin',
  'oberbürgermeister',
  'oberbürgermeisterin',
  'landrat',
  'landrätin',
  'staatsanwältin',
  'ermittler',
  'ermittlerin',
  'trainer',
  'trainerin',
  'ökonom',
  'ökonomin',
  'politologe',
  'politologin',
  'historiker',
  'historikerin',
  'wissenschaftler',
  'wissenschaftlerin',
  'arzt',
  'ärztin',
  'augenzeuge',
  'augenzeugin',
  'einwohnerin',
  'anwohner',
  'anwohnerin',
  'unternehmer',
  'unternehmerin',
  'geschäftsführer',
  'geschäftsführerin',
  'vorstandschef',
  'vorstandschefin',
  'konzernchef',
  'konzernchefin',
  'kommissionschefin',
  'kommissionspräsidentin',
  'bürgerrechtler',
  'bürgerrechtlerin',
  'menschenrechtler',
  'menschenrechtlerin',
  'militärexperte',
  'militärexpertin',
  'sicherheitsexperte',
  'korrespondent',
  'korrespondentin',
  'reporter',
  'reporterin',
  'parlamentspräsident',
  'parlamentspräsidentin',
];

/** "die Ministerin", "die Politikerin": a role noun in "-in" beside its masculine form names a woman. */
const FEMININE_ROLES = [...ROLES, 'politikerin'].filter((role) => role.endsWith('in') && [...ROLES, 'politiker'].includes(role.slice(0, -2)));

export const GERMAN: LanguagePack = {
  language: 'de',
  abbreviations: [
    'dr',
    'prof',
    'hr',
    'fr',
    'st',
    'nr',
    'bzw',
    'z.b',
    'd.h',
    'u.a',
    'usw',
    'ca',
    'vgl',
    'inkl',
    'evtl',
    'ggf',
    'mio',
    'mrd',
    'abs',
    'jan',
    'feb',
    'aug',
    'sept',
    'okt',
    'nov',
    'dez',
    'gen',
    'u.s',
    'etc',
    'o.ä',
    's',
    'bzw',
    'sog',
    'v.a',
    'z',
  ],
  cues: [
    { kind: 'hearsay-adverb', pattern: 'angeblich(?:e|en|er|es|em)?|mutmaßlich(?:e|en|er|es|em)?|vermeintlich(?:e|en|er|es|em)?|vorgeblich(?:e|en|er|es|em)?' },
    // Unnamed reports ("einem Medienbericht zufolge", "Berichten zufolge"); "den Berichten zufolge" points back to named ones.
    {
      kind: 'rumour',
      pattern: String.raw`(?<!(?:den|diesen) )(?:(?:einem|mehreren|übereinstimmenden|ersten|örtlichen|lokalen|inoffiziellen|widersprüchlichen|unbestätigten) )?(?:Medienberichten|Presseberichten|Zeitungsberichten|Berichten|Medienbericht|Bericht) zufolge|(?:ersten|inoffiziellen|unbestätigten) (?:Angaben|Informationen) zufolge|nach (?:(?:ersten|inoffiziellen) (?:Angaben|Informationen)|(?:(?:ersten|inoffiziellen|neuen|jüngsten) )?Berichten)(?! (?:der|des|von|vom|aus|eines|einer)${WORD_END}| \p{Ll}+er \p{Lu})`,
    },
    { kind: 'rumour', pattern: String.raw`(?:wird|werden|wurde|wurden) (?:\p{L}+ ){0,2}vorgeworfen|wegen des Vorwurfs`, negatable: true },
    // Reportative sollen/wollen with a perfect infinitive: "er soll den Befehl gegeben haben", "will ihn gesehen haben".
    // Matched with case, as only a lower-case participle is a verb ("sollen gleiche Chancen haben" is a plan).
    {
      kind: 'rumour',
      // The Konjunktiv of reported speech too: "Laut Anklage solle er … gesammelt haben".
      pattern: String.raw`${WILL_FRAME_BEFORE}(?:[Ss]oll|[Ss]ollen|[Ss]olle|[Ww]ill|[Ww]ollen) ${CLAUSE_PIECE}{0,160}?${PARTICIPLE} haben`,
      grammatical: true,
      caseSensitive: true,
    },
    // With "sein" a perfect or passive ("soll getötet worden sein") or a state ("soll unter den Opfern sein"), unless a
    // deadline makes it a plan; "wollen" with "sein" is a wish ("wollen vorbereitet sein") unless it is a past ("will dabei gewesen sein").
    {
      kind: 'rumour',
      pattern: String.raw`${WILL_FRAME_BEFORE}(?:[Ss]oll|[Ss]ollen) ${PLAN_AHEAD}${CLAUSE_PIECE}{0,160}?(?<![\p{L}-])\p{L}+(?:t|en|n)(?: worden)? sein|(?:[Ww]ill|[Ww]ollen) ${CLAUSE_PIECE}{0,160}?(?:gewesen|geworden|${PARTICIPLE} worden) sein`,
      grammatical: true,
      caseSensitive: true,
    },
    // The same in a subordinate clause, verb last: "…, dass sie die Ärztin begleitet haben soll", "als er Vater geworden sein soll".
    // A relative clause on an indefinite noun ("Ein Abgeordneter, der eine Straftat begangen haben soll, darf …") is a rule's hypothesis.
    {
      kind: 'rumour',
      pattern: String.raw`(?<!(?:[Ee]in|[Ee]ine|[Ee]iner|[Jj]eder|[Jj]ede) [\p{L}-]+, (?:der|die|das|dem|den|denen) [^.;:!?\n]{0,120})${PARTICIPLE}(?: worden)? (?:haben|sein) (?:soll|sollen)(?![\p{L}])`,
      grammatical: true,
      caseSensitive: true,
    },
    {
      kind: 'distancing-frame',
      pattern: String.raw`was (?:\p{L}+ ){1,4}als [^.;:!?\n]{1,80}? (?:bezeichnete|bezeichneten|bezeichnet|darstellte|darstellten|nannte|nannten|beschrieb|beschrieben|wertete|werteten|wertet|sah|sahen|sieht|betrachtete|betrachteten|einstufte|einstuften)`,
      scope: 'phrase',
    },
    // "was Moskau eine Provokation nannte": "what X called", without "als".
    {
      kind: 'distancing-frame',
      pattern: String.raw`was (?:\p{L}+ ){1,4}?(?:ein|eine|einen|einer) [^.;:!?\n]{1,60}? (?:nannte|nannten|nennt|nennen)(?![\p{L}])`,
      scope: 'phrase',
    },
    {
      kind: 'distancing-frame',
      pattern: String.raw`es hei(?:ß|ss)t,? dass|es wird vermutet|wird vermutet|(?<![\p{L}])[Vv]ermutet (?:wird|werde|wurde),? dass|(?:es wird |[Gg]emunkelt wird)(?:gemunkelt)?,? dass|soll(?:en)? angeblich|${NAMED_SOURCE_BEFORE}(?:gilt|gelten|galt|galten|gelte|gälte) (?!${NAMED_SOURCE_WITHIN})(?:[\p{L}\d-]+ ){0,5}?als(?![\p{L}])|(?<![\p{L}])${NAMED_SOURCE_BEFORE}als (?:[\p{L}\d-]+ ){1,8}?(?:gegolten|gilt|gelten|galt|galten)(?![\p{L}])`,
      negatable: true,
    },
    // Rumour without a source: "wird ihm ein Faible nachgesagt", "so wird kolportiert".
    {
      kind: 'rumour',
      pattern: String.raw`(?:wird|werden|wurde|wurden) (?:(?!von )[^.;:!?\n«»„“"]){1,80}? nachgesagt(?![\p{L}])|(?:wird|wurde) (?:es |dies |das )?kolportiert|kolportierte?n?(?= (?:Summe|Betrag|Ablöse|Gehalt|Preis|\d))`,
      negatable: true,
    },
    // Agentless "seen as", like English: "wird als Versuch gesehen", "wurde eher als Pragmatiker angesehen"; "von den USA gesehen" names who sees.
    {
      kind: 'distancing-frame',
      pattern: String.raw`(?:wird|werden|wurde|wurden) (?:(?!von )[^.;:!?\n«»„“"]){0,80}?als [^.;:!?\n«»„“"]{1,80}? (?:gesehen|angesehen|betrachtet|eingeschätzt|eingestuft|wahrgenommen|dargestellt|gefeiert|gepriesen|angepriesen|gehandelt)(?![\p{L}])`,
      negatable: true,
    },
    {
      kind: 'non-verification',
      // The plain verb as well as its compounds: "ließ sich nicht prüfen", "konnten nicht unabhängig geprüft werden".
      pattern:
        String.raw`(?:lie(?:ß|ss)en|lie(?:ß|ss)|lassen|lässt) sich (?:zunächst |bislang |bisher )?nicht (?:unabhängig )?(?:überprüfen|prüfen|nachprüfen|bestätigen|verifizieren)|(?:konnten?|können|kann) (?:zunächst |bislang |bisher )?nicht (?:unabhängig )?(?:überprüft|geprüft|nachgeprüft|bestätigt|verifiziert)|nicht unabhängig (?:überprüf|prüf|geprüft|nachprüf|nachgeprüft|bestätig|verifizier)\p{L}*|unabhängig nicht (?:überprüf|bestätig)\p{L}*|ohne (?:Belege|Beweise)|unbestätigt(?:e|en|er|es|em)?|nicht (?:offiziell |unabhängig |zunächst )?bestätigt|unbewiesen(?:e|en|er|es|em)?|unbelegt(?:e|en|er|es|em)?|nicht (?:\p{L}+ )?(?:belegt|bewiesen)(?![\p{L}])|` +
        // "Unabhängig bestätigen ließen sich die Aufnahmen nicht", "Überprüfen lassen sich diese Aussagen nicht", "Die Angaben waren nicht überprüfbar".
        String.raw`(?:unabhängig )?(?:überprüfen|prüfen|bestätigen|verifizieren|nachprüfen) (?:ließen|ließ|liessen|liess|lassen|lässt) sich (?:\p{L}+ ){0,4}(?:nicht|kaum)(?![\p{L}])|(?:nicht|kaum|selten|schwer) (?:unabhängig )?(?:überprüfbar|prüfbar|verifizierbar|nachprüfbar)|` +
        // "Unabhängig sind diese Angaben nicht zu überprüfen", "nicht unmittelbar von unabhängiger Stelle überprüft", "keine unabhängige Bestätigung".
        String.raw`unabhängig(?! (?:davon|voneinander|von|vom)(?![\p{L}])) (?:\p{L}+ ){0,6}?(?:nicht|kaum|schwer) (?:zu )?(?:überprüf|prüf|geprüft|verifizier|bestätig|nachprüf)\p{L}*|` +
        String.raw`(?:nicht|kaum) (?:\p{L}+ ){0,3}?(?:von|durch) unabhängiger (?:Seite|Stelle|Quelle) (?:überprüf|geprüft|prüf|bestätig|verifizier)\p{L}*|(?:von|durch) unabhängiger (?:Seite|Stelle|Quelle) (?:\p{L}+ ){0,2}?(?:nicht|kaum) (?:zu )?(?:überprüf|geprüft|prüf|bestätig|verifizier)\p{L}*|` +
        // "Eine offizielle Bestätigung gab es zunächst nicht", "Dafür gibt es keine Bestätigung": the claim stands unconfirmed.
        String.raw`(?:[Ee]ine |[Kk]eine )?(?:offizielle |amtliche |unabhängige )?Bestätigung (?:dafür |hierfür |davon )?(?:gab|gibt|lag|liegt) es (?:\p{L}+ ){0,2}?(?:nicht|keine)(?![\p{L}])|(?:gab|gibt) es (?:\p{L}+ ){0,2}?keine (?:offizielle |amtliche |unabhängige )?Bestätigung|` +
        String.raw`nicht (?:unabhängig )?zu (?:überprüfen|prüfen|verifizieren|bestätigen)|(?:keine|nicht) (?:\p{L}+ ){0,2}?unabhängige (?:Überprüfung|Bestätigung|Verifizierung)|unabhängige (?:Überprüfung|Bestätigung|Verifizierung) (?:\p{L}+ ){0,4}?(?:nicht|kaum)(?![\p{L}])|` +
        // "Beweise legte er nicht vor", "Belege dafür nannte sie nicht": the evidence fronted, the verb denied after it.
        String.raw`(?:Beweise|Belege|Nachweise) (?:\p{L}+ ){0,2}?(?:legte|legten|legt|lieferte|lieferten|liefert|nannte|nannten|nennt|präsentierte|präsentierten|brachte|brachten) (?:\p{L}+ ){0,2}?nicht(?![\p{L}])|` +
        // "legte keine Beweise vor", "ohne dies zu belegen": English "without providing evidence".
        // "Ob das stimmt, ist unklar": whether the claim is true is left open.
        String.raw`(?:[Oo]b) (?:das|dies|diese Angaben?|die Angaben?|diese Berichte|die Berichte|diese Darstellung|die Darstellung) (?:\p{L}+ )?(?:stimmt|stimmen|zutrifft|zutreffen|korrekt ist|wahr ist|der Wahrheit entspricht),? (?:ist|war|blieb|bleibt) (?:\p{L}+ )?(?:unklar|offen|ungewiss|unbekannt|nicht bekannt|nicht klar)|` +
        String.raw`(?:legte|legten|legt|lieferte|lieferten|liefert|nannte|nannten|nennt|präsentierte|präsentierten|brachte|brachten) (?:\p{L}+ ){0,3}?keine (?:Belege|Beweise|Nachweise)|ohne (?:dies|das|diese Angaben?|die Angaben?|seine Angaben|ihre Angaben|seine Behauptung|ihre Behauptung) (?:\p{L}+ )?zu (?:belegen|beweisen)`,
      scope: 'sentence',
    },
    {
      kind: 'anonymous-sourcing',
      pattern:
        String.raw`(?:der|die) (?:nicht (?:namentlich )?genannt werden (?:wollte|wollten|möchte|möchten)|anonym bleiben (?:wollte|wollten|möchte))|(?:namentlich )?nicht (?:namentlich )?genannt werden (?:wollte|wollten|will|wollen|möchte|möchten)|anonym bleiben (?:wollte|wollten|will|wollen|möchte|möchten)|(?:seinen|ihren) Namen nicht (?:\p{L}+ ){0,3}?(?:nennen|lesen|sehen|veröffentlicht) (?:wollte|wollten|will|wollen|möchte|möchten)|unter (?:der Bedingung der |Zusicherung der )?Anonymität|aus (?:\p{L}+ ){0,2}[\p{L}-]*[Kk]reisen|(?:informierten|unterrichteten|diplomatischen) Kreisen|(?:Regierungs|Sicherheits|Geheimdienst|Diplomaten|Militär|Partei|Verhandlungs|Koalitions|Ermittler|Justiz|Polizei|Armee|Verteidigungs|Fraktions|Branchen|Unternehmens|Finanz|Kreml-?|Nato-|EU-)[Kk]reise[ns]?|(?<!Business )Insider(?:n|innen)?|Informant(?:en|in|innen)?(?![\p{L}])|Gewährs(?:mann|leute|leuten|person|personen)(?![\p{L}])|(?:anonyme|informierte|nicht genannte) Quellen?|Quellen zufolge|(?:eine|einer|einen|zwei|drei|mehrere|mehreren) (?:\p{L}+(?:e|en|er) ){0,2}\p{L}+-Quellen?(?![\p{L}])|(?:eine|einer|zwei|drei|mehrere|mehreren|laut|nach|aus|von) (?:(?:\p{L}+isch|hochrangig|ranghoh|informiert|vertraulich|intern|westlich)(?:e|en|er) ){1,2}Quellen?(?![\p{L}])|(?:namentlich nicht|nicht namentlich|nicht näher) genannt(?:e|en|er|es|em)|(?:laut|nach|aus|von) (?:(?:nicht näher genannten|gut informierten|gut unterrichteten|vertraulichen|eigenen|mehreren|verschiedenen) )?Quellen|Quellen (?:in|aus)|anonym(?:e|en|er|es|em)? (?:\p{L}+ )?[\p{L}-]*(?:Gesprächspartner|Informant|Beamt|Mitarbeiter|Regierungsvertreter|Vertreter|Diplomat|Person|Mitglied|Offizier|Soldat|Funktionär|Kommandeur|Ermittler)\p{L}*|` +
        // "eine der Hisbollah nahestehende Quelle", "dem Kreml nahestehende Quellen": a source named only by whom it is close to.
        String.raw`nahestehend(?:e|en|er) (?:[\p{L}-]+ )?(?:Quellen?|Kreise[n]?|Person(?:en)?)(?![\p{L}])|(?:Geheimdienst|Regierungs|Sicherheits|Militär|Polizei|Justiz|Diplomaten|Ermittler|Koalitions)quellen|` +
        // "eine mit den Plänen vertraute Person", "einen mit Geheimdienstinformationen vertrauten US-Beamten": English "familiar with".
        String.raw`mit (?:[\p{L}-]+ ){1,4}vertraut(?:e|en|er|es|em) (?:[\p{L}-]+ )?(?:Person|Quelle|[\p{L}-]*Beamt|Insider|Diplomat|Mitarbeiter|[\p{L}-]*Vertreter|Kreise)\p{L}*`,
      scope: 'sentence',
    },
    { kind: 'rumour', pattern: String.raw`Gerüchte?n?|Spekulationen|unbestätigten Berichten|spekulier(?:t|te|ten|en)`, negatable: true },
    // Agentless rumour and speculation, like English "it is rumoured": "Ihm wird nachgesagt, …", "Es wurde gemutmaßt, dass …".
    { kind: 'rumour', pattern: String.raw`(?:wird|werden|wurde|wurden) (?:\p{L}+ ){0,3}?(?:nachgesagt|gemutmaßt|gemunkelt)(?![\p{L}])`, negatable: true },
    // Reports of no one's that emerged, like English "reports emerged": "Es tauchten Berichte auf, wonach …", "Berichte, wonach …".
    {
      kind: 'rumour',
      pattern: String.raw`(?<!(?:den|diesen|die|diese) )Berichte,? wonach|(?:tauchten|tauchen|tauchte) (?:\p{L}+ ){0,2}Berichte auf|Berichte (?:\p{L}+ ){0,2}(?:aufgetaucht|gegeben),? (?:wonach|dass)`,
      negatable: true,
    },
    // Reports of no one's, like English "media reports": "laut Medienberichten", "wie lokale Medien berichteten".
    {
      kind: 'rumour',
      pattern: String.raw`(?:laut|nach|gemäß) (?:(?:übereinstimmende|mehrere|erste|örtliche|lokale|\p{L}+ische)[nr] )?Medienberichten?|wie (?:(?:örtliche|lokale|mehrere|\p{L}+ische) )?Medien (?:berichten|berichteten|meldeten|melden)|(?<![\p{L}] )(?:Berichten|Angaben) (?:örtlicher|lokaler|mehrerer|anderer|\p{L}+ischer) Medien zufolge|(?:Andere|Einige|Mehrere|Lokale|Örtliche) Medien (?:berichten|berichteten|meldeten|melden|sprechen|sprachen)(?![\p{L}])|(?:berichteten|berichten|meldeten|melden) (?:(?:örtliche|lokale|mehrere|\p{L}+ische) )?Medien|(?<![\p{L}] )(?:(?:örtliche|lokale|\p{L}+ische)(?: und (?:örtliche|lokale|\p{L}+ische))? )?Medien (?:berichteten|berichten|meldeten|melden|vermuten|vermuteten|spekulieren|spekulierten),? dass`,
    },
    // A teaser cut off after "soll" ("X soll Ziel eines Angriffs …", "Er soll den Minister als … bezeichnet …"): the verb
    // that would tell a plan from hearsay is lost, and news teasers cut hearsay far more often than plans.
    {
      kind: 'rumour',
      pattern: String.raw`${WILL_FRAME_BEFORE}(?:[Ss]oll|[Ss]ollen) ${PLAN_AHEAD}${CLAUSE_PIECE}{1,160}? (?:\.\.\.|…)(?=\s*(?:\n|$))`,
      grammatical: true,
      caseSensitive: true,
    },
    // Reportative sollen without a perfect: "Die Täter sollen aus Syrien stammen".
    {
      kind: 'rumour',
      // "sollen laut Verfassung … angehören" is what a rule prescribes, not hearsay.
      // Matched with case: a capitalised "Wohnen" is a noun, not the infinitive.
      pattern: String.raw`${WILL_FRAME_BEFORE}(?:[Ss]oll|[Ss]ollen) (?!laut (?:der |dem |des )?(?:Verfassung|Gesetz|Vertrag|Plan|Plänen|Beschluss|Abkommen|Satzung|Verordnung))${PLAN_AHEAD}${CLAUSE_PIECE}{0,80}?(?<![\p{L}])(?:stammen|gehören|angehören|besitzen|verfügen|kennen|unterhalten|planen|leben|wohnen|genießen|existieren|beteiligt sein|verwickelt sein|zeigen|handeln|befinden|aufhalten|enthalten|(?:in )?(?:Zusammenhang|Verbindung) (?:\p{L}+ ){0,10}?stehen|(?:im|in|an|am|unter|auf|bei|beim) (?:\p{L}+ ){0,2}sein(?![\p{L}]))`,
      grammatical: true,
      caseSensitive: true,
    },
    // A deed laid at someone's door without the article's word: "ein Israel zugeschriebener Luftangriff", "der den Rebellen
    // zugeschriebene Anschlag", "Der Angriff wird der Miliz zugeschrieben". With its agent ("X schrieb Y … zu", "X hat Y … zugeschrieben") it is attribution.
    // "unterstellt ihm Kontakte zur PKK": to impute is to accuse; "ist dem Ministerium unterstellt" is to be subordinate.
    {
      kind: 'rumour',
      pattern: String.raw`(?<![\p{L}])zugeschrieben(?:e|en|er|es|em)(?![\p{L}])|(?<!(?:hat|haben|hatte|hatten) (?:[\p{L}-]+ ){0,6})(?<![\p{L}])zugeschrieben(?![\p{L}])|(?<!(?:ist|sind|war|waren|wurde|wurden|wird|werden|bleibt|bleiben|blieb) (?:[\p{L}-]+ ){0,6})(?<![\p{L}])unterstell(?:t|te|ten|en)(?![\p{L}])|(?<![\p{L}])Unterstellung(?:en)?(?![\p{L}])`,
      negatable: true,
    },
    // The same verb last, in a clause hung on a noun: "ein Video, das den Angriff zeigen soll", "der Mann, der aus Syrien
    // stammen soll". "zeigen" only for a picture, as "eine Ausstellung, die … zeigen soll" is what it is meant to do;
    // a time ahead in the clause makes it a plan ("dem künftig fünf Fachleute angehören sollen"), and "jeder, der …" a rule.
    {
      kind: 'rumour',
      pattern: String.raw`(?:[\p{L}-]*(?:[Vv]ideo|[Aa]ufnahme|[Ff]oto|[Bb]ild|[Cc]lip|[Ff]ilm)\p{L}*,? (?:das|die|den|dem|auf dem|auf denen|in dem) ${CLAUSE_PIECE}{0,120}?(?<![\p{L}])zeigen|(?<!(?:[Jj]eder|[Jj]ede|[Jj]edes|[Ww]er)[ ,][^.;:!?\n]{0,80})(?!(?:[Jj]eder|[Jj]ede|[Jj]edes)(?![\p{L}]))[\p{L}\d-]+, (?:der|die|das|dem|den|denen|dessen|deren|dass|wo|wonach) (?!${CLAUSE_CHAR}{0,120}?(?<![\p{L}])(?:künftig|bald|demnächst|später|ab|bis)(?![\p{L}]))${CLAUSE_PIECE}{0,120}?(?<![\p{L}])(?:stammen|angehören|gehören|befinden|aufhalten)) (?:soll|sollen)(?![\p{L}])`,
      grammatical: true,
      caseSensitive: true,
    },
    // Who is said to be among the victims: "Unter den Verletzten soll auch der Botschafter sein", "Darunter sollen zwei Kinder sein".
    // Membership needs no participle, and no plan puts someone among the dead.
    {
      kind: 'rumour',
      pattern: String.raw`(?<![\p{L}])(?:[Uu]nter (?:den|ihnen)(?: [^.;:!?\n«»„“"]{1,60}?)?|[Dd]arunter) (?:soll|sollen) ${CLAUSE_PIECE}{0,120}?(?<![\p{L}])(?:sein|gewesen sein)(?![\p{L}])`,
      grammatical: true,
      caseSensitive: true,
    },
    // Accusations, as the team's English gold marks "accused … of": "warf der Regierung vor, …", "beschuldigte", "der Vorwurf, dass".
    // An accusation noun with its content: "nach entsprechenden Vorwürfen", "Korruptionsvorwürfe", "den Vorwurf des Betrugs".
    {
      kind: 'rumour',
      pattern: String.raw`(?:wirft|warf|werfen|warfen) (?:(?:[^.;:!?\n«»„“"]|${QUOTED_WORDS}){1,100}? )?vor(?=\s*[,.;–—\n]|\s*$| (?:zu|dass)(?![\p{L}]))|vorgeworfen(?:en)?|zur Last gelegt|beschuldigt(?![\p{L}])|(?<!(?:die|der|den|des|dem|einen?|einer|eines|zwei|drei|vier|fünf|mehrere|mehreren|beiden|alle|allen|weitere|weiteren|anderen) )beschuldigt(?:e|en)|beschuldigen|bezichtigt(?:e|en)?|bezichtigen|Anschuldigung(?:en)?|\p{L}*vorwürfe (?:\p{L}+ ){0,3}?(?:erhoben|laut)|(?:nach|wegen|trotz|gegen) (?:den |die )?(?:\p{Ll}+(?:en|e) )?Vorwürfen?(?![\p{L}])|(?<![\p{L}])\p{Lu}\p{Ll}{2,}-?[Vv]orw(?:urf|ürfe)(?:s|n)?(?![\p{L}])|(?:der|den|dem|die) Vorw(?:urf|ürfe)s? (?:des|der) \p{Lu}\p{L}*|(?:der|den|dem) Vorwurfs?,? (?:dass|wonach|er|sie)(?![\p{L}])|Vorwürfen?,? (?:dass|wonach)`,
      negatable: true,
    },
    // "behauptete", "die Behauptung": a claim the article does not stand behind, like English "claimed".
    { kind: 'distancing-frame', pattern: String.raw`behaupte(?:t|te|ten|n)|Behauptung(?:en)?`, negatable: true },
    // "steht im Verdacht", like English "is suspected of".
    {
      kind: 'rumour',
      pattern: String.raw`(?:steht|stehen|stand|standen) (?:\p{L}+ ){0,2}im Verdacht|unter dem Verdacht|verdächtigt(?:e|en)?`,
      negatable: true,
    },
    // ", hieß es." closing a sentence names no one: the agentless "it was said".
    // "Am Nachmittag hieß es, …" opening a sentence with a time and no source is the same.
    {
      kind: 'hearsay-adverb',
      pattern: String.raw`dem Vernehmen nach|wie es (?:heißt|hieß|hiess)(?=\s?[,.])|(?<=, )(?:heißt|hieß|hiess) es(?=\.)|(?:(?:Am|Im) (?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Wochenende|Laufe des Tages)|Zunächst|Später|Zuvor|Anfangs|Inzwischen|Zuletzt|Bislang|Bisher) (?:heißt|hieß|hiess) es,`,
    },
  ],
  // Where a hedged claim ends inside its sentence: at a semicolon, a dash, a contrasting conjunction, or a comma that opens
  // a main clause of its own ("Das Bild wurde angeblich entdeckt, die Qualität ist schlecht"; "…, 29 Menschen sollen überlebt haben").
  claimClause: {
    separators: new RegExp(
      String.raw`;|\s[–—]\s|,\s+(?:aber|doch|jedoch|sondern|während|obwohl|zumal|denn)(?![\p{L}])|,\s+(?=(?:die|der|das|ihre?|seine?|\d+)\s+[\p{L}\d-]+\s+(?:ist|sind|war|waren|kommt|kam|bleibt|blieb|hat|haben|hatte|hatten|soll|sollen|gilt|gelten|galt|wird|werden|wurde|wurden)(?![\p{L}]))`,
      'gu',
    ),
    // Neither a relative clause nor a "dass" clause is split off: German puts the cue's verb last, after the claim.
    relative: /(?!)/gu,
    complement: /(?!)/gu,
  },
  stateMedia: {
    sourceBefore: new RegExp(
      // "sagte er im Staatsfernsehen", "nach Darstellung der Staatsmedien": a report in or by the outlet.
      // "zitierte ihn die Staatsagentur": an object pronoun may stand between the verb and the outlet after it.
      // "Wie die Agentur X … meldet": the verb of the "wie" clause comes last, so "wie" alone makes the source.
      `${WORD_START}(?:laut|gemäß|wie|nach Angaben|nach Berichten|(?:laut|nach|gemäß) (?:einem|einer|dem|den|der|des) (?:Bericht|Berichten|Meldung|Meldungen|Angaben|Informationen|Darstellung)|(?:in|aus) (?:einem|einer|dem|der) (?:Bericht|Beitrag|Interview|Sendung|Meldung)|nach Darstellung|nach Informationen|nach Meldungen|zitiert von|` +
        `(?:${alternation(VERBS)})(?:\\s+\\p{L}+){0,3}?\\s+(?:in|im|auf|bei|beim)|unter Berufung auf|in einem Interview mit|im Interview mit|gegenüber|` +
        // "sagte der Minister dem Staatsfernsehen": an inverted subject between the verb and the outlet told in the dative.
        `(?:${alternation(VERBS)})\\s+(?:der|die)\\s+[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}(?=\\s+dem\\s|\\s+$)|` +
        `veröffentlicht von|verbreitet von|ausgestrahlt von|(?:${alternation(VERBS)})(?:\\s+(?:ihn|ihm|ihnen|uns))?|(?:hat|hatte|haben|hatten) (?:${alternation(PARTICIPLES)}))` +
        `[\\s,]+(?:(?:der|die|das|dem|den|des|eines|einer|einem|im|beim|vom)\\s+)?(?:(?:Zeitung|Tageszeitung|Wochenzeitung|Sender|Fernsehsender)\\s+)?[„"“»«]?$|` +
        // A sentence opening "Im Staatsfernsehen …", "Auch in den Staatsmedien …": what follows was said there.
        `(?:^|[.!?]\\s+)(?:(?:Auch|Zudem|Selbst|Sogar|Dort)\\s+)?(?:Im|im|In\\s+den|in\\s+den|In\\s+der|in\\s+der)\\s+$|` +
        // "Ein Sprecher sprach von einem Absturz, das Staatsfernsehen von einer Landung": the second subject of a gapped "sprach von".
        `${WORD_START}(?:sprach|sprachen|spricht|sprechen)\\s+von\\s+[^.;:!?\\n,]{1,80},\\s+(?:und\\s+|während\\s+)?$`,
      'iu',
    ),
    subjectOfVerb: new RegExp(
      // Another source may be joined by "und" ("staatlichen Medien und der Regierung zufolge").
      // "Die staatliche Nachrichtenagentur Aserbaidschans, Azertac, meldet": a country in the genitive may come first.
      `^[“"«»]?(?:\\s+\\p{Lu}\\p{L}+s)?(?:\\s*,[^,.;:"“”«»„\\n]{1,90},)?(?:\\s+(?:und|sowie)\\s+(?:(?:der|die|das|dem|den|des)\\s+)?\\p{L}+)?\\s+(?:(?:am\\s+\\p{L}+|zufolge|auch|zudem|außerdem|bereits|heute|gestern|noch|dann|später|jedoch|weiter)\\s+){0,3}` +
        `(?:zufolge|(?:${alternation(VERBS)})|(?:hat|hatte|haben|hatten)\\s+(?:\\p{L}+\\s+){0,2}(?:${alternation(PARTICIPLES)}))${WORD_END}|` +
        // The verb last: "eine Rede, die vom Staatsfernsehen übertragen wurde", "Zuvor hatten Staatsmedien Angriffe gemeldet".
        // A participle of reporting that closes the clause after the outlet has it for its agent or subject.
        `^(?:\\s+[\\p{L}\\d-]+){0,8}?\\s+(?:${alternation(CLOSING_PARTICIPLES)})(?:\\s+(?:wurde|wurden|worden|wird|werden|hat|hatte|haben|hatten))?(?=\\s*(?:[.;:!?,]|$))`,
      'iu',
    ),
    negatedAfter: /^\s+(?:(?:hat|hatte|haben|berichtete|meldete|zeigte|erwähnte)\s+)?(?:nicht|nie|niemals|keine|keinen)(?![\p{L}])/iu,
    // "Foto: Xinhua" names the outlet at once; "Foto: Li Ming / Xinhua" after the photographer.
    // "© Tass Schernow / Picture Alliance": a copyright sign opens a credit too.
    creditBefore: /(?:(?:Foto|Fotos|Bild|Bilder|Quelle|Video)\s*:(?:[^\n:]{0,50}?[/:])?|©)\s*$/iu,
    leftDescriptors: [
      ...inflect([...MEDIA_STEMS, ...NATIONALITY_STEMS, 'zentral', 'koreanisch', 'national', 'öffentlich', 'kommunistisch', 'parteinah'], ADJ_ENDINGS),
      // Not "Berichten": in "nach Berichten staatlicher Medien" it belongs to the frame, not the outlet's name.
      ...NOUNS.filter((n) => !n.endsWith('erichten')).map((n) => n.toLowerCase()),
      ...COMPOUNDS.map((n) => n.toLowerCase()),
      'nachrichtenagentur',
      'agentur',
      'sender',
      'fernsehsender',
      'staatsagentur',
      'staatssender',
      'zeitung',
      'parteizeitung',
      'tageszeitung',
      'nachrichtensender',
      'propagandasender',
      'auslandssender',
      'kanal',
    ],
    determiners: ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'eines'],
    rightDescriptors: [],
    genericReference: new RegExp(
      // Any nationality adjective ("die griechischen", "Russische") may stand before the noun; capitals open a sentence.
      `${WORD_START}(?:(?:[Dd]ie|[Dd]as|[Dd]er|[Dd]en|[Dd]em|[Dd]es)\\s+)?(?:(?:${alternation(capitalised(inflect(MEDIA_STEMS, ADJ_ENDINGS)))})\\s+(?:${NATIONALITY_ADJECTIVE}\\s+)?(?:${alternation(NOUNS)})|` +
        `(?:${NATIONALITY_ADJECTIVE}\\s+)?(?:${alternation(COMPOUNDS)}))${WORD_END}`,
      'gu',
    ),
    backReference: new RegExp(
      `${WORD_START}(?:die|Die|der|Der|das|Das|dem|den|des|diese|Diese|dieser|Dieser)\\s+(Agentur|Nachrichtenagentur|Staatsagentur|Sender|Senders|Staatssender|Fernsehsender|Zeitung|Blatt|Parteizeitung|Kanal)${WORD_END}(?!\\s*[„"“»«])`,
      'gu',
    ),
    familyOf,
  },
  quotes: {
    // "Interview mit Hans Müller": the answers are the person interviewed's.
    interview: {
      signal: /(?:Interview|Gespräch mit|im Gespräch)/u,
      header:
        /(?:^|\n)[^\n]{0,80}?(?:(?:Interview|Gespräch|Im Gespräch) mit )(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de |del |von |van |le |la )?\p{Lu}[\p{L}'’-]+){1,3})/u,
    },
    reportingVerbs: [
      ...VERBS.filter((v) => !v.includes(' ')),
      ...PARTICIPLES,
      'sagte',
      'sagt',
      'sagten',
      'erklärte',
      'erklärt',
      'betonte',
      'betont',
      'fügte',
      'ergänzte',
      'meinte',
      'meint',
      'warnte',
      'warnt',
      'forderte',
      'fordert',
      'schrieb',
      'schreibt',
      'twitterte',
      'antwortete',
      'antwortet',
      'fragte',
      'fragt',
      'räumte',
      'versicherte',
      'bekräftigte',
      'unterstrich',
      'kritisierte',
      'hob',
      'stellte',
      'beklagte',
      'erinnerte',
      'erinnert',
      'sagen',
      'erklären',
      'so',
      'berichtete',
      'erzählte',
      'erzählt',
      'bestätigte',
      'kommentierte',
      'urteilte',
      'mahnte',
      'drohte',
      'rief',
      'verkündete',
      'sprach',
      'spricht',
      'sprechen',
      'sprachen',
      // "nennt seine Töchter nur „diese Frauen“": English "called them 'liberators'".
      'nennt',
      'nannte',
      'nannten',
      // German news reports speech in the present as often as in the past ("„…“, versichert der Minister").
      'versichert',
      'bemängelte',
      'bemängelt',
      'erläuterte',
      'erläutert',
      'entgegnete',
      'entgegnet',
      'versprach',
      'verspricht',
      'bilanzierte',
      'bilanziert',
      'resümierte',
      'resümiert',
      'ergänzt',
      'unterstreicht',
      'kritisiert',
      'mahnt',
      'appellierte',
      'appelliert',
      'schilderte',
      'schildert',
      'beklagt',
      'bekräftigt',
      'verwies',
      'verweist',
      'erklärten',
      'betonten',
      'warnten',
      'forderten',
      'verriet',
      'verrät',
      'gestand',
      'gesteht',
      'lobt',
      'klagte',
      'klagt',
      'argumentierte',
      'argumentiert',
      'konstatierte',
      'konstatiert',
      'beteuerte',
      'beteuert',
      'droht',
      'urteilt',
      'antworteten',
      'ruft',
      // "äußerte der Chef", "hatte … bekanntgegeben", "habe X unterstrichen": more verbs of speech and their participles.
      'äußerte',
      'äußert',
      'äußerten',
      'geäußert',
      'unterstrichen',
      'bekanntgegeben',
      'angekündigt',
      'kündigte',
      'kündigt',
      'gewarnt',
      'gefordert',
      'hinzugefügt',
      'geantwortet',
      'gefragt',
      'bezeichnet',
      // The class as a whole: every finite form and participle of the weak verbs of speech, separable ones included
      // ("teilte … mit", "wie er mitteilte", "fügte … hinzu", "räumte … ein"), and the strong ones by hand.
      ...germanWeakForms([
        ...['sagen', 'erklären', 'betonen', 'warnen', 'fordern', 'meinen', 'ergänzen', 'berichten', 'melden', 'kritisieren', 'bestätigen'],
        ...['versichern', 'bekräftigen', 'erläutern', 'schildern', 'mahnen', 'beklagen', 'klagen', 'argumentieren', 'beteuern', 'erzählen'],
        ...['antworten', 'fragen', 'äußern', 'kommentieren', 'bilanzieren', 'resümieren', 'appellieren', 'konstatieren', 'zitieren', 'twittern'],
        ...['verkünden', 'behaupten', 'entgegnen', 'urteilen', 'loben', 'monieren', 'bemängeln', 'kontern', 'präzisieren', 'folgern'],
        ...['beschuldigen', 'bezichtigen'],
        // Wishes, thanks and congratulations are said too ("wünschte der Minister „gute Besserung“", "dankte den Helfern für ihren „Einsatz“").
        ...['wünschen', 'danken', 'gratulieren'],
        // Verbs that judge or call for something in words ("verurteilte den Angriff als „…“", "bezeichneten ihn als „…“").
        ...['bezeichnen', 'verurteilen', 'begrüßen', 'dementieren', 'auf|fordern', 'werten'],
        ...['mit|teilen', 'hinzu|fügen', 'an|kündigen', 'klar|stellen', 'ein|räumen', 'fest|stellen', 'an|merken', 'nach|haken', 'zu|sichern'],
      ]),
      ...['hebt', 'hoben', 'hervorgehoben', 'hervorhob', 'hervorhebt', 'wies', 'weist', 'wiesen', 'hingewiesen', 'hinwies', 'hinweist'],
      ...['zurückgewiesen', 'zurückwies', 'zurückweist', 'wandte', 'wendet', 'wandten', 'eingewandt', 'eingewendet', 'einwandte'],
      'heißt',
      'hieß',
      // An accusation is said too ("wirft Russland „…“ vor").
      ...['wirft', 'warf', 'warfen', 'vorwirft', 'vorwarf', 'vorwarfen', 'vorgeworfen'],
      ...['zugegeben', 'zugab', 'zugibt', 'beschrieb', 'beschreibt', 'schrieben', 'riefen', 'versprachen', 'unterstrichen'],
      // The strong verbs of the same class: "rief … zur „Zurückhaltung“ auf", "bestritt", "widersprach".
      ...['aufgerufen', 'aufrief', 'aufruft', 'aufriefen', 'bestritt', 'bestreitet', 'bestritten', 'widersprach', 'widerspricht', 'widersprochen'],
    ],
    // With the Konjunktiv of reported speech ("In seiner Rede habe er betont").
    auxiliaries: ['hat', 'hatte', 'haben', 'hatten', 'habe', 'hätte', 'hätten', 'soll', 'sollen', 'will', 'wollen'],
    pronouns: { er: 'he', sie: 'she', wir: 'we', ich: 'i' },
    nounPhraseWords: [
      'der',
      'die',
      'das',
      'dem',
      'den',
      'des',
      'ein',
      'eine',
      'einer',
      'sein',
      'seine',
      'ihr',
      'ihre',
      'russische',
      'russischen',
      'chinesische',
      'ehemalige',
      'neue',
      'stellvertretende',
      'amtierende',
      // Attributive adjectives between the article and the role ("der geschäftsführende Gouverneur", "die ukrainische Armee").
      ...inflect(
        [
          ...NATIONALITY_STEMS,
          'ukrainisch',
          'amerikanisch',
          'deutsch',
          'französisch',
          'britisch',
          'israelisch',
          'palästinensisch',
          'polnisch',
          'europäisch',
          'geschäftsführend',
          'stellvertretend',
          'amtierend',
          'ehemalig',
          'früher',
          'zuständig',
          'leitend',
          'oberst',
          'neu',
          'designiert',
          'scheidend',
          'langjährig',
        ],
        ['e', 'en'],
      ),
    ],
    // "Bundeskanzler Olaf Scholz … Der Regierungschef sagte …": another name for the office names the same person.
    roleFamilies: [
      ['kanzler', 'bundeskanzler', 'regierungschef'],
      ['kanzlerin', 'bundeskanzlerin', 'regierungschefin'],
      ['präsident', 'bundespräsident', 'staatschef', 'staatsoberhaupt'],
      ['präsidentin', 'bundespräsidentin', 'staatschefin'],
      ['ministerpräsident', 'regierungschef', 'premier', 'premierminister'],
    ],
    roles: ROLES,
    genderWords: { m: [], f: FEMININE_ROLES },
    speakingThings: [
      'erklärung',
      'mitteilung',
      'bericht',
      'agentur',
      'ministerium',
      'regierung',
      'armee',
      'kreml',
      'zeitung',
      'sender',
      'dokument',
      'brief',
      'schreiben',
      'stellungnahme',
    ],
    // "eine Rakete des Typs „X“", "die Operation „Y“": a short quote after a naming noun is the name, not words spoken.
    labelNouns: inflect(['typ', 'modell', 'projekt', 'codename', 'deckname', 'slogan', 'motto', 'hashtag'], ['', 's', 'es']).concat([
      'operation',
      'aktion',
      'kampagne',
      'marke',
      'mission',
      'initiative',
      'losung',
      'parole',
    ]),
    // "der Zeitung „Bild“", "die Partei „Die Linke“": a quoted name right after the noun for what it names.
    nameNouns: [
      ...inflect(['Zeitung', 'Zeitschrift', 'Nachrichtenagentur', 'Agentur', 'Partei', 'Firma', 'Organisation', 'Bewegung', 'Gruppe', 'Sendung'], ['', 'en']),
      ...inflect(['Magazin', 'Sender', 'Fernsehsender', 'Unternehmen', 'Konzern', 'Verein', 'Portal', 'Programm'], ['', 's', 'e', 'en']),
      ...inflect(['Website', 'Webseite', 'Nachrichtenseite', 'Internetseite', 'Plattform'], ['', 'n']),
    ],
    titles: ['herr', 'frau', 'dr', 'prof'],
    // "am Mittwoch", "am Mittwochnachmittag": a capitalised date is never someone's name ("August" may be, so not the month).
    nonPersonWords: TIME_NOUNS,
    // "Wie das Amt am Mittwochnachmittag bestätigte": the time phrase stands between the subject and its verb.
    // "Anfang Oktober hatte er …": a time phrase fronted before the verb leaves the subject after it.
    timePhrase: { words: [...TIME_NOUNS, 'uhr'], leads: ['am', 'im', 'vom', 'seit', 'anfang', 'ende', 'mitte'] },
    // Articles open a speaker's noun phrase after an inverted verb ("teilte der Gouverneur des Gebiets Kursk, Alexej
    // Smirnow, mit"): the phrase runs on over its genitive complement to the name in apposition.
    articles: ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines'],
    phraseEdgeWords: [
      'und',
      'oder',
      'dass',
      'in',
      'im',
      'mit',
      'vom',
      'zu',
      'zum',
      'zur',
      'für',
      'auf',
      'an',
      'am',
      'ist',
      'nicht',
      'es',
      'sich',
      'auch',
      'laut',
      // "Wie Regierungssprecher X mitteilte": the conjunction opening the clause.
      'wie',
    ],
    proDrop: {},
    // "nach Angaben des Ministeriums", "nach Ansicht von Experten": the noun phrases of the class "according to".
    // "Seiner Ansicht nach ist die Lage „…“": the view of the person last spoken of; the verb closes the phrase.
    opinionPhrases: ['seiner', 'ihrer'].flatMap((owner) => [
      ...['ansicht', 'meinung', 'auffassung', 'einschätzung'].map((noun) => `${owner} ${noun} nach`),
      `nach ${owner === 'seiner' ? 'seinen' : 'ihren'} worten`,
      `${owner === 'seiner' ? 'seinen' : 'ihren'} worten zufolge`,
      `aus ${owner} sicht`,
    ]),
    verbJoins: ['und', 'aber', 'dann'],
    nominativePronouns: ['er', 'ich', 'wir'],
    creditWords: ['foto', 'fotos', 'bild'],
    latterPhrases: ['letzterer', 'letztere'],
    venueNouns: ['mikrofon', 'studio'],
    clauseEdges: ['während', 'wohingegen', 'aber', 'doch', ';'],
    according: [
      'laut',
      'gemäß',
      ...['angaben', 'darstellung', 'ansicht', 'auffassung', 'einschätzung', 'meinung', 'worten', 'aussage', 'aussagen'].map((noun) => `nach ${noun}`),
      // "Nach neuen Angaben der Polizei", "nach offiziellen Angaben des Ministeriums": an adjective dating or ranking the
      // account leaves its source after it. Not "eigenen", whose source is the sentence's own subject.
      ...inflect(['erst', 'neu', 'neuest', 'jüngst', 'aktuell', 'offiziell', 'bisherig', 'vorläufig', 'übereinstimmend', 'letzt'], ['en']).flatMap(
        (adjective) => [`nach ${adjective} angaben`, `nach ${adjective} informationen`],
      ),
    ],
    accordingAfter: ['zufolge'],
    // "„…“ Das sagte Innenministerin Nancy Faeser am Dienstag.", "„…“ – dies betonte X": the clause points back to the quote.
    quoteBackInverted: /^(?:\. |[–—-] )?(?:das|dies) \p{L}+$/u,
    verbSecond: true,
    invertedSubjectOpeners: ['der', 'die', 'das', 'ein', 'eine', 'er', 'sie', 'es'],
    // "Auch Scholz verurteilte …", "Doch die Regierung erklärte …": these stand before the subject, not in its place.
    subjectParticles: ['auch', 'doch', 'aber', 'und', 'sogar', 'selbst', 'nur'],
    // Only "der", "des", "einer", "eines" open a genitive after a noun ("der Sprecher der Stadt"); the others open the object.
    objectArticles: ['die', 'das', 'den', 'ein', 'eine', 'einen'],
    quotingVerbs: ['zitiert', 'zitierte', 'zitierten', 'zitieren'],
    notSubject,
    phraseNominative: germanPhraseNominative,
    articlePronouns: { der: 'er', die: 'sie' },
    // Only "ihn": "sie" after the verb may as well be its subject ("zitierte sie den Minister").
    objectPronouns: { ihn: 'er' },
    infinitiveParticles: ['zu'],
    // "Senator Graham aus South Carolina sagte": where someone comes from hangs on the name before the verb.
    originPrepositions: ['aus'],
    trailingName: true,
    compoundRoles: true,
    // "sagte der Katalane", "sagte der 81-Jährige": the person last named.
    epithets: {
      words: [
        ...['katalane', 'katalanin', 'franzose', 'französin', 'brite', 'britin', 'russe', 'russin', 'pole', 'polin', 'türke', 'türkin'],
        ...['chinese', 'chinesin', 'portugiese', 'portugiesin', 'schwede', 'schwedin', 'däne', 'dänin', 'grieche', 'griechin', 'ire', 'irin'],
        ...inflect(['amerikaner', 'ukrainer', 'spanier', 'italiener', 'österreicher', 'schweizer', 'niederländer', 'japaner', 'argentinier'], ['', 'in']),
        ...inflect(['brasilianer', 'belgier', 'norweger', 'kanadier', 'australier', 'iraner', 'israeli', 'palästinenser', 'syrer'], ['', 'in']),
        // "die SPD-Politikerin", "der Grünen-Politiker": a party member named by the party, whatever office they hold.
        ...['politiker', 'politikerin'],
      ],
      age: /^\d{1,3}-jährige[rn]?$/u,
      articles: ['der', 'die'],
    },
    // "ein Sprecher des Sicherheitsrates", "die Tochter von Peter Roth": the genitive or "von" says whom the role serves.
    roleComplement: { openers: ['des', 'der', 'von', 'vom'] },
    // "berichtete der „Focus“", "sagte er dem „Spiegel“", "laut „Bild“", "der „Stern“-Bericht", "der „Welt“ zufolge".
    outletNamePlace: {
      before: new RegExp(
        `${WORD_START}(?:(?:${alternation(OUTLET_VERBS)})(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:der|die|das|dem|den|des|im|vom|beim|in\\s+der)|(?:laut|gegenüber)(?:\\s+(?:der|dem|den|des))?|(?:Interview|Gespräch)\\s+mit\\s+(?:der|dem|den)|` +
          // "nach Angaben der „X“", "unter Berufung auf die „X“": the frames of "laut" with a noun.
          `nach\\s+(?:\\p{L}+\\s+)?(?:Angaben|Informationen|Berichten|Darstellung|Recherchen)\\s+(?:der|des|von)|unter\\s+Berufung\\s+auf\\s+(?:die|den|das)|` +
          // "Korrespondent der „X“", "Chefredakteurin des „Y“": a newsroom role belongs to a masthead.
          `(?:Chef)?(?:Korrespondent|Reporter|Redakteur|Kolumnist|Herausgeber)(?:in|en|innen)?\\s+(?:der|des|beim|bei\\s+der)|` +
          // "sagte Keles vor Beginn der Reise dem „Stern“": whom words were told, a few words after the speech verb.
          `(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|bestätigte|bestätigt|betonte|betont)(?:\\s+[\\p{L}-]+){1,8}?\\s+(?:dem|der)|` +
          // "das Magazin „Der Spiegel“", "die Zeitung „Sport“": the kind of medium right before its name.
          `(?:Magazin|Nachrichtenmagazin|Zeitschrift|Zeitung|Tageszeitung|Wochenzeitung|Boulevardzeitung|Sender|Sendung|Portal|Onlineportal|Blatt))\\s+$|` +
          // "Quelle: „X“", "Foto: „Y“": a credit line names where a thing came from.
          `(?:^|\\n)\\s*(?:Quelle|Quellen|Foto|Fotos|Grafik|Video)\\s*:\\s*$`,
        'iu',
      ),
      after: new RegExp(`^(?:-\\p{Lu}|\\s+(?:${alternation(OUTLET_AFTER)})${WORD_END})`, 'u'),
    },
    // Sentence adverbs open a German sentence with a capital ("Grundsätzlich gelte aber: „…“"): they never name a speaker.
    functionWords: [
      ...['grundsätzlich', 'allerdings', 'jedoch', 'zudem', 'außerdem', 'dennoch', 'trotzdem', 'deshalb', 'daher', 'darum', 'deswegen'],
      ...['inzwischen', 'mittlerweile', 'schließlich', 'letztlich', 'immerhin', 'offenbar', 'offensichtlich', 'vermutlich', 'wahrscheinlich'],
      // Focus particles before a time phrase ("Schon am Donnerstag hatte der Präsident …", "Erst am Montag sagte sie …").
      ...['schon', 'erst', 'noch', 'gerade', 'ausgerechnet'],
      ...['möglicherweise', 'tatsächlich', 'zunächst', 'damals', 'bereits', 'ebenfalls', 'gleichzeitig', 'zugleich', 'insgesamt', 'generell'],
    ],
    // "teilte das Ministerium in Kiew mit", "schrieb die Armee bei Telegram": the place or platform is not the speaker.
    placePrepositions: ['in', 'im', 'bei', 'beim', 'auf', 'am', 'vor'],
    // "„…“, heißt es in der Mitteilung", "hieß es aus dem Ministerium", "In dem Bericht heißt es: „…“".
    impersonalSubjects: ['es'],
    sourcePrepositions: ['aus'],
    // "die in dem Gebiet aktive Armee", "der seit Jahren zuständige Sprecher": the declined adjective closes the attribute.
    attributeEnding: /\p{Ll}{2,}(?:e|en|er|es|em)$/u,
    // "eine mit den Plänen vertraute Person", "ein an den Gesprächen beteiligter Diplomat", "die für den Fall zuständige Richterin".
    attributePrepositions: ['mit', 'an', 'am', 'von', 'vom', 'für', 'über', 'gegen', 'zu', 'zum', 'zur', 'aus', 'um', 'unter', 'nach', 'seit'],
    capitalisedNouns: true,
    notOnePerson: isNoOnePerson,
    // Konjunktiv I (and the Konjunktiv II that stands in for it: "würde", "könnte", "müsste") carries the last speaker's
    // words on.
    reportedSpeech:
      /(?<![\p{L}])(?:sei|seien|habe|hätte|hätten|werde|würde|würden|könne|könnte|könnten|müsse|müsste|müssten|dürfe|solle|wolle|gebe|gäbe|stehe|stünden?|liege|gehe|komme|wisse|wäre|wären)(?![\p{L}])/u,
    // The prepositions as a class: a phrase one opens before the verb is never the subject ("Mit Blick auf X sprach sie").
    intro: [
      ...['am', 'im', 'in', 'nach', 'laut', 'doch', 'aber', 'auch', 'zudem', 'bei', 'vor', 'seit', 'während', 'dabei', 'danach', 'zuvor'],
      ...['mit', 'angesichts', 'trotz', 'wegen', 'über', 'unter', 'für', 'gegen', 'aus', 'vom', 'zum', 'zur', 'beim', 'ohne', 'durch'],
      ...['hinsichtlich', 'bezüglich', 'infolge', 'anlässlich', 'aufgrund', 'neben', 'zwischen', 'statt', 'außer', 'dank', 'gemäß', 'seitens'],
      // Adverbs of time that fill the place before the verb alone ("Dann sagte der Minister", "Nun bezeichneten Beamte").
      ...['dann', 'nun', 'jetzt', 'später', 'daraufhin', 'anschließend', 'heute', 'gestern'],
      // Focus particles that open the time phrase before the verb ("Schon am Montag sprach der Minister …").
      ...['schon', 'bereits', 'erst', 'noch', 'gerade', 'ausgerechnet'],
    ],
  },
};
