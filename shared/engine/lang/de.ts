import type { OutletFamily } from '../state-media/lexicon';
import { alternation, inflect, type LanguagePack, WORD_END, WORD_START } from './pack-types';

// German: "laut", "zufolge", "meldete die Agentur", "die Staatsmedien", reportative sollen/wollen ("soll ... gegeben haben").
// The subjunctive of reported speech ("die Lage sei ruhig") is attribution and is not a cue.

const VERBS = [
  'berichtete', 'berichtet', 'berichten', 'berichteten', 'meldete', 'meldet', 'melden', 'meldeten', 'schrieb', 'schreibt', 'schreiben',
  'zeigte', 'zeigt', 'zeigten', 'verbreitete', 'verbreitet', 'veröffentlichte', 'veröffentlicht', 'sagte', 'sagt', 'erklärte', 'erklärt',
  'teilte', 'teilt', 'zitierte', 'zitiert', 'strahlte', 'sendete', 'sendet', 'kommentierte', 'bezeichnete', 'kritisierte', 'lobte',
  'warf', 'hieß es', 'heißt es', 'behauptete', 'behauptet', 'bestätigte', 'bestätigt', 'informierte', 'verkündete', 'verkündet',
  'titelte', 'titelt', 'betonte', 'betont', 'warnte', 'warnt', 'unterstrich', 'ergänzte', 'fügte', 'gab', 'gibt', 'veröffentlichten',
  'sprechen von', 'sprach von', 'sprachen von', 'spricht von', 'zeigen', 'zeigten', 'verbreiten', 'verbreiteten', 'schreiben', 'schrieben',
];
const PARTICIPLES = ['berichtet', 'gemeldet', 'geschrieben', 'gezeigt', 'verbreitet', 'veröffentlicht', 'gesagt', 'erklärt', 'mitgeteilt', 'zitiert', 'ausgestrahlt', 'gesendet', 'bestätigt', 'behauptet'];
const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
const NATIONALITY_STEMS = ['nordkoreanisch', 'russisch', 'chinesisch', 'iranisch', 'syrisch', 'kubanisch', 'venezolanisch', 'belarussisch', 'weißrussisch', 'vietnamesisch', 'saudisch', 'katarisch', 'türkisch', 'ägyptisch'];
const MEDIA_STEMS = ['staatlich', 'amtlich', 'offiziell', 'regierungsnah', 'kremlnah', 'kremltreu', 'regimetreu', 'staatsnah', 'gelenkt', 'halbamtlich', 'parteieigen', 'staatseigen', 'regierungseigen'];
const NOUNS = [
  'Medien', 'Nachrichtenagentur', 'Agentur', 'Fernsehen', 'Fernsehsender', 'Fernsehsenders', 'Sender', 'Senders', 'Rundfunk', 'Rundfunks',
  'Presse', 'Zeitung', 'Radio', 'Fernsehkanal', 'Fernsehens', 'Zeitungen', 'Nachrichtenagenturen', 'Agenturen', 'Medienberichten', 'Berichten',
];
const COMPOUNDS = [
  'Staatsmedien', 'Staatsfernsehen', 'Staatsfernsehens', 'Staatssender', 'Staatssenders', 'Staatsagentur', 'Staatspresse', 'Staatsrundfunk',
  'Staatsrundfunks', 'Staatszeitung', 'Parteizeitung', 'Parteiorgan', 'Parteiorgans', 'Staats-TV', 'Staatsradio', 'Staatsnachrichtenagentur',
];

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

/** The German language pack. */
export const GERMAN: LanguagePack = {
  language: 'de',
  abbreviations: ['dr', 'prof', 'hr', 'fr', 'st', 'nr', 'bzw', 'z.b', 'd.h', 'u.a', 'usw', 'ca', 'vgl', 'inkl', 'evtl', 'ggf', 'mio', 'mrd', 'abs', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dez', 'gen', 'u.s', 'etc', 'o.ä', 's', 'bzw', 'sog', 'v.a', 'z'],
  cues: [
    { kind: 'hearsay-adverb', pattern: 'angeblich(?:e|en|er|es|em)?|mutmaßlich(?:e|en|er|es|em)?|vermeintlich(?:e|en|er|es|em)?|vorgeblich(?:e|en|er|es|em)?' },
    // Unnamed reports ("einem Medienbericht zufolge", "Berichten zufolge"); "den Berichten zufolge" points back to named ones.
    { kind: 'rumour', pattern: String.raw`(?<!(?:den|diesen) )(?:(?:einem|mehreren|übereinstimmenden) )?(?:Medienberichten|Berichten|Medienbericht|Bericht) zufolge` },
    { kind: 'rumour', pattern: String.raw`(?:wird|werden|wurde|wurden) (?:\p{L}+ ){0,2}vorgeworfen|wegen des Vorwurfs`, negatable: true },
    // Reportative sollen/wollen with a perfect infinitive: "er soll den Befehl gegeben haben", "will ihn gesehen haben".
    {
      kind: 'rumour',
      pattern: String.raw`(?:soll|sollen|will|wollen) [^.;:!?\n«»„“"]{0,160}?\p{L}+(?:t|en|n)(?: worden)? (?:haben|sein)`,
      grammatical: true,
    },
    { kind: 'distancing-frame', pattern: String.raw`was (?:\p{L}+ ){1,4}als [^.;:!?\n]{1,80}? (?:bezeichnete|bezeichnet|darstellte|nannte|beschrieb)`, scope: 'phrase' },
    { kind: 'distancing-frame', pattern: String.raw`es hei(?:ß|ss)t,? dass|es wird vermutet|wird vermutet|soll(?:en)? angeblich|gilt als|gelten als`, negatable: true },
    { kind: 'non-verification', pattern: String.raw`(?:lie(?:ß|ss)en|lie(?:ß|ss)|lassen|lässt) sich (?:zunächst |bislang |bisher )?nicht (?:unabhängig )?(?:überprüfen|bestätigen|verifizieren)|(?:konnten?|können|kann) (?:zunächst |bislang |bisher )?nicht (?:unabhängig )?(?:überprüft|bestätigt|verifiziert)|nicht unabhängig (?:überprüf|bestätig|verifizier)\p{L}*|unabhängig nicht (?:überprüf|bestätig)\p{L}*|ohne (?:Belege|Beweise)|unbestätigt(?:e|en|er|es|em)?|nicht bestätigt`, scope: 'sentence' },
    { kind: 'anonymous-sourcing', pattern: String.raw`(?:der|die) (?:nicht (?:namentlich )?genannt werden (?:wollte|wollten|möchte|möchten)|anonym bleiben (?:wollte|wollten|möchte))|unter (?:der Bedingung der |Zusicherung der )?Anonymität|(?:aus )?(?:informierten |gut unterrichteten |diplomatischen |Regierungs|Sicherheits|Geheimdienst)?[Kk]reisen|Insider(?:n|innen)?|(?:anonyme|informierte|nicht genannte) Quellen?|Quellen zufolge|Quellen (?:in|aus)`, scope: 'sentence' },
    { kind: 'rumour', pattern: String.raw`Gerüchte?n?|Spekulationen|unbestätigten Berichten`, negatable: true },
  ],
  stateMedia: {
    sourceBefore: new RegExp(
      `${WORD_START}(?:laut|gemäß|nach Angaben|nach Berichten|nach einem Bericht|zitiert von|unter Berufung auf|in einem Interview mit|im Interview mit|gegenüber|` +
        `veröffentlicht von|verbreitet von|ausgestrahlt von|(?:${alternation(VERBS)})|(?:hat|hatte|haben|hatten) (?:${alternation(PARTICIPLES)}))` +
        `[\\s,]+(?:(?:der|die|das|dem|den|des|eines|einer|einem)\\s+)?$`,
      'iu',
    ),
    subjectOfVerb: new RegExp(
      `^(?:\\s*,[^,.;:"“”«»„\\n]{1,90},)?\\s+(?:(?:am\\s+\\p{L}+|zufolge|auch|zudem|außerdem|bereits|heute|gestern|noch|dann|später|jedoch|weiter)\\s+){0,3}` +
        `(?:zufolge|(?:${alternation(VERBS)})|(?:hat|hatte)\\s+(?:\\p{L}+\\s+){0,2}(?:${alternation(PARTICIPLES)}))${WORD_END}`,
      'iu',
    ),
    negatedAfter: /^\s+(?:(?:hat|hatte|haben|berichtete|meldete|zeigte|erwähnte)\s+)?(?:nicht|nie|niemals|keine|keinen)(?![\p{L}])/iu,
    creditBefore: /(?:Foto|Fotos|Bild|Bilder|Quelle|Video)\s*:[^\n:]{0,50}?(?:\/\s*|:\s*)$/iu,
    leftDescriptors: [
      ...inflect([...MEDIA_STEMS, ...NATIONALITY_STEMS, 'zentral', 'koreanisch', 'national', 'öffentlich', 'kommunistisch', 'parteinah'], ADJ_ENDINGS),
      ...NOUNS.map((n) => n.toLowerCase()), ...COMPOUNDS.map((n) => n.toLowerCase()), 'nachrichtenagentur', 'agentur', 'sender', 'fernsehsender',
      'staatsagentur', 'staatssender', 'zeitung', 'parteizeitung', 'tageszeitung', 'nachrichtensender', 'propagandasender', 'auslandssender', 'kanal',
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
      `${WORD_START}(?:die|Die|der|Der|das|Das|dem|den|des|diese|Diese|dieser|Dieser)\\s+(Agentur|Nachrichtenagentur|Staatsagentur|Sender|Senders|Staatssender|Fernsehsender|Zeitung|Blatt|Parteizeitung|Kanal)${WORD_END}`,
      'gu',
    ),
    familyOf,
  },
  quotes: {
    reportingVerbs: [
      ...VERBS.filter((v) => !v.includes(' ')), ...PARTICIPLES, 'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'fügte', 'ergänzte',
      'meinte', 'meint', 'warnte', 'warnt', 'forderte', 'fordert', 'schrieb', 'schreibt', 'twitterte', 'antwortete', 'antwortet', 'fragte', 'fragt',
      'räumte', 'versicherte', 'bekräftigte', 'unterstrich', 'kritisierte', 'hob', 'stellte', 'beklagte', 'erinnerte', 'sagen', 'erklären',
      'so', 'berichtete', 'erzählte', 'erzählt', 'bestätigte', 'kommentierte', 'urteilte', 'mahnte', 'drohte', 'rief', 'verkündete',
    ],
    auxiliaries: ['hat', 'hatte', 'haben', 'hatten'],
    pronouns: { er: 'he', sie: 'she', wir: 'we', ich: 'i' },
    nounPhraseWords: ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'sein', 'seine', 'ihr', 'ihre', 'russische', 'russischen', 'chinesische', 'ehemalige', 'neue', 'stellvertretende', 'amtierende'],
    roles: [
      'minister', 'ministerin', 'präsident', 'präsidentin', 'sprecher', 'sprecherin', 'regierungssprecher', 'kanzler', 'kanzlerin', 'chef',
      'chefin', 'leiter', 'leiterin', 'diplomat', 'botschafter', 'botschafterin', 'general', 'kommandeur', 'außenminister', 'außenministerin',
      'verteidigungsminister', 'experte', 'expertin', 'analyst', 'analystin', 'anwalt', 'anwältin', 'staatsanwalt', 'richter', 'richterin',
      'abgeordnete', 'abgeordneter', 'bürgermeister', 'bürgermeisterin', 'gouverneur', 'zeuge', 'zeugin', 'bewohner', 'bewohnerin',
      'forscher', 'forscherin', 'professor', 'professorin', 'aktivist', 'aktivistin', 'journalist', 'journalistin', 'machthaber', 'staatschef',
      'regierungschef', 'kremlchef', 'parteichef', 'vorsitzende', 'vorsitzender', 'sprecherin', 'berater', 'beraterin', 'soldat', 'offizier',
    ],
    speakingThings: ['erklärung', 'mitteilung', 'bericht', 'agentur', 'ministerium', 'regierung', 'armee', 'kreml', 'zeitung', 'sender', 'dokument', 'brief', 'schreiben', 'stellungnahme'],
    titles: ['herr', 'frau', 'dr', 'prof'],
    phraseEdgeWords: ['und', 'oder', 'dass', 'in', 'im', 'mit', 'vom', 'zu', 'zum', 'zur', 'für', 'auf', 'an', 'am', 'ist', 'nicht', 'es', 'sich', 'auch', 'laut'],
    proDrop: {},
    according: ['laut'],
    intro: ['am', 'im', 'in', 'nach', 'laut', 'doch', 'aber', 'auch', 'zudem', 'bei', 'vor', 'seit', 'während', 'dabei', 'danach', 'zuvor'],
  },
};
