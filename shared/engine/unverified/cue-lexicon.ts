import type { CueKind } from '../../model/finding';
import {
  CLAIM_OTHER_SENSES_AFTER,
  CLAIM_OTHER_SENSES_BEFORE,
  CLAIM_POSSESSION_AFTER,
  DENIAL_VERBS,
  DENIED_NOUN_FILLERS,
  DETERMINERS,
  HEARSAY_ADVERBS,
  KNOWING_PERSONS,
  LAND_CLAIMED,
  MODALS,
  NEWSROOMS,
  NOT_ABLE,
  PASSIVE_AUX,
  PASSIVE_FILLERS,
  PLACES,
  REPORT_OWNERS,
  SEEN_AS_LEADS,
  SOURCE_OTHER_SENSES_BEFORE,
  STATE_VERBS,
  VAGUE_REPORTS,
  VERIFIED,
  VERIFY_ACTIVE,
  VERIFY_AUX,
  VERIFY_FILLERS,
  WHAT_CUE,
  WITHHELD_PERSONS,
  anyOf,
} from './cue-vocabulary';

/**
 * How far a finding reaches around its cue: its clause, its whole sentence, a "what X called ..." phrase, or
 * the predicate a cue verb heads ("accused Tsai of begging for support"), through its complement.
 */
export type CueScope = 'clause' | 'sentence' | 'phrase' | 'predicate';

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
  /** The cue must open a sentence or a line ("Reports say …", a fact-check's "Claim: …"). */
  readonly opensSentence?: boolean;
  /** The hit needs the text just after it to match this, with case (a lexicon source; a space is one space). */
  readonly requiresAfter?: string;
  /** A capitalised match inside a sentence is part of a name ("told Business Insider"), not the cue word. */
  readonly lowercaseOnly?: boolean;
  /** Picks the cue words out of a longer match (searched in the match, anchored at its end when it ends with `$`). */
  readonly cue?: string;
  /** A question asks rather than asserts ("Did Moscow accuse Kyiv of …?"): the hit is dropped in one. */
  readonly notInQuestion?: boolean;
}

/** The auxiliaries of an impersonal passive ("it is said", "it was also being whispered"). */
const IMPERSONAL_AUX = String.raw`is|was|has been|had been|['’]s|(?:is|was)(?: (?:also|now|still|increasingly|widely))? being|will be|would be`;

/** What doubt may be about when it is doubt about someone's assertion: "whether", or a claim, account or figure. */
const DOUBTED_ASSERTION = String.raw`(?:whether|(?:[\w’'-]+ ){0,4}?(?:results?|claims?|assertions?|accounts?|allegations?|reports?|figures?|statements?|versions?|story|narrative|testimony|credibility|veracity|accuracy|authenticity|reliability|numbers?|data|tolls?|evidence|findings?|official|officials['’]|government['’]s)\b)`;

/** Verbs of taking in what one sees or reads ("watching news reports"), whose object is no claim passed on. */
const PERCEIVING = String.raw`(?:watching|watched|reading|seeing|saw|hearing|heard|viewing|viewed|scanning|browsing)`;

/** The cue lexicon of ANNOTATION.md's `unverified` layer, grouped by kind. */
export const CUE_LEXICON: Readonly<Record<CueKind, readonly CueEntry[]>> = {
  // "Did the mayor reportedly resign?" asks rather than passes anything on, as the questions of the other cues below.
  'hearsay-adverb': [{ pattern: anyOf(HEARSAY_ADVERBS), notInQuestion: true }],

  'distancing-frame': [
    {
      // "what Pyongyang described as ...", "what officials said was ...", "what was billed as ...".
      pattern: String.raw`what (?:[\w’'.&-]+ ){1,6}?${WHAT_CUE}`,
      scope: 'phrase',
      cue: `${WHAT_CUE}$`,
      // Plain naming ("what is called the DMZ") and the writer's own words ("what we call") are not distancing; nor is a
      // belief a pronoun holds ("drank what they believed to be wine"): "he believed" is attribution (ANNOTATION.md).
      notMatching: String.raw`^what (?:(?:is|are|was|were|be|been|has|have|had|now|once|commonly|often|sometimes|also|later|then|locally|still|usually|generally|popularly|so|officially|formerly|previously) )+(?:call(?:ed|s)?|term(?:ed|s)?|dub(?:bed|s)?)\b|^what (?:we|i|you|one|us|our) |^what (?:do|does|did|would|will|can|could|should) |^what (?:he|she|they|it) (?:(?:had|has|have|once|still|wrongly|mistakenly|genuinely|sincerely|firmly) )?(?:believ(?:ed|es|e)|thought|thinks?) to be\b`,
      // "described as on-site inspections" is a compound, not the particle of "called on".
      notBefore: String.raw`(?:for|on|upon|off|in|up|out|back|it quits|him|her|them|me|us|cent(?:re|er)s?)\b(?!-)`,
    },
    {
      // "an attack claimed by the group": the noun phrase it qualifies.
      pattern: String.raw`claimed by`,
      lead: String.raw`(?:a|an|the|this|that|these|those|its|their|his|her|[\w-]+['’]s)(?: [\w’'-]+){0,4}`,
      scope: 'phrase',
      negatable: true,
    },
    {
      pattern: String.raw`claimed|claiming`,
      negatable: true,
      // "Why did the army claim victory so early?" asks; the writer's question vouches for nothing either way.
      notInQuestion: true,
      notAfter: CLAIM_OTHER_SENSES_BEFORE,
      // "I claimed through its care plan", "claimed on his insurance": a claim for money. "The claimed territory",
      // "claiming sovereignty over the islands": a claim to land, not an assertion of fact.
      notBefore: String.raw`${CLAIM_OTHER_SENSES_AFTER}|(?:through|against)\b|on (?:the|its|their|his|her|my|our|your) (?:insurance|policy|cover)\b|${LAND_CLAIMED}`,
    },
    {
      // A claim whose content follows ("the claim that", "claims of", "claims to have") counts after any word.
      pattern: String.raw`claims?(?=,? (?:that|of|to|responsibility|credit|victory|by (?:[\w’'-]+ ){1,5}?that)\b)`,
      negatable: true,
      notInQuestion: true,
      notAfter: String.raw`${CLAIM_OTHER_SENSES_BEFORE}|${MODALS}`,
      notBefore: CLAIM_OTHER_SENSES_AFTER,
    },
    {
      // "rejected the claim that she lied" restates the claim it rejects; only an insurance claim has no "that".
      pattern: String.raw`claims? that`,
      lead: String.raw`reject(?:s|ed|ing)? (?:the|a|an|any|such|their|his|her|its|these|those)`,
      leadRequired: true,
      cue: String.raw`claims?`,
    },
    {
      // Any claim noun a denial verb takes with its content ("dismissed reports he had agreed to quit", "played down any
      // suggestion that the attacks were aimed at foreigners"): what is denied is someone's claim. The span starts at the
      // noun phrase, not at the verb. "Reports that emerged" is a relative clause, not the reports' content.
      pattern: String.raw`(?<=\b${DENIAL_VERBS}(?: ${DENIED_NOUN_FILLERS})* )(?:claims?|suggestions?|reports?|allegations?|accusations?|assertions?|rumou?rs?|speculation)`,
      requiresAfter: String.raw`^ (?:that (?!(?:was|were|is|are|has|have|had|could|would|can|may|might|will|emerged|surfaced|circulated|appeared|said|says)\b)|(?:he|she|it|they|we|there) \p{Ll}|(?:the|a|an|his|her|its|their) [\p{L}-]+ (?:was|were|is|are|had|has|have|would|will|could|did)\b|\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2} (?:was|were|is|are|had|has|have|would|will|could|did|told|said|\p{Ll}+ed)\b)`,
      notAfter: CLAIM_OTHER_SENSES_BEFORE,
    },
    {
      // "the widespread fraud that President Trump claims": the relative form of "what X claims".
      pattern: String.raw`(?:that|which) (?:[\w’'.-]+ ){1,4}?(?:claims|claimed|alleges|alleged)(?=[.,;:!?]|\s+(?:was|were|is|are|had|has|existed|exists|happened|occurred|took place)\b)`,
      negatable: true,
      // "which rejects Beijing's sovereignty claims": after a possessive, a determiner or another sense it is the noun.
      notMatching: String.raw`\b(?:${CLAIM_OTHER_SENSES_BEFORE}|${DETERMINERS}) (?:claims|claimed|alleges|alleged)$`,
      cue: String.raw`(?:claims|claimed|alleges|alleged)$`,
    },
    {
      // A claim noun whose content clause follows without "that": "the claim Al-Ghoul was a member", "suggestions the virus was made".
      pattern: String.raw`claims?|suggestions?`,
      notInQuestion: true,
      // Matched with case, so that "Al-Ghoul" is a name and "and said" is not.
      requiresAfter: String.raw`^ (?:he|she|it|they|we|there|(?:the|a|an) [\p{L}-]+|\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2}) (?:was|were|is|are|had|has|have|would|will|could|did)\b`,
      negatable: true,
      notAfter: String.raw`${CLAIM_OTHER_SENSES_BEFORE}|${MODALS}`,
      cue: String.raw`^\w+`,
    },
    {
      // Otherwise "claim(s)" is the verb ("Houthis claim attack"); after a determiner it is a noun pointing back.
      pattern: String.raw`claims?`,
      negatable: true,
      notInQuestion: true,
      notAfter: String.raw`${CLAIM_OTHER_SENSES_BEFORE}|${DETERMINERS}|${MODALS}|handle|handles|handled|handling|process|processing|processed|pay|pays|paid|paying|assess|assessing|settle|settles|settled|settling|review|reviewing|reviewed|investigate|investigating|examine|examining|verify|verifying|deny|denies|denied|denying|reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|repeat|repeats|repeated|repeating|make|makes|made|making|for|expect|expects|expected|expecting`,
      // A noun subject or object ("claims for compensation rose", "the claims were") is paperwork or a back-reference;
      // "Beijing claims Taiwan as its own territory", "moved to claim territory" are claims to land, not assertions.
      notBefore: String.raw`(?:[\w’'-]+ ){1,4}?as (?:its|their|his|her|part|a part|an integral)\b|${CLAIM_OTHER_SENSES_AFTER}|${CLAIM_POSSESSION_AFTER}|${LAND_CLAIMED}|(?:for|from|against|under|worth|totall?ing|filed|lodged|submitted|made|paid|were|was|are|is|have|has|had|will|would|could|can|may|rose|fell|jumped|dropped|increased|decreased|came|come|up|reached|hit|process|court|and|or)\b|[.,;:!?)]`,
    },
    {
      // A trailing tag in the present: "The film is a true story, the director claims." (a noun there has a determiner).
      pattern: String.raw`(?<=, (?:[\w’'.-]+ ){1,5})claims?(?=[.!])`,
      notAfter: String.raw`${CLAIM_OTHER_SENSES_BEFORE}|${DETERMINERS}|${MODALS}|deny|denies|denied|denying|reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|repeat|repeats|repeated|repeating|make|makes|made|making|for|of|about|over|and|or|new|false|such|these|those|baseless|unfounded`,
    },
    {
      pattern: String.raw`alleg(?:e|es|ed|ing)`,
      negatable: true,
      notInQuestion: true,
      // "convicted of alleged fraud", "pleaded guilty to the alleged theft": after a verdict or an admission the word
      // only names the charge; the article no longer distances itself from it.
      notAfter: String.raw`(?:convicted|guilty|pleaded guilty|pleads guilty|plead guilty|admitted|admits|confessed|confesses)(?: (?:of|for|to|in))?(?: (?:the|his|her|their|its|an?|two|three|several))?(?: (?:counts?|charges?) of)?`,
    },
    {
      // An accusation is the accuser's claim, as "alleged" is: "Human Rights Watch has accused Israel of …",
      // "accusing the president of …", "Kim accused Seoul of …". The passive ("has been accused of") and mutual
      // accusations ("accusing each other of") have no one owning them: rumours, below.
      // The object may hold any letters ("François Bozize"), abbreviations ("U.N."), short quotes and an acronym in
      // brackets ("the Workers' Party (WPK)").
      pattern: String.raw`accus(?:e|es|ed|ing) (?:(?:[^\s,;:!?()]+|\([A-Z][A-Z0-9.&-]{1,9}\)) ){1,7}?of`,
      scope: 'predicate',
      negatable: true,
      notInQuestion: true,
      // After a determiner "the accused" is a person: "lawyers for the accused said he was innocent of …".
      notAfter: String.raw`(?:${PASSIVE_AUX}|stands?|stood)(?: \w+ly)?|${DETERMINERS}`,
      notMatching: String.raw`\b(?:each other|one another) of$`,
      cue: String.raw`^accus\w+`,
    },
    // Blame laid by someone, as an accusation is: "with Hamas pointing the finger at Israel".
    { pattern: String.raw`point(?:s|ed|ing)? (?:the |an accusing )?fingers? (?:of blame )?at`, negatable: true },
    {
      // "One of the accusations made against him … was that he lied": the sentence states the accusation.
      pattern: String.raw`(?:accusations?|allegations?|claims?|charges?|complaints?) (?:[\w’'.-]+ ){0,16}?(?:was|is|were|are|has been|had been) that`,
      scope: 'sentence',
      notAfter: CLAIM_OTHER_SENSES_BEFORE,
      cue: String.raw`^\w+`,
    },
    {
      pattern: String.raw`(?:allegations?|accusations?|assertions?|contentions?|insinuations?) (?:by (?:[\w’'-]+ ){1,5}?)?(?:that|of)`,
      negatable: true,
      cue: String.raw`^\w+`,
    },
    {
      // "a charge that he incited insurrection"; "charges of fraud" are a court's paperwork, not a claim's content.
      pattern: String.raw`charges? (?:by (?:[\w’'-]+ ){1,5}?)?that`,
      negatable: true,
      // "He charges that …" is the verb with its speaker named: attribution, as "he asserted that".
      notAfter: String.raw`he|she|it|they|we|i|you|who|also|now|still`,
      // "murder charges that could have seen him jailed": a verb right after "that" opens a relative clause about
      // the charges, not the content of a claim (which opens with its subject).
      notBefore: String.raw`(?:could|would|can|may|might|will|shall|must|carry|carries|carried|were|was|are|is|have|has|had|include[sd]?|stem(?:s|med)?|range[sd]?)\b`,
      cue: String.raw`^\w+`,
    },
    { pattern: String.raw`tout(?:s|ed|ing)?` },
    { pattern: String.raw`purport(?:s|ed|ing)?|ostensible`, negatable: true },
    // "the supposed victory"; "supposed to" is obligation.
    { pattern: String.raw`supposed`, notBefore: String.raw`to\b`, lead: DETERMINERS, leadRequired: true, cue: String.raw`supposed$` },
    {
      // "Israel says the group uses hospitals as shields, a claim Hamas denies" (or "a claim denied by Hamas"):
      // the sentence's claim is disputed.
      pattern: String.raw`(?:a|an|the) (?:claim|allegation|accusation|charge|assertion|contention)s? (?:that )?(?:(?!and |but )[\w’'.-]+ ){0,4}?(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|dismisses|dismissed|dismiss|contests|contested|contest|refutes|refuted|refute)\b`,
      scope: 'sentence',
      cue: String.raw`^\w+ \w+`,
    },
    {
      // "is believed to", "a man thought to be", "were reported to have".
      pattern: String.raw`(?:believed|reputed|presumed|suspected) to \w+|(?:thought|said|reported|understood) to ${STATE_VERBS}\b`,
      notInQuestion: true,
      // "drank what they believed to be wine": a belief its holder is named for, not a passive frame.
      notAfter: String.raw`what (?:he|she|they|it)(?: (?:had|has|have|once|still|wrongly|mistakenly|genuinely|sincerely|firmly))?`,
      lead: String.raw`(?:${PASSIVE_AUX} )?${PASSIVE_FILLERS}|${PASSIVE_AUX}`,
    },
    {
      // A vague agent keeps the frame agentless: "is believed by many to be ill", "was thought by some to have fled".
      pattern: String.raw`(?:believed|thought|said|understood|reputed) by (?:some|many|most|others|critics|observers|analysts|experts|locals|residents|neighbou?rs|colleagues) to \w+`,
      lead: String.raw`${PASSIVE_AUX}(?: ${PASSIVE_FILLERS})?`,
      leadRequired: true,
    },
    // "The pilot is presumed dead": a state taken for granted without anyone vouching for it.
    {
      pattern: String.raw`presumed (?:dead|killed|drowned|lost|missing|alive|kidnapped|abducted)\b`,
      lead: String.raw`${PASSIVE_AUX}(?: \w+ly)?`,
      leadRequired: true,
    },
    // An estimate without its author: "The drone is estimated to be behind most attacks", "were estimated to have fled".
    {
      pattern: String.raw`estimated to (?:be|have)\b`,
      lead: String.raw`${PASSIVE_AUX}(?: ${PASSIVE_FILLERS})?`,
      leadRequired: true,
    },
    {
      // With its auxiliary, "is said to" hedges any verb ("The line is said to pass through the valley"); only
      // "said to the crowd" and the like are another sense.
      pattern: String.raw`(?:said|thought|understood|rumou?red) to (?!(?:the|a|an|his|her|their|its|our|my|your|him|them|me|us|reporters|journalists|police)\b)[a-z]+`,
      notInQuestion: true,
      lead: String.raw`${PASSIVE_AUX}(?: ${PASSIVE_FILLERS})?`,
      leadRequired: true,
    },
    {
      // An adverb may stand before "being" as well as after it: "it was also being whispered that …".
      pattern: String.raw`it (?:${IMPERSONAL_AUX})(?: (?:widely|generally|now|also|increasingly|often|commonly|further|still))? (?:believed|thought|understood|said|reported|alleged|claimed|suspected|feared|assumed|presumed|asserted|whispered)`,
    },
    {
      // "It was also being suggested she had been kept at home": talk no one owns. "It was suggested by the chair that we
      // meet" names who proposed it.
      pattern: String.raw`it (?:${IMPERSONAL_AUX})(?: (?:widely|generally|now|also|increasingly|often|commonly|further|still))? suggested`,
      notBefore: String.raw`by\b`,
    },
    // A passive "reported" with its state and no reporter: "dozens are reported dead", "two were reported missing".
    {
      pattern: String.raw`reported (?:dead|killed|missing|injured|wounded|hurt|detained|arrested|captured|kidnapped|abducted|trapped|held|displaced|drowned|shot)\b`,
      lead: String.raw`${PASSIVE_AUX}(?: \w+ly)?`,
      leadRequired: true,
      cue: String.raw`reported \w+$`,
    },
    // The writer passing on what the article's sources say: "In these years, we are told, the party …".
    { pattern: String.raw`(?<=, )we (?:are|were|have been|had been) told(?=,)` },
    {
      // Agentless "seen as"; "has seen as many" is a comparison, not a frame.
      // "seen by some as" keeps the agent vague; "seen by the Chinese government as" names it: attribution.
      pattern: String.raw`(?:seen|viewed|regarded|perceived) (?:by (?:some|many|most|others|critics|observers|analysts|experts|supporters|opponents|few)(?: [\w’'-]+)? )?as`,
      notInQuestion: true,
      lead: String.raw`(?:${SEEN_AS_LEADS} )*${SEEN_AS_LEADS}`,
      // "reluctant to be seen as jumping the line" is a worry about appearances, not a claim.
      notAfter: String.raw`has|have|had|having|['’]ve|(?:reluctant|loath|loth|afraid|anxious|eager|keen|careful|wary|desperate|worried|want|wants|wanted|wanting|wish|wishes|wished|hope|hopes|hoped|fear|fears|feared|avoid|avoids|avoided|risk|risks|risked) to be`,
      notBefore: String.raw`(?:many|much|few|little|far|long|well|soon|often|good|bad|high|low|recently|early|late|quickly|large|big|small)\b`,
    },
    {
      // Agentless "was described as", as agentless "seen as": no one owns the description ("suspects are often described
      // to have been ill"). Without its auxiliary ("a man described as tall") it is a witness's description of a person.
      pattern: String.raw`described (?:by (?:some|many|most|others|critics|observers|analysts|experts|officials|locals|residents|neighbou?rs|colleagues) )?(?:as|to (?:be|have)\b)`,
      notInQuestion: true,
      lead: String.raw`(?:${SEEN_AS_LEADS} )*${SEEN_AS_LEADS}`,
      leadRequired: true,
      notAfter: String.raw`what|(?:reluctant|loath|afraid|anxious|eager|keen|careful|wary|want|wants|wanted|wish|wishes|wished|hope|hopes|hoped|refused|refuses|prefer|prefers|preferred) to be`,
    },
    { pattern: String.raw`(?:widely|generally|largely|broadly|commonly) (?:considered|assumed|presumed)` },
    {
      // Agentless "considered" with a rank or a place among others, as agentless "seen as": "Arouri was considered one
      // of the founders", "the drone, considered the most effective of its kind". "Can be considered a piece of news"
      // is the writer's own modal; "the board considered the bid" has its agent.
      pattern: String.raw`considered (?:to (?:be|have been) )?(?:one of|among|the)\b`,
      lead: String.raw`(?:is|are|was|were|has been|have been|had been|and)(?: ${PASSIVE_FILLERS})?`,
      leadRequired: true,
      cue: String.raw`(?:(?:is|are|was|were|been) (?:\w+ )?)?considered`,
      notInQuestion: true,
      notBefore: String.raw`(?:day|week|month|year|time|moment|matter|case|issue|question|proposal|bill|motion|request|offer|plan)s?\b`,
    },
    // The same after the comma of a reduced relative clause: "the Liutyj drone, considered one of the most effective".
    { pattern: String.raw`(?<=, )considered (?:to (?:be|have been) )?(?:one of|among|the)\b`, cue: String.raw`^considered` },
    // Agentless credit and blame: "the man largely credited with saving the euro", "incidents blamed on militias".
    { pattern: String.raw`(?:(?:widely|largely|often|generally|commonly) )?credited with` },
    // "a nerve agent that he has blamed on Russia" names who blames: attribution.
    { pattern: String.raw`blamed on`, notAfter: String.raw`(?:he|she|it|they|we|i|you|who|which)(?: (?:has|have|had|also|then))?|has|have|had` },
    // "The group is being blamed for the attack": blame without anyone owning it.
    {
      pattern: String.raw`blamed for`,
      lead: String.raw`${PASSIVE_AUX}(?: \w+ly)?`,
      leadRequired: true,
      negatable: true,
    },
    // "an offensive that they call a “peace operation”": the relative form of "what X called".
    {
      pattern: String.raw`(?:that|which) (?:they|it|he|she) (?:call|calls|called|term|terms|termed|dub|dubs|dubbed|describes? as|described as)`,
      // "letters in which they called South Koreans their parents": the writers named, plain attribution.
      notAfter: String.raw`in|by|with|through|on|at|from|of|to`,
      // "that he calls for sanctions": another verb.
      notBefore: String.raw`(?:for|on|upon|off|up|out|back|in)\b`,
    },
    // A reported event named by an attributive "reported": "in a reported Israeli airstrike", "two reported killings".
    // Headlines drop the article: "journalists killed in reported Israeli airstrike".
    {
      // "negotiated a reported $10 million": an amount is an attributive use too.
      pattern: String.raw`reported(?= (?!by\b|to\b|that\b|on\b|in\b)(?:[a-z]|[$£€]?\d))`,
      lead: String.raw`a|an|the|in|amid`,
      leadRequired: true,
      cue: String.raw`reported$`,
    },
    // After a number only a plural noun makes "reported" attributive: "two reported killings", not "13 reported growth".
    { pattern: String.raw`reported(?= (?!by\b|to\b|that\b|on\b|in\b)[a-z][\w-]*s\b)`, lead: String.raw`two|three|four|five|several|\d+`, leadRequired: true },
    {
      // An agentless label in quotation marks, as agentless "hailed as": "the minority, labelled “the enemy within”,".
      // A label someone is named as giving is attribution ("labelled “X” by the mayor"), and unquoted labels are packaging.
      pattern: String.raw`(?:labell?ed|branded)(?: as)?(?= [“"‘'][^”"’']{1,60}[”"’'](?! by\b))`,
      lead: String.raw`${PASSIVE_AUX}(?: \w+ly)?`,
      leadRequired: true,
      notInQuestion: true,
    },
    { pattern: String.raw`(?<=, )(?:labell?ed|branded)(?: as)?(?= [“"‘'][^”"’']{1,60}[”"’'](?! by\b))` },
    {
      pattern: String.raw`(?:hailed|touted|billed|heralded|trumpeted|lauded|marketed|vaunted|advertised) (?:(?:it|them|him|her|itself|themselves) )?(?:by (?:[\w’'-]+ ){1,3})?as`,
    },
  ],

  'non-verification': [
    // A fact-check's claim line: "Claim: Netanyahu said …".
    { pattern: String.raw`(?:false |the )?claim(?=\s*:)`, scope: 'sentence', opensSentence: true },
    // Doubt cast on a claim the same sentence states: the sentence carries both.
    {
      // Only doubt about what someone asserts: "cast doubt over efforts to restart talks" is about prospects.
      pattern: String.raw`(?:cast(?:s|ing)?|rais(?:e|es|ed|ing)|voic(?:e|es|ed|ing)|express(?:es|ed|ing)?) (?:\w+ )?doubts? (?:on|over|about)(?= ${DOUBTED_ASSERTION})`,
      scope: 'sentence',
    },
    {
      // The same doubt held rather than cast: "there is widespread scepticism about the regime's claims", "analysts
      // remain sceptical of the official figures". "No doubt about it" is the writer's certainty.
      pattern: String.raw`(?:scepticism|skepticism|doubts?|disbelief|incredulity|suspicion|questions|sceptical|skeptical|doubtful|incredulous) (?:on|over|about|of|regarding|surrounding|as to)(?= ${DOUBTED_ASSERTION})`,
      scope: 'sentence',
      negatable: true,
      notAfter: String.raw`little|any|beyond|without`,
    },
    {
      pattern: String.raw`(?:none|neither|nobody|no one)(?: of (?:the )?[\w’'-]+(?: [\w’'-]+)?)? (?:\w+ly )?(?:offered|provided|gave|presented|produced|showed|cited|shared) (?:any )?(?:\w+ )?(?:evidence|proof)`,
    },
    {
      // Passive: "could not be independently verified", "could not immediately be verified", "has not been confirmed".
      pattern: String.raw`${NOT_ABLE}(?: ${VERIFY_FILLERS})* (?:be|been|being)(?: ${VERIFY_FILLERS})* ${VERIFIED}`,
      lead: VERIFY_AUX,
    },
    {
      // Participles without "be": "claims not independently verified", "were not confirmed"; not "has not confirmed".
      pattern: String.raw`(?:not|(?:was|were|is|are)n['’]t)(?: ${VERIFY_FILLERS})* ${VERIFIED}`,
      lead: String.raw`was|were|is|are|being`,
      notAfter: String.raw`has|have|had|did|does|do|would|could|will|can|may|might|must|should`,
      // "was not confirmed as minister" is an appointment, not a claim.
      notBefore: String.raw`(?:as|for|in (?:the |his |her |their )?(?:post|role|job|office))\b`,
    },
    {
      // Active verification by anyone: "could not independently verify", "unable to verify".
      pattern: String.raw`${NOT_ABLE}(?: ${VERIFY_FILLERS})* (?:independently (?:${VERIFY_ACTIVE})|verify|verifying)`,
      lead: VERIFY_AUX,
    },
    {
      // Active confirmation is a newsroom's disclaimer only when the newsroom says it ("Reuters could not confirm").
      pattern: String.raw`${NOT_ABLE}(?: ${VERIFY_FILLERS})* (?:${VERIFY_ACTIVE})`,
      lead: String.raw`${NEWSROOMS}(?: ${VERIFY_AUX})?(?: \w+ly)?`,
      leadRequired: true,
    },
    {
      // "Neither claim could be independently confirmed", "none of the reports has been verified".
      pattern: String.raw`(?:neither|none|no) (?:[\w’'-]+ ){0,4}?(?:could|can|has|have|had|was|were|is|are)(?: ${VERIFY_FILLERS}| be| been)* ${VERIFIED}`,
    },
    { pattern: String.raw`(?:neither|not) confirm(?:ed|s|ing)? (?:n|)or den(?:ied|y|ies|ying)` },
    // "The group has not confirmed his death", "the army has yet to confirm the toll": the claim stands unconfirmed.
    {
      // Only what happened or was said; "the Senate has not confirmed the nominee" is an appointment.
      pattern: String.raw`(?:(?:has|have|had)(?: not|n['’]t)(?: yet)? (?:confirmed|verified)|(?:has|have|had) yet to (?:confirm|verify))(?= (?:that|whether|(?:the |his |her |its |their |any |such |this |these |those |[\w’'-]+['’]s )?(?:[\w-]+ )?(?:deaths?|toll|reports?|claims?|attacks?|strikes?|killings?|casualties|identity|involvement|details|numbers?|figures?|account|arrests?|capture|incident|existence|authenticity|allegations?)\b))`,
    },
    // "It was not immediately clear who fired the rockets" states no claim: the writer's own open question is
    // not marked (ANNOTATION.md lists no such cue, and the gold leaves it unmarked).
    { pattern: String.raw`(?:declined|declining|refused|refusing) to (?:immediately |publicly |officially |independently )?(?:${VERIFY_ACTIVE})` },
    { pattern: String.raw`un(?:confirmed|verified|verifiable|substantiated|corroborated|sourced|proven)` },
    {
      pattern: String.raw`without (?:(?:providing|offering|giving|presenting|citing|producing|showing|supplying|sharing|releasing|any|further|supporting|concrete|specific|hard|firm|public|direct|credible|documentary) )*(?:evidence|proof|substantiation|documentation)`,
    },
    {
      pattern: String.raw`no (?:\w+ )?(?:evidence|proof)`,
      lead: String.raw`offer(?:ed|ing|s)?|provid(?:ed|ing|es|e)|gave|giving|gives?|present(?:ed|ing|s)?|produc(?:ed|ing|es|e)|cit(?:ed|ing|es|e)|show(?:ed|ing|s)?|supplied|supplying|supply|shar(?:ed|ing|es|e)|releas(?:ed|ing|es|e)`,
      leadRequired: true,
    },
    {
      pattern: String.raw`no (?:\w+ )?(?:evidence|proof) (?:was|were|has been|had been|have been|is) (?:\w+ly )?(?:offered|provided|given|presented|produced|supplied|shown|cited|released|made public|shared|published)`,
    },
    // "No detailed efficacy data of the vaccine has been publicly released": the figures claimed stand unchecked.
    {
      pattern: String.raw`no (?:[\w-]+ ){0,3}?(?:evidence|proof|data)(?: (?:of|on|for|about|from|behind|supporting)(?: [\w’'-]+){1,4}?)? (?:was|were|has been|had been|have been|is|are) (?:yet )?(?:\w+ly )?(?:offered|provided|given|presented|produced|supplied|shown|cited|released|made public|shared|published)`,
      // The claim the missing data would back usually follows in the same sentence (", but its maker says …").
      scope: 'sentence',
    },
    // "there is no evidence to back this claim": the writer says the claim is unsupported.
    {
      pattern: String.raw`there (?:is|was|['’]s|has been) (?:still )?no (?:\w+ )?(?:evidence|proof) (?:to (?:back|support|substantiate|prove|confirm|corroborate)|(?:for|of|supporting|backing) (?:this|that|the|these|those|such|his|her|their|its) (?:\w+ )?(?:claims?|allegations?|assertions?|theory|theories|accusations?))`,
    },
    // "insisted there was fraud but failed to offer any tangible proof".
    {
      pattern: String.raw`fail(?:s|ed|ing)? to (?:provide|offer|give|present|produce|cite|show|supply|share|release|publish) (?:any )?(?:\w+ )?(?:evidence|proof)`,
    },
    {
      pattern: String.raw`(?:did|does|do|has|have|had|would|could)(?: not|n['’]t) (?:yet )?(?:provide[ds]?|offer(?:ed|s)?|give[ns]?|gave|present(?:ed|s)?|produce[ds]?|cite[ds]?|show(?:n|ed|s)?|supplied|supply|share[ds]?|release[ds]?|publish(?:ed|es)?) (?:any )?(?:\w+ )?(?:evidence|proof)`,
    },
    { pattern: String.raw`no (?:independent|immediate|official|outside|separate|public) (?:confirmation|verification|corroboration)` },
    // Unofficial channels, counts and accounts stand where unconfirmed reports do: "according to some unofficial Telegram
    // channels, 80 were killed". An official count ("according to unofficial results released by the commission") is the
    // commission's and says so.
    {
      pattern: String.raw`according to (?:(?:some|several|many|other|various) )?unofficial (?:[\w’'-]+ ){0,2}?(?:channels?|accounts?|sources?|figures|estimates?|counts?|tall(?:y|ies)|posts?|blogs?|bloggers|websites?|sites?|media)\b`,
      notBefore: String.raw`(?:released|published|issued|announced|given|provided) by\b`,
    },
    // "though it gave no source for the figure": a figure or claim passed on without its origin.
    { pattern: String.raw`(?:gave|give|gives|giving|cited|cite|cites|citing|offered|offering|provided|providing|named|naming) no sources?`, scope: 'sentence' },
    // "There is no confirmation that the e-mail is real": the claim stands unchecked.
    {
      pattern: String.raw`no confirmation(?= (?:that|of|yet|so far)\b)`,
      lead: String.raw`(?:is|was|['’]s|has been|had been)(?: (?:still|yet|as yet))?`,
      leadRequired: true,
      cue: String.raw`no confirmation$`,
    },
    // "Her allegations have not been backed up by any scientific papers".
    {
      pattern: String.raw`(?:has|have|had|was|were|is|are)(?: not|n['’]t)(?: yet| so far)? (?:been )?(?:backed up|borne out|supported|substantiated) by (?:any |independent |hard )?(?:evidence|proof|data|facts|research|studies|scientific|scientists|experts)`,
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
      pattern: String.raw`sources?(?:, (?:who|whom)\b| (?:said|say|says|told|tell|tells|added|claimed|claim|claims|cited|suggest(?:ed|s)?|indicated?|confirmed|revealed|reported|believe[sd]?|insisted|familiar|close|with|who|in|inside|within|at|among|near|around|briefed|speaking|quoted|describ(?:ed|e)|reckon(?:ed)?|expect(?:ed)?|estimated?|noted|warned|disclosed|explained|acknowledged|added|alleged|also|have said|had said|have told|had told|speculated|contend(?:ed)?|described|as (?:saying|telling|stating)))`,
      notAfter: String.raw`(?:${SOURCE_OTHER_SENSES_BEFORE}|-)`,
      cue: String.raw`^sources?`,
    },
    // An insider is a withheld source only as one: "insiders say", "according to one insider"; not "a well-placed insider is".
    {
      pattern: String.raw`insiders? (?:said|say|says|told|tell|tells|claim(?:ed|s)?|suggest(?:ed|s)?|believe[sd]?|expect(?:ed|s)?|revealed|reveal|warned|insisted|added|reckon(?:ed|s)?|at|in|close|within|familiar|with knowledge|who|quoted|cited|have said|had said)`,
      lowercaseOnly: true,
      cue: String.raw`^insiders?`,
    },
    {
      pattern: String.raw`insiders?`,
      lead: String.raw`(?:according to|citing|quoting|cited|quoted|told|by)(?: [\w’'-]+){0,4}`,
      leadRequired: true,
      lowercaseOnly: true,
      notBefore: String.raw`(?:trading|dealing|information|threats?|attacks?|status|track|knowledge|buying|selling|transactions?|shares?)\b`,
    },
    { pattern: String.raw`(?:unnamed|anonymous) (?:[\w’'-]+ ){0,3}?${WITHHELD_PERSONS}\b`, cue: String.raw`^\w+` },
    {
      // "unidentified officials said"; not "unidentified gunmen attacked", who are no one's source.
      pattern: String.raw`unidentified (?:[\w’'-]+ ){0,3}?${WITHHELD_PERSONS}\b`,
      cue: String.raw`^\w+`,
      notMatching: String.raw`\b(?:residents?|soldiers?|members?|individuals?|people|persons?|figures?|agents?)$`,
    },
    // "an official, whose name was not given, said", "a source who was not identified".
    {
      pattern: String.raw`whose (?:full )?names? (?:was|were|has|have|had been|is|are)(?: not|n['’]t)(?: been)? (?:given|released|disclosed|published|provided|revealed|made public)`,
    },
    { pattern: String.raw`who (?:was|were|is|are)(?: not|n['’]t) (?:identified|named)(?! as\b)` },
    { pattern: String.raw`anonymity` },
    // "speaking anonymously", "told Reuters anonymously"; not "bot nets that send junk mail anonymously".
    {
      pattern: String.raw`anonymously`,
      lead: String.raw`(?:spoke|speaking|speak|speaks|talked|talking|said|says|told|tell|telling|quoted|cited|interviewed|commented|commenting|responded|responding|wrote|writing|briefed|briefing)(?: [\w’'-]+){0,3}`,
      leadRequired: true,
    },
    { pattern: String.raw`anonymously (?:said|told|says|tells|quoted|cited)` },
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
      // "who is not authorised to speak", "who wasn't authorized to discuss", "an unauthorised source".
      pattern: String.raw`(?:(?:not|n['’]t) |un)(?:authori[sz]ed|cleared) to (?:speak|comment|discuss|talk|brief|be named|be identified|disclose|release|go on the record|publicly)`,
    },
    // "an officer, who cannot be named for legal reasons, said"; a name kept back by law or by the paper.
    { pattern: String.raw`who (?:cannot|can not|can['’]t|could not|couldn['’]t|may not|must not) be (?:named|identified)` },
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
    // "to fact-check the rumour", "believe the rumour": a definite rumour without its content points back at one
    // already told; with its content ("the rumour that …") it carries the claim again.
    { pattern: String.raw`rumou?r(?:s|ed|ing)?|hearsay`, negatable: true, notAfter: String.raw`the|this|that|these|those|such` },
    {
      pattern: String.raw`rumou?rs? (?:that|of|about|circulating|surrounding|swirling|linking|suggesting)\b`,
      lead: String.raw`the|this|that|these|those|such`,
      leadRequired: true,
      negatable: true,
      cue: String.raw`rumou?rs?`,
    },
    { pattern: String.raw`(?:amid|after|despite|following) word that|word (?:is|was|has it) that` },
    {
      // To speculate about a subject is not to assert anything ("he proceeds to speculate about Gore's role").
      pattern: String.raw`speculat(?:ions?|(?:ed|es|e|ing)(?! (?:about|on|over|as to|whether)\b))`,
      negatable: true,
      // "such speculation" points back at claims already marked.
      notAfter: anyOf([
        'property',
        'land',
        'currency',
        'financial',
        'market',
        'stock',
        'share',
        'real estate',
        'commodity',
        'commodities',
        'price',
        'housing',
        'bitcoin',
        'crypto',
        'such',
      ]),
      notBefore: String.raw`(?:on|in) (?:the )?(?:property|stock|currency|markets?|shares|land|bitcoin|crypto|prices|commodit)`,
    },
    {
      // Talk passed on without an owner: "amid suggestions that the coach could go", "dismissed suggestions that he
      // lied". A proposal is not a claim: "suggestions that he should resign", "made suggestions that …"; nor, more
      // often than not, is one "suggestion that" ("her suggestion that we walk").
      pattern: String.raw`suggestions (?:by (?:[\w’'-]+ ){1,5}?)?that`,
      negatable: true,
      notInQuestion: true,
      notAfter: String.raw`his|her|my|your|our|their|its|[\w-]+['’]s|(?:make|makes|made|making|offer|offers|offered|offering|put forward)(?: (?:a|an|the|some|several|many|two|three))?`,
      notBefore: String.raw`(?:[\w’'-]+ ){0,6}?(?:should|must|ought|shall|be (?:allowed|given|made|required|asked|invited|encouraged))\b`,
      cue: String.raw`^\w+`,
    },
    { pattern: String.raw`according to (?:${VAGUE_REPORTS} )*reports` },
    {
      pattern: String.raw`(?:${VAGUE_REPORTS} )+reports`,
      // "New York Daily News reports that …" names an outlet. Reports someone watched or read ("after watching news
      // reports of fighters returning") are what that person took in, not a claim the article passes on.
      lowercaseOnly: true,
      negatable: true,
      notAfter: String.raw`${REPORT_OWNERS}|${PERCEIVING}`,
      notMatching: String.raw`^(?:other|several|many|some|numerous|various|multiple) reports$`,
    },
    {
      pattern: String.raw`(?:some|other|several|many|numerous|various|multiple) reports? (?:say|said|saying|suggest(?:ed|s|ing)?|indicat(?:ed?|es|ing)|claim(?:ed|s|ing)?|have (?:said|suggested|claimed|indicated)|put|had)`,
      notInQuestion: true,
    },
    // One report of no one's: "A report suggests that the agency e-mailed …"; "a report by Amnesty says" names its owner.
    {
      pattern: String.raw`(?:a|one|another) (?:new |recent |separate |fresh |local |media |press |news |published |single )?report (?:says|said|suggests|suggested|claims|claimed|indicates|indicated|alleges|alleged)`,
      cue: String.raw`report \w+$`,
    },
    // "Reports say Talabani has pledged …" opening a sentence: reports of no one's.
    { pattern: String.raw`Reports (?:say|said|suggest(?:ed)?|indicate(?:d)?|claim(?:ed)?)`, opensSentence: true },
    // The same words opening a clause after a conjunction: "… since reports said he was wounded".
    {
      pattern: String.raw`(?<=\b(?:since|because|as|after|while|when|though|although|but|and) )reports (?:say|said|suggest(?:ed)?|indicate(?:d)?|claim(?:ed)?)`,
    },
    // The same tag closing a sentence: "… have seized the base, reports say." (no owner stands before it).
    // A day or two after the tag changes nothing: "…, reports said Sunday.", "…, reports say this week."
    { pattern: String.raw`(?<=, )reports (?:say|said|suggest(?:ed)?|indicate(?:d)?|claim(?:ed)?)(?=(?: [\w-]+){0,2}[.!])` },
    // A headline or page title that opens with "Reports:" ("The Daily | Reports: Firm to cut 2,000 jobs").
    { pattern: String.raw`Reports?(?=:\s)`, opensSentence: true },
    {
      pattern: String.raw`(?:there (?:are|were|(?:have|had|has) (?:also |long |since |repeatedly )?been)|amid|after|following|despite|in addition to|den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|downplay(?:ed|s|ing)|refut(?:ed|es|ing)) (?:[\w-]+ ){0,2}?reports? (?:that|of|suggesting|saying|claiming|indicating)`,
      notMatching: String.raw`\b(?:no|not|the|a|his|her|its|their|${PERCEIVING})\b`,
    },
    {
      pattern: String.raw`reports? (?:have |had |are |were |is |was |have been |had been |began |begin |started |start )?(?:emerged|emerging|emerge|to emerge|surfaced|surfacing|to surface|circulated|circulating|to circulate|swirled|swirling|persisted|persist)`,
      notAfter: REPORT_OWNERS,
    },
    {
      // "has been accused of" says someone accuses without the article standing behind it.
      pattern: String.raw`accused`,
      lead: String.raw`(?:(?:has|have|had) been|is|are|was|were|being|stands?|stood|been)(?: \w+ly)?`,
      leadRequired: true,
      negatable: true,
    },
    // A named accuser is attribution ("Hanoi has accused Peking of …"), as "X described Y as Z" is in
    // ANNOTATION.md; unnamed or mutual ones are not: "critics accusing Trump of …", "Moscow and Kyiv accusing
    // each other of attacks".
    {
      pattern: String.raw`(?:critics|opponents|detractors|activists|campaigners|rights groups|others|some|many) (?:\w+ly )?(?:(?:have|has|had) )?accus(?:e|es|ed|ing) (?:[\w’'-]+ ){1,5}?of`,
      negatable: true,
    },
    { pattern: String.raw`accus(?:e|es|ed|ing) (?:each other|one another) of`, negatable: true },
    {
      // "The general is suspected of ordering the massacre": an allegation without an owner, like "accused of".
      pattern: String.raw`suspected(?= of\b)`,
      lead: String.raw`(?:(?:has|have|had) been|is|are|was|were|being|been)(?: \w+ly)?`,
      leadRequired: true,
      negatable: true,
    },
    {
      // "… was arrested and later accused of spying": the auxiliary is shared with the first verb.
      pattern: String.raw`accused(?= of\b)`,
      lead: String.raw`and(?: (?:\w+ly|later|then|subsequently))?`,
      leadRequired: true,
      negatable: true,
    },
    {
      // "three men accused of plotting a coup", "whom the West accuses of rigging the vote", "thousands suspected of
      // hiding arms": the accused stands before the verb, and whoever accuses stays vague or sits in a relative clause.
      pattern: String.raw`(?:accus(?:e|es|ed)|suspected)(?= of\b)`,
      scope: 'predicate',
      negatable: true,
      notInQuestion: true,
    },
  ],
};
