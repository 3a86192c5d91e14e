import type { OutletFamily } from '../state-media/lexicon';
import { alternation, inflect, type LanguagePack, WORD_END, WORD_START } from './pack-types';

// Russian: "по данным", "как сообщает", "передает", "государственные СМИ", "якобы"; no articles, so
// back-references are bare nouns ("агентство сообщило").

/** A past tense in every gender and number ("заявил", "заявила", "заявило", "заявили"; "признался", "призналась", …). */
const PAST = (stems: readonly string[]): string[] =>
  stems.flatMap((stem) => (stem.endsWith('ся') ? inflect([stem.slice(0, -3)], ['лся', 'лась', 'лось', 'лись']) : inflect([stem], ['', 'а', 'о', 'и'])));
const VERBS = [
  // A smile or a sigh that carries the words: "«Я ни о чем не жалею», — улыбается она."
  ...['улыбается', 'улыбаются', 'смеется', 'смеётся', 'вздыхает', 'шутит', 'усмехается'],
  ...PAST(['улыбнулся', 'засмеялся', 'усмехнулся', 'вздохнул']),
  ...PAST([
    'сообщил',
    'передал',
    'написал',
    'заявил',
    'показал',
    'опубликовал',
    'распространил',
    'процитировал',
    'назвал',
    'обвинил',
    'уточнил',
    'отметил',
    'подчеркнул',
    'добавил',
    'рассказал',
    'транслировал',
    'объявил',
    'утверждал',
    'писал',
    'цитировал',
    'указал',
    'подтвердил',
    'раскритиковал',
    'осудил',
    'привел',
    'привёл',
    'информировал',
    'анонсировал',
    'выпустил',
    // Imperfective pasts report what was said before ("сообщал Reuters", "В Кремле заявляли").
    'заявлял',
    'сообщал',
    'отмечал',
    'указывал',
    'уточнял',
    'передавал',
    'подчеркивал',
    'подчёркивал',
  ]),
  'сообщает',
  'сообщают',
  'передает',
  'передаёт',
  'передают',
  'пишет',
  'пишут',
  'заявляет',
  'показывает',
  'показывают',
  'публикует',
  'распространяет',
  'цитирует',
  'называет',
  'обвиняет',
  'утверждает',
  'уточняет',
  'отмечает',
  'подчеркивает',
  'подчёркивает',
  'добавляет',
  'рассказывает',
  'транслирует',
  'указывает',
  'приводит',
  'информирует',
];
/**
 * Whole inflection families of verbs of speech and opinion that copy puts after a quote or before "что": the
 * present third person and the past of an imperfective ("полагает", "полагают", "полагал", "полагала"), so no
 * form of a listed verb is missed. First conjugation stems end in the vowel before "-ет"; second in the consonant before "-ит".
 */
const SPEECH_FIRST = [
  'полага',
  'предполага',
  'счита',
  'объясня',
  'поясня',
  'добавля',
  'отмеча',
  'подчеркива',
  'подчёркива',
  'уточня',
  'заявля',
  'сообща',
  'рассказыва',
  'утвержда',
  'напомина',
  'предупрежда',
  'замеча',
  'оценива',
  'настаива',
  'заключа',
  'указыва',
  'подытожива',
  'призыва',
  'допуска',
  'констатиру',
  'комментиру',
  'резюмиру',
  'цитиру',
  // The rest of the class: verbs of answering, recalling, promising, assuring and objecting ("— вспоминает он",
  // "— продолжает министр", "— сетует эксперт").
  'возража',
  'уверя',
  'заверя',
  'вспомина',
  'рассужда',
  'повторя',
  'обеща',
  'восклица',
  'спрашива',
  'отвеча',
  'продолжа',
  'подтвержда',
  'опроверга',
  'убежда',
  'сожале',
  'сету',
  'негоду',
  'совету',
  'рекоменду',
  'прогнозиру',
  'париру',
  'иронизиру',
  'аргументиру',
];
const SPEECH_SECOND = ['говор', 'шут', 'тверд'];
/** Reflexive verbs of the same class ("— возмущается он", "— признается министр", "делится она"), present and past. */
const SPEECH_REFLEXIVE = [
  ...inflect(['возмуща', 'удивля', 'сомнева', 'соглаша', 'признава'], ['ется', 'ются', 'лся', 'лась', 'лись']),
  ...inflect(['жал', 'интерес'], ['уется', 'уются', 'овался', 'овалась', 'овались']),
  ...inflect(['дел', 'хвал'], ['ится', 'ятся', 'ился', 'илась', 'ились']),
  'признается',
  'признаётся',
  'признаются',
];
/** Perfective pasts of the class ("вспомнил", "возмутился", "поинтересовалась"). */
const SPEECH_PERFECTIVE = PAST([
  'вспомнил',
  'повторил',
  'продолжил',
  'отреагировал',
  'воскликнул',
  'пошутил',
  'посоветовал',
  'порекомендовал',
  'съязвил',
  'сформулировал',
  'возмутился',
  'удивился',
  'усомнился',
  'согласился',
  'высказался',
  'выразился',
  'поинтересовался',
  'похвастался',
  'пожаловался',
  'признался',
  'поделился',
  // Verbs of judging that give a view as a quoted predicate ("посчитал закон «попыткой …»", "расценила шаг как «…»").
  'посчитал',
  'расценил',
  'квалифицировал',
]).concat(['счел', 'счёл', 'сочла', 'сочло', 'сочли']);
/**
 * Verbs of shouting and chanting, whose object is the words shouted ("стал кричать «Позор!»", "толпа скандировала
 * «…»"): pasts, presents and the infinitive after "стал", "начали".
 */
const SHOUT_FORMS = [
  ...PAST(['кричал', 'крикнул', 'закричал', 'выкрикнул', 'выкрикивал', 'прокричал', 'скандировал']),
  ...['кричит', 'кричат', 'выкрикивает', 'выкрикивают', 'скандирует', 'скандируют', 'кричать', 'выкрикивать', 'скандировать'],
];
/** Gerunds of the class, whose subject is the sentence's ("— добавил он, отметив, что «…»", "подчеркивая, что «…»"). */
const SPEECH_GERUNDS = [
  'заявив',
  'отметив',
  'подчеркнув',
  'добавив',
  'сообщив',
  'указав',
  'пояснив',
  'назвав',
  'уточнив',
  'напомнив',
  'заметив',
  'признав',
  'предупредив',
  'подтвердив',
  'рассказав',
  'сказав',
  'ответив',
  'объяснив',
  'заключив',
  'призвав',
  'выразив',
  'пообещав',
  'признавшись',
  'отмечая',
  'подчеркивая',
  'подчёркивая',
  'добавляя',
  'говоря',
  'утверждая',
  'объясняя',
  'поясняя',
  'уточняя',
  'заявляя',
  'напоминая',
  'признавая',
  'предупреждая',
  'комментируя',
  'отвечая',
  'рассказывая',
];
/** Short adjectives of conviction that report a view like a verb ("— уверен эксперт", "X убеждена, что «…»"). */
const CONVICTION_ADJECTIVES = inflect(['уверен', 'убежден', 'убеждён', 'согласен'], ['', 'а', 'ы']).map((form) =>
  form.replace(/^согласен(?=[аы])/u, 'согласн'),
);
const SPEECH_FORMS = [
  ...SPEECH_FIRST.flatMap((stem) =>
    // "-у-" verbs keep their present stem only in the present: "комментирует", "сетует", but "комментировал", "сетовал".
    stem.endsWith('у')
      ? inflect([stem], ['ет', 'ют']).concat(inflect([`${stem.slice(0, -1)}ова`], ['л', 'ла', 'ло', 'ли']))
      : inflect([stem], ['ет', 'ют', 'л', 'ла', 'ло', 'ли']),
  ),
  ...SPEECH_SECOND.flatMap((stem) => inflect([stem], ['ит', 'ят', 'ил', 'ила', 'ило', 'или'])),
  // Perfective pasts of the same kind ("предположил", "допустил", "подытожил").
  ...inflect(['предположил', 'допустил', 'подытожил', 'парировал', 'заверил', 'уверил', 'высказал', 'констатировал', 'резюмировал'], ['', 'а', 'о', 'и']),
  ...SPEECH_REFLEXIVE,
  ...SPEECH_PERFECTIVE,
];
/** Pasts of verbs of saying, every gender and number, beside the families above ("сказал", "пообещала", "посетовали"). */
const SAY_PAST = PAST([
  'сказал',
  'ответил',
  'пояснил',
  'признал',
  'предупредил',
  'призвал',
  'возразил',
  'спросил',
  'объяснил',
  'напомнил',
  'добавил',
  'констатировал',
  'резюмировал',
  'посетовал',
  'пообещал',
  'заверил',
  'считает',
  'заключил',
  'высказал',
  'выразил',
  'прокомментировал',
  'попросил',
  'потребовал',
  'предложил',
  'заметил',
  'оценил',
  'охарактеризовал',
  'признался',
  'поделился',
  'сообщил',
  'пожаловался',
  'опроверг',
  'возмутил',
  'настаивал',
  'говорил',
  'объяснял',
  'рассказывал',
  'предупреждал',
]);
const CASE_ENDINGS = ['ое', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ые', 'ых', 'ыми', 'ий', 'ый', 'ие', 'их', 'ими', 'ее', 'ей', 'юю', 'яя'];
const ADJECTIVE_STEMS = [
  'государственн',
  'партийн',
  'официальн',
  'правительственн',
  'провластн',
  'прокремлевск',
  'прокремлёвск',
  'подконтрольн',
  'пропагандистск',
  'северокорейск',
  'российск',
  'китайск',
  'иранск',
  'сирийск',
  'кубинск',
  'белорусск',
  'венесуэльск',
  'вьетнамск',
  'саудовск',
  'катарск',
  'турецк',
  'египетск',
  'центральн',
  'информационн',
  'новостн',
  'телеграфн',
  'корейск',
  'федеральн',
  'национальн',
  'центральн',
];
const NOUN_FORMS = [
  ...inflect(['агентств', 'информагентств', 'госагентств'], ['о', 'а', 'у', 'ом', 'е']),
  ...inflect(['телеканал', 'гостелеканал'], ['', 'а', 'у', 'ом', 'е', 'ы', 'ов']),
  ...inflect(['телевидени', 'гостелевидени'], ['е', 'я', 'ю', 'ем']),
  ...inflect(['газет'], ['а', 'ы', 'е', 'у', 'ой']),
  ...inflect(['радиостанци', 'телекомпани'], ['я', 'и', 'ю', 'ей']),
  ...inflect(['издани'], ['е', 'я', 'ю', 'ем', 'и']),
  'СМИ',
  'радио',
  'медиа',
  'ТВ',
  'пресса',
  'прессы',
  'прессе',
  'прессу',
];
const GENERIC_HEADS = [
  'СМИ',
  'медиа',
  'ТВ',
  'пресса',
  'прессы',
  'прессе',
  'прессу',
  'радио',
  ...inflect(['телевидени'], ['е', 'я', 'ю', 'ем']),
  ...inflect(['агентств', 'информагентств'], ['о', 'а', 'у', 'ом', 'е']),
  ...inflect(['телеканал'], ['', 'а', 'у', 'ом', 'е', 'ы', 'ов']),
  ...inflect(['газет'], ['а', 'ы', 'е', 'у', 'ой']),
  ...inflect(['издани'], ['е', 'я', 'ю', 'ем', 'и']),
];
const STATE_STEMS = ['государственн', 'официальн', 'правительственн', 'провластн', 'прокремлевск', 'прокремлёвск', 'пропагандистск', 'партийн'];
const NATIONALITY_STEMS = [
  'северокорейск',
  'российск',
  'китайск',
  'иранск',
  'сирийск',
  'кубинск',
  'белорусск',
  'венесуэльск',
  'вьетнамск',
  'саудовск',
  'катарск',
  'турецк',
  'египетск',
];

/** Verbs of saying whose subject, after them, may be a withheld source ("…, пояснил собеседник"). */
const SOURCE_VERBS = alternation([
  ...SAY_PAST,
  ...SPEECH_FORMS,
  ...PAST(['сообщил', 'передал', 'написал', 'заявил', 'уточнил', 'отметил', 'подчеркнул', 'добавил', 'рассказал']),
]);
/** What "источник" is when it is no person: a source of money, power or fire ("назвал источник финансирования"). */
const NOT_SOURCE = 'финансирования|дохода|доходов|энергии|питания|заражения|пожара|воды|загрязнения|средств|тепла|света|излучения|утечки|выбросов';

/** Plural pasts and presents of saying and naming, the impersonal "they" of a body ("В компании заявили", "назвали"). */
const PLURAL_SPEECH = [...SAY_PAST, ...SPEECH_FORMS, ...VERBS, 'назвали'].filter((verb) => /(?:ли|ют|ят)$/u.test(verb));

/** Verbs of telling whose listener, an outlet, may follow the speaker's name ("сказал Песков ТАСС"). */
const TOLD_VERBS = [
  ...PAST(['сказал', 'заявил', 'рассказал', 'сообщил', 'пояснил', 'ответил', 'подтвердил', 'уточнил', 'признался', 'отметил', 'добавил', 'пожаловался']),
  'сказала',
  'говорит',
  'рассказывает',
  'заявляет',
  'сообщает',
  'поясняет',
  'отмечает',
];

/** Nouns of a person's role or office, the head of a speaker's phrase ("министр", "источник", "автор"). */
/** People met on the spot, each form showing its gender ("очевидица" is a woman, so "она" after it is her). */
const VOX_POP_ROLES = {
  m: ['пассажир', 'покупатель', 'посетитель', 'пенсионер', 'водитель', 'студент', 'волонтер', 'волонтёр', 'пострадавший'],
  f: [
    'очевидица',
    'свидетельница',
    'пассажирка',
    'покупательница',
    'посетительница',
    'пенсионерка',
    'студентка',
    'волонтерка',
    'волонтёрка',
    'пострадавшая',
    'жительница',
    'собеседница',
    'участница',
    'журналистка',
    'представительница',
  ],
} as const;

const ROLE_NOUNS: readonly string[] = [
  'министр',
  'президент',
  'пресс-секретарь',
  'представитель',
  'представительница',
  'лидер',
  'руководитель',
  'глава',
  'председатель',
  'директор',
  'посол',
  'дипломат',
  'генерал',
  'командующий',
  'командир',
  'эксперт',
  'аналитик',
  'адвокат',
  'прокурор',
  'судья',
  'депутат',
  'сенатор',
  'мэр',
  'губернатор',
  'свидетель',
  'житель',
  'жительница',
  'исследователь',
  'профессор',
  'активист',
  'журналист',
  'журналистка',
  'политолог',
  'премьер',
  'премьер-министр',
  'вице-премьер',
  'замминистра',
  'советник',
  'стратег',
  'идеолог',
  'политтехнолог',
  'спикер',
  'официальный',
  'военный',
  'военнослужащий',
  'офицер',
  'помощник',
  'помощники',
  'представители',
  'чиновник',
  'чиновники',
  'депутаты',
  'эксперты',
  'аналитики',
  'жители',
  'сотрудник',
  'сотрудники',
  'пресс-секретарь',
  'омбудсмен',
  'уполномоченный',
  'вице-президент',
  'замглавы',
  'зампред',
  'источник',
  'собеседник',
  'очевидец',
  // People named by what they made, own, lead or take part in ("— сказал автор законопроекта", "заявил
  // основатель компании", "рассказала участница акции").
  'автор',
  'основатель',
  'владелец',
  'совладелец',
  'участник',
  'участница',
  'организатор',
  'заместитель',
  'спецпредставитель',
  'постпред',
  'гендиректор',
  'редактор',
  'главред',
  // Church ranks stand for the cleric named with them ("патриарх Кирилл … — заявил патриарх"), as offices do.
  'патриарх',
  'католикос',
  'митрополит',
  'архиепископ',
  'епископ',
  'священник',
  'настоятель',
  // Members of the public a reportage quotes by what they were doing there ("— рассказала очевидица", "сообщил
  // другой пассажир", "— добавила пенсионерка"): a role as much as an office, and the pronoun after it looks back to it.
  ...VOX_POP_ROLES.m,
  ...VOX_POP_ROLES.f,
  // Plural roles and their genitive, as "по словам собеседников", "по словам очевидцев" name the speakers.
  ...['собеседники', 'собеседников', 'источники', 'источников', 'очевидцы', 'очевидцев', 'представителей', 'чиновников', 'экспертов', 'жителей', 'сотрудников'],
];

/** Each role noun with its genitive singular ("министр" → "министра", "глава" → "главы", "представитель" → "представителя"). */
function withGenitives(roles: readonly string[]): string[] {
  const genitive = (role: string): string | undefined => {
    if (role.endsWith('ий')) return `${role.slice(0, -2)}его`;
    if (role.endsWith('ь')) return `${role.slice(0, -1)}я`;
    if (role.endsWith('а')) return `${role.slice(0, -1)}ы`;
    return /[бвгджзклмнпрстфхцчшщ]$/u.test(role) ? `${role}а` : undefined;
  };
  // The genitive plural of a person's role in a consonant or "-ь" ("депутатов", "жителей"), as "один из депутатов" and
  // "по словам политологов" name the speaker by it; compounds and roles ending otherwise are left as listed.
  const genitivePlural = (role: string): string | undefined => {
    // Plurals already in the list ("собеседников", "очевидцев") and adjectives ("военный") have no other form here.
    if (role.includes('-') || /(?:ов|ев|ей|ый|ий)$/u.test(role)) return undefined;
    if (/[жшчщ]$/u.test(role) || /ь$/u.test(role)) return `${role.replace(/ь$/u, '')}ей`;
    // A fleeting vowel: "очевидец" → "очевидцев", "посол" → "послов".
    if (/ец$/u.test(role)) return `${role.slice(0, -2)}цев`;
    if (/ол$/u.test(role)) return `${role.slice(0, -2)}лов`;
    return /[бвгдзклмнпрстфх]$/u.test(role) ? `${role}ов` : undefined;
  };
  return [...roles, ...roles.flatMap((role) => [genitive(role), genitivePlural(role)].filter((form): form is string => form !== undefined))];
}

/**
 * Genitive-accusative singulars of roles that no nominative shares ("министра", "представителя", "командующего"; not
 * "главы", also a plural), each with the role it is a form of: after a verb such a role is its object ("обвинила
 * министра в «…»"), never its subject.
 */
const ROLE_BY_OBJECT_FORM: ReadonlyMap<string, string> = new Map(
  ROLE_NOUNS.flatMap((role): [string, string][] => {
    if (role.endsWith('ий')) return [[`${role.slice(0, -2)}его`, role]];
    if (role.endsWith('ь')) return [[`${role.slice(0, -1)}я`, role]];
    return /[бвгджзклмнпрстфх]$/u.test(role) ? [[`${role}а`, role]] : [];
  }),
);

/**
 * Whether a phrase after a verb opens with a role in the genitive-accusative, so is that verb's object. Before a verb
 * the same form follows a numeral ("два источника отмечают") and is the subject.
 */
function roleObject(words: readonly string[], afterVerb: boolean): boolean {
  return afterVerb && ROLE_BY_OBJECT_FORM.has(words[0]?.toLowerCase() ?? '');
}

/** Verbs of quoting, whose object is the one quoted ("— цитирует губернатора ТАСС"). */
// "— приводит слова министра ТАСС": an outlet that gives someone's words quotes them.
const QUOTING_FORMS = [
  'цитирует',
  'цитируют',
  'процитировал',
  'процитировала',
  'процитировали',
  'цитировал',
  'цитировала',
  'цитировали',
  'приводит',
  'приводят',
];

/**
 * A speaker phrase read in the genitive-accusative after a quoting verb ("цитирует губернатора Ивана Петрова") back
 * in the nominative: the role and the name each. After any other word the form is left as written ("два источника").
 */
function russianPhraseNominative(phrase: string, before: string): string {
  if (before !== '' && !QUOTING_FORMS.includes(before.toLowerCase())) return phrase;
  const words = phrase.split(' ');
  const role = ROLE_BY_OBJECT_FORM.get(words[0]!.toLowerCase());
  if (role === undefined) return phrase;
  const rest = words.slice(1).join(' ');
  return rest === '' ? role : `${role} ${russianNominative(rest)}`;
}

const familyOf = (noun: string): OutletFamily => {
  const n = noun.toLowerCase();
  if (/агентств/.test(n)) return 'agency';
  if (/телекан|телевид|радио|телекомп/.test(n)) return 'broadcast';
  if (/газет/.test(n)) return 'print';
  return 'any';
};

// Men's first names in -а/-я, and the commonest women's first names of Russian copy, Russian and foreign: a first name
// in -а/-я may be a man's genitive ("Ивана", "Дмитрия"), so a woman's name counts only when it is known.
const MALE_FIRST_NAMES = new Set(['никита', 'илья', 'кузьма', 'фома', 'лука', 'данила', 'савва', 'иона']);
const FEMALE_FIRST_NAMES = new Set(
  (
    'мария анна елена ольга наталья наталия татьяна ирина екатерина светлана юлия анастасия марина людмила галина ' +
    'валентина надежда вера любовь дарья ксения алла виктория кристина полина софья софия маргарита лариса нина лидия ' +
    'оксана жанна инна алена алёна вероника диана яна тамара раиса элла эльвира элина алина эльмира зоя евдокия ' +
    'камала урсула ангела анналена кая кэтрин мишель хиллари нэнси тереза джорджа кристалина майя сесиль изабель ' +
    'катрин мэри джилл лиз элизабет ханна санна'
  ).split(' '),
);

/**
 * The gender a Russian name shows by its endings: "Мария Захарова", "Захаровой" and "Анна" are a woman's,
 * "Сергей Лавров" and "Песков" a man's. A surname in -ова beside a first name in -а may be a man's genitive
 * ("Ивана Петрова"), so it counts only beside a first name that is plainly a woman's.
 */
function russianNameGender(name: string): 'm' | 'f' | undefined {
  const words = name.split(' ').filter((word) => /^\p{Lu}/u.test(word));
  if (words.length === 0 || words.length > 3 || !words.every((word) => /^[А-ЯЁ][а-яё-]+$/u.test(word))) return undefined;
  const surname = words[words.length - 1]!.toLowerCase();
  const first = words.length > 1 ? words[0]!.toLowerCase() : undefined;
  const firstGender = first === undefined ? undefined : firstNameGender(first);
  if (/(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(surname)) return firstGender === 'f' ? undefined : 'm';
  if (/(?:овой|евой|ёвой|иной|ыной|ской|цкой)$/u.test(surname)) return 'f';
  if (/(?:ова|ева|ёва|ина|ына)$/u.test(surname)) return firstGender === 'f' ? 'f' : undefined;
  if (/(?:ская|цкая)$/u.test(surname)) return firstGender === 'm' ? undefined : 'f';
  // A lone word that is no Russian surname is a foreign surname, which does not show its bearer's gender.
  return first === undefined ? (FEMALE_FIRST_NAMES.has(surname) ? 'f' : MALE_FIRST_NAMES.has(surname) ? 'm' : undefined) : firstGender;
}

/** A first name's gender: a known woman's name, a man's in -а/-я, or a man's nominative in a consonant or -й. */
function firstNameGender(first: string): 'm' | 'f' | undefined {
  if (FEMALE_FIRST_NAMES.has(first)) return 'f';
  // "Сергей", "Дональд"; not an instrumental in -ой/-ом/-ем/-ым ("Марией" has -ей too, but her surname decides first).
  if (MALE_FIRST_NAMES.has(first) || (/[бвгджзклмнпрстфхцчшщй]$/u.test(first) && !/(?:ой|ом|ем|ым|им)$/u.test(first))) return 'm';
  return undefined;
}

const CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
/** A patronymic in any case ("Иванович", "Сергеевны", "Ильича"): the middle word of a Russian three-word name. */
const PATRONYMIC = /(?:ович|евич|ьич|ич|овн|евн|ичн|инич)\p{L}*$/u;
/** A woman's surname in an oblique case ("Захаровой", "Собчак" aside), and its nominative ending. */
const FEMININE_OBLIQUE = /(ов|ев|ёв|ин|ын|ск|цк)ой$/u;
/** A man's Russian surname in an oblique case ("Лаврова", "Лавровым", "Песковым", "Шойгу" aside). */
const MASCULINE_OBLIQUE = /(ов|ев|ёв|ин|ын)(?:а|у|е|ым)$/u;
const MASCULINE_SK_OBLIQUE = /(ск|цк)(?:ого|ому|им|ом)$/u;
/** Other adjectival surnames in an oblique case ("Навального", "Толстого"), read as the commoner -ый. */
const ADJECTIVAL_OBLIQUE = /(\p{L}[^аеёиоуыэюя])(?:ого|ому|ым)$/u;
/** Any name in -а/-у/-е/-ом/-ым after a consonant, the oblique case of a man's name ending in that consonant ("Трампа"). */
const CONSONANT_OBLIQUE = new RegExp(`(${CONSONANT})(?:а|у|е|ом|ым)$`, 'u');

/** A man's first name back in the nominative: "Сергея" → "Сергей", "Дмитрия" → "Дмитрий", "Владимира" → "Владимир". */
function masculineFirstName(word: string): string {
  return word
    .replace(/е(?:я|ю|ем|е)$/u, 'ей')
    .replace(/и(?:я|ю|ем|и)$/u, 'ий')
    .replace(new RegExp(`(${CONSONANT})(?:я|ю|ем)$`, 'u'), '$1ь')
    .replace(CONSONANT_OBLIQUE, '$1');
}

/**
 * A person's name in the nominative, so the speaker reads as the article names them elsewhere ("По словам
 * Сергея Лаврова" → "Сергей Лавров", "с Марией Захаровой" → "Мария Захарова"). Only forms whose case the
 * surname shows change: "Лаврова" alone may be a woman's nominative, and stays as it is.
 */
function russianNominative(name: string): string {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((word) => /^[А-ЯЁ][а-яё-]+$/u.test(word))) return name;
  const lower = words.map((word) => word.toLowerCase());
  // "адвокат Навального Ольга Михайлова", "пресс-секретарь Путина Дмитрий Песков": a genitive before a name with no
  // patronymic in the middle is whose lawyer or spokesman they are, another person, so the name is the last two words.
  if (
    lower.length === 3 &&
    !PATRONYMIC.test(lower[1]!) &&
    // "при правительстве России Алексея Зубца": a place or body in the genitive in -ии/-ы is no one's first name either.
    /(?:ого|его|а|я|у|ю|ии|ы)$/u.test(lower[0]!) &&
    !FEMALE_FIRST_NAMES.has(lower[0]!) &&
    !MALE_FIRST_NAMES.has(lower[0]!)
  ) {
    return russianNominative(words.slice(1).join(' '));
  }
  const surname = lower[lower.length - 1]!;
  const first = lower[0]!;
  // A man's first name in the genitive or accusative ("Генриха") beside a surname in "-у" ("Падву") shows a surname
  // declined like "Падва", whose accusative that is: a surname like "Петров" would read "Петрова" there.
  if (
    lower.length === 2 &&
    new RegExp(`${CONSONANT}а$`, 'u').test(first) &&
    !FEMALE_FIRST_NAMES.has(first) &&
    !MALE_FIRST_NAMES.has(first) &&
    /[^аеёиоуыэюя][ую]$/u.test(surname)
  ) {
    return `${words[0]!.slice(0, -1)} ${words[1]!.slice(0, -1)}${surname.endsWith('ю') ? 'я' : 'а'}`;
  }
  let nominative: string[] | undefined;
  // "Сергей Трубецкой" is a man's nominative; "Марией", "Натальей" are a woman's instrumental.
  if (FEMININE_OBLIQUE.test(surname) && !(/(?:ей|ай|ий|ый)$/u.test(first) && !/(?:ией|ьей)$/u.test(first))) {
    const feminineFirst = (word: string): string => word.replace(/и(?:и|ей|ю)$/u, 'ия').replace(/(?:ы|ой|е|у)$/u, 'а');
    nominative = [
      ...lower.slice(0, -1).map(feminineFirst),
      surname.replace(FEMININE_OBLIQUE, (_, stem: string) => (/к$/u.test(stem) ? `${stem}ая` : `${stem}а`)),
    ];
  } else if (
    (MASCULINE_OBLIQUE.test(surname) || MASCULINE_SK_OBLIQUE.test(surname) || ADJECTIVAL_OBLIQUE.test(surname) || CONSONANT_OBLIQUE.test(surname)) &&
    !FEMALE_FIRST_NAMES.has(first)
  ) {
    // A first name in a consonant or -й is a nominative, so the whole name is ("Ким Чен Ын", "Сергей Лавров").
    if (new RegExp(`(?:${CONSONANT}|й|ь)$`, 'u').test(first) && !/(?:ем|ом|ым)$/u.test(first)) return name;
    const surnameNominative = surname
      .replace(MASCULINE_OBLIQUE, '$1')
      .replace(MASCULINE_SK_OBLIQUE, '$1ий')
      .replace(ADJECTIVAL_OBLIQUE, '$1ый')
      .replace(CONSONANT_OBLIQUE, '$1')
      // A fleeting vowel: "Зубца" is "Зубец", "Кравца" "Кравец"; after н, р, л ("Шульца", "Шварца") the name keeps its ending.
      .replace(/([бвгдзкмпсфх])ц$/u, '$1ец');
    nominative = [...lower.slice(0, -1).map(masculineFirstName), surnameNominative];
  }
  if (!nominative) return name;
  return nominative.map((word, i) => words[i]![0] + word.slice(1)).join(' ');
}

/**
 * The words that open a picture credit ("Фото: ТАСС"). A caption ends at its credit, which copy may glue to the caption's
 * last word ("в Ереване(Фото: …)"), and the story goes on after it, often with a date ("24 июня Пашинян …").
 */
const CREDIT_WORD = '(?:Фото|Фотография|Кадр|Скриншот|Иллюстрация)';

/**
 * Speech verbs in two words ("дал понять"), in the past of each gender and the plural. Not "обратил внимание", which
 * draws attention to a thing as often as it reports words ("обратил внимание на энциклику «…»").
 */
const PHRASAL_SPEECH_VERBS = ['дал', 'дала', 'дали'].map((verb) => `${verb} понять`);

/** The Russian language pack. */
export const RUSSIAN: LanguagePack = {
  language: 'ru',
  abbreviations: [
    'г',
    'гг',
    'т.е',
    'т.д',
    'т.п',
    'т.к',
    'т.н',
    'др',
    'пр',
    'ул',
    'им',
    'руб',
    'млн',
    'млрд',
    'тыс',
    'ст',
    'см',
    'стр',
    'проф',
    'акад',
    'ген',
    'полк',
    'г-н',
    'г-жа',
    'англ',
    'нем',
    'франц',
    'н.э',
    'в',
    'вв',
    'чел',
    'обл',
    'р-н',
    'с',
    'д',
    'ок',
    'л',
  ],
  // "… законодательства Фото: Иван Петров / РБК": a credit after a line with no full stop opens a sentence. A caption
  // whose credit is in brackets ("… позицию Дональд Трамп (Фото: Иван Петров / Reuters) В Европе …") stands between a
  // lede with no full stop and the story: the bracketed credit is a sentence of its own, and so is what follows it;
  // a credit inside a sentence ("на форуме (Фото: ТАСС) и ответил") goes on in lower case and breaks nothing.
  sentenceBreakBefore: new RegExp(
    String.raw`(?<=\p{L}[»"]?\s)${CREDIT_WORD}:|(?<=[\p{L})»]\s?)\(${CREDIT_WORD}:[^()\n]{1,80}\)(?=\s+[\p{Lu}\d])|(?<=\(${CREDIT_WORD}:[^()\n]{1,80}\)\s+)[\p{Lu}\d]`,
    'gu',
  ),
  cues: [
    {
      kind: 'hearsay-adverb',
      pattern:
        'якобы|предположительно|будто бы|будто|по слухам|по неподтвержденным данным|по неподтверждённым данным|по непроверенным данным|вероятно|по всей видимости|якобы бы',
    },
    { kind: 'hearsay-adverb', pattern: String.raw`предполагаем\p{L}+|мним\p{L}+` },
    {
      kind: 'distancing-frame',
      pattern: String.raw`(?:то|того), что (?:\p{L}+ ){0,4}(?:назвал|назвала|назвали|называет|называют|охарактеризовал\p{L}*|представил\p{L}*|описал\p{L}*)`,
      scope: 'phrase',
    },
    {
      kind: 'distancing-frame',
      pattern: String.raw`так называем\p{L}+|считается,? что|предполагается,? что|говорят,? что|ходят слухи|по имеющимся данным|по имеющейся информации|по (?:одной из|другой|неофициальной|некоторым|одной) верси(?:и|й|ям)|по имеющимся сведениям|по некоторым данным|по некоторым сведениям|по информации ряда СМИ`,
      negatable: true,
    },
    {
      kind: 'non-verification',
      pattern: String.raw`не удалось (?:независимо |самостоятельно |пока )?(?:проверить|подтвердить|верифицировать)|(?:независимо|независимым образом) (?:проверить|подтвердить)|без (?:каких-либо )?доказательств|не (?:представив|предоставив|приведя|представил\p{L}*|предоставил\p{L}*|привел\p{L}*|привёл\p{L}*) (?:никаких |каких-либо )?доказательств|доказательств (?:\p{L}+ ){0,3}?(?:он |она |они )?не (?:представил|предоставил|привел|привёл)\p{L}*|без предоставления доказательств|(?:невозможно|нельзя) (?:независимо )?(?:проверить|подтвердить)|(?:проверить|подтвердить) (?:\p{L}+ ){0,3}(?:не удалось|невозможно|не представляется возможным)|(?:нет|не было|не поступало) (?:официальн\p{L}* )?подтверждени\p{L}*|официальн\p{L}* подтверждени\p{L}* (?:\p{L}+ ){0,3}(?:нет|не поступало)|не подтверждены|не подтверждена|не подтвержден|не подтверждено|не подтверждается|неподтвержденн\p{L}*|неподтверждённ\p{L}*|непроверенн\p{L}*`,
      scope: 'sentence',
    },
    {
      kind: 'anonymous-sourcing',
      pattern:
        String.raw`на условиях анонимности|(?:не пожелавш\p{L}* (?:назвать|называть) (?:сво\p{L}+ )?(?:им\p{L}+|фамили\p{L}+))|(?:пожелавш|попросивш)\p{L}* (?:остаться неизвестн\p{L}*|остаться анонимн\p{L}*|не называть (?:его|ее|её|их) им\p{L}*|сохранить анонимность|об анонимности)|(?:анонимн\p{L}*|информированн\p{L}*|осведомленн\p{L}*|осведомлённ\p{L}*|высокопоставленн\p{L}*) источник\p{L}*|источник\p{L}*,? (?:(?:еще|ещё|также|тоже) )?(?:в|из|среди|близк\p{L}*|знаком\p{L}*|RT|издания|агентства|«[^»\n]{1,40}»)|по словам (?:(?:еще|ещё|одного|другого|нашего|наших|других|двух|трех|трёх|нескольких) ){0,2}(?:источник(?:а|ов)|собеседник(?:а|ов))|` +
        // Sources as the bare subject: "источники связали это с …", "источник сообщил".
        String.raw`источник(?:и)? (?:\p{L}+ )?(?:связал\p{L}*|связывают|сообщил\p{L}*|рассказал\p{L}*|уточнил\p{L}*|добавил\p{L}*|говор\p{L}+|отмеча\p{L}+|отметил\p{L}*)(?![\p{L}])|(?:по данным|по сведениям|по информации|по оценке|по оценкам|по мнению|согласно) (?:\p{L}+ )?источник\p{L}*|` +
        // The verb before its sources at a clause's end: "…, говорят источники", "…, сообщили два источника".
        // Every form of every verb of saying ("пояснил собеседник", "сказал РБК источник", "добавила другая собеседница").
        `(?:${SOURCE_VERBS}) (?:(?:изданию|агентству|газете|телеканалу|журналистам|РБК|ТАСС) )?(?:(?:еще|ещё) )?(?:(?:один|одна|два|две|три|несколько|оба|\\p{L}+(?:ые|ие|ый|ий|ой|ая)) )?(?:источник\\p{L}*|собеседни\\p{L}+)(?![\\p{L}])(?! (?:${NOT_SOURCE}))|` +
        // English "people familiar with the matter": "знакомые с ситуацией люди", "по словам людей, знакомых с планами".
        String.raw`знаком(?:ый|ая|ые|ых|ого|ым|ыми) с (?:ситуаци|ход|план|обсуждени|детал|подготовк|материал|переговор|расследовани|содержани|позици)\p{L}*|сообщил (?:изданию |агентству )?источник|собеседник(?:а|и|ов)? (?:агентства|издания|телеканала|газеты|РБК|ТАСС|«[^»]{1,40}»|\p{Lu}\p{L}+)`,
      scope: 'sentence',
    },
    // A source of a named outlet, placed in a body it does not name or not: "Источник РБК в правительстве сообщил …",
    // "источники Reuters из окружения министра", "говорят источники Politico", "источники «Известий»". Matched with
    // case: the capital tells the outlet from a plain noun.
    {
      kind: 'anonymous-sourcing',
      pattern: String.raw`[Ии]сточник(?:и|а|ов|ам|ами)? (?:[A-ZА-ЯЁ]{2,}|[A-Z][\p{L}.-]+(?: [A-Z][\p{L}.-]+)?|«[^»\n]{1,40}»)(?![\p{L}])`,
      scope: 'sentence',
      caseSensitive: true,
    },
    // Sources counted or set against one another: "один из источников", "два других источника", "другой источник".
    {
      kind: 'anonymous-sourcing',
      pattern: String.raw`(?:один|одна|одного|два|две|три|несколько|ещё один|еще один|другой|другие|других|другого|оба|обоих)(?: из)?(?: \p{L}+)? источник(?:и|а|ов|ам|ами)?`,
      scope: 'sentence',
      notBefore: String.raw` (?:финансирования|дохода|доходов|энергии|питания|заражения|пожара|воды|загрязнения|средств|тепла|света|излучения|утечки|выбросов)`,
    },
    { kind: 'rumour', pattern: String.raw`слух(?:и|ов|ам|ами|ах)?|спекуляци\p{L}*`, negatable: true },
    {
      kind: 'anonymous-sourcing',
      pattern: String.raw`со ссылкой на (?:свои |собственные |анонимные |неназванн\p{L}* )?источник\p{L}*|неназванн\p{L}+ (?:\p{L}+ )?(?:чиновник\p{L}*|источник\p{L}*|собеседник\p{L}*|представител\p{L}*|дипломат\p{L}*)`,
      scope: 'sentence',
    },
    { kind: 'distancing-frame', pattern: String.raw`(?:обозначен|представлен|преподнесен|преподнесён)\p{L}* как`, negatable: true },
    // "утверждает", "как утверждается": a claim the article does not stand behind, like English "claimed".
    {
      kind: 'distancing-frame',
      pattern: String.raw`утвержда(?:ет|ют|л|ла|ли|ло|лось|ется|ются|вш\p{L}+)|по (?:его |ее |её |их )?утверждени(?:ю|ям)`,
      negatable: true,
    },
    // Accusations and suspicion, as the team's English gold marks "accused … of", "suspected of".
    {
      kind: 'rumour',
      // A charge brought ("предъявлено обвинение в", "обвинения … были предъявлены") is a formal step, not an accusation.
      pattern: String.raw`(?<!предъяв\p{L}* (?:\p{L}+ )?)обвин(?:ил|ила|ило|или|яет|яют|ял|яла|яло|яли|яется|яются|ялся|ялась|ялись|ив|яя|ения|ений|ениях|ение) (?:(?:(?!предъяв)[^.;:!?\n«»"]|«[^»\n]{1,40}»){1,80}? )?в(?= )|подозрева(?:ется|ются|лся|лась|лись|ют|ли) в(?= )`,
      negatable: true,
    },
    // Arrests and trials on a charge or a suspicion ("задержан по подозрению в", "осужден по обвинению в").
    // "…, в чем ранее Минобороны Нидерландов обвинило Россию": the relative clause of an accusation is the claim.
    {
      kind: 'rumour',
      pattern: String.raw`в ч[её]м (?:[^.;:!?\n«»"]{1,60}? )?обвин(?:ил|ила|ило|или|яет|яют|ял|яла|яло|яли)(?![\p{L}])`,
      scope: 'phrase',
      negatable: true,
    },
    {
      kind: 'rumour',
      pattern: String.raw`по (?:обвинению|обвинениям|подозрению) (?:в|о)(?= )`,
      negatable: true,
      scope: 'phrase',
    },
    // The participles of the same verbs before what is charged ("бизнесмена, обвиняемого в мошенничестве", "мужчину,
    // подозреваемого в убийстве"); "обвиняемый в суде" is the defendant in court, so a place or a time after "в" is not.
    {
      kind: 'rumour',
      pattern: String.raw`(?:обвиняем|подозреваем|обвиненн|обвинённ)(?:ый|ая|ое|ого|ому|ым|ом|ой|ую|ые|ых|ыми) в(?= )`,
      negatable: true,
      // The participle's phrase is the claim, up to the comma that closes it, not the sentence it hangs in.
      scope: 'phrase',
      notBefore: String.raw` (?:рамках|качестве|суде|зале|ходе|среду|понедельник|вторник|четверг|пятницу|субботу|воскресенье|\d)`,
    },
    // Unattributed reports: "как сообщается", "сообщается, что", "по неофициальным данным", "по сообщениям СМИ".
    {
      kind: 'rumour',
      pattern:
        String.raw`как сообщается|сообщается,? что|(?<!(?:как|ранее) )сообщалось,? что|по неофициальным (?:данным|сведениям)|по неофициальной информации|по (?:сообщениям|данным|информации|сведениям) (?:ряда |некоторых |местных |западных |зарубежных )?(?:СМИ|медиа)|` +
        // "В СМИ появилась информация о …", "появились сообщения, что …": English "reports emerged".
        String.raw`(?:в (?:СМИ|сети|соцсетях) )?появил(?:ась|ись|ось) (?:информация|сообщения|сведения|слухи)(?= (?:о|об|что|про)(?![\p{L}])|,)|(?:ряд|некоторые|ряда|некоторых) (?:\p{L}+ )?(?:СМИ|изданий) (?:сообщ|пиш|писал)\p{L}*`,
      negatable: true,
    },
  ],
  // "— пояснил собеседник", "— добавил другой" after one, "— утверждает он" of a source: the words of a withheld source.
  anonymousSpeaker: /(?<![\p{L}])(?:источник|собеседник)\p{L}*/iu,
  stateMedia: {
    sourceBefore: new RegExp(
      // "со ссылкой на" and the gerunds of the same verb, "ссылаясь на", "сославшись на", also before what the outlet
      // published ("ссылаясь на данные ТАСС").
      `${WORD_START}(?:по\\s+данным|по\\s+сообщению|по\\s+сообщениям|по\\s+информации|по\\s+словам|(?:со\\s+ссылкой|ссылаясь|сославшись)\\s+на(?:\\s+(?:данные|сообщение|сообщения|информацию|сведения|публикацию|материал))?|как\\s+(?:${alternation(VERBS)})|` +
        `(?:источник|источника|источники|источников|собеседник|собеседника|собеседники|корреспондент|корреспондента|корреспонденту|корреспонденты)(?:\\s+в\\s+\\p{L}+(?:\\s+\\p{L}+)?)?|` +
        `(?:комментируя|отвечая|рассказывая|объясняя|заявив|рассказав|сообщив|пояснив)|в\\s+эфире|` +
        // "В комментарии ТАСС ведомство подчеркнуло", like "в интервью": the outlet the words were given to.
        `в\\s+комментари(?:и|ях)(?:\\s+для)?|` +
        // "— приводит сообщение «РИА Новости»", "цитирует слова главы ведомства ТАСС": the outlet carrying someone's words.
        `(?:приводит|приводят|привел|привела|привели|привёл|цитирует|цитируют)\\s+(?:слова|сообщение|заявление|цитату|данные|высказывание)(?:\\s+\\p{Ll}+){0,2}|` +
        // "говорится в публикации агентства", "сказано в сообщении ТАСС": whatever the outlet's text is called.
        `(?:говорится|сказано)\\s+в\\s+\\p{L}+|в\\s+(?:телеграм-|telegram-)канале|(?:в\\s+)?интервью|в\\s+(?:беседе|разговоре)\\s+с|(?:поделил(?:ся|ась|ось|ись)|делится|делятся)(?:\\s+(?:он|она|они))?\\s+со?|стало\\s+известно|в\\s+материале|в\\s+сюжете|в\\s+сообщении|в\\s+публикации|в\\s+репортаже|цитирует|цитата(?:\\s+по)?|(?:${alternation([...VERBS, ...TOLD_VERBS])})|` +
        // "сообщил телеканал «Россия 1»": the outlet's kind may stand between the verb and its quoted name.
        `(?:показан|опубликован|распространен|распространён|процитирован|передан)\\p{L}*)(?:\\s+(?:телеканал|агентств|газет|радиостанци|издани|телекомпани|(?:телеграм-|telegram-)?канал)\\p{L}*)?\\s+[«"„“]?$`,
      'iu',
    ),
    // "заявила Мария Захарова радио Sputnik", "сказал Песков ТАСС": the outlet told, after the speaker's name. With
    // case, as only the capitals tell the name.
    sourceBeforeCased: new RegExp(
      `${WORD_START}(?:${alternation(TOLD_VERBS)})\\s+(?:[\\p{L}-]+\\s+){0,5}?\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Lu}[\\p{Ll}-]+){0,2}\\s+$`,
      'u',
    ),
    subjectOfVerb: new RegExp(
      // A country in the genitive may follow the outlet ("государственные СМИ КНДР сообщили"), and another outlet
      // joined by "и" ("ТАСС и «Интерфакс» написали").
      `^[»"“”]?(?:\\s*,[^,.;:"“”«»\\n]{1,90},)?(?:\\s+(?:КНДР|КНР|РФ|США|Китая|России|Ирана|Сирии|Кубы|Венесуэлы|Белоруссии|Беларуси|Катара|Турции))?(?:\\s+и\\s+«?\\p{Lu}[\\p{L}-]*»?(?:\\s+\\p{Lu}[\\p{L}-]*)?)?\\s+(?:(?:также|ранее|позже|в\\s+\\p{L}+|сегодня|вчера|тогда|уже|еще|ещё)\\s+){0,3}(?:со\\s+ссылкой\\s+на|(?:${alternation(VERBS)})${WORD_END})`,
      'iu',
    ),
    negatedAfter: /^\s+(?:не|ни|никогда\s+не)\s/iu,
    // "Фото: РИА Новости" names the outlet at once; "Фото: Иван Петров / ТАСС" after the photographer.
    creditBefore: /(?:Фото|Фотография|Кадр|Скриншот|Видео|Источник|Иллюстрация)\s*:(?:[^\n:]{0,50}?[/:])?\s*$/iu,
    leftDescriptors: [...inflect(ADJECTIVE_STEMS, CASE_ENDINGS), ...NOUN_FORMS.map((n) => n.toLowerCase()), 'информационное', 'гос', 'телеграфное'],
    determiners: [],
    // A national edition names its country after the outlet: "Sputnik Армения", "«Sputnik Беларусь»".
    rightDescriptors: [
      'армения',
      'азербайджан',
      'беларусь',
      'грузия',
      'казахстан',
      'молдова',
      'абхазия',
      'кыргызстан',
      'таджикистан',
      'узбекистан',
      'латвия',
      'литва',
      'эстония',
    ],
    genericReference: new RegExp(
      `${WORD_START}(?:(?:${alternation(inflect(STATE_STEMS, CASE_ENDINGS))})\\s+(?:(?:${alternation(inflect(NATIONALITY_STEMS, CASE_ENDINGS))})\\s+)?(?:${alternation(GENERIC_HEADS)})|` +
        `(?:(?:${alternation(inflect(NATIONALITY_STEMS, CASE_ENDINGS))})\\s+)?(?:госСМИ|госТВ|госмедиа|гостелевидени[еяюм]|гостелеканал\\p{L}*|госагентств\\p{L}*)|` +
        `(?:${alternation(inflect(['подконтрольн'], CASE_ENDINGS))})\\s+(?:Кремлю|властям|государству|режиму)\\s+(?:${alternation(GENERIC_HEADS)})|` +
        // North Korea has no media but the state's: "северокорейские СМИ" are state media.
        `(?:${alternation(inflect(['северокорейск'], CASE_ENDINGS))})\\s+(?:СМИ|медиа|пресса|прессы|прессе|прессу|телевидени[еяюм]))${WORD_END}`,
      'giu',
    ),
    backReference: new RegExp(
      `${WORD_START}(агентств(?:о|а|у|ом|е)|телеканал(?:|а|у|ом|е)|издани(?:е|я|ю|ем)|газет(?:а|ы|е|у|ой)|радиостанци(?:я|и|ю|ей)|телекомпани(?:я|и|ю|ей))${WORD_END}(?!\\s*[«"„“])`,
      'giu',
    ),
    familyOf,
  },
  quotes: {
    // "Интервью с Иваном Петровым": the answers are the person interviewed's.
    interview: {
      signal: /(?:интервью|беседа с|беседовал)/iu,
      header: /(?:^|\n)[^\n]{0,80}?(?:(?:[Ии]нтервью|[Бб]еседа) с )(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de |del |von |van |le |la )?\p{Lu}[\p{L}'’-]+){1,3})/u,
    },
    reportingVerbs: [
      ...VERBS,
      ...SPEECH_FORMS,
      ...SAY_PAST,
      'комментирует',
      'просит',
      'требует',
      'замечает',
      'оценивает',
      'настаивает',
      'говорит',
      'говорится',
      'считает',
      'поясняет',
      'признает',
      'признаёт',
      'напоминает',
      'объясняет',
      'предупреждает',
      'говорят',
      'сказано',
      ...SPEECH_GERUNDS,
      ...CONVICTION_ADJECTIVES,
      ...SHOUT_FORMS,
    ],
    auxiliaries: [],
    pronouns: { он: 'he', она: 'she', они: 'they', мы: 'we', я: 'i', тот: 'he', та: 'she' },
    // Genitive complements of a role ("министр иностранных дел", "пресс-секретарь президента") stay in the speaker's phrase.
    nounPhraseWords: [
      'его',
      'ее',
      'её',
      'их',
      'бывший',
      'бывшая',
      'новый',
      'пресс-секретарь',
      'официальный',
      'глава',
      'замглавы',
      'первый',
      'российский',
      'американский',
      'иностранных',
      'внутренних',
      'дел',
      'обороны',
      'финансов',
      'экономики',
      'юстиции',
      'здравоохранения',
      'энергетики',
      'развития',
      'президента',
      'правительства',
      'кремля',
      'мид',
      'рф',
      'россии',
      'страны',
      'республики',
      'государственной',
      'думы',
      'совета',
      'безопасности',
      'федерации',
      'генерального',
      'штаба',
      'министра',
      'министерства',
      'официальный',
      'постоянный',
      'представитель',
      'оон',
      'главы',
      'губернатора',
      'мэра',
      'ведомства',
      'министерства',
      'администрации',
      'компании',
      'республики',
      ...['государства', 'региона', 'области', 'края', 'города', 'района', 'партии', 'комитета', 'службы', 'пресс-службы', 'управления'],
      ...['департамента', 'фонда', 'банка', 'центробанка', 'организации', 'делегации', 'посольства', 'миссии', 'парламента', 'сената'],
      ...['кабмина', 'правления', 'совбеза', 'генштаба', 'клуба', 'команды', 'движения', 'института', 'университета', 'больницы'],
    ],
    // With their genitive, as "по словам министра", "по словам источника агентства" name the speaker.
    // "Президент России Владимир Путин … Глава государства отметил …": another name for the office names the same person.
    roleFamilies: [
      ['президент', 'глава государства', 'главы государства'],
      ['премьер-министр', 'премьер', 'глава правительства', 'главы правительства'],
    ],
    roles: withGenitives(ROLE_NOUNS),
    genderWords: { m: [], f: VOX_POP_ROLES.f },
    // "сенатор-республиканец", "депутат-единоросс": the first part is the role, the second says which.
    roleFirstCompounds: true,
    // "президент США", "пресс-секретарь Путина": a genitive right after the role says whom the role serves.
    roleComplement: { bareGenitive: true, genitiveAdjective: /\p{L}{2,}(?:ого|его)$/u },
    speakingThings: [
      'заявление',
      'заявлением',
      'сообщение',
      'доклад',
      'агентство',
      'министерство',
      'мид',
      'минобороны',
      'правительство',
      'кремль',
      'армия',
      'документ',
      'газета',
      'телеканал',
      'ведомство',
      'пресс-служба',
      'штаб',
      // "Белый дом объяснил …": the White House speaks as an institution.
      'дом',
      // A body's leadership speaks for it ("руководство компании заявило", "руководство ААЦ обвинило премьера в «…»").
      'руководство',
      // Where an institution's words are: "В компании отметили, что …", "— говорится в сообщении".
      'компания',
      'компании',
      'сообщении',
      'заявлении',
      'некролог',
      'некрологе',
      'ведомстве',
      'министерстве',
      'пресс-службе',
      'документе',
      // An outlet whose report speaks, in the genitive after it ("— говорится в сообщении агентства", "в заявлении телеканала").
      'агентства',
      'издания',
      'газеты',
      'телеканала',
      // Bodies whose findings copy gives in their genitive ("по данным следствия", "по информации прокуратуры").
      'следствие',
      'следствия',
      'прокуратура',
      'прокуратуры',
      'полиция',
      'полиции',
      'обвинение',
      'обвинения',
      'ведомства',
      'министерства',
    ],
    // Every case form: a quoted name follows its noun in any case ("филиал агентства «X»", "в компании «Y»").
    nameNouns: [
      ...inflect(['агентств', 'информагентств', 'обществ'], ['о', 'а', 'у', 'ом', 'е']),
      ...inflect(['издани', 'отделени'], ['е', 'я', 'ю', 'ем', 'и']),
      ...inflect(
        ['телеканал', 'холдинг', 'медиахолдинг', 'концерн', 'банк', 'фонд', 'филиал', 'проект', 'журнал', 'портал', 'клуб', 'завод', 'театр'],
        ['', 'а', 'у', 'ом', 'е'],
      ),
      ...inflect(['компани', 'корпораци', 'парти', 'радиостанци', 'телекомпани', 'организаци'], ['я', 'и', 'ю', 'ей']),
      ...inflect(['групп', 'газет'], ['а', 'ы', 'е', 'у', 'ой']),
      ...inflect(['движени'], ['е', 'я', 'ю', 'ем', 'и']),
      // Titles of laws, treaties and operations after their noun ("указ «О мерах …»", "операция «Буря»").
      ...inflect(['указ', 'закон', 'законопроект', 'договор', 'меморандум', 'приказ'], ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']),
      ...inflect(['постановлени', 'соглашени', 'учени', 'распоряжени'], ['е', 'я', 'ю', 'ем', 'и']),
      ...inflect(['операци', 'доктрин', 'концепци', 'резолюци', 'деклараци', 'конвенци', 'стратеги'], ['я', 'и', 'ю', 'ей', 'а', 'ы', 'у', 'ой', 'е']),
      // Companies by their legal form ("АО «…»", "ПАО «…»"), and awards and degrees by their kind ("орденом «За …»",
      // "по специальности «…»"): the name that follows is no speech.
      ...['АО', 'ПАО', 'ООО', 'ЗАО', 'ОАО', 'АНО', 'НКО', 'НПО', 'ФГУП', 'ГУП', 'МУП'],
      // News and publishing houses by their kind's initials ("ИА «Росбалт»", "РИА «Новый регион»", "ИД «Афиша»").
      ...['ИА', 'РИА', 'МИА', 'ИД'],
      ...inflect(['орден'], ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']),
      // National projects and badges of honour by their kind ("нацпроекта «Туризм и …»", "знаком «За заслуги …»"), and the
      // outlet an interview was given to ("в интервью «РБК Спорт»"): the name that follows is no speech.
      ...inflect(['нацпроект', 'знак'], ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']),
      'интервью',
      ...inflect(['медал', 'специальност'], ['ь', 'и', 'ью', 'ей', 'ям', 'ями', 'ях']),
      ...inflect(['преми', 'номинаци'], ['я', 'и', 'ю', 'ей', 'ям', 'ями', 'ях']),
      ...inflect(['звани'], ['е', 'я', 'ю', 'ем', 'и']),
      // A capitalised name right after a reporting verb or a source noun is the outlet speaking ("передает «Украинская
      // правда»", "источники «Зеркала недели»"), not its words: speech after a verb opens with a colon or a dash.
      'сообщает',
      'сообщают',
      'передает',
      'передаёт',
      'пишет',
      'пишут',
      'отмечает',
      'уточняет',
      ...PAST(['сообщил', 'передал', 'написал', 'писал', 'уточнил', 'отметил']),
      ...inflect(['источник', 'собеседник'], ['', 'а', 'и', 'ов', 'ам', 'у']),
      'данным',
      'информации',
    ],
    // A short quote right after a document, plan or regime it names is that name, in lower case too ("соглашение
    // «открытых небес»", "закон «об иноагентах»", "режим «тишины»"), not anyone's words.
    labelNouns: [
      ...inflect(['закон', 'законопроект', 'указ', 'договор', 'план', 'режим', 'формат', 'лозунг', 'слоган', 'хэштег', 'хештег'], ['', 'а', 'у', 'ом', 'е']),
      ...inflect(['соглашени', 'постановлени', 'распоряжени'], ['е', 'я', 'ю', 'ем', 'и']),
      ...inflect(['программ', 'кампани', 'операци'], ['а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей']),
    ],
    // …but a quote in the instrumental after one is what someone calls it ("назвал закон «историческим»").
    labelPredicate: /^\P{L}*\p{L}+(?:ым|им|ой|ей|ою|ею|ом|ем|ами|ями|ыми|ими)(?![\p{L}])/u,
    titles: ['г-н', 'г-жа', 'господин', 'госпожа'],
    rolePlacePrepositions: ['в', 'во', 'из', 'при', 'на'],
    phraseEdgeWords: [
      'и',
      'в',
      'во',
      'на',
      'с',
      'со',
      'по',
      'к',
      'о',
      'об',
      'из',
      'за',
      'от',
      'до',
      'что',
      'как',
      'не',
      'а',
      'но',
      'или',
      'это',
      'же',
      'бы',
      'для',
      'при',
    ],
    // "дал понять": a speech verb in two words, one verb.
    phrasalSpeechVerbs: PHRASAL_SPEECH_VERBS,
    // A past-tense verb carries the speaker's gender ("«…», — добавила."): it stands for "he" or "she".
    proDrop: Object.fromEntries(
      [
        ...VERBS,
        ...PAST(['сказал', 'ответил', 'пояснил', 'признал', 'предупредил', 'призвал', 'спросил', 'объяснил', 'напомнил', 'добавил', 'заключил']),
        ...PAST(['прокомментировал', 'заметил', 'признался', 'потребовал', 'пожаловался', 'настаивал']),
        ...SPEECH_FORMS,
        ...SAY_PAST,
        ...PHRASAL_SPEECH_VERBS,
      ]
        .filter((verb) => /(?:л|ла|лся|лась)(?: \p{L}+)?$/u.test(verb))
        .map((verb) => [verb, /(?:ла|лась)(?: \p{L}+)?$/u.test(verb) ? ('she' as const) : ('he' as const)]),
    ),
    // "В «Транснефти» отметили, что …«…»", "В «X» назвали его «…» и «…»": the words of the body named, up to its quotes.
    // "В МИД России назвали заявление «…»", "В Кремле заявили, что …«…»": a body named without quotes at the sentence's
    // start speaks the same way, when the quote follows closely.
    bodyInQuotes: new RegExp(
      `(?:^|[\\s(])[Вв]о? «([^«»]{1,40})» (?:${alternation(PLURAL_SPEECH)})(?![\\p{L}])(?:[^«».!?]|«[^«»]{1,80}»){0,200}$|` +
        `^[Вв]о? (\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2}) (?:${alternation(PLURAL_SPEECH)})(?![\\p{L}])[^«».!?]{0,80}$`,
      'u',
    ),
    trailingName: true,
    // "Губернатор X в своем Telegram-канале написал": where the words were given, between the subject and its verb.
    placePrepositions: ['в', 'во', 'на'],
    dashIncise: true,
    // "Петров — журналистам: «…»": the plural dative of whom the words were told.
    toldPlural: /(?:ам|ям)$/u,
    // Titles of laws and decrees open with "О"/"Об"/"Обо" and a noun in the prepositional: «О мерах …», «Об утверждении …»,
    // or an adjective in the prepositional before it (every gender and number): «О государственной поддержке …», «Об иных мерах».
    titleOpening: /^\s*(?:О|Об|Обо)\s+\p{L}+(?:ом|ем|ём|е|и|ах|ях|ой|ей|ых|их)(?![\p{L}])/u,
    // Wire copy writes quotes inside quotes straight too, and a mark left over closes only.
    closingOnlyBeforePunctuation: true,
    // «Толпа у стоек «Аэрофлота», чтобы обменять билеты, — рассказала она: the outer closing mark lost after an inner pair.
    inciseAfterComma: new RegExp(`^,\\s*[—–]\\s*(?:${SOURCE_VERBS})(?![\\p{L}])`, 'u'),
    // "— цитирует агентство слова источника": the words are the source's, not the agency's.
    // …and before the quote, the owner of the words, threat or call it carries ("с угрозой Трампа «…»", "привела слова министра: «…»").
    wordsOf: ['слова', 'словами', 'угрозой', 'угрозу', 'угрозы', 'призыв', 'призывом', 'призыва', 'обещание', 'обещанием', 'цитату', 'цитатой'],
    nameGender: russianNameGender,
    notSubject: roleObject,
    nameNominative: russianNominative,
    phraseNominative: russianPhraseNominative,
    // "— цитирует губернатора ТАСС": the one quoted is the object after the verb.
    quotingVerbs: QUOTING_FORMS,
    // "заявил в понедельник министр", "5 мая": a date is never the one who spoke.
    timePhrase: {
      words: [
        ...inflect(['январ', 'феврал', 'апрел', 'июн', 'июл', 'сентябр', 'октябр', 'ноябр', 'декабр'], ['ь', 'я', 'е']),
        ...inflect(['март', 'август'], ['', 'а', 'е']),
        ...['май', 'мая', 'мае'],
        ...['понедельник', 'вторник', 'среду', 'среда', 'четверг', 'пятницу', 'пятница', 'субботу', 'суббота', 'воскресенье'],
      ],
      leads: ['в', 'во', 'с', 'до'],
    },
    // "По его словам, «…»": the view of the person last spoken of.
    opinionPhrases: ['его', 'ее', 'её', 'их'].flatMap((owner) => ['словам', 'мнению', 'оценке', 'убеждению'].map((noun) => `по ${owner} ${noun}`)),
    // "Как заявил Лавров, «…»": "как" and a past reporting verb name the speaker like "по словам".
    creditWords: ['фото'],
    latterPhrases: ['тот', 'та', 'последний', 'последняя'],
    venueNouns: ['эфире', 'эфир', 'студии', 'микрофон'],
    clauseEdges: ['а', 'но', 'тогда как', 'в то время как', 'однако', ';'],
    // "«…». Об этом заявил министр X", "Об этом в интервью ТАСС сообщил X", "Такое заявление сделал X", "С таким
    // заявлением выступил X": the sentence points back to the quote.
    quoteBackInverted:
      /^(?:\. |, [—–-] |[—–-] )?(?:об этом (?:[\p{L}-]+ ){0,4}|(?:такое|это|подобное) заявление |с (?:таким|этим|подобным) заявлением )\p{L}+$/u,
    according: [
      'словам',
      'сообщении',
      'заявлении',
      'утверждению',
      'мнению',
      // "По данным следствия, он «…»": the body whose findings the words are.
      'по данным',
      'по информации',
      'по сведениям',
      'по версии',
      ...PAST(['заявил', 'сказал', 'сообщил', 'отметил', 'подчеркнул', 'пояснил', 'рассказал', 'добавил', 'уточнил', 'написал']).map((verb) => `как ${verb}`),
      'как говорит',
      'как считает',
      'как отмечает',
      'как пишет',
    ],
    // Sentence adverbs and conjunctions, which open a sentence capitalised but never start a name ("Также Захарова
    // отметила" is Захарова's, not "Также Захарова"'s).
    functionWords: ['также', 'тоже', 'однако', 'впрочем', 'кстати', 'причем', 'причём', 'поэтому', 'зато', 'очевидно', 'видимо', 'возможно', 'наконец'],
    // Adverbs between a subject and its verb ("В Кремле тогда заявили", "Министр также отметил").
    verbModifiers: [
      'тогда',
      'также',
      'ранее',
      'уже',
      'еще',
      'ещё',
      'вновь',
      'снова',
      'позже',
      'позднее',
      'затем',
      'тоже',
      'официально',
      'публично',
      'неоднократно',
      // Adverbs of time and manner ("Трамп накануне заявил", "Министр лично подтвердил").
      'накануне',
      'сегодня',
      'вчера',
      'впоследствии',
      'вскоре',
      'сразу',
      'лично',
      'прямо',
      'открыто',
      'прежде',
      // Verbs of beginning before an infinitive of speech ("депутат стал кричать «…»", "жители начали скандировать").
      ...PAST(['стал', 'начал']),
    ],
    // A parenthetical ", пишет агентство," or an opening adverbial ("В понедельник заявил министр") puts the subject after its verb.
    verbSecond: true,
    // A second verb joined to the first shares its subject ("МИД вызвал посла и выразил протест, «…»").
    verbJoins: ['и', 'но', 'а', 'затем'],
    intro: ['в', 'во', 'по', 'после', 'однако', 'также', 'при', 'между', 'тем', 'кроме', 'накануне', 'ранее', 'позже', 'сегодня', 'вчера'],
  },
};
