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
  'quoted|told|tells|informed|announced|posted|posts|unveiled|headlined|editorialised|editorialized|stated|estimated|put|' +
  'hail|hailing|distributed|distributes|circulated|circulates|relayed|relays|beamed|screened|screens|aired|airing|' +
  'claim|accuse|warn|insist|urge|praise|condemn|denounce|describe|call|confirm|deny|report|carry|broadcast|' +
  'assail|assails|assailed|rap|raps|rapped|attack|attacks|attacked|blast|blasts|slam|slams|lash|lashes|decry|decries|decried|' +
  'brand|brands|branded|reject|rejects|rejected|mock|mocks|mocked|ridicule|ridicules|ridiculed|scorn|scorns|scorned|chide|chides|' +
  'chided|rebuke|rebukes|rebuked|read|reads|repeated|repeats|led\\s+(?:its|their|the|with)|leads\\s+(?:its|their|the|with)|opened\\s+with|opens\\s+with|' +
  'focused\\s+on|focuses\\s+on|focusing\\s+on|' +
  // Framing verbs: "China Youth Online billed it as …", "the agency touted the launch as …".
  'billed|bills|touted|touts|dubbed|dubs|termed|terms|labelled|labeled|trumpeted|trumpets|lauded|lauds|' +
  // Boasting is claiming: "the North's state media often boasts of successful launches".
  'boasted|boasts|boast|bragged|brags|' +
  // Participles after "with": "with state television announcing that she had been detained".
  'announcing|claiming|describing|calling|warning|accusing|declaring|revealing|confirming|insisting|stating|alleging|' +
  'publishing|airing|writing|adding|releasing|citing|denying|blaming|praising|condemning|branding|portraying';

const ADVERBIALS =
  'also|later|earlier|separately|previously|then|quickly|again|further|first|had|has|have|was|were|is|would|will|all|both|each|' +
  'on\\s+\\w+(?:\\s+(?:morning|afternoon|evening|night))?|late\\s+\\w+|early\\s+\\w+|last\\s+\\w+|this\\s+\\w+|' +
  // "State media in North Korea reported": a two-word place after "in" or "from".
  'in\\s+(?:a|an|its|the|one)\\s+[\\w-]+(?:\\s+[\\w-]+)?|(?:in|from)\\s+[A-Z][\\w-]*\\s+[A-Z][\\w-]*|in\\s+[\\w-]+|' +
  'today|yesterday|tonight|overnight|nonetheless|nevertheless|however|meanwhile|too|itself|swiftly|promptly|repeatedly|' +
  'simultaneously|live|widely|prominently|subsequently|initially|originally|recently|often|sometimes|routinely|[a-z]+ly';

/**
 * After a name: optional 's, appositive or parenthesis, adverbials, then a reporting verb. An -ing form
 * after a possessive ("the station's reporting") or closing its clause ("in CCTV reporting.") is a noun.
 */
export const SUBJECT_OF_VERB = new RegExp(
  `^(?:['’]s(?!\\s+[a-z]+ing\\b))?(?:\\s*,[^,.;:"“”\\n]{1,90},|\\s+[-–—]{1,2}\\s+[^-–—.;:"“”\\n]{1,90}\\s+[-–—]{1,2})?(?:\\s*\\([^()\\n]{1,40}\\))?\\s+(?:(?:${ADVERBIALS})\\s+){0,3}(?:${REPORTING_VERBS})\\b(?!(?<=ing)\\s*(?:[.!?;)]|$))`,
  'i',
);

/**
 * Before a name: an aside opened by a dash or bracket after a plural media noun, with any earlier items of its list
 * ("several Russian media – RIA Novosti, ", "Chinese outlets (including ").
 */
export const ASIDE_LIST_BEFORE =
  /\b(?:media|outlets|agencies|newspapers|papers|broadcasters|channels|networks|stations|websites|tabloids|dailies)\s*(?:[-–—]{1,2}|\()\s*(?:(?:such\s+as|including|like|notably|namely)\s+)?(?:[^-–—()\n.;:]{0,80}?(?:,|\band|&)\s*)?$/i;

/** After a name in such an aside: the rest of its list (or "among them"), the aside's closing dash or bracket, then the verb they share. */
export const ASIDE_LIST_AFTER = new RegExp(
  `^(?:\\s+among\\s+(?:them|others)|\\s*(?:,|and|&)\\s*[^-–—()\\n.;:]{1,80}?)?\\s*(?:[-–—]{1,2}|\\))\\s+(?:(?:${ADVERBIALS})\\s+){0,3}(?:${REPORTING_VERBS})\\b`,
  'i',
);

/** After a name: a negated report ("did not report", "has not confirmed", "KCNA, however, did not say") is not a source use. */
export const NEGATED_AFTER =
  /^(?:['’]s)?(?:\s*,\s*(?:however|though|meanwhile|in\s+turn|for\s+its\s+part)\s*,)?\s+(?:(?:also|so\s+far|yet)\s+)?(?:(?:did|does|do|has|have|had|was|were|could|would|will)\s*(?:not|n['’]t|never)|never|declined|refused|failed)\b/i;

/** After a name: one of its products ("a KCNA report", "KCTV footage", "Xinhua's dispatch"). */
export const PRODUCT_AFTER =
  /^(?:['’]s)?\s+(?:(?:own|latest|new|daily|weekly|evening|nightly|main|flagship|(?:English|Arabic|Russian|French|Spanish|Chinese|Mandarin|Persian|Farsi|German|Korean|Japanese|Turkish|Portuguese|Urdu|Hindi|Dari|Pashto|Kurdish|Hebrew|Ukrainian|Vietnamese)(?:-language)?|televised|video|morning|late-night|prime-?time|lunchtime|weekend|Sunday|talk|political|current-affairs|news)\s+){0,3}(?:report|reports|dispatch|dispatches|commentary|commentaries|editorial|editorials|article|articles|footage|video|videos|photo|photos|photographs|pictures|images|broadcast|broadcasts|bulletin|bulletins|newscast|newscasts|programme|programmes|program|programs|show|shows|segment|transcript|account|interview|documentary|service|edition|(?<=(?:evening|nightly|main|flagship|morning|late-night|time|lunchtime|weekend|Sunday)\s+)news(?!\s+(?:agenc|service|channel|network|site|website|outlet|portal|conference|briefing|release|department|desk)))\b/i;

/** Adverbs between a participle and its preposition ("broadcast live by", "published simultaneously by"). */
const PARTICIPLE_ADVERB =
  '(?:\\s+(?:live|repeatedly|simultaneously|widely|first|also|exclusively|originally|later|earlier|prominently|in\\s+full|(?:over|across)\\s+(?:\\w+\\s+)?pages|late\\s+\\w+|on\\s+\\w+|(?:also\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)))?';

/** Before an outlet's product ("in a KCNA report", "according to a Xinhua dispatch"): a frame making the product a source. */
export const PRODUCT_SOURCE_BEFORE =
  /\b(?:in|from|according\s+to|citing|quoting|via|cited|quoted|said|says|reported|carried)\s+(?:(?:a|an|the|its|one|another|latest|recent|separate|new)\s+){0,2}$/i;

/** Before a name: the frames that make it a source ("according to", "released by", "told", "citing", "Photo:"). */
export const SOURCE_BEFORE = new RegExp(
  '(?:according\\s+to|\\bper|(?:quoted|cited)\\s+(?:as\\s+(?:saying|telling)\\s+)?(?:(?:on|late|early|last|this)\\s+\\w+\\s+)?by|\\btold|\\btells|\\btelling|interview\\s+(?:with|to|on)|\\bquoting|\\bciting|\\bvia|' +
    '\\b(?:said|says|say|speaking|spoke|appeared|appearing|wrote|writes|announced|declared|stated|added|reported|reports|quoted|published|' +
    'aired|broadcast|televised|shown|showed|posted|released|carried|printed|splashed|issued|distributed|provided|circulated|cited|supplied|transmitted|' +
    'obtained|monitored|made\\s+public|made|described|portrayed|depicted|characteri[sz]ed|produced|claimed|admitted|confirmed|revealed|insisted|explained|branded|labell?ed|dubbed|presented|slammed|criticised|criticized|condemned|attacked|praised|hailed|blasted|denounced|lambasted|mocked|accused|seen|read|read\\s+out|heard|relayed|beamed|screened|running|ran|asked|interviewed|questioned)' +
    PARTICIPLE_ADVERB +
    // "released through KCNA": through an outlet is by way of it, as "via" is.
    '\\s+(?:by|on|in|to|from|via|over|through)|' +
    '\\b(?:report|reports|reporting|commentary|commentaries|editorial|editorials|article|articles|dispatch|dispatches|statement|' +
    'broadcast|broadcasts|footage|video|videos|images|photos|pictures|photographs|programme|program|bulletin|documentary|column|' +
    'interview|remarks|comments|coverage|words|appearance|address|speech|analysis|analyses|review|monitoring|reading)\\s+(?:by|from|in|on|of|to|over|through|carried\\s+by|published\\s+by|aired\\s+on)|' +
    // Inverted attribution ("…, said the agency", "“…,” said KCNA"), not a verb whose object clause starts with the name.
    '[,”"’\']\\s*(?:said|says|reported|added|wrote|declared|announced),?|' +
    '\\b(?:Photo(?:graph)?s?|Image|Picture|Credit|Source|Footage|Video|Handout|Courtesy(?:\\s+of)?)\\s*:?)' +
    '\\s*(?:(?:a|an|the)\\s+(?:(?:new|latest)\\s+)?(?:report|dispatch|commentary|statement|article|editorial|broadcast)s?\\s+(?:by|from|in|on|of)\\s+)?' +
    // "carried on the front page of the Rodong Sinmun"
    '(?:(?:the\\s+)?(?:front|back|inside|opening|first)\\s+pages?\\s+of\\s+)?$',
  'i',
);

/** A wire or picture agency's credit just before an outlet's, closing a caption: "EPA/KCNA", "Getty Images / Xinhua". */
export const AGENCY_CREDIT_BEFORE =
  /(?:^|[\s(,;:|/])(?:EPA(?:-EFE)?|AFP(?:\s+PHOTO)?|STR|AP(?:\s+Photo)?|Reuters|REUTERS|Getty(?:\s+Images)?|GETTY(?:\s+IMAGES)?|Yonhap|YONHAP|Kyodo|KYODO|ANSA|dpa|DPA|EFE|Shutterstock|Alamy|SIPA|Sipa|ZUMA|Zuma(?:\s+Press)?|UPI|Pool|POOL)\s*\/\s*$/;

/** Before a broadcast name: a broadcasting verb earlier in the clause ("aired 'confessions' on state TV"). */
export const BROADCAST_ON_BEFORE =
  /\b(?:airs?|aired|airing|broadcasts?|broadcasting|televised|televises|screened|screens|showed|shown|shows|showing|streamed|streams|streaming|live-?streamed|appeared|appears|appear|appearing)\b[^.;!?\n“”"]{0,50}\s(?:on|over)\s+$/i;

/** Before a name: it owns or publishes another outlet, not a source ("a tabloid published by the People's Daily"). */
export const OWNERSHIP_BEFORE =
  /\b(?:tabloid|newspaper|daily|paper|channel|network|broadcaster|outlet|agency|station|website|magazine|publication|affiliate|subsidiary|arm|offshoot|edition|service)\b[^.;:]{0,30}?\s(?:published|owned|run|operated|controlled|funded|financed|backed|founded|launched|set\s+up|started)\s+by\s+$/i;

/** After a sentence-initial name: a passive or copula, so the outlet is not speaking ("RT was banned ..."). */
export const NOT_SPEAKING_AFTER = /^\s+(?:(?:also|has|have|had|itself)\s+)?(?:was|were|is|are|been|being|be)\b/i;

/** After a sentence-initial name: an optional appositive and adverbs, then the word that should be its verb. */
export const SUBJECT_CONTINUATION =
  /^(?:\s*,[^,.;:“”"\n]{1,90},(?:[^,.;:“”"\n]{1,40},)??)?\s+(?:(?:\p{Ll}+ly|also|then|later|even|still|nonetheless|however|meanwhile|too|itself|on\s+\w+)\s+){0,3}(\p{Ll}[\p{Ll}-]*)\b/u;

/** Common irregular past-tense verbs a sentence's subject takes ("Babil went further", "the agency gave an account"). */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'gave',
  'went',
  'ran',
  'made',
  'took',
  'put',
  'struck',
  'held',
  'kept',
  'led',
  'brought',
  'sent',
  'set',
  'began',
  'came',
  'saw',
  'hit',
  'cast',
  'drew',
  'sought',
  'told',
  'wrote',
  'spoke',
  'chose',
  'let',
  'read',
  'said',
  'showed',
  'shown',
  'thought',
  'felt',
  'left',
  'met',
  'paid',
  'stood',
  'took',
  'won',
  'gives',
  'goes',
  'runs',
  'makes',
  'takes',
  'puts',
]);

/** Nouns ending in -s or -ed that follow an outlet's name as a compound ("Al Jazeera journalists"), not as its verb. */
export const NOT_VERBS_AFTER_NAME: ReadonlySet<string> = new Set([
  'journalists',
  'correspondents',
  'reporters',
  'presenters',
  'editors',
  'anchors',
  'hosts',
  'crews',
  'employees',
  'workers',
  'bureaus',
  'offices',
  'headquarters',
  'officials',
  'executives',
  'viewers',
  'readers',
  'subscribers',
  'staffers',
  'pages',
  'programmes',
  'programs',
  'shows',
  'news',
  'ads',
  'accounts',
  'channels',
  'websites',
  'sites',
  'series',
  'broadcasts',
  'reports',
  'articles',
  'videos',
  'photos',
  'images',
  'pictures',
  'headlines',
  'bureaux',
  'licensed',
  'owned',
  'funded',
  'backed',
  'based',
  'linked',
  'affiliated',
  'controlled',
  'operated',
  'sanctioned',
  'banned',
  'blocked',
  'registered',
]);

/** Lowercase words that may precede an outlet's name inside its noun phrase ("the state news agency KCNA"). */
export const LEFT_DESCRIPTORS: ReadonlySet<string> = new Set([
  'state',
  'state-run',
  'state-owned',
  'state-controlled',
  'state-backed',
  'state-funded',
  'state-affiliated',
  'state-sponsored',
  'government-run',
  'government-controlled',
  'government-owned',
  'government-backed',
  'government',
  'official',
  'officially',
  'semi-official',
  'semiofficial',
  'party',
  'party-run',
  'ruling',
  'communist',
  'news',
  'agency',
  'wire',
  'service',
  'broadcaster',
  'television',
  'tv',
  'radio',
  'newspaper',
  'daily',
  'paper',
  'organ',
  'network',
  'channel',
  'outlet',
  'media',
  'tabloid',
  'mouthpiece',
  'propaganda',
  'flagship',
  'main',
  'leading',
  'english-language',
  'arabic-language',
  'chinese-language',
  'russian-language',
  'kremlin-backed',
  'kremlin-funded',
  'kremlin-controlled',
  'pro-kremlin',
  'beijing-backed',
  'pro-government',
  'pro-beijing',
  'national',
  'international',
  'hardline',
  'hard-line',
  'military',
  'army',
  'army-run',
  'nationalist',
  'website',
  'site',
  'portal',
  'publication',
  'weekly',
  'satellite',
  'station',
  'central',
  'public',
  'publicly',
  'funded',
  'owned',
  'run',
  'controlled',
  'news-agency',
  // Plurals: "the state news agencies Xinhua and KCNA".
  'agencies',
  'broadcasters',
  'newspapers',
  'dailies',
  'outlets',
  'channels',
  'networks',
  'stations',
  'newswire',
  'private',
  'commercial',
  'regional',
  'provincial',
  'local',
  'municipal',
  'federal',
  'domestic',
  'nationwide',
  "country's",
  "nation's",
  "government's",
  "regime's",
  "kingdom's",
  "republic's",
  "island's",
  "military's",
  "army's",
  "party's",
  "north's",
  "junta's",
  "kremlin's",
  "state's",
  'press',
  'english',
  'arabic',
  'language',
  'mass',
  'circulation',
  'mass-circulation',
  'influential',
  'conservative',
]);

/** Words that may follow a name inside its noun phrase ("Xinhua news agency", "the KCTV channel"). */
export const RIGHT_DESCRIPTORS: ReadonlySet<string> = new Set([
  'press',
  'news',
  'agency',
  'newspaper',
  'daily',
  'broadcaster',
  'television',
  'tv',
  'radio',
  'channel',
  'network',
  'outlet',
  'wire',
  'service',
  'website',
  'site',
  'portal',
  'tabloid',
  'paper',
  'station',
  'newswire',
]);

/** Modifiers that may stand between a name and a descriptor noun on its right ("RIA state news agency", "Rossiya 1 state television"). */
export const RIGHT_MODIFIERS: ReadonlySet<string> = new Set([
  'state',
  'state-run',
  'state-owned',
  'state-controlled',
  'state-backed',
  'official',
  'semi-official',
  'semiofficial',
  'government',
  'government-run',
  'national',
  'public',
  'party',
  'media',
  'broadcasting',
  'information',
  // A service's language or reach: "a state TV Arabic language channel", "CCTV's English-language channel".
  'language',
  'arabic',
  'english',
  'persian',
  'farsi',
  'french',
  'spanish',
  'russian',
  'chinese',
  'korean',
  'turkish',
  'german',
  'arabic-language',
  'english-language',
  'persian-language',
  'spanish-language',
  'russian-language',
  'french-language',
  'chinese-language',
  'foreign-language',
  'international',
  'satellite',
]);

/** Words ending a noun phrase on its left: kept in the span ("the", "a"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);

/** Generic references to state media: the core phrase, widened to its noun phrase afterwards (at most three modifiers, so runs of "state state ..." stay linear). */
export const GENERIC_REFERENCE =
  /\b(?:(?:official|state|semi-?official|state[- ](?:run|owned|controlled|backed|funded|affiliated|sponsored)|government[- ](?:run|controlled|owned|backed)|government|party|party[- ]run|Communist\s+Party|ruling\s+party|Kremlin[- ](?:controlled|backed|funded|run)|regime|regime[- ]controlled|propaganda|(?:party|regime|government|Kremlin|junta)['’]s)\s+){1,3}(?:[A-Z][a-z]+(?:-[a-z]+)?\s+(?=(?:media|television|TV|radio|news\s+agency|newspaper|broadcaster)\b))?(?:(?:news|television|TV|radio|wire|media|press)\s+)?(?:media|television|TV|radio|news\s+agenc(?:y|ies)|press\s+agenc(?:y|ies)|wire\s+services?|newspapers?|daily|dailies|broadcasters?|outlets?|mouthpiece|tabloid|channels?|broadcasts|press(?!\s+(?:office|conference|secretary|service|release|briefing|officer|freedom|law|statement|corps))|news(?!\s+(?:conference|briefing|release))|organs?|publications?)\b/gi;

/** One or two capitalised words before a back-reference noun ("Iranian", "North Korean"), checked against the country words. */
const NATIONALITY_BEFORE_NOUN = '[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+';

const BACK_REFERENCE_MODIFIERS = [
  'state',
  'official',
  // The descriptors the generic references accept ("the semi-official agency", "the state-affiliated network").
  'semi-official',
  'semiofficial',
  'state-run',
  'state-owned',
  'state-controlled',
  'state-backed',
  'state-funded',
  'state-affiliated',
  'state-sponsored',
  'government',
  'government-run',
  'government-owned',
  'news',
  'party',
  'ruling party',
  'communist',
];
const BACK_REFERENCE_NOUNS = [
  'outlet',
  'media outlet',
  'news outlet',
  'tv',
  'wire',
  'newswire',
  'news service',
  'mouthpiece',
  'organ',
  'portal',
  'agency',
  'news agency',
  'broadcaster',
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'tabloid',
  'radio',
  'station',
  'television',
  'channel',
  'network',
  'wire service',
  'website',
  'site',
  'report',
  'publication',
];

/** Lower-case and ALL-CAPS spellings as a regex alternation: explicit cases keep the scan free of the slow `i` flag. */
function casedAlternation(words: readonly string[]): string {
  return [...words, ...words.map((w) => w.toUpperCase())]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * Back-references by noun to the most recently named outlet ("the outlet said", "The Qatar-based network reported",
 * ALL-CAPS "THE AGENCY SAID"), also after a nationality ("the Iranian agency", "the North Korean state agency"):
 * the caller checks that the capitalised words name the antecedent's country.
 */
export const BACK_REFERENCE = new RegExp(
  `\\b(?:the|The|THE)\\s+(?:${NATIONALITY_BEFORE_NOUN})?(?:(?:${casedAlternation(BACK_REFERENCE_MODIFIERS)}|[A-Z][A-Za-z.]*-(?:based|run|owned|funded|backed|controlled|affiliated|linked|aligned|language|BASED|RUN|OWNED|FUNDED|BACKED|CONTROLLED|AFFILIATED|LINKED|ALIGNED|LANGUAGE))\\s+)?(${casedAlternation(BACK_REFERENCE_NOUNS)})\\b`,
  'g',
);

/** Modifiers that keep a noun a news outlet ("news agency", "state television"): any other ("nuclear agency") names something else. */
export const MEDIA_MODIFIERS: ReadonlySet<string> = new Set([
  'news',
  'state',
  'official',
  'press',
  'wire',
  'television',
  'tv',
  'radio',
  'broadcasting',
  'government',
  'party',
  'media',
  'state-run',
  'state-owned',
  'state-controlled',
  'government-run',
  'semi-official',
  'semiofficial',
  'propaganda',
  'cable',
  'satellite',
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'same',
  'communist',
  'ruling',
  'national',
  'central',
]);

/** Families of outlet nouns: a back-reference noun can point to an outlet of the same family. */
export type OutletFamily = 'agency' | 'broadcast' | 'print' | 'web' | 'any';

/** The family each back-reference noun, descriptor noun and registry kind belongs to. */
export const FAMILY_OF_WORD: Readonly<Record<string, OutletFamily>> = {
  outlet: 'any',
  report: 'any',
  media: 'any',
  publication: 'print',
  agency: 'agency',
  'news agency': 'agency',
  'wire service': 'agency',
  wire: 'agency',
  'news service': 'agency',
  'media outlet': 'any',
  'news outlet': 'any',
  mouthpiece: 'any',
  organ: 'any',
  newswire: 'agency',
  broadcaster: 'broadcast',
  television: 'broadcast',
  tv: 'broadcast',
  channel: 'broadcast',
  network: 'broadcast',
  station: 'broadcast',
  radio: 'broadcast',
  newspaper: 'print',
  paper: 'print',
  daily: 'print',
  weekly: 'print',
  tabloid: 'print',
  website: 'web',
  site: 'web',
  portal: 'web',
};

/** Registry kinds mapped to families. */
export const FAMILY_OF_KIND: Readonly<Record<string, OutletFamily>> = {
  agency: 'agency',
  broadcaster: 'broadcast',
  television: 'broadcast',
  radio: 'broadcast',
  newspaper: 'print',
  website: 'web',
  outlet: 'any',
};

/**
 * Countries whose national broadcasting was wholly state-controlled, so "<nationality> television" or
 * "... radio" means state media ("East German television"); `to` is the last such year when it ended.
 */
export const STATE_BROADCAST_COUNTRIES: Readonly<Record<string, { readonly to?: number }>> = {
  KP: {},
  CN: {},
  IR: {},
  SY: {},
  CU: {},
  VN: {},
  LA: {},
  ER: {},
  BY: {},
  TM: {},
  SA: {},
  QA: {},
  RU: {},
  SU: {},
  DD: {},
  CS: { to: 1989 },
  HU: {},
  IQ: { to: 2003 },
  LY: { to: 2011 },
  EG: { to: 2000 },
  YU: { to: 2000 },
  RO: { to: 1989 },
  BG: { to: 1989 },
  PL: { to: 1989 },
  AL: { to: 1991 },
};

/**
 * Capitals whose radio and television were the state's (the country code keys STATE_BROADCAST_COUNTRIES,
 * which gives the years): "Hanoi radio", "Radio Tirana", "Baghdad television".
 */
export const STATE_BROADCAST_CAPITALS: Readonly<Record<string, string>> = {
  Pyongyang: 'KP',
  Beijing: 'CN',
  Peking: 'CN',
  Tehran: 'IR',
  Teheran: 'IR',
  Damascus: 'SY',
  Havana: 'CU',
  Hanoi: 'VN',
  Vientiane: 'LA',
  Asmara: 'ER',
  Minsk: 'BY',
  Ashgabat: 'TM',
  Riyadh: 'SA',
  Doha: 'QA',
  Moscow: 'RU',
  'East Berlin': 'DD',
  Prague: 'CS',
  Budapest: 'HU',
  Baghdad: 'IQ',
  Tripoli: 'LY',
  Cairo: 'EG',
  Belgrade: 'YU',
  Bucharest: 'RO',
  Sofia: 'BG',
  Warsaw: 'PL',
  Tirana: 'AL',
};

/** Countries where every news outlet answered to the state, so even "<nationality> media" means state media ("North Korean media"). */
export const ALL_MEDIA_STATE_COUNTRIES: ReadonlySet<string> = new Set(['KP', 'SU', 'DD', 'CS', 'CU', 'ER', 'TM', 'LA', 'VN', 'CN']);

/** Words after "<nationality> television" that make it a person or programme rather than the broadcaster. */
export const NOT_BROADCASTER_AFTER =
  /^\s+(?:maker|makers|manufacturer|manufacturers|brand|brands|company|companies|firm|firms|factory|presenter|presenters|host|hosts|anchor|anchors|journalist|journalists|reporter|reporters|crew|crews|drama|dramas|series|show|shows|viewers|audience|audiences|personality|personalities|star|stars|screens|set|sets|licen[cs]e|market|industry|rights|ratings|advert|adverts|advertising|commercials?)\b/i;

/** Country codes of the communist-era states whose mention marks an article as set in that era. */
/** Words in an outlet's own phrase that place it in a former state: "the Soviet news agency Tass" is the USSR's. */
export const FORMER_COUNTRY_WORDS: Readonly<Record<string, RegExp>> = {
  SU: /\b(?:Soviet|USSR|U\.S\.S\.R\.)/,
  YU: /\bYugoslav/,
  DD: /\bEast German/,
  CS: /\bCzechoslovak/,
};

/** Words after an outlet's name that make it something else: "CCTV cameras" are closed-circuit television. */
export const NOT_OUTLET_AFTER: Readonly<Record<string, RegExp>> = {
  CCTV: /^[\s-]+(?:cameras?|pictures|images|surveillance|systems?|operators?|monitoring|recordings?|networks?|control|coverage|evidence|stills?)\b/i,
};

/**
 * Words after a short name, matched alone, that make it part of another name: "РИА «Новый регион»", "РИА ФедералПресс"
 * give the kind of a regional agency, not RIA Novosti ("РИА Новости" in full is matched as a whole before this is asked).
 */
export const NOT_OUTLET_AFTER_NAME: Readonly<Record<string, RegExp>> = {
  РИА: /^\s+(?:[«"„“](?!Новост)[\p{L}\d]|(?!Новост)[А-ЯЁ][\p{L}\d])/u,
};

/** Words after "CCTV" that mean the broadcaster only where the article is about China ("CCTV footage showed"). */
export const CCTV_FOOTAGE_AFTER = /^[\s-]+(?:footage|videos?|clips?)\b/i;

export const COMMUNIST_ERA_COUNTRIES: ReadonlySet<string> = new Set(['SU', 'DD', 'CS', 'YU']);

/** Non-state news organisations: a mention of one ends a back-reference's reach ("Reuters ... the agency said"). */
export const OTHER_NEWS_ORGANISATIONS: readonly string[] = [
  'Reuters',
  'Associated Press',
  'AP',
  'AFP',
  'Agence France-Presse',
  'Agence France Presse',
  'Kyodo',
  'Kyodo News',
  'Interfax',
  'Bloomberg',
  'dpa',
  'ANSA',
  'EFE',
  'Jiji',
  'Jiji Press',
  'Yonhap',
  'NK News',
  // NK News's archive of North Korean media: citing it is not citing KCNA.
  'KCNA Watch',
  'Daily NK',
  'CNN',
  'Fox News',
  'NBC',
  'CBS',
  'The New York Times',
  'New York Times',
  'The Washington Post',
  'Washington Post',
  'The Guardian',
  'The Independent',
  'Financial Times',
  'Wall Street Journal',
  'The Wall Street Journal',
  'Nikkei',
  'Asahi',
  'Mainichi',
  'Yomiuri',
  'South China Morning Post',
  'Caixin',
  'Meduza',
  'Novaya Gazeta',
  'Dozhd',
  'TV Rain',
  'Kommersant',
  'Vedomosti',
  'Iran International',
  'IranWire',
  'Syrian Observatory',
  'Al-Monitor',
  'International Atomic Energy Agency',
  'IAEA',
  'Central Intelligence Agency',
  'CIA',
  'National Intelligence Service',
  'NIS',
];
