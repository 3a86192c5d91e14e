/** Reporting verbs whose subject is the source ("KCNA said", "CCTV showed", ALL-CAPS "KCNA SAYS"). */
const REPORTING_VERBS =
  'said|says|say|saying|reported|reports|report|reporting|quoted|quotes|quote|quoting|showed|shows|show|showing|shown|' +
  'carried|carries|carry|broadcast|broadcasts|broadcasting|released|releases|aired|airs|published|publishes|cited|cites|' +
  'announced|announces|added|adds|wrote|writes|stated|states|claimed|claims|described|describes|called|calls|confirmed|' +
  'confirms|noted|notes|warned|warns|reiterated|insisted|insists|accused|accuses|denounced|denounces|condemned|condemns|' +
  'blasted|slammed|lashed|criticised|criticized|alleged|alleges|blamed|blames|urged|urges|hailed|hails|praised|praises|' +
  'declared|declares|asserted|argued|argues|suggested|suggests|explained|revealed|reveals|disclosed|detailed|highlighted|' +
  'depicted|portrayed|portrays|identified|issued|displayed|televised|featured|features|ran|printed|commented|responded|' +
  'denied|denies|dismissed|acknowledged|admitted|indicated|indicates|mentioned|stressed|stresses|emphasised|emphasized|' +
  'quoted|told|tells|informed|announced|posted|posts|unveiled|headlined|editorialised|editorialized|stated|estimated|put';

const ADVERBIALS =
  'also|later|earlier|separately|previously|then|quickly|again|further|first|had|has|have|was|were|is|would|will|' +
  'on\\s+\\w+|late\\s+\\w+|early\\s+\\w+|last\\s+\\w+|this\\s+\\w+|in\\s+(?:a|an|its|the|one)\\s+[\\w-]+(?:\\s+[\\w-]+)?|' +
  'today|yesterday|tonight|overnight';

/** After a name: optional 's, appositive or parenthesis, adverbials, then a reporting verb. */
export const SUBJECT_OF_VERB = new RegExp(
  `^(?:['’]s)?(?:\\s*,[^,.;:"“”\\n]{1,90},)?(?:\\s*\\([^()\\n]{1,40}\\))?\\s+(?:(?:${ADVERBIALS})\\s+){0,3}(?:${REPORTING_VERBS})\\b`,
  'i',
);

/** After a name: a negated report ("did not report", "has not confirmed") is not a source use. */
export const NEGATED_AFTER = /^(?:['’]s)?\s+(?:(?:also|so\s+far|yet)\s+)?(?:(?:did|does|do|has|have|had|was|were|could|would|will)\s*(?:not|n['’]t|never)|never|declined|refused|failed)\b/i;

/** After a name: one of its products ("a KCNA report", "KCTV footage", "Xinhua's dispatch"). */
export const PRODUCT_AFTER =
  /^(?:['’]s)?\s+(?:(?:own|latest|new|daily|weekly|evening|nightly|main|flagship|English-language|televised|video)\s+){0,2}(?:report|reports|dispatch|dispatches|commentary|commentaries|editorial|editorials|article|articles|footage|video|videos|photo|photos|photographs|pictures|images|broadcast|broadcasts|bulletin|bulletins|newscast|programme|program|transcript|account|interview|documentary)\b/i;

/** Before a name: the frames that make it a source ("according to", "released by", "told", "citing", "Photo:"). */
export const SOURCE_BEFORE = new RegExp(
  '(?:according\\s+to|quoted\\s+by|cited\\s+by|\\btold|\\btells|\\btelling|interview\\s+(?:with|to|on)|\\bquoting|\\bciting|\\bvia|' +
    '\\b(?:said|says|say|speaking|spoke|appeared|wrote|writes|announced|declared|stated|added|reported|reports|quoted|published|' +
    'aired|broadcast|televised|shown|showed|posted|released|carried|issued|distributed|provided|circulated|cited|supplied|transmitted|' +
    'obtained|monitored|made\\s+public|seen)\\s+(?:by|on|in|to|from|via)|' +
    '\\b(?:report|reports|reporting|commentary|commentaries|editorial|editorials|article|articles|dispatch|dispatches|statement|' +
    'broadcast|broadcasts|footage|video|videos|images|photos|pictures|photographs|programme|program|bulletin|documentary|column|' +
    'interview|remarks|comments|coverage|words|appearance)\\s+(?:by|from|in|on|of|to|carried\\s+by|published\\s+by|aired\\s+on)|' +
    '\\b(?:said|says|reported|added|wrote|declared|announced),?|' +
    '\\b(?:Photo(?:graph)?s?|Image|Picture|Credit|Source|Footage|Video|Handout|Courtesy(?:\\s+of)?)\\s*:?)' +
    '\\s*(?:(?:a|an|the)\\s+(?:(?:new|latest)\\s+)?(?:report|dispatch|commentary|statement|article|editorial|broadcast)s?\\s+(?:by|from|in|on|of)\\s+)?$',
  'i',
);

/** Lowercase words that may precede an outlet's name inside its noun phrase ("the state news agency KCNA"). */
export const LEFT_DESCRIPTORS: ReadonlySet<string> = new Set([
  'state', 'state-run', 'state-owned', 'state-controlled', 'state-backed', 'state-funded', 'state-affiliated',
  'state-sponsored', 'government-run', 'government-controlled', 'government-owned', 'government-backed', 'government',
  'official', 'officially', 'semi-official', 'semiofficial', 'party', 'party-run', 'ruling', 'communist', 'news', 'agency',
  'wire', 'service', 'broadcaster', 'television', 'tv', 'radio', 'newspaper', 'daily', 'paper', 'organ', 'network',
  'channel', 'outlet', 'media', 'tabloid', 'mouthpiece', 'propaganda', 'flagship', 'main', 'leading', 'english-language',
  'arabic-language', 'chinese-language', 'russian-language', 'kremlin-backed', 'kremlin-funded', 'kremlin-controlled',
  'pro-kremlin', 'beijing-backed', 'pro-government', 'pro-beijing', 'national', 'international', 'hardline', 'hard-line',
  'military', 'army', 'army-run', 'nationalist', 'website', 'site', 'portal', 'publication', 'weekly', 'satellite',
  'station', 'central', 'public', 'publicly', 'funded', 'owned', 'run', 'controlled', 'news-agency', 'newswire',
  'press', 'english', 'arabic', 'language', 'mass', 'circulation', 'mass-circulation', 'influential', 'conservative',
]);

/** Words that may follow a name inside its noun phrase ("Xinhua news agency", "the KCTV channel"). */
export const RIGHT_DESCRIPTORS: ReadonlySet<string> = new Set([
  'news', 'agency', 'newspaper', 'daily', 'broadcaster', 'television', 'tv', 'radio', 'channel', 'network', 'outlet',
  'wire', 'service', 'website', 'site', 'portal', 'tabloid', 'paper', 'station', 'newswire',
]);

/** Words ending a noun phrase on its left: kept in the span ("the", "a"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);

/** Generic references to state media: the core phrase, widened to its noun phrase afterwards. */
export const GENERIC_REFERENCE =
  /\b(?:(?:official|state|semi-?official|state[- ](?:run|owned|controlled|backed|funded|affiliated|sponsored)|government[- ](?:run|controlled|owned|backed)|government|party|party[- ]run|Communist\s+Party|ruling\s+party|Kremlin[- ](?:controlled|backed|funded|run)|regime|regime[- ]controlled)\s+)+(?:[A-Z][a-z]+(?:-[a-z]+)?\s+(?=(?:media|television|TV|radio|news\s+agency|newspaper|broadcaster)\b))?(?:(?:news|television|TV|radio|wire|media|press)\s+)?(?:media|television|TV|radio|news\s+agency|press\s+agency|wire\s+service|newspapers?|daily|dailies|broadcasters?|outlets?|mouthpiece|tabloid|channels?|broadcasts|press(?!\s+(?:office|conference|secretary|service|release|briefing|officer|freedom|law|statement|corps))|news(?!\s+(?:conference|briefing|release))|organs?|publications?)\b/gi;

/** Back-references by noun to the most recently named outlet ("the outlet said", "the agency reported"). */
export const BACK_REFERENCE =
  /\b(?:the|The|THE)\s+(?:(?:state|official|state-run|state-owned|news|party)\s+)?(outlet|agency|news\s+agency|broadcaster|newspaper|paper|daily|radio|station|television|channel|network|wire\s+service|website|site|report|publication)\b/g;

/** Which outlet kinds each back-reference noun can point to. */
export const BACK_REFERENCE_KINDS: Readonly<Record<string, readonly string[] | 'any'>> = {
  outlet: 'any',
  publication: ['newspaper', 'website', 'agency', 'outlet'],
  agency: ['agency'],
  'news agency': ['agency'],
  'wire service': ['agency'],
  broadcaster: ['broadcaster', 'television', 'radio'],
  television: ['broadcaster', 'television'],
  channel: ['broadcaster', 'television'],
  network: ['broadcaster', 'television', 'radio'],
  station: ['broadcaster', 'television', 'radio'],
  radio: ['radio', 'broadcaster'],
  newspaper: ['newspaper'],
  paper: ['newspaper'],
  daily: ['newspaper'],
  website: ['website', 'outlet'],
  site: ['website', 'outlet'],
  report: 'any',
};

/** Non-state news organisations: a mention of one ends a back-reference's reach ("Reuters ... the agency said"). */
export const OTHER_NEWS_ORGANISATIONS: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Kyodo', 'Kyodo News',
  'Interfax', 'Bloomberg', 'dpa', 'ANSA', 'EFE', 'Jiji', 'Jiji Press', 'Yonhap', 'NK News', 'Daily NK', 'CNN', 'Fox News',
  'NBC', 'CBS', 'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Guardian',
  'The Independent', 'Financial Times', 'Wall Street Journal', 'The Wall Street Journal', 'Nikkei', 'Asahi', 'Mainichi',
  'Yomiuri', 'South China Morning Post', 'Caixin', 'Meduza', 'Novaya Gazeta', 'Dozhd', 'TV Rain', 'Kommersant',
  'Vedomosti', 'Iran International', 'IranWire', 'Syrian Observatory', 'Al-Monitor',
  'International Atomic Energy Agency', 'IAEA', 'Central Intelligence Agency', 'CIA', 'National Intelligence Service', 'NIS',
];

/** Typology wording used in messages. */
export const TYPOLOGY_LABELS: Readonly<Record<string, string>> = {
  SC: 'state-controlled',
  CaPu: 'captured public media',
  CaPr: 'captured private media',
  ISFM: 'independent state-funded',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
  IP: 'independent public',
};
