/** Word lists the quote detector reads; all entries are lower case. */

/** Verbs (every inflection we accept) that attribute words to a speaker. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
    'warn', 'warns', 'warned', 'warning', 'insist', 'insists', 'insisted', 'insisting', 'tweet', 'tweets',
    'tweeted', 'tweeting', 'write', 'writes', 'wrote', 'writing', 'post', 'posts', 'posted', 'declare',
    'declares', 'declared', 'declaring', 'stress', 'stresses', 'stressed', 'stressing', 'note', 'notes',
    'noted', 'noting', 'urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked', 'asking', 'state',
    'stated', 'stating', 'claim', 'claims', 'claimed', 'claiming', 'argue', 'argues', 'argued', 'arguing',
    'explain', 'explains', 'explained', 'explaining', 'announce', 'announces', 'announced', 'announcing',
    'order', 'orders', 'ordered', 'ordering', 'reply', 'replies', 'replied', 'respond', 'responds',
    'responded', 'answer', 'answers', 'answered', 'continue', 'continues', 'continued', 'admit', 'admits',
    'admitted', 'acknowledge', 'acknowledges', 'acknowledged', 'concede', 'concedes', 'conceded', 'confirm',
    'confirms', 'confirmed', 'deny', 'denies', 'denied', 'emphasise', 'emphasised', 'emphasises', 'emphasize',
    'emphasized', 'emphasizes', 'emphasising', 'emphasizing', 'underline', 'underlined', 'underlines',
    'observe', 'observed', 'observes', 'remark', 'remarked', 'remarks', 'comment', 'commented', 'comments',
    'recall', 'recalled', 'recalls', 'recalling', 'predict', 'predicted', 'predicts', 'vow', 'vowed', 'vows',
    'vowing', 'pledge', 'pledged', 'pledges', 'pledging', 'promise', 'promised', 'promises', 'threaten',
    'threatened', 'threatens', 'boast', 'boasted', 'boasts', 'complain', 'complained', 'complains', 'lament',
    'lamented', 'laments', 'joke', 'joked', 'jokes', 'quip', 'quipped', 'quips', 'shout', 'shouted',
    'shouts', 'yell', 'yelled', 'cry', 'cried', 'scream', 'screamed', 'whisper', 'whispered', 'murmured',
    'muttered', 'exclaim', 'exclaimed', 'demand', 'demanded', 'demands', 'demanding', 'suggest', 'suggested',
    'suggests', 'propose', 'proposed', 'conclude', 'concluded', 'concludes', 'report', 'reported', 'reports',
    'reiterate', 'reiterated', 'reiterates', 'repeat', 'repeated', 'assert', 'asserted', 'asserts',
    'maintain', 'maintained', 'maintains', 'contend', 'contended', 'contends', 'charge', 'charged', 'accuse',
    'accused', 'allege', 'alleged', 'describe', 'described', 'describes', 'describing', 'call', 'called',
    'calls', 'calling', 'testify', 'testified', 'counter', 'countered', 'retort', 'retorted', 'snap',
    'snapped', 'scoff', 'scoffed', 'mused', 'sighed', 'caution', 'cautioned', 'cautions', 'hail', 'hailed',
    'praise', 'praised', 'criticise', 'criticised', 'criticize', 'criticized', 'condemn', 'condemned',
    'blast', 'blasted', 'slam', 'slammed', 'accuses', 'accusing', 'alleges', 'alleging', 'insists', 'warns', 'read', 'reads', 'quote', 'quoted', 'quoting', 'cite', 'cited',
    'citing', 'instruct', 'instructed', 'direct', 'directed', 'command', 'commanded', 'brag', 'bragged',
    'decry', 'decried', 'dub', 'dubbed', 'refer', 'referred', 'refers', 'identify', 'identifies', 'identified', 'define',
    'defines', 'defined', 'label', 'labelled', 'labeled', 'term', 'termed', 'chide', 'chided', 'chides', 'rebuke', 'rebuked', 'scold', 'scolded',
    'lambast', 'lambasted', 'berate', 'berated', 'reassure', 'reassured', 'assure', 'assured', 'recount', 'recounted',
    'recounts', 'vowed', 'conclude', 'clarify', 'clarified', 'elaborate', 'elaborated', 'advise', 'advised', 'hint', 'hinted', 'mock', 'mocked', 'plead', 'pleaded', 'begged', 'appeal', 'appealed',
    'insisting', 'reassure', 'reassured', 'signal', 'signalled', 'signaled', 'welcome', 'welcomed',
    'agree', 'agreed', 'agrees', 'disagreed', 'acknowledging', 'explaining', 'elaborate', 'elaborated',
    'rejected', 'rejects', 'rejecting', 'dismissed', 'dismisses', 'dismissing', 'promising', 'threatening', 'announcing', 'accusing', 'criticising', 'criticizing', 'describe', 'confirming',
    'denying', 'boasting', 'complaining', 'arguing', 'claiming', 'stressing', 'urging', 'vowing', 'pledging',
  ],
);

/** Participle forms that hang off an earlier clause ("Kim spoke, saying ..."), so the subject lies further back. */
export const PARTICIPLE_VERBS: ReadonlySet<string> = new Set(
  [...REPORTING_VERBS].filter((verb) => verb.endsWith('ing')),
);

/** Reporting verbs that are just as often nouns ("a report", "the order"); they need a clear subject. */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(
  ['report', 'reports', 'order', 'orders', 'call', 'calls', 'claim', 'claims', 'note', 'notes', 'post', 'posts', 'comment', 'comments', 'remarks', 'demand', 'demands', 'tweet', 'tweets', 'statement', 'quote', 'quotes', 'read', 'state', 'promise', 'pledge', 'vow', 'warning', 'answer', 'reply', 'charge', 'counter', 'signal', 'command', 'appeal', 'welcome', 'joke', 'cry', 'plead'],
);

/** Prepositions that open an introductory phrase ("In Damascus, the radio said"), never a subject. */
export const INTRO_PREPOSITIONS: ReadonlySet<string> = new Set(
  ['at', 'in', 'on', 'after', 'before', 'during', 'from', 'with', 'despite', 'amid', 'since', 'following', 'speaking', 'asked', 'meanwhile', 'earlier', 'later', 'separately', 'elsewhere', 'however', 'under', 'by', 'for', 'as', 'when', 'while'],
);

/** Verbs that attribute a quote only when a person speaks through them; "quoted X as saying" names X. */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quoted', 'quoting', 'quote', 'quotes', 'cited', 'citing', 'cite', 'cites']);

/** Small words between a subject and its reporting verb ("Mr Kim also said", "he has repeatedly warned"). */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set(
  [
    'also', 'later', 'again', 'then', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'would', 'will',
    'further', 'previously', 'once', 'earlier', 'repeatedly', 'quickly', 'simply', 'only', 'publicly',
    'privately', 'bluntly', 'flatly', 'reportedly', 'frequently', 'often', 'recently', 'separately', 'just',
    'did', 'does', 'not', 'never', 'already', 'has', 'since', 'still', 'even', 'allegedly', 'angrily', 'firmly', 'openly',
  ],
);

/** Personal pronouns that can be the subject of a reporting verb. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Pronouns resolved to the last named person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Nouns that name a person by role ("the leader said"), resolved to the last named person. */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  [
    'leader', 'president', 'minister', 'member', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'chairman',
    'chairwoman', 'chair', 'secretary', 'ambassador', 'general', 'commander', 'premier', 'chancellor',
    'king', 'queen', 'prince', 'princess', 'pope', 'mayor', 'governor', 'senator', 'lawmaker', 'legislator',
    'congressman', 'congresswoman', 'envoy', 'diplomat', 'dictator', 'ruler', 'monarch', 'emir', 'sheikh',
    'ayatollah', 'cleric', 'judge', 'prosecutor', 'lawyer', 'attorney', 'director', 'chief', 'head', 'boss',
    'founder', 'executive', 'ceo', 'officer', 'colonel', 'admiral', 'marshal', 'captain', 'lieutenant',
    'sergeant', 'major', 'soldier', 'analyst', 'expert', 'professor', 'researcher', 'scientist', 'doctor',
    'author', 'writer', 'editor', 'evacuee', 'camper', 'spokesmen', 'commentator', 'presenter', 'host', 'journalist', 'reporter', 'correspondent', 'negotiator', 'mediator', 'candidate',
    'politician', 'activist', 'campaigner', 'witness', 'resident', 'survivor', 'victim', 'mother', 'father',
    'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'man', 'woman', 'student', 'teacher',
    'worker', 'farmer', 'owner', 'manager', 'coach', 'player', 'star', 'actor', 'actress', 'singer',
    'speaker', 'vice-president', 'premier', 'strongman', 'tycoon', 'billionaire', 'businessman',
    'businesswoman', 'defector', 'veteran', 'deputy', 'aide', 'adviser', 'advisor', 'counsellor', 'counselor',
    'representative', 'delegate', 'commissioner', 'inspector', 'superintendent', 'bishop', 'priest', 'imam',
    'rabbi', 'patriarch', 'chieftain', 'militant', 'commentator', 'economist', 'historian', 'physician',
    'widow', 'widower', 'friend', 'neighbour', 'neighbor', 'colleague', 'partner', 'relative', 'uncle', 'aunt',
    'cousin', 'grandmother', 'grandfather', 'nurse', 'pilot', 'driver', 'shopkeeper', 'protester', 'demonstrator',
    'spokesperson', 'mp', 'trader', 'investor', 'critic', 'supporter', 'opponent', 'organiser', 'organizer',
  ],
);

/** Nouns for documents and organisations that can speak ("the statement said", "a KCNA commentary said"). */
export const SPEAKING_THINGS: ReadonlySet<string> = new Set(
  [
    'statement', 'commentary', 'editorial', 'report', 'letter', 'communique', 'communiqué', 'declaration',
    'document', 'memo', 'message', 'notice', 'release', 'resolution', 'article', 'dispatch', 'broadcast',
    'outlet', 'agency', 'newspaper', 'paper', 'daily', 'broadcaster', 'radio', 'television', 'channel',
    'ministry', 'department', 'government', 'office', 'committee', 'council', 'party', 'army', 'military',
    'command', 'regime', 'administration', 'embassy', 'spokesman', 'organisation', 'organization', 'group',
    'company', 'firm', 'court', 'police', 'post', 'tweet', 'account', 'website', 'site', 'speech', 'order',
    'decree', 'note', 'essay', 'column', 'blog', 'bulletin', 'announcement', 'directive', 'verdict', 'ruling',
    'indictment', 'complaint', 'lawsuit', 'filing', 'study', 'survey', 'union', 'federation', 'board',
    'bureau', 'authority', 'authorities', 'officials', 'cabinet', 'kremlin', 'pentagon',
    'headquarters', 'service', 'band', 'media', 'press', 'transcript', 'caption', 'filing', 'station', 'network', 'tabloid', 'magazine', 'channel', 'club', 'forces', 'navy', 'unit', 'team', 'campaign', 'spokespeople', 'sources',
  ],
);

/** Titles and honorifics that introduce a person's name ("Mr Kim", "Dr Smith"); role nouns do too. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj',
    'adm', 'rev', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'ayatollah', 'pope', 'king', 'queen', 'prince',
    'princess', 'emir', 'sultan', 'cardinal', 'bishop', 'comrade', 'camper', 'fan', 'pilgrim', 'resident',
  ],
);

/** Honorifics and titles that precede a name and are dropped from the speaker's name. */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'president', 'vice', 'prime', 'minister',
    'foreign', 'defence', 'defense', 'interior', 'finance', 'secretary', 'general', 'gen', 'lt', 'col',
    'colonel', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'chancellor', 'king', 'queen',
    'prince', 'princess', 'pope', 'ambassador', 'chairman', 'chief', 'justice', 'judge', 'mayor', 'sheikh',
    'ayatollah', 'premier', 'speaker', 'commander', 'admiral', 'adm', 'marshal', 'supreme', 'leader', 'deputy',
    'state', 'spokesman', 'spokeswoman', 'rev', 'reverend', 'father', 'sister', 'brother', 'sir', 'dame',
    'lord', 'lady', 'capt', 'captain', 'sgt', 'sergeant', 'maj', 'major', 'lieutenant', 'cardinal', 'bishop',
    'emir', 'crown', 'comrade', 'marshal', 'field', 'army', 'navy', 'air', 'force', 'first', 'former',
    'acting', 'senior', 'chairwoman', 'ceo', 'director', 'councillor', 'attorney', 'sultan', 'shah',
    'rabbi', 'imam', 'mufti', 'patriarch', 'metropolitan', 'trade', 'economy', 'health', 'education',
  ],
);

/** Capitalised words that mark a name as a place or an organisation, never a person. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set(
  [
    'korea', 'north', 'south', 'east', 'west', 'united', 'states', 'nations', 'kingdom', 'republic',
    'ministry', 'department', 'agency', 'news', 'party', 'army', 'council', 'government', 'house', 'office',
    'committee', 'union', 'people\u2019s', "people's", 'central', 'national', 'federal', 'assembly', 'congress',
    'senate', 'parliament', 'court', 'bank', 'university', 'institute', 'times', 'post', 'daily', 'journal',
    'press', 'television', 'radio', 'tv', 'network', 'service', 'command', 'forces', 'force', 'navy',
    'organisation', 'organization', 'association', 'council', 'commission', 'board', 'group', 'company',
    'corporation', 'inc', 'ltd', 'city', 'province', 'county', 'region', 'island', 'islands', 'sea', 'ocean',
    'river', 'mountain', 'street', 'square', 'palace', 'kremlin', 'pentagon', 'white', 'pyongyang', 'seoul',
    'washington', 'beijing', 'moscow', 'tokyo', 'london', 'paris', 'china', 'russia', 'japan', 'iran', 'iraq',
    'syria', 'israel', 'ukraine', 'america', 'europe', 'asia', 'africa', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
    'august', 'september', 'october', 'november', 'december', 'kcna', 'xinhua', 'tass', 'reuters', 'ap',
    'afp', 'bbc', 'cnn', 'the', 'kctv', 'irna', 'sana', 'ria', 'novosti', 'rodong', 'sinmun', 'workers',
    'workers\u2019', 'department', 'foundation', 'fund', 'club', 'league',
    'federation', 'council', 'hospital', 'airport', 'station', 'centre', 'center', 'school', 'church', 'front',
    'movement', 'alliance', 'brigade', 'brigades', 'guard', 'guards', 'corps', 'battalion', 'militia',
    'coalition', 'authority', 'operations', 'revolutionary', 'liberation', 'islamic', 'state', 'states',
    'administration', 'cabinet', 'media', 'channel', 'agency\u2019s', 'embassy', 'mission', 'police',
  ],
);

/** Lower-case words allowed inside a speaker noun phrase besides role and document nouns. */
export const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set(
  [
    'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'of', 'for', 'state', 'news',
    'official', 'foreign', 'defence', 'defense', 'senior', 'top', 'former', 'chief', 'deputy', 'vice',
    'prime', 'supreme', 'military', 'party', 'government', 'north', 'south', 'korean', 'ruling', 'new',
    'local', 'regional', 'national', 'federal', 'central', 'joint', 'presidential', 'foreign-ministry',
    'unnamed', 'anonymous', 'another', 'one', 'two', 'three', 'several', 'many', 'some', 'other', 'press',
    'public', 'security', 'interior', 'health', 'finance', 'trade', 'economy', 'economic', 'young', 'old',
    'elderly', 'retired', 'acting', 'outgoing', 'incoming', 'then', 'longtime', 'veteran', 'leading',
    'opposition', 'communist', 'staff', 'career', 'white', 'house', 'his', 'own', 'nuclear', 'army', 'navy',
  ],
);

/** Words before a quotation that make it a name or label rather than speech ("a film called 'X'"). */
export const LABEL_CUES: ReadonlySet<string> = new Set(
  [
    'called', 'named', 'dubbed', 'nicknamed', 'titled', 'entitled', 'labelled', 'labeled', 'codenamed',
    'code-named', 'branded', 'billed', 'as', 'known', 'so-called', 'term', 'word', 'phrase',
    'slogan', 'motto', 'hashtag', 'banner', 'headline', 'operation', 'film', 'movie', 'documentary', 'book',
    'novel', 'song', 'album', 'series', 'programme', 'musical', 'opera', 'poem', 'painting', 'exhibition',
    'podcast', 'episode', 'nickname', 'codename', 'project', 'initiative', 'doctrine', 'festival', 'magazine',
    'placards', 'placard', 'posters', 'poster', 'chanting', 'chanted', 'hashtags', 'slogans', 'banners', 'sign',
    'signs', 'sticker', 'stickers', 'graffiti', 'shirt', 'shirts', 't-shirt', 't-shirts', 'caption', 'logo', 'brand',
  ],
);

/** Words that signal a scare quote, which is marked only when the sentence names a speaker. */
export const SCARE_CUES: ReadonlySet<string> = new Set(['so-called', 'alleged', 'supposed', 'self-styled', 'self-proclaimed']);

/** Small words that may stay lower case inside a title or name written in title case. */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(
  ['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'le', 'du', 'von', 'van', 'al', 'el', 'bin', 'der', 'di', 'da', 'is', 'vs', 'as', 'but', 'nor'],
);

/** Elided words written with a leading apostrophe ("rock 'n' roll", "'tis"), never an opening quote. */
export const LEADING_ELISIONS: readonly string[] = ['n', 'em', 'tis', 'twas', 'cause', 'til', 'bout', 'round', 'kay', 'nuff'];

/** Whether a lower-case word is a role noun or its plural ("officials", "residents", "spokesmen"). */
export function isRoleNoun(lower: string): boolean {
  if (PERSON_ROLES.has(lower)) return true;
  if (lower.endsWith('men')) return PERSON_ROLES.has(`${lower.slice(0, -3)}man`);
  return lower.endsWith('s') && PERSON_ROLES.has(lower.slice(0, -1));
}

/** Titles and role nouns that say a person is a man. */
export const MALE_WORDS: ReadonlySet<string> = new Set(
  ['mr', 'sir', 'lord', 'king', 'prince', 'emir', 'sultan', 'sheikh', 'spokesman', 'chairman', 'congressman', 'businessman', 'father', 'husband', 'son', 'brother', 'uncle', 'grandfather', 'widower', 'man', 'actor', 'pope', 'cardinal', 'bishop', 'priest', 'imam', 'rabbi', 'patriarch', 'ayatollah'],
);

/** Titles and role nouns that say a person is a woman. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set(
  ['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'mother', 'wife', 'daughter', 'sister', 'aunt', 'grandmother', 'widow', 'woman', 'actress'],
);

/** Things that carry written text ("banners reading ..."); words on them are labels, not anyone's quoted speech. */
export const DISPLAY_NOUNS: ReadonlySet<string> = new Set(
  ['banner', 'banners', 'placard', 'placards', 'sign', 'signs', 'poster', 'posters', 'leaflet', 'leaflets', 'flyer', 'flyers',
    'billboard', 'billboards', 'graffiti', 'sticker', 'stickers', 'shirt', 'shirts', 't-shirt', 't-shirts', 'slogan', 'slogans', 'mural', 'murals', 'inscription', 'plaque'],
);
