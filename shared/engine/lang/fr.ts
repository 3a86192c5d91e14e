import type { OutletFamily } from '../state-media/lexicon';
import { alternation, type LanguagePack, WORD_END, WORD_START } from './pack-types';

// French: "selon", "a rapporté l'agence", "les médias d'État", the journalistic conditional ("aurait fait").

const PARTICIPLES = [
  'dit', 'déclaré', 'annoncé', 'rapporté', 'indiqué', 'affirmé', 'assuré', 'précisé', 'ajouté', 'souligné', 'publié', 'diffusé', 'montré',
  'cité', 'écrit', 'qualifié', 'accusé', 'dénoncé', 'critiqué', 'salué', 'évoqué', 'expliqué', 'relayé', 'estimé', 'signalé', 'fait savoir',
  'fait état', 'confirmé', 'démenti', 'révélé', 'communiqué', 'retransmis', 'présenté', 'répété', 'insisté', 'martelé', 'averti', 'prévenu',
];
const PRESENT = [
  'rapporte', 'indique', 'affirme', 'assure', 'précise', 'ajoute', 'souligne', 'publie', 'diffuse', 'montre', 'cite', 'écrit', 'qualifie',
  'accuse', 'dénonce', 'critique', 'salue', 'évoque', 'explique', 'relaie', 'relaye', 'annonce', 'dit', 'déclare', 'estime', 'signale',
  'fait savoir', 'fait état', 'confirme', 'dément', 'révèle', 'rapportait', 'indiquait', 'affirmait', 'annonçait', 'écrivait', 'déclarait',
  'rapportent', 'indiquent', 'affirment', 'annoncent', 'écrivent', 'déclarent', 'montrent', 'diffusent',
];
const NATIONALITIES = [
  'nord-coréenne', 'nord-coréen', 'russe', 'chinoise', 'chinois', 'iranienne', 'iranien', 'syrienne', 'syrien', 'cubaine', 'cubain',
  'vénézuélienne', 'vénézuélien', 'biélorusse', 'vietnamienne', 'saoudienne', 'qatarie', 'turque', 'égyptienne', 'nicaraguayenne',
];

/** Verbs with their inverted pronoun, which the tokenizer keeps in one word ("a-t-il", "explique-t-elle"). */
const INVERTED = ['a', 'dit', 'déclare', 'explique', 'ajoute', 'affirme', 'précise', 'souligne', 'estime', 'assure', 'poursuit', 'concède', 'insiste', 'raconte', 'confie', 'note', 'reconnaît', 'lance', 'conclut', 'martèle', 'rappelle', 'juge', 'tranche', 'résume', 'observe', 'prévient', 'avertit', 'indique', 'répond', 'glisse', 'plaide', 'détaille', 'commente', 'ajoutait', 'expliquait', 'disait', 'avait'].flatMap(
  (verb) => {
    const joint = /[ae]$/.test(verb) ? '-t-' : '-';
    return [`${verb}${joint}il`, `${verb}${joint}elle`];
  },
);

const familyOf = (noun: string): OutletFamily => {
  const n = noun.replace(/^l['’]/, '');
  if (/agence/.test(n)) return 'agency';
  if (/chaîne|télévision|radio|station|télé/.test(n)) return 'broadcast';
  if (/quotidien|journal|hebdomadaire/.test(n)) return 'print';
  if (/site|portail/.test(n)) return 'web';
  return 'any';
};

const DET = String.raw`(?:(?:le|la|les|un|une|du|des|de la|au|aux|à la)\s+|l['’]|d['’]|à l['’])`;

/** The French language pack. */
export const FRENCH: LanguagePack = {
  language: 'fr',
  abbreviations: ['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gén', 'col', 'cap', 'lt', 'etc', 'cf', 'env', 'av', 'apr', 'j.-c', 'p', 'n°', 'no', 'vol', 'éd', 'dir'],
  cues: [
    { kind: 'hearsay-adverb', pattern: 'prétendument|présumément|supposément|soi-disant|paraît-il|dit-on' },
    { kind: 'hearsay-adverb', pattern: 'présumée?s?|supposée?s?|prétendue?s?' },
    // The journalistic conditional: "l'attaque aurait fait vingt morts", "il serait mort", "ils auraient été arrêtés".
    {
      kind: 'rumour',
      pattern: String.raw`(?:aurai(?:t|ent)|serai(?:t|ent)) (?:(?:déjà|ainsi|également|notamment|toutefois|pourtant|alors|même|bien|été) ){0,2}(?!(?:fallu|pu|dû|voulu|aimé|préféré|souhaité|mieux|dû)${WORD_END})\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ort|orte|orts|ous|oute)`,
      grammatical: true,
    },
    { kind: 'distancing-frame', pattern: String.raw`ce qu['’](?:\p{L}+ ){0,4}(?:a|avait|ont|avaient) (?:qualifié|présenté|décrit|appelé|désigné|baptisé) (?:de|comme)?|ce que (?:\p{L}+ ){0,4}(?:a|avait|ont|avaient) (?:qualifié|présenté|décrit|appelé|désigné|baptisé) (?:de|comme)?`, scope: 'phrase' },
    { kind: 'distancing-frame', pattern: String.raw`on (?:dit|affirme|prétend|raconte) que|il se dit que|serait(?:ent)? considérée?s? comme|passe(?:nt)? pour`, negatable: true },
    { kind: 'non-verification', pattern: String.raw`(?:n['’]a|n['’]ont|ne peut|ne peuvent|n['’]avait|n['’]avaient|ne pouvait|ne pouvaient|n['’]a pu|n['’]ont pu) (?:pas|jamais) (?:pu )?(?:encore )?(?:être )?(?:été )?(?:vérifiée?s?|confirmée?s?|corroborée?s?|authentifiée?s?|vérifier|confirmer)|de (?:source|manière|façon) indépendante|sans (?:fournir|apporter|présenter|donner) (?:de |la moindre |aucune )?preuves?|sans preuves?|non confirmée?s?|non vérifiée?s?|invérifiables?|pas été confirmée?s?`, scope: 'sentence' },
    { kind: 'anonymous-sourcing', pattern: String.raw`sous (?:le )?couvert (?:de l['’])?anonymat|(?:qui a|ayant|qui ont) (?:requis|demandé|souhaité garder) l['’]anonymat|(?:qui n['’]a pas|ne souhaitant pas) (?:souhaité |voulu )?être (?:nommée?s?|identifiée?s?|cités?)|sources? (?:anonymes?|proches?|diplomatiques|sécuritaires|militaires|gouvernementales|bien informées?|concordantes)|selon (?:des|plusieurs|nos) sources|de sources? (?:sûre|proches)`, scope: 'sentence' },
    { kind: 'rumour', pattern: 'rumeurs?|spéculations|selon des informations non confirmées', negatable: true },
    // Accusation and distancing without a named agent, like English "has been accused of" and "seen as".
    { kind: 'rumour', pattern: String.raw`(?:l['’]|les |la |le )?accus(?:e|ent|ée?s?|é) d['’]avoir|(?:est|sont|a été|ont été) accusée?s? de|accusée?s? d['’]avoir`, negatable: true },
    { kind: 'distancing-frame', pattern: String.raw`(?:considérée?s?|présentée?s?|perçue?s?|vantée?s?) (?:comme|par)`, negatable: true },
  ],
  stateMedia: {
    sourceBefore: new RegExp(
      `${WORD_START}(?:selon|d['’]après|(?:tourné|filmé|obtenu|réalisé|montré|contacté|consulté|interviewé)(?:e|s|es)? par|(?:images|vidéo|vidéos|photos?|reportage|dépêche|bilan) (?:de|diffusée?s? par|publiée?s? par)|cité(?:e|s|es)? par|rapporté(?:e|s|es)? par|diffusé(?:e|s|es)? par|publié(?:e|s|es)? par|relayé(?:e|s|es)? par|repris(?:e|es)? par|retransmis(?:e|es)? par|` +
        `interrogé(?:e|s|es)? par|dans un entretien (?:à|avec|accordé à)|a confié|ont confié|citant|(?:a|ont|avait|avaient) (?:${alternation(PARTICIPLES)})|(?:${alternation(PRESENT)}))` +
        `[\\s,]*${DET}?$`,
      'iu',
    ),
    subjectOfVerb: new RegExp(
      `^(?:\\s*,[^,.;:"“”«»\\n]{1,90},)?\\s+(?:(?:a|ont|avait|avaient|aurait)\\s+)?(?:(?:également|aussi|encore|notamment|ainsi|déjà|alors|lui-même|elle-même|par ailleurs|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)\\s+){0,2}` +
        `(?:${alternation([...PARTICIPLES, ...PRESENT])})${WORD_END}`,
      'iu',
    ),
    negatedAfter: /^\s+(?:n['’]|ne\s)/iu,
    creditBefore: /(?:Photo|Photos|Image|Images|Crédit|Crédits|Source|Vidéo)\s*:[^\n:]{0,50}?(?:\/\s*|:\s*)$/iu,
    productAfter: /^\s+(?:a\s+)?(?:diffusé|montré|publié)(?![\p{L}])/iu,
    leftDescriptors: [
      "l'agence", 'agence', 'presse', 'officielle', 'officiel', "d'état", "d'etat", 'étatique', 'publique', 'public', 'télévision', 'chaîne',
      'radio', 'quotidien', 'journal', 'hebdomadaire', 'site', 'média', 'nationale', 'national', 'centrale', 'internationale', "l'organe",
      'organe', 'gouvernementale', 'gouvernemental', 'la', 'de', "d'information", 'information', 'nouvelles', 'semi-officielle', 'pro-gouvernementale', ...NATIONALITIES,
    ],
    determiners: ['le', 'la', 'les', 'un', 'une', 'du', 'des', 'au', 'aux', 'sa', 'son', 'ses'],
    rightDescriptors: ['agence', 'chaîne'],
    genericReference: new RegExp(
      `${WORD_START}(?:(?:[Ll]es|[Ll]a|[Ll]e)\\s+|[Ll]['’])?(?:médias|média|télévision|télé|radio|agence(?:\\s+de\\s+presse)?|presse|chaîne|quotidien|journaux|organes?(?:\\s+de\\s+presse)?)\\s+` +
        `(?:d['’](?:État|Etat|état)|officiel(?:le)?s?|étatiques?|publics?|publiques?|gouvernementa(?:le|les|ux|l)|du\\s+(?:régime|parti|Parti|pouvoir|Kremlin)|pro-gouvernementa(?:le|les|ux|l))` +
        `(?:\\s+(?:${alternation([...NATIONALITIES, ...NATIONALITIES.map((n) => `${n}s`)])}))?${WORD_END}`,
      'gu',
    ),
    backReference: new RegExp(
      `${WORD_START}(?:(?:la|le|La|Le|cette|ce|Cette|Ce)\\s+|l['’]|L['’])(chaîne|télévision|radio|quotidien|journal|média|station|agence|organe|hebdomadaire)` +
        `(?:\\s+(?:officielle|officiel|d['’]État|publique|${alternation(NATIONALITIES)}))?${WORD_END}`,
      'gu',
    ),
    familyOf,
  },
  quotes: {
    reportingVerbs: [
      ...INVERTED,
      ...PARTICIPLES, ...PRESENT, 'déclare', 'affirme', 'assure', 'explique', 'souligne', 'ajoute', 'précise', 'estime', 'insiste', 'martèle',
      'confie', 'raconte', 'lance', 'note', 'poursuit', 'conclut', 'prévient', 'avertit', 'regrette', 'dénonce', 'rappelle', 'reconnaît',
      'admet', 'répond', 'réplique', 'interroge', 'demande', 'écrit', 'tweete', 'témoigne', 'résume', 'glisse', 'souffle', 'observe',
      'confié', 'raconté', 'lancé', 'noté', 'poursuivi', 'conclu', 'regretté', 'rappelé', 'reconnu', 'admis', 'répondu', 'répliqué',
      'demandé', 'témoigné', 'résumé', 'observé', 'jugé', 'juge', 'fustigé', 'fustige', 'prévenu', 'averti', 'martelé',
      'plaide', 'plaidé', 'concède', 'concédé', 'tranche', 'tranché', 'jure', 'juré', 'assène', 'asséné', 'détaille', 'détaillé', 'renchérit', 'renchéri', 'complète', 'commente', 'commenté', 'rapporte', 'confirme', 'reconnaît', 

      'affirmant', 'déclarant', 'expliquant', 'soulignant', 'ajoutant', 'estimant', 'assurant', 'précisant', 'dénonçant', 'rappelant',
    ],
    auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait'],
    pronouns: { il: 'he', elle: 'she', ils: 'they', elles: 'they', nous: 'we', je: 'i' },
    nounPhraseWords: ['ce', 'cet', 'cette', 'ces', 'le', 'la', 'les', 'un', 'une', 'son', 'sa', 'ses', 'du', 'de', 'des', "l'", 'ancien', 'ancienne', 'nouveau', 'nouvelle', 'haut', 'porte-parole', 'premier', 'première', 'officiel', 'russe', 'chinois', 'américain', 'français'],
    roles: [
      'ministre', 'président', 'présidente', 'porte-parole', 'dirigeant', 'dirigeante', 'chef', 'cheffe', 'responsable', 'diplomate',
      'ambassadeur', 'ambassadrice', 'général', 'commandant', 'secrétaire', 'directeur', 'directrice', 'expert', 'experte', 'analyste',
      'avocat', 'avocate', 'procureur', 'juge', 'député', 'députée', 'sénateur', 'sénatrice', 'maire', 'gouverneur', 'témoin', 'habitant',
      'habitante', 'chercheur', 'chercheuse', 'professeur', 'militant', 'militante', 'journaliste', 'leader', 'dirigeants', 'premier ministre',
      'vice-président', 'chancelier', 'chancelière', 'émissaire', 'négociateur', 'conseiller', 'conseillère', 'officier', 'soldat',
      'avocate', 'père', 'mère', 'fils', 'fille', 'femme', 'homme', 'imam', 'prévenu', 'prévenue', 'commissaire', 'économiste', 'professeure',
      'auteur', 'auteure', 'auteurs', 'médecin', 'policier', 'enquêteur', 'victime', 'patron', 'patronne', 'élu', 'élue', 'opposant', 'opposante',
      // With the elided article ("l'avocate", "l’ambassadeur"), which the tokenizer keeps in one word.
      ...['avocat', 'avocate', 'ambassadeur', 'ambassadrice', 'émissaire', 'imam', 'expert', 'experte', 'analyste', 'ancien', 'ancienne', 'économiste', 'auteur', 'auteure', 'élu', 'élue', 'opposant', 'opposante', 'enquêteur', 'officier', 'envoyé', 'envoyée', 'homme', 'armée', 'agence']
        .flatMap((role) => [`l'${role}`, `l’${role}`]),
    ],
    speakingThings: ['communiqué', 'déclaration', 'rapport', 'agence', 'ministère', 'gouvernement', 'armée', 'texte', 'quotidien', 'journal', 'chaîne', 'télévision', 'document', 'message', 'lettre', 'kremlin', 'élysée'],
    titles: ['m', 'mme', 'mlle', 'me', 'dr', 'pr', 'mgr'],
    phraseEdgeWords: ['de', 'du', 'des', "d'", "d’", 'et', 'ou', 'que', 'qui', 'en', 'par', 'pour', 'avec', 'se', 'est', 'ne', 'pas', 'au', 'aux', 'dans', 'sur', 'selon'],
    // The inverted pronoun travels with the verb ("a-t-elle estimé", "explique-t-il"): the pair stands for him or her.
    proDrop: Object.fromEntries(INVERTED.map((form) => [form, form.endsWith('elle') ? ('she' as const) : ('he' as const)])),
    intro: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'en', 'dans', 'selon', 'pour', 'après', 'avant', 'depuis', 'mais', 'or', 'ainsi', 'pourtant', 'cependant', 'lors', 'face', 'devant', 'interrogé', 'interrogée', 'sur', 'à'],
    according: ['selon'],
  },
};
