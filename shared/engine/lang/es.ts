import type { OutletFamily } from '../state-media/lexicon';
import { alternation, type LanguagePack, WORD_END, WORD_START } from './pack-types';

// Spanish: "según", "informó la agencia", "los medios estatales", the conditional of rumour ("habría muerto").

const REPORTING = [
  'dijo', 'dice', 'dicen', 'dijeron', 'decía', 'informó', 'informa', 'informan', 'informaron', 'informaba', 'reportó', 'reporta',
  'publicó', 'publica', 'publicaron', 'difundió', 'difunde', 'difundieron', 'transmitió', 'transmite', 'emitió', 'mostró', 'muestra',
  'mostraron', 'señaló', 'señala', 'indicó', 'indica', 'aseguró', 'asegura', 'afirmó', 'afirma', 'añadió', 'agregó', 'precisó',
  'destacó', 'subrayó', 'citó', 'cita', 'anunció', 'anuncia', 'declaró', 'explicó', 'reveló', 'calificó', 'acusó', 'denunció',
  'criticó', 'elogió', 'recogió', 'recoge', 'detalló', 'comunicó', 'confirmó', 'sostuvo', 'advirtió', 'insistió', 'apuntó', 'escribió',
];
const PARTICIPLES = ['informado', 'dicho', 'publicado', 'difundido', 'mostrado', 'señalado', 'asegurado', 'afirmado', 'anunciado', 'declarado', 'citado', 'reportado', 'transmitido', 'emitido', 'revelado', 'confirmado', 'precisado', 'detallado', 'recogido'];

const NATIONALITIES = [
  'norcoreana', 'norcoreano', 'rusa', 'ruso', 'china', 'chino', 'iraní', 'siria', 'sirio', 'cubana', 'cubano', 'venezolana', 'venezolano',
  'bielorrusa', 'bielorruso', 'nicaragüense', 'vietnamita', 'saudí', 'catarí', 'turca', 'turco', 'egipcia', 'egipcio',
];
const MEDIA_ADJECTIVES = ['estatal', 'estatales', 'oficial', 'oficiales', 'gubernamental', 'gubernamentales', 'pública', 'público', 'públicos', 'públicas', 'oficialista', 'oficialistas'];

const familyOf = (noun: string): OutletFamily => {
  if (/agencia/.test(noun)) return 'agency';
  if (/cadena|televisi|emisora|canal|radio/.test(noun)) return 'broadcast';
  if (/diario|peri[oó]dico|rotativo/.test(noun)) return 'print';
  if (/portal|sitio/.test(noun)) return 'web';
  return 'any';
};

/** The Spanish language pack. */
export const SPANISH: LanguagePack = {
  language: 'es',
  abbreviations: ['sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ing', 'prof', 'gral', 'gen', 'cnel', 'tte', 'cap', 'ee.uu', 'ee', 'uu', 'etc', 'núm', 'pág', 'art', 'av', 'aprox', 'ud', 'uds', 'dña', 'd', 'sto', 'sta'],
  cues: [
    { kind: 'hearsay-adverb', pattern: 'presuntamente|supuestamente|según se dice' },
    { kind: 'hearsay-adverb', pattern: 'presunt[oa]s?|supuest[oa]s?' },
    // The conditional of rumour: "habría muerto", "habrían sido detenidos".
    { kind: 'rumour', pattern: String.raw`habrían? (?:sido )?\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|uerto|uerta|uertos|ierto|ierta|icho|echo|ito|ita|itos|isto|uesto)`, grammatical: true },
    { kind: 'distancing-frame', pattern: String.raw`lo que (?:\p{L}+ ){0,4}(?:calificó|describió|llamó|denominó|presentó|definió|tachó) (?:de|como)?` , scope: 'phrase' },
    { kind: 'distancing-frame', pattern: 'se cree que|se dice que|se sospecha que|se habla de|afirman que|se rumorea|según se dice', negatable: true },
    { kind: 'non-verification', pattern: String.raw`no (?:ha |han |había |habían )?(?:podido|pudo|pudieron|puede|pueden) (?:ser )?(?:verificad[oa]s?|confirmad[oa]s?|comprobad[oa]s?|verificar|confirmar|comprobar)|de (?:forma|manera) independiente|sin (?:aportar|presentar|ofrecer|dar) (?:ninguna )?pruebas?|sin pruebas|no confirmad[oa]s?|sin confirmar|no verificad[oa]s?|sin verificar`, scope: 'sentence' },
    { kind: 'anonymous-sourcing', pattern: String.raw`(?:bajo|con) (?:la )?condición de anonimato|que pidi(?:ó|eron) (?:no ser identificad[oa]s?|el anonimato|anonimato|no ser nombrad[oa]s?)|fuentes? (?:anónimas?|cercanas?|consultadas?|oficiales|diplomáticas?|militares|de inteligencia|bien informadas?|próximas?)|según fuentes|citando fuentes|fuentes? que`, scope: 'sentence' },
    { kind: 'rumour', pattern: 'rumores|rumor|especulaciones|se especula|informaciones no confirmadas|informes no confirmados', negatable: true },
    // Agentless accusation and distancing, like English "has been accused of" and "seen as".
    { kind: 'rumour', pattern: String.raw`(?:ha sido |han sido |fue |fueron |es |son )?acusad[oa]s? de|se (?:le|les) (?:imputa|imputan|acusa|acusan)`, negatable: true },
    { kind: 'distancing-frame', pattern: String.raw`(?:considerad[oa]s?|presentad[oa]s?|señalad[oa]s?|tildad[oa]s?|catalogad[oa]s?) como`, negatable: true },
  ],
  stateMedia: {
    sourceBefore: new RegExp(
      `${WORD_START}(?:según(?:\\s+(?:informaciones|información|informes|datos|reportes|cifras|imágenes|un\\s+(?:reporte|informe|comunicado|despacho)|declaraciones)\\s+(?:de|del|difundid[oa]s?\\s+por))?|de acuerdo con|(?:grabad|filmad|obtenid|mostrad|consultad|entrevistad)[oa]s? por|(?:imágenes|video|vídeo|fotos?|despacho|cable|reporte|informe) (?:de|del|difundid[oa]s? por|publicad[oa]s? por)|citad[oa]s? por|recogid[oa]s? por|difundid[oa]s? por|publicad[oa]s? por|transmitid[oa]s? por|emitid[oa]s? por|` +
        `en declaraciones (?:a|al)|en (?:una )?entrevista (?:con|a|al)|a través de|citando a|` +
        `(?:${alternation(REPORTING)})|(?:ha|han|había) (?:${alternation(PARTICIPLES)}))[\\s,]+(?:(?:el|la|los|las|un|una|del|al)\\s+)?$`,
      'iu',
    ),
    subjectOfVerb: new RegExp(
      `^(?:\\s*,[^,.;:"“”«»\\n]{1,90},)?\\s+(?:(?:también|además|ya|este|esta|el|hoy|ayer|luego|posteriormente|previamente|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\s+){0,3}` +
        `(?:(?:${alternation(REPORTING)})|(?:ha|han|había|habían) (?:${alternation(PARTICIPLES)}))${WORD_END}`,
      'iu',
    ),
    negatedAfter: /^\s+(?:no|nunca|tampoco|ni)\s/iu,
    creditBefore: /(?:Foto|Fotos|Fotografía|Imagen|Imágenes|Fuente|Crédito|Créditos|Video)\s*:[^\n:]{0,50}?(?:\/\s*|:\s*)$/iu,
    productAfter: /^\s+(?:informó|difundió|mostró|publicó)\b/iu,
    leftDescriptors: [
      'agencia', 'noticias', 'de', 'informativa', 'prensa', 'oficial', 'estatal', 'televisión', 'televisora', 'cadena', 'canal', 'emisora',
      'radio', 'diario', 'periódico', 'rotativo', 'medio', 'portal', 'sitio', 'pública', 'público', 'gubernamental', 'nacional', 'central',
      'internacional', 'oficialista', 'propaganda', 'web', ...NATIONALITIES,
    ],
    determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus'],
    rightDescriptors: ['agencia', 'cadena', 'canal'],
    genericReference: new RegExp(
      `${WORD_START}(?:(?:[Ll]os|[Ll]as|[Ll]a|[Ee]l)\\s+)?(?:medios(?:\\s+de\\s+(?:comunicación|prensa))?|prensa|televisión|televisora|radio|agencia(?:\\s+de\\s+noticias)?|cadena|canal|diario|periódico|emisora)\\s+` +
        `(?:(?:${alternation(MEDIA_ADJECTIVES)})|del\\s+(?:Estado|estado|régimen|Gobierno|gobierno|Partido|partido|Kremlin))(?:\\s+(?:${alternation([...NATIONALITIES, ...NATIONALITIES.map((n) => `${n}s`)])}))?${WORD_END}`,
      'gu',
    ),
    backReference: new RegExp(
      `${WORD_START}(?:el|la|El|La|dicha|dicho|esta|este|Esta|Este)\\s+(agencia|cadena|televisora|televisión|emisora|diario|periódico|rotativo|canal|medio|portal)(?:\\s+(?:estatal|oficial|pública|oficialista|${alternation(NATIONALITIES)}))?${WORD_END}`,
      'gu',
    ),
    familyOf,
  },
  quotes: {
    reportingVerbs: [
      ...REPORTING, 'dijo', 'afirmó', 'aseguró', 'declaró', 'explicó', 'señaló', 'añadió', 'agregó', 'subrayó', 'destacó', 'indicó', 'sostuvo',
      'manifestó', 'expresó', 'comentó', 'respondió', 'contestó', 'preguntó', 'advirtió', 'insistió', 'recordó', 'reconoció', 'admitió',
      'aseveró', 'apuntó', 'proclamó', 'prometió',  'remarcó', 'enfatizó', 'concluyó', 'relató', 'contó', 'escribió', 'tuiteó', 'exclamó', 'lamentó', 'denunció',
      'dice', 'afirma', 'asegura', 'explica', 'señala', 'añade', 'agrega', 'subraya', 'destaca', 'indica', 'sostiene', 'advierte', 'insiste',
      'recuerda', 'reconoce', 'admite', 'cuenta', 'relata', 'comenta', 'responde', 'escribe', 'declara', 'manifiesta', 'expresa', 'apunta',
      'añadido', 'agregado', 'explicado', 'prometido', 'insistido', 'advertido', 'reconocido', 'subrayado', 'destacado', 'indicado', 'manifestado', 'expresado', 'comentado', 'dijeron', 'afirmaron', 'aseguraron', 'declararon', 'explicaron', 'señalaron', 'añadieron', 'indicaron', 'sostuvieron',
      'diciendo', 'afirmando', 'asegurando', 'declarando', 'señalando', 'añadiendo', 'agregando', 'subrayando', 'advirtiendo',
      ...PARTICIPLES,
    ],
    auxiliaries: ['ha', 'han', 'había', 'habían', 'habría'],
    pronouns: { él: 'he', ella: 'she', ellos: 'they', ellas: 'they', nosotros: 'we', yo: 'i' },
    nounPhraseWords: ['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'del', 'de', 'portavoz', 'ex', 'exministro', 'viceministro', 'primer', 'primera', 'presidenta', 'nuevo', 'nueva', 'alto', 'alta', 'oficial', 'estatal'],
    roles: [
      'ministro', 'ministra', 'presidente', 'presidenta', 'portavoz', 'líder', 'dirigente', 'jefe', 'jefa', 'funcionario', 'funcionaria',
      'diplomático', 'embajador', 'embajadora', 'general', 'comandante', 'canciller', 'secretario', 'secretaria', 'director', 'directora',
      'experto', 'experta', 'analista', 'abogado', 'abogada', 'fiscal', 'juez', 'jueza', 'diputado', 'diputada', 'senador', 'senadora',
      'alcalde', 'alcaldesa', 'gobernador', 'gobernadora', 'vocero', 'vocera', 'testigo', 'vecino', 'vecina', 'mandatario', 'mandataria',
      'vicepresidente', 'vicepresidenta', 'viceministro', 'profesor', 'profesora', 'investigador', 'investigadora', 'activista', 'periodista',
    ],
    speakingThings: ['comunicado', 'declaración', 'informe', 'agencia', 'ministerio', 'gobierno', 'cancillería', 'ejército', 'nota', 'texto', 'diario', 'periódico', 'cadena', 'televisión', 'documento', 'mensaje', 'carta'],
    titles: ['sr', 'sra', 'don', 'doña', 'dr', 'dra'],
    phraseEdgeWords: ['de', 'del', 'al', 'y', 'o', 'que', 'en', 'por', 'para', 'con', 'se', 'lo', 'es', 'no', 'según'],
    // Spanish drops the subject (",” dijo."): a third-person verb stands for the last person named.
    proDrop: Object.fromEntries(
      [...REPORTING, ...PARTICIPLES, 'afirmó', 'aseguró', 'declaró', 'explicó', 'señaló', 'añadió', 'agregó', 'subrayó', 'destacó', 'indicó', 'sostuvo', 'manifestó', 'expresó', 'comentó', 'respondió', 'advirtió', 'insistió', 'recordó', 'reconoció', 'admitió', 'apuntó', 'proclamó', 'relató', 'contó', 'prometido', 'añadido', 'agregado', 'explicado', 'asegurado', 'afirmado', 'señalado', 'insistido', 'advertido', 'reconocido', 'subrayado', 'destacado', 'indicado', 'manifestado', 'expresado', 'comentado']
        .filter((verb) => !/(?:ron|an|en)$/.test(verb))
        .map((verb) => [verb, 'he' as const]),
    ),
    according: ['según'],
    intro: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'en', 'tras', 'según', 'para', 'pero', 'sin', 'durante', 'desde', 'ante', 'así', 'además', 'mientras'],
  },
};
