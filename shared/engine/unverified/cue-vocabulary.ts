/**
 * Word lists the cue lexicon is built from: the vocabulary of hedges, and the other senses of cue words that
 * must not be marked. Each is a regular-expression source in the lexicon's notation (a space stands for any
 * white space).
 */

/** Joins words into one non-capturing alternation. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** Negations of being able to check something ("could not", "unable to", "impossible to"). */
export const NOT_ABLE = String.raw`(?:not|cannot|never|(?:could|can|did|does|do|has|have|had|was|were|is|are|would|wo)n['’]t|unable to|impossible to|no way to|no way of|hard to|difficult to)`;

/** Words that may stand inside a verification frame ("not *immediately* be *independently* verified"). */
export const VERIFY_FILLERS = String.raw`(?:yet|immediately|independently|officially|separately|readily|fully|reliably|definitively|otherwise|possible to|able to|to|either|so far|publicly|formally)`;

/** Participles of checking a claim. */
export const VERIFIED = String.raw`(?:verified|confirmed|corroborated|authenticated|substantiated|peer[- ]reviewed|verifiable|confirmable)`;

/** Active verbs of checking a claim. */
export const VERIFY_ACTIVE = String.raw`verify|verifying|confirm|confirming|corroborate|corroborating|authenticate|authenticating|substantiate`;

/** Auxiliaries before a verification frame, kept in the cue ("could not be verified"). */
export const VERIFY_AUX = String.raw`(?:could|can|would|did|does|do|has|have|had|was|were|is|are|will|has been|have been|had been)`;

/** Newsrooms and reporters, whose "could not confirm" is a disclaimer rather than an official's reticence. */
export const NEWSROOMS = String.raw`(?:Reuters|AFP|AP|the Associated Press|Associated Press|Agence France-Presse|Bloomberg|CNN|the BBC|BBC|NBC|CBS|ABC|Al Jazeera|Kyodo|Yonhap|the newspaper|this newspaper|the paper|the Guardian|The Independent|the Times|the Post|the Journal|we|reporters|journalists|our correspondents?|this website|(?:the )?[A-Z][\w&]+ (?:News|Times|Post|Journal))`;

/** Adverbs that say someone else says so. */
export const HEARSAY_ADVERBS: readonly string[] = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'reputedly'];

/** Intensifiers and auxiliaries that may stand between a passive auxiliary and its participle. */
export const PASSIVE_FILLERS = String.raw`(?:\w+ly|also|now|still|long|once|not|even|already|at least|in fact)`;

/** Auxiliaries of a passive frame ("is believed", "had been thought"). */
export const PASSIVE_AUX = String.raw`(?:is|are|was|were|be|been|being|['’]s|has been|have been|had been|will be|would be|may be|might be)`;

/** Auxiliaries and adverbs before an agentless "seen as". */
export const SEEN_AS_LEADS = anyOf([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'widely',
  'largely',
  'often',
  'generally',
  'long',
  'increasingly',
  'commonly',
  'also',
  'still',
  'now',
  'broadly',
  'mostly',
  'frequently',
  'sometimes',
  'variously',
  'once',
  'privately',
  'locally',
  'internationally',
]);

/** Verbs that, after "said to" or "thought to", make the frame a claim about a state of affairs. */
export const STATE_VERBS = anyOf([
  'be',
  'have',
  'been',
  'number',
  'total',
  'contain',
  'include',
  'hold',
  'carry',
  'possess',
  'own',
  'control',
  'involve',
  'exist',
  'remain',
  'lie',
  'weigh',
  'cost',
  'account',
  'represent',
  'originate',
  'date',
  'stem',
  'suffer',
  'plan',
  'want',
  'favou?r',
  'command',
  'lead',
  'head',
  'harbou?r',
  'hide',
  'hiding',
]);

/** Verbs of "what X described as ..." that take "as". */
const WHAT_VERBS_AS = anyOf([
  'describ(?:ed|es|e)',
  'saw',
  'sees?',
  'view(?:ed|s)?',
  'regard(?:ed|s)?',
  'perceiv(?:ed|es|e)',
  'characteri[sz](?:ed|es|e)',
  'portray(?:ed|s)?',
  'tout(?:ed|s)?',
  'bill(?:ed|s)?',
  'hail(?:ed|s)?',
  'denounc(?:ed|es|e)',
  'condemn(?:ed|s)?',
  'present(?:ed|s)?',
  'fram(?:ed|es|e)',
  'depict(?:ed|s)?',
  'paint(?:ed|s)?',
  'cast(?:s)?',
  'refer(?:red|s)? to',
  'interpret(?:ed|s)?',
  'identif(?:ied|ies|y)',
  'justif(?:ied|ies|y)',
  'sold',
  'sells?',
  'pitch(?:ed|es)?',
  'spun',
  'spins?',
]);

/** Verbs of "what X called ..." that take their complement directly. */
const WHAT_VERBS_DIRECT = anyOf([
  'call(?:ed|s)?',
  'term(?:ed|s)?',
  'dub(?:bed|s)?',
  'label(?:l?ed|s)?',
  'brand(?:ed|s)?',
  'deem(?:ed|s)?',
  'consider(?:ed|s)?',
]);

/** Verbs of "what X said was ..." that report a claim. */
const WHAT_VERBS_SAID = anyOf([
  'said',
  'says?',
  'claim(?:ed|s)?',
  'insist(?:ed|s)?',
  'alleg(?:ed|es|e)',
  'maintain(?:ed|s)?',
  'assert(?:ed|s)?',
  'argu(?:ed|es|e)',
  'contend(?:ed|s)?',
  'believ(?:ed|es|e)',
  'thought',
  'thinks?',
  'insinuat(?:ed|es)',
]);

/** The cue words of a "what X ..." frame: its verb and what follows it. */
export const WHAT_CUE = String.raw`(?:(?:has|have|had) )?(?:${WHAT_VERBS_AS} as|${WHAT_VERBS_DIRECT}(?: as)?|${WHAT_VERBS_SAID} (?:was|were|is|are|had been|has been|would be|to be))`;

/** Words before "claim(s)" that make it a demand for money, land or a title rather than an assertion. */
export const CLAIM_OTHER_SENSES_BEFORE = anyOf([
  'insurance',
  'compensation',
  'jobless',
  'unemployment',
  'benefits?',
  'pension',
  'tax',
  'expenses?',
  'damages?',
  'pay',
  'wage',
  'warranty',
  'injury',
  'disability',
  'welfare',
  'territorial',
  'land',
  'maritime',
  'sovereignty',
  'border',
  'small',
  'patent',
  'asylum',
  'refund',
  'medical',
  'health',
  'accident',
  'liability',
  'malpractice',
  'fraudulent',
  'title',
  'ownership',
  'property',
  'mining',
  'native',
  String.raw`(?:stake[sd]?|staking|lay|lays|laid|laying|file[sd]?|filing|submit(?:s|ted)?|settle[sd]?|settling|reject(?:ed|s)?|approve[sd]?|process(?:ed|es)?) (?:a |an |their |its |his |her |the |any )?`,
  'first',
  'rival',
  'competing',
  'overlapping',
  'historic(?:al)?',
  'legal',
  'royalty',
  'copyright',
  'trademark',
  'visa',
  'refugee',
  'payment',
  'credit',
  'loan',
  'debt',
  // Employment tribunals and courts: "wins unfair dismissal claim", "a discrimination claim".
  'dismissal',
  'discrimination',
  'harassment',
  'negligence',
  'libel',
  'defamation',
]);

/** Words after "claim(ed)" that make it a win, a death toll or a form rather than an assertion. */
export const CLAIM_OTHER_SENSES_AFTER = String.raw`(?:['‘"“]?(?:(?:less|more|up) (?:than|to) |between |about |around |over |under |at least |nearly |almost )?(?:[$£€¥]|\d[\d,.]*(?: ?(?:bn|m|billion|million))? (?:euros?|dollars?|pounds?|francs?|yen|yuan|r[ou]ubles?)\b)|bankruptcy\b|(?:(?!that\b)[\w,]+ ){0,3}(?:lives?|victims|casualties)\b|(?:the |a |an |his |her |their |its |our |my )?(?:(?!(?:had|has|have|was|were|is|are|would|will|could|did|been)\b)[\w’'-]+ ){0,4}?(?:title|titles|crown|throne|medal|gold|silver|bronze|trophy|prize|seat|seats|championship|record|pole|spot|place|win|wins|points?|wickets?|goals?|ownership|back|asylum|benefits?|compensation|damages|refunds?|expenses|form|forms|adjuster|process|courts?|centre|center|number|office|settlement|payout|jackpot|stage|victories|possession|top spot|to fame|power|the presidency|legitimacy|leadership)\b)`;

/**
 * Objects after a present "claims" that make it "has" or "boasts" rather than "asserts": "the town claims one of
 * the oldest bridges", "the club claims a loyal following". A verb following the noun phrase makes it a content
 * clause again ("claims a man was shot"), and a win claimed is still an assertion ("claims a victory").
 */
export const CLAIM_POSSESSION_AFTER = String.raw`(?:(?:one|some|many|several|few|most) of (?:the|its|their|his|her|our)|the (?:oldest|largest|biggest|longest|highest|tallest|best|finest|greatest|deepest|richest|busiest|smallest|lowest|widest|fastest|strongest|most|only)|(?:a|an) (?!(?:[\w’'-]+ ){0,2}?(?:victory|win|breakthrough|success|role|link|hand|part|stake|right)\b))\b(?![^,.;:!?]*?\b(?:was|were|is|are|had|has|have|would|will|could|did|may|might)\b)`;

/** Objects that make "claim" a claim to land rather than an assertion: "claiming sovereignty over the islands", "to claim territory". */
export const LAND_CLAIMED = String.raw`(?:territor(?:y|ies)|waters|islands?|sovereignty|airspace|lands?(?! mines?\b))\b`;

/** Modals before "claim": what someone could or would claim is hypothetical ("What other politician can claim this?"). */
export const MODALS = String.raw`(?:can|could|would|should|may|might|must|will|shall|cannot|['’]ll)(?: (?:not|also|still|even|now|rightly|legitimately|credibly|plausibly|hardly|never))?`;

/** Verbs that deny or play down what others say ("dismissed reports he would quit"): what they deny is someone's claim. */
export const DENIAL_VERBS = String.raw`(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|downplay(?:s|ed|ing)?|play(?:s|ed|ing)? down|brush(?:es|ed|ing)? (?:aside|off)|rubbish(?:es|ed|ing)?|quash(?:es|ed|ing)?|scotch(?:es|ed|ing)?|deflect(?:s|ed|ing)?)`;

/** What may stand between a denial verb and the claim noun it denies: determiners and a few adjectives. */
export const DENIED_NOUN_FILLERS = String.raw`(?:the|a|an|any|all|such|these|those|their|his|her|its|recent|fresh|new|further|persistent|earlier|latest|widespread|growing|repeated|media|press|news|online|\w+ly)`;

/** Determiners and possessives: after them "claim" is a noun, which needs its content to follow. */
export const DETERMINERS = anyOf([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'such',
  'any',
  'every',
  'each',
  'no',
  'neither',
  'either',
  'some',
  'similar',
  'earlier',
  'previous',
  'latest',
  'new',
  'further',
  'both',
  'other',
  'same',
  String.raw`[\w-]+['’]s?`,
]);

/** Words before "source(s)" that make it a supply rather than an informant. */
export const SOURCE_OTHER_SENSES_BEFORE = anyOf([
  'energy',
  'power',
  'water',
  'food',
  'revenue',
  'income',
  'funding',
  'financing',
  'light',
  'heat',
  'open',
  'renewable',
  'data',
  'protein',
  'fuel',
  'electricity',
  'supply',
  'raw',
  'mineral',
  'nutrient',
  'carbon',
  'emissions?',
  'pollution',
  'sound',
  'radiation',
  'ignition',
  'infection',
  'contamination',
  'drinking',
  'groundwater',
  'cash',
  'tax',
  'capital',
  'primary',
  'secondary',
  'main',
  'major',
  'key',
  'single',
  'largest',
  'biggest',
  'important',
  'only',
  'alternative',
  'fossil',
  'heating',
]);

/** Person nouns that make "unnamed" or "anonymous" describe a withheld source. */
export const WITHHELD_PERSONS = anyOf([
  'sources?',
  'officials?',
  'person',
  'persons',
  'people',
  'diplomats?',
  'officers?',
  'aides?',
  'insiders?',
  'executives?',
  'members?',
  'advis[eo]rs?',
  'employees?',
  'staffers?',
  'lawmakers?',
  'legislators?',
  'ministers?',
  'analysts?',
  'experts?',
  'witness(?:es)?',
  'residents?',
  'commanders?',
  'soldiers?',
  'agents?',
  'spokes(?:man|woman|person|people|men|women)',
  'representatives?',
  'negotiators?',
  'investigators?',
  'bankers?',
  'traders?',
  'individuals?',
  'figures?',
  'contacts?',
  'informants?',
  'whistle-?blowers?',
  'defectors?',
  'activists?',
  'relatives?',
  'colleagues?',
  'acquaintances?',
  'friends?',
  'neighbou?rs?',
  'managers?',
  'directors?',
  'callers?',
  'tipsters?',
  'accounts?',
  'letters?',
  'tips?',
  'memos?',
  'briefings?',
]);

/** Who can be "familiar with the matter" or "close to" someone as an unnamed source. */
export const KNOWING_PERSONS = anyOf([
  'people',
  'persons?',
  'sources?',
  'someone',
  'those',
  'officials?',
  'insiders?',
  'diplomats?',
  'aides?',
  'executives?',
  'individuals?',
  'figures?',
  'members?',
  'employees?',
  'staff(?:ers)?',
  'advis[eo]rs?',
  'bankers?',
  'lawyers?',
  'associates?',
  'allies',
  'friends?',
  'who (?:is|are|was|were)',
]);

/** Places after "close to" that make it a location rather than a source's closeness to power. */
export const PLACES = anyOf([
  'border',
  'front',
  'frontline',
  'front line',
  'scene',
  'site',
  'city',
  'town',
  'village',
  'capital',
  'area',
  'region',
  'coast',
  'river',
  'sea',
  'epicent(?:re|er)',
  'cent(?:re|er)',
  'crash',
  'blast',
  'explosion',
  'plant',
  'airport',
  'base',
  'station',
  'camp',
  'home',
  'homes',
  'building',
  'site',
  'bottom',
  'top',
  'edge',
  'death',
  'tears',
  'collapse',
  'zero',
  'record',
  'capacity',
  'completion',
  'agreement',
  'deal',
  String.raw`\d`,
]);

/** Modifiers that make "reports" a rumour rather than a named outlet's report. */
export const VAGUE_REPORTS = anyOf([
  'some',
  'unconfirmed',
  'unverified',
  'uncorroborated',
  'unofficial',
  'media',
  'press',
  'news',
  'local',
  'several',
  'conflicting',
  'contradictory',
  'multiple',
  'initial',
  'early',
  'various',
  'numerous',
  'anecdotal',
  'sporadic',
  'scattered',
  'other',
  'widespread',
  'persistent',
  'many',
  'social media',
  'online',
  'foreign',
]);

/** Owners of "media reports" that make them attribution to an outlet instead ("state media reports"). */
export const REPORT_OWNERS = String.raw`(?:state|state-run|state-controlled|official|government|party|these|those|the|its|their|his|her|\w+['’]s?)`;
