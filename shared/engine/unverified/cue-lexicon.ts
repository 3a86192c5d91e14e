import type { CueKind } from '../../model/finding';

/** How far a finding reaches around its cue: its clause, its whole sentence, or a "what X called ..." phrase. */
export type CueScope = 'clause' | 'sentence' | 'phrase';

/**
 * One family of cue words as data. Patterns are regular-expression sources matched case-insensitively at
 * word boundaries, without capturing groups; a literal space stands for any run of white space so that
 * re-wrapped text still matches.
 */
export interface CueEntry {
  readonly pattern: string;
  /** Defaults to `clause`. */
  readonly scope?: CueScope;
  /** Whether a negator just before the cue ("did not claim", "no group claimed") cancels it. */
  readonly negatable?: boolean;
  /** Rejects the hit when the text just before it ends with this (another word sense: "insurance claims"). */
  readonly notAfter?: string;
  /** Rejects the hit when the text just after it starts with this ("claimed the lives of"). */
  readonly notBefore?: string;
  /** Rejects the hit when the matched text itself contains this. */
  readonly notMatching?: string;
  /**
   * Words that may stand just before the match and belong to the cue ("is" in "is believed to"); matching
   * starts at the rarer word and reaches back for these, which keeps the one combined scan fast.
   */
  readonly lead?: string;
  /** Whether the hit needs its lead ("a person" before "familiar with"). */
  readonly leadRequired?: boolean;
  /** Picks the cue words out of a longer match (searched in the match, anchored at its end when it ends with `$`). */
  readonly cue?: string;
}

/** Joins words into one non-capturing alternation. */
function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** Adverbs that say someone else says so. */
export const HEARSAY_ADVERBS: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'reputedly',
];

/** Intensifiers and auxiliaries that may stand between a passive auxiliary and its participle. */
const PASSIVE_FILLERS = String.raw`(?:\w+ly|also|now|still|long|once|not|even|already|at least|in fact)`;

/** Auxiliaries of a passive frame ("is believed", "had been thought"). */
const PASSIVE_AUX = String.raw`(?:is|are|was|were|be|been|being|['’]s|has been|have been|had been|will be|would be|may be|might be)`;

/** Auxiliaries and adverbs before an agentless "seen as". */
const SEEN_AS_LEADS = anyOf([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'widely', 'largely', 'often', 'generally', 'long',
  'increasingly', 'commonly', 'also', 'still', 'now', 'broadly', 'mostly', 'frequently', 'sometimes', 'variously',
  'once', 'privately', 'locally', 'internationally',
]);

/** Verbs that, after "said to" or "thought to", make the frame a claim about a state of affairs. */
const STATE_VERBS = anyOf([
  'be', 'have', 'been', 'number', 'total', 'contain', 'include', 'hold', 'carry', 'possess', 'own', 'control',
  'involve', 'exist', 'remain', 'lie', 'weigh', 'cost', 'account', 'represent', 'originate', 'date', 'stem',
  'suffer', 'plan', 'want', 'favou?r', 'command', 'lead', 'head', 'harbou?r', 'hide', 'hiding',
]);

/** Verbs of "what X described as ..." that take "as". */
const WHAT_VERBS_AS = anyOf([
  'describ(?:ed|es|e)', 'saw', 'sees?', 'view(?:ed|s)?', 'regard(?:ed|s)?', 'perceiv(?:ed|es|e)',
  'characteri[sz](?:ed|es|e)', 'portray(?:ed|s)?', 'tout(?:ed|s)?', 'bill(?:ed|s)?', 'hail(?:ed|s)?',
  'denounc(?:ed|es|e)', 'condemn(?:ed|s)?', 'present(?:ed|s)?', 'fram(?:ed|es|e)', 'depict(?:ed|s)?',
  'paint(?:ed|s)?', 'cast(?:s)?', 'refer(?:red|s)? to', 'interpret(?:ed|s)?', 'identif(?:ied|ies|y)',
  'justif(?:ied|ies|y)', 'sold', 'sells?', 'pitch(?:ed|es)?', 'spun', 'spins?',
]);

/** Verbs of "what X called ..." that take their complement directly. */
const WHAT_VERBS_DIRECT = anyOf([
  'call(?:ed|s)?', 'term(?:ed|s)?', 'dub(?:bed|s)?', 'label(?:l?ed|s)?', 'brand(?:ed|s)?', 'deem(?:ed|s)?',
  'consider(?:ed|s)?',
]);

/** Verbs of "what X said was ..." that report a claim. */
const WHAT_VERBS_SAID = anyOf([
  'said', 'says?', 'claim(?:ed|s)?', 'insist(?:ed|s)?', 'alleg(?:ed|es|e)', 'maintain(?:ed|s)?', 'assert(?:ed|s)?',
  'argu(?:ed|es|e)', 'contend(?:ed|s)?', 'believ(?:ed|es|e)', 'thought', 'thinks?', 'insinuat(?:ed|es)',
]);

/** The cue words of a "what X ..." frame: its verb and what follows it. */
const WHAT_CUE = String.raw`(?:(?:has|have|had) )?(?:${WHAT_VERBS_AS} as|${WHAT_VERBS_DIRECT}(?: as)?|${WHAT_VERBS_SAID} (?:was|were|is|are|had been|has been|would be|to be))`;

/** Words before "claim(s)" that make it a demand for money, land or a title rather than an assertion. */
const CLAIM_OTHER_SENSES_BEFORE = anyOf([
  'insurance', 'compensation', 'jobless', 'unemployment', 'benefits?', 'pension', 'tax', 'expenses?', 'damages?',
  'pay', 'wage', 'warranty', 'injury', 'disability', 'welfare', 'territorial', 'land', 'maritime', 'sovereignty',
  'border', 'small', 'patent', 'asylum', 'refund', 'medical', 'health', 'accident', 'liability', 'malpractice',
  'fraudulent', 'title', 'ownership', 'property', 'mining', 'native',
  String.raw`(?:stake[sd]?|staking|lay|lays|laid|laying|make|makes|made|making|file[sd]?|filing|submit(?:s|ted)?|settle[sd]?|settling|reject(?:ed|s)?|approve[sd]?|process(?:ed|es)?) (?:a |an |their |its |his |her |the |any )?`, 'first', 'rival', 'competing', 'overlapping', 'historic(?:al)?',
  'legal', 'royalty', 'copyright', 'trademark', 'visa', 'refugee', 'payment', 'credit', 'loan', 'debt',
]);

/** Words after "claim(ed)" that make it a win, a death toll or a form rather than an assertion. */
const CLAIM_OTHER_SENSES_AFTER = String.raw`(?:(?:(?!that\b)[\w,]+ ){0,3}(?:lives?|victims|casualties)\b|(?:the |a |an |his |her |their |its |our |my )?(?:(?:first|second|third|fourth|fifth|\d+\w*|maiden|top|overall|world|olympic|national|european|gold|silver|bronze|record) )*(?:title|titles|crown|throne|medal|gold|silver|bronze|trophy|prize|seat|seats|championship|record|pole|spot|place|win|wins|points?|wickets?|goals?|ownership|back|asylum|benefits?|compensation|damages|refunds?|expenses|form|forms|adjuster|process|courts?|centre|center|number|office|settlement|payout|jackpot|stage|victories|possession|top spot|to fame)\b)`;

/** Words before "source(s)" that make it a supply rather than an informant. */
const SOURCE_OTHER_SENSES_BEFORE = anyOf([
  'energy', 'power', 'water', 'food', 'revenue', 'income', 'funding', 'financing', 'light', 'heat', 'open',
  'renewable', 'data', 'protein', 'fuel', 'electricity', 'supply', 'raw', 'mineral', 'nutrient', 'carbon',
  'emissions?', 'pollution', 'sound', 'radiation', 'ignition', 'infection', 'contamination', 'drinking',
  'groundwater', 'cash', 'tax', 'capital', 'primary', 'secondary', 'main', 'major', 'key', 'single', 'largest',
  'biggest', 'important', 'only', 'alternative', 'fossil', 'heating',
]);

/** Person nouns that make "unnamed" or "anonymous" describe a withheld source. */
const WITHHELD_PERSONS = anyOf([
  'sources?', 'officials?', 'person', 'persons', 'people', 'diplomats?', 'officers?', 'aides?', 'insiders?',
  'executives?', 'members?', 'advis[eo]rs?', 'employees?', 'staffers?', 'lawmakers?', 'legislators?', 'ministers?',
  'analysts?', 'experts?', 'witness(?:es)?', 'residents?', 'commanders?', 'soldiers?', 'agents?', 'spokes(?:man|woman|person|people|men|women)',
  'representatives?', 'negotiators?', 'investigators?', 'bankers?', 'traders?', 'individuals?', 'figures?',
  'contacts?', 'informants?', 'whistle-?blowers?', 'defectors?', 'activists?', 'relatives?', 'colleagues?',
  'acquaintances?', 'friends?', 'neighbou?rs?', 'managers?', 'directors?',
  'callers?', 'tipsters?', 'accounts?', 'letters?', 'tips?', 'memos?', 'briefings?',
]);

/** Who can be "familiar with the matter" or "close to" someone as an unnamed source. */
const KNOWING_PERSONS = anyOf([
  'people', 'persons?', 'sources?', 'someone', 'those', 'officials?', 'insiders?', 'diplomats?', 'aides?',
  'executives?', 'individuals?', 'figures?', 'members?', 'employees?', 'staff(?:ers)?', 'advis[eo]rs?',
  'bankers?', 'lawyers?', 'associates?', 'allies', 'friends?', 'who (?:is|are|was|were)',
]);

/** Places after "close to" that make it a location rather than a source's closeness to power. */
const PLACES = anyOf([
  'border', 'front', 'frontline', 'front line', 'scene', 'site', 'city', 'town', 'village', 'capital', 'area',
  'region', 'coast', 'river', 'sea', 'epicent(?:re|er)', 'cent(?:re|er)', 'crash', 'blast', 'explosion', 'plant',
  'airport', 'base', 'station', 'camp', 'home', 'homes', 'building', 'site', 'bottom', 'top', 'edge', 'death',
  'tears', 'collapse', 'zero', 'record', 'capacity', 'completion', 'agreement', 'deal', String.raw`\d`,
]);

/** Modifiers that make "reports" a rumour rather than a named outlet's report. */
const VAGUE_REPORTS = anyOf([
  'some', 'unconfirmed', 'unverified', 'uncorroborated', 'unofficial', 'media', 'press', 'news', 'local', 'several',
  'conflicting', 'contradictory', 'multiple', 'initial', 'early', 'various', 'numerous', 'anecdotal', 'sporadic',
  'scattered', 'other', 'widespread', 'persistent', 'many', 'social media', 'online', 'foreign',
]);

/** Owners of "media reports" that make them attribution to an outlet instead ("state media reports"). */
const REPORT_OWNERS = String.raw`(?:state|state-run|state-controlled|official|government|party|these|those|the|its|their|his|her|\w+['’]s?)`;

/** The cue lexicon of ANNOTATION.md's `unverified` layer, grouped by kind. */
export const CUE_LEXICON: Readonly<Record<CueKind, readonly CueEntry[]>> = {
  'hearsay-adverb': [{ pattern: anyOf(HEARSAY_ADVERBS) }],

  'distancing-frame': [
    {
      // "what Pyongyang described as ...", "what officials said was ...", "what was billed as ...".
      pattern: String.raw`what (?:[\w’'.&-]+ ){1,6}?${WHAT_CUE}`,
      scope: 'phrase',
      cue: `${WHAT_CUE}$`,
      // Plain naming ("what is called the DMZ") and the writer's own words ("what we call") are not distancing.
      notMatching: String.raw`^what (?:(?:is|are|was|were|be|been|has|have|had|now|once|commonly|often|sometimes|also|later|then|locally|still|usually|generally|popularly|so|officially|formerly|previously) )+(?:call(?:ed|s)?|term(?:ed|s)?|dub(?:bed|s)?)\b|^what (?:we|i|you|one|us|our) `,
      notBefore: String.raw`(?:for|on|upon|off|in|up|out|back|it quits|him|her|them|me|us)\b`,
    },
    {
      pattern: String.raw`claim(?:s|ed|ing)?`,
      negatable: true,
      notAfter: CLAIM_OTHER_SENSES_BEFORE,
      notBefore: CLAIM_OTHER_SENSES_AFTER,
    },
    { pattern: String.raw`alleg(?:e|es|ed|ing|ation|ations)`, negatable: true },
    { pattern: String.raw`purport(?:s|ed|ing)?|ostensible`, negatable: true },
    {
      // "is believed to", "a man thought to be", "were reported to have".
      pattern: String.raw`(?:believed|reputed|presumed|suspected) to \w+|(?:thought|said|reported|understood) to ${STATE_VERBS}\b`,
      lead: String.raw`(?:${PASSIVE_AUX} )?${PASSIVE_FILLERS}|${PASSIVE_AUX}`,
    },
    {
      pattern: String.raw`it (?:is|was|has been|had been|['’]s|is being|was being|will be|would be)(?: (?:widely|generally|now|also|increasingly|often|commonly|further|still))? (?:believed|thought|understood|said|reported|alleged|claimed|suspected|feared|assumed|presumed|asserted|whispered)`,
    },
    {
      // Agentless "seen as"; "has seen as many" is a comparison, not a frame.
      pattern: String.raw`(?:seen|viewed|regarded|perceived) (?:by (?:[\w’'-]+ ){1,3})?as`,
      lead: String.raw`(?:${SEEN_AS_LEADS} )*${SEEN_AS_LEADS}`,
      notAfter: String.raw`has|have|had|having|['’]ve`,
      notBefore: String.raw`(?:many|much|few|little|far|long|well|soon|often|good|bad|high|low|recently|early|late|quickly|large|big|small)\b`,
    },
    { pattern: String.raw`(?:widely|generally|largely|broadly|commonly) (?:considered|assumed|presumed)` },
    { pattern: String.raw`(?:hailed|touted|billed|heralded|trumpeted|lauded|marketed|vaunted|advertised) (?:by (?:[\w’'-]+ ){1,3})?as` },
  ],

  'non-verification': [
    {
      // "could not be independently verified", "could not immediately be verified", "Reuters could not verify".
      pattern: String.raw`(?:not|cannot|never|(?:could|can|did|does|do|has|have|had|was|were|is|are|would|wo)n['’]t|unable to|impossible to|no way to|no way of|hard to|difficult to)(?: (?:be|been|yet|immediately|independently|officially|separately|readily|fully|reliably|definitively|otherwise|possible to|able to|to|either|so far|publicly|formally))* (?:verif(?:y|ied|ying)|confirm(?:ed|ing)?|corroborat(?:e|ed|ing)|authenticat(?:e|ed|ing)|substantiat(?:e|ed|ing))`,
      lead: String.raw`could|can|would|did|does|do|has|have|had|was|were|is|are|will|has been|have been|had been`,
      scope: 'sentence',
      notMatching: String.raw`^not (?:be )?confirmed (?:as|for)\b`,
    },
    { pattern: String.raw`un(?:confirmed|verified|verifiable|substantiated|corroborated|sourced|proven)`, scope: 'sentence' },
    {
      pattern: String.raw`without (?:(?:providing|offering|giving|presenting|citing|producing|showing|supplying|sharing|releasing|any|further|supporting|concrete|specific|hard|firm|public|direct|credible|documentary) )*(?:evidence|proof|substantiation|documentation)`,
      scope: 'sentence',
    },
    {
      pattern: String.raw`no (?:\w+ )?(?:evidence|proof)`,
      lead: String.raw`offer(?:ed|ing|s)?|provid(?:ed|ing|es|e)|gave|giving|gives?|present(?:ed|ing|s)?|produc(?:ed|ing|es|e)|cit(?:ed|ing|es|e)|show(?:ed|ing|s)?|supplied|supplying|supply|shar(?:ed|ing|es|e)|releas(?:ed|ing|es|e)`,
      leadRequired: true,
      scope: 'sentence',
    },
    {
      pattern: String.raw`no (?:\w+ )?(?:evidence|proof) (?:was|were|has been|had been|have been|is) (?:\w+ly )?(?:offered|provided|given|presented|produced|supplied|shown|cited|released|made public|shared|published)`,
      scope: 'sentence',
    },
    {
      pattern: String.raw`(?:did|does|do|has|have|had|would|could)(?: not|n['’]t) (?:yet )?(?:provide[ds]?|offer(?:ed|s)?|give[ns]?|gave|present(?:ed|s)?|produce[ds]?|cite[ds]?|show(?:n|ed|s)?|supplied|supply|share[ds]?|release[ds]?|publish(?:ed|es)?) (?:any )?(?:\w+ )?(?:evidence|proof)`,
      scope: 'sentence',
    },
    {
      pattern: String.raw`no (?:independent|immediate|official|outside|separate|public) (?:confirmation|verification|corroboration)`,
      scope: 'sentence',
    },
  ],

  'anonymous-sourcing': [
    {
      pattern: String.raw`sources?`,
      lead: String.raw`(?:according to|citing|quoting|cited|quoted|told|by)(?: [\w’'-]+){0,4}`,
      leadRequired: true,
      notAfter: String.raw`${SOURCE_OTHER_SENSES_BEFORE}|-`,
      notBefore: String.raw`(?:of|code|material)\b`,
    },
    {
      pattern: String.raw`sources? (?:said|say|says|told|tell|tells|added|claimed|claim|claims|cited|suggest(?:ed|s)?|indicated?|confirmed|revealed|reported|believe[sd]?|insisted|familiar|close|with|who|in|inside|within|at|among|near|around|briefed|speaking|quoted|describ(?:ed|e)|reckon(?:ed)?|expect(?:ed)?|estimated?|noted|warned|disclosed|explained|acknowledged|added|alleged|also|have said|had said|have told|had told|speculated|contend(?:ed)?|described)`,
      notAfter: String.raw`(?:${SOURCE_OTHER_SENSES_BEFORE}|-)`,
      cue: String.raw`^sources?`,
    },
    {
      pattern: String.raw`insiders?`,
      notBefore: String.raw`(?:trading|dealing|information|threats?|attacks?|status|track|knowledge|buying|selling|transactions?|shares?)\b`,
    },
    { pattern: String.raw`(?:unnamed|anonymous) (?:[\w’'-]+ ){0,3}?${WITHHELD_PERSONS}\b`, cue: String.raw`^\w+` },
    { pattern: String.raw`anonymity|anonymously` },
    {
      pattern: String.raw`on (?:the )?conditions? (?:that )?(?:[\w’'-]+ ){1,4}?(?:named|identified|quoted|anonymous|quoted by name)`,
    },
    {
      pattern: String.raw`(?:asked|asking|asks|requested|requesting|declined|declining|refused|wished|wanted|want|wants|preferred|agreed|demanded|insisted)(?: not)? (?:to )?(?:be |being )?(?:named|identified|quoted by name|remain anonymous|stay anonymous)`,
    },
    {
      pattern: String.raw`(?:asked|requested|on condition) that (?:his|her|their|its|the \w+['’]?s?) (?:full )?(?:names?|identit(?:y|ies)) (?:not )?be (?:used|withheld|published|disclosed|revealed|given|named)`,
    },
    { pattern: String.raw`(?:names?|identit(?:y|ies)) (?:was|were|has been|have been|had been|is|are|being) withheld` },
    {
      pattern: String.raw`(?:not|un)authori[sz]ed to (?:speak|comment|discuss|talk|brief|be named|be identified|disclose|release|go on the record|publicly)`,
    },
    { pattern: String.raw`(?:spoke|speaking|speak|speaks|talked|talking|briefed|briefing) on (?:deep )?background` },
    {
      // "a person familiar with the matter", "people with knowledge of", "officials briefed on".
      pattern: String.raw`(?:familiar with|with (?:direct |first-?hand |detailed |close |inside |intimate |some )?knowledge of|briefed on|privy to|in the know)`,
      lead: String.raw`(?:${KNOWING_PERSONS}|one|two|three|four|several|others?|those)(?: directly| intimately| closely| personally)?`,
      leadRequired: true,
    },
    {
      // "a source close to the president", but not "people close to the border".
      pattern: String.raw`close to`,
      lead: String.raw`${KNOWING_PERSONS}(?: very| extremely)?`,
      leadRequired: true,
      notBefore: String.raw`(?:the |a |an |its |their )?(?:\w+ )?${PLACES}`,
    },
  ],

  rumour: [
    { pattern: String.raw`rumou?r(?:s|ed|ing)?|hearsay`, negatable: true },
    {
      pattern: String.raw`speculat(?:ion|ions|ed|es|e|ing)`,
      negatable: true,
      notAfter: anyOf(['property', 'land', 'currency', 'financial', 'market', 'stock', 'share', 'real estate', 'commodity', 'commodities', 'price', 'housing', 'bitcoin', 'crypto']),
      notBefore: String.raw`(?:on|in) (?:the )?(?:property|stock|currency|markets?|shares|land|bitcoin|crypto|prices|commodit)`,
    },
    { pattern: String.raw`according to (?:${VAGUE_REPORTS} )*reports` },
    {
      pattern: String.raw`(?:${VAGUE_REPORTS} )+reports?`,
      negatable: true,
      notAfter: REPORT_OWNERS,
      notMatching: String.raw`^(?:other|several|many|some|numerous|various|multiple) reports?$`,
    },
    { pattern: String.raw`(?:some|other|several|many|numerous|various|multiple) reports? (?:say|said|suggest(?:ed|s)?|indicated?|claim(?:ed|s)?|have (?:said|suggested|claimed)|put|had)` },
    {
      pattern: String.raw`(?:there (?:are|were|have been|had been|has been)|amid|after|following|despite|den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|downplay(?:ed|s|ing)|refut(?:ed|es|ing)) (?:[\w-]+ ){0,2}?reports? (?:that|of|suggesting|saying|claiming|indicating)`,
      notMatching: String.raw`\b(?:no|not|the|a|his|her|its|their)\b [\w-]* ?reports?`,
    },
    {
      pattern: String.raw`reports? (?:have |had )?(?:emerged|surfaced|circulated|circulating|swirled|swirling|persisted)`,
      notAfter: REPORT_OWNERS,
    },
    {
      // "has been accused of" says someone accuses without the article standing behind it.
      pattern: String.raw`accused`,
      lead: String.raw`(?:(?:has|have|had) been|is|are|was|were|being|stands?|stood|been)(?: \w+ly)?`,
      leadRequired: true,
      negatable: true,
    },
    { pattern: String.raw`accusations? (?:that|of)`, negatable: true },
  ],
};
