import { describe, expect, it } from 'vitest';
import type { Finding, QuoteFinding, StateMediaFinding, UnverifiedFinding } from '../../model/finding';
import { analyze } from '../analyze';

// Russian shapes met in real news copy (rbc-news and the real-article corpus), one kind per test.

interface ByLayer {
  'state-media': StateMediaFinding;
  quote: QuoteFinding;
  unverified: UnverifiedFinding;
}

function found<L extends Finding['layer']>(text: string, layer: L): ByLayer[L][] {
  return analyze(text, { language: 'ru' }).filter((finding): finding is ByLayer[L] => finding.layer === layer);
}

describe('Russian outlets', () => {
  it('finds an outlet named in guillemets after its reporting verb', () => {
    const media = found('В Луганске на улице Тараса Шевченко произошел взрыв, сообщает «Луганскинформцентр» со ссылкой на очевидцев.', 'state-media');
    expect(media.map((f) => f.text)).toEqual(['«Луганскинформцентр»']);
  });

  it('finds an outlet in guillemets that is the subject of its verb', () => {
    const media = found('«Российская газета» пишет, что закон вступит в силу с 1 января.', 'state-media');
    expect(media).toMatchObject([{ text: '«Российская газета»', outlet: 'Rossiyskaya Gazeta' }]);
  });

  it('finds the outlet a speaker told, named after the speaker', () => {
    expect(found('«Сроки не изменятся», — сказал министр связи Олег Смирнов радио Sputnik.', 'state-media').map((f) => f.text)).toEqual(['радио Sputnik']);
    expect(found('Об этом рассказал Громов ТАСС в среду.', 'state-media').map((f) => f.text)).toEqual(['ТАСС']);
    expect(found('Об этом рассказал Громов в бюро ТАСС.', 'state-media')).toEqual([]);
  });

  it('finds the state broadcaster\'s radio stations, and "Маяк" only as a radio', () => {
    expect(found('Об этом глава ведомства рассказал в эфире радио «Маяк».', 'state-media')).toMatchObject([{ outlet: 'Mayak', country: 'RU' }]);
    expect(found('Как передает радиостанция «Вести FM», заседание перенесли.', 'state-media')).toMatchObject([{ outlet: 'Vesti FM', country: 'RU' }]);
    expect(found('Производственное объединение «Маяк» сообщило о проверке.', 'state-media')).toEqual([]);
  });

  it('marks the outlet someone shared with or complained to ("поделился с телеканалом X", "пожаловалась ТАСС")', () => {
    expect(found('Губернатор поделился с телеканалом «Звезда» планами на зиму.', 'state-media')).toMatchObject([{ outlet: 'Zvezda' }]);
    expect(found('Фермер пожаловалась ТАСС на засуху.', 'state-media')).toMatchObject([{ outlet: 'TASS' }]);
    expect(found('Губернатор поделился с коллегами из ТАСС планами на зиму.', 'state-media')).toEqual([]);
  });

  it('reads НТВ as the Russian channel, not a namesake abroad', () => {
    const media = found('Об этом сообщил телеканал НТВ в воскресенье вечером.', 'state-media');
    expect(media[0]).toMatchObject({ country: 'RU' });
  });
});

describe('Russian unverified claims', () => {
  it('marks a claim by "утверждают", not a negated one', () => {
    const claim = 'Сторонники соглашения утверждают, что оно стимулирует конкуренцию между авиакомпаниями и в конце концов приведет к удешевлению рейсов.';
    expect(found(claim, 'unverified')).toMatchObject([{ cueKind: 'distancing-frame' }]);
    expect(found('Власти никогда не утверждали, что угроза миновала.', 'unverified')).toEqual([]);
  });

  it('marks accusations and unattributed reports', () => {
    expect(found('Киев обвинил Москву в обстреле жилых кварталов Харькова.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
    expect(found('Как сообщается, на месте взрыва работают спасатели.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
  });
});

describe('Russian quotes and speakers', () => {
  const quotes = (text: string): QuoteFinding[] => found(text, 'quote');

  it('keeps guillemets opened again inside a quote within it', () => {
    const text =
      '«Знаете, есть такое понятие как «внесудебная расправа». На мой взгляд, это тоже расправа, только судебная», — прокомментировал приговор адвокат Мурад Мусаев.';
    expect(quotes(text).map((q) => q.text)).toEqual([text.slice(0, text.indexOf('судебная»') + 'судебная»'.length)]);
  });

  it('finds the speaker after "прокомментировал" with its object between', () => {
    expect(quotes('«Это тоже расправа, только судебная», — прокомментировал приговор Мусаев.')[0]?.speaker).toBe('Мусаев');
  });

  it('takes a plural role with its genitive for the speaker of "попросили"', () => {
    const text =
      'Помощники главы Гагаузии попросили президента применить «весь арсенал дипломатических, политических и правовых механизмов» для давления на власти.';
    expect(quotes(text)[0]?.speaker).toContain('Гагаузии');
  });
});

describe('Russian verbs of speech as whole families', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('reads imperfective presents of the class after a quote ("сетует", "заверяет", "продолжает")', () => {
    expect(speakers('«Денег на ремонт нет», — сетует директор школы Ольга Кравец.')).toEqual(['Ольга Кравец']);
    expect(speakers('«Все идет по плану», — заверяет министр Сергей Волков.')).toEqual(['Сергей Волков']);
  });

  it('reads reflexive verbs of the class in every form ("возмущается", "поделилась", "признались")', () => {
    expect(speakers('«Это провокация», — возмущается депутат Игорь Зотов.')).toEqual(['Игорь Зотов']);
    expect(speakers('«Мы надеемся на лучшее», — поделилась учительница Ольга Кравец.')).toEqual(['Ольга Кравец']);
  });

  it('reads short adjectives of conviction as a verb of speech ("уверен", "согласна")', () => {
    expect(speakers('«Мы не сдадимся», — уверена депутат Анна Белова.')).toEqual(['Анна Белова']);
    expect(speakers('Экономист Павел Громов уверен, что «кризис закончится к весне».')[0]).toContain('Павел Громов');
  });

  it('gives a bare past of the class its gender ("— пообещала.")', () => {
    expect(speakers('Министр Анна Белова приехала в Казань. «Мы все восстановим», — пообещала.')[0]).toContain('Анна Белова');
  });

  it('keeps the gerund of an imperfective verb on the sentence\'s subject ("подчеркивая, что «…»")', () => {
    expect(speakers('Министр Сергей Волков выступил на форуме, подчеркивая, что «сроки не изменятся».')[0]).toContain('Сергей Волков');
  });
});

describe('Russian names after a genitive of another person', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('leaves out whose lawyer or spokesman the speaker is ("адвокат Громова Ольга Белова")', () => {
    expect(speakers('Адвокат Громова Ольга Белова пришла в суд. «Мы будем спорить», — сказала Белова.')).toEqual(['Ольга Белова']);
  });

  it('reads a surname in "-у" after a first name in "-а" as an accusative of "-а" ("Генриха Падву" → "Падва")', () => {
    const text = 'Суд отклонил жалобу, сообщает агентство со ссылкой на адвоката Громова Марка Падву. «Мы обжалуем решение», — заявил Падва.';
    expect(speakers(text)).toEqual(['Марк Падва']);
  });

  it('keeps a three-word name with a patronymic whole', () => {
    expect(speakers('«Работа идет», — сказал Иван Сергеевич Громов.')).toEqual(['Иван Сергеевич Громов']);
  });
});

describe('Russian findings of a body and versions with no one behind them', () => {
  it('gives the words after "по данным X" to X, also a lower-case body in the genitive', () => {
    expect(found('По данным следствия, чиновник «вывел деньги через фирмы-однодневки».', 'quote')[0]?.speaker).toBe('следствия');
    expect(found('По информации МЧС, огонь «удалось локализовать к утру».', 'quote')[0]?.speaker).toBe('МЧС');
  });

  it('marks "по одной из версий" and "по другой версии" as a claim no one stands behind, not "по версии X"', () => {
    expect(found('По одной из версий, склад загорелся из-за короткого замыкания.', 'unverified')).toHaveLength(1);
    expect(found('По другой версии, груз так и не покинул порт.', 'unverified')).toHaveLength(1);
    expect(found('По версии следствия, склад подожгли намеренно.', 'unverified')).toEqual([]);
  });
});

describe('Russian participles of accusation', () => {
  it("marks the participle's phrase up to its comma, not the whole sentence", () => {
    const text = 'Суд арестовал счета фермера Петра Громова, обвиняемого в мошенничестве с субсидиями, сообщает агентство.';
    expect(found(text, 'unverified').map((f) => f.text)).toEqual(['обвиняемого в мошенничестве с субсидиями']);
  });
});

describe('Russian sources of outlets', () => {
  it('marks the outlet whose unnamed source or interlocutor speaks, and the unnamed source', () => {
    const text =
      'Следственная группа выясняет обстоятельства, сообщил источник РБК в правоохранительных органах. По словам источника «РИА Новости», он написал супруге сообщения.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['RBC.ru', 'RIA Novosti']);
    expect(found(text, 'unverified')).toHaveLength(2);
  });

  it('takes "говорится в заявлении X" for X speaking', () => {
    expect(found('«Мы готовы к переговорам», — говорится в заявлении МИД России.', 'quote')[0]?.speaker).toBe('МИД России');
  });

  it('knows a correspondent of the outlet and its dative form', () => {
    const text = 'Об этом министр рассказал «Известиям». Как передает корреспондент РИА Новости, на месте работают спасатели.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['Izvestia', 'RIA Novosti']);
  });
});

describe('Russian speakers after the verb or "по словам"', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes the genitive after "по словам" whole', () => {
    const text = 'По словам источника агентства, в Европе задумались о таком варианте, поскольку конфликт «не имеет никаких признаков окончания».';
    expect(speakers(text)[0]).toContain('источника');
  });

  it('finds the subject of a parenthetical verb', () => {
    expect(speakers('Этот шаг, пишет агентство, еще сильнее «переложит бремя поддержки Украины на Европу».')).toEqual(['агентство']);
  });
});

describe('Russian surnames in another case and quoted names', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('resolves a declined surname after "по словам" to the full name given before', () => {
    const text = 'Раненых осмотрел врач Иван Петров. По словам Петрова, «ранения очень тяжелые».';
    expect(speakers(text)).toEqual(['Иван Петров']);
  });

  it('takes an imperfective past ("заявляли") as the cue of a one-word quote', () => {
    expect(found('В Кремле заявляли, что такие угрозы «бесполезны».', 'quote').map((f) => f.text)).toEqual(['«бесполезны»']);
  });

  it('reads a quoted name right after an organisation noun as a name, not a quote', () => {
    const text = 'Министр сообщил, что сотрудники агентства «Новая волна» уволены, и заявил, что компания «в трудном положении».';
    expect(found(text, 'quote').map((f) => f.text)).toEqual(['«в трудном положении»']);
  });

  it('finds a channel whose quoted name is declined ("в эфире «России 1»")', () => {
    expect(found('В эфире «России 1» мэр рассказал о ремонте дороги.', 'state-media')).toMatchObject([{ outlet: 'Rossiya 1' }]);
  });
});

describe('Russian credits, coordinated outlets and named outlets (round 2)', () => {
  it('marks an outlet named right after "Фото:" with no photographer', () => {
    expect(found('Министр выступил на форуме (Фото: РИА Новости) и ответил на вопросы.', 'state-media')).toMatchObject([{ outlet: 'RIA Novosti' }]);
  });

  it('marks both outlets of "сообщают ТАСС и «РИА Новости»" and an imperfective "уточнял ТАСС"', () => {
    const text = 'Об этом сообщают ТАСС и «РИА Новости». Допрос продолжается, уточнял ТАСС.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['TASS', 'RIA Novosti', 'TASS']);
  });

  it('marks the outlet after "цитата по"', () => {
    expect(found('«Мы не уйдем», — заявил священник (цитата по «Sputnik Армения»).', 'state-media')).toMatchObject([{ outlet: 'Sputnik' }]);
  });

  it('reads "издание «X»" as another outlet, not a back-reference to the last state outlet', () => {
    const text = 'Суд начался в понедельник, передает ТАСС. Также об этом сообщает издание «Новый вестник».';
    expect(found(text, 'state-media').map((f) => f.text)).toEqual(['ТАСС']);
  });

  it('reads a capitalised name after a reporting verb or a source noun, and a movement name, as names', () => {
    const text =
      'Обыски прошли утром, передает «Вечерний курьер». Источники «Утренней газеты» не исключили, что дело связано с закупками. Тогда появилось движение «Голос долины».';
    expect(found(text, 'quote')).toEqual([]);
    expect(found(text, 'unverified').map((f) => f.cue)).toEqual(['Источники «Утренней газеты»']);
  });

  it('marks accusations by a neuter subject and across a quoted name', () => {
    expect(found('Руководство клуба обвинило тренера в провале сезона.', 'unverified')).toHaveLength(1);
    expect(found('Следователи обвинили лидера движения «Чистый город» в растрате.', 'unverified')).toHaveLength(1);
  });

  it('marks "по утверждению X" and takes X as the speaker of its short quote', () => {
    const text = 'По утверждению директора Ивана Петрова, бывшие руководители решили «обмануть партнеров».';
    expect(found(text, 'unverified')).toMatchObject([{ cueKind: 'distancing-frame' }]);
    expect(found(text, 'quote')[0]?.speaker).toBe('Иван Петров');
  });
});

describe('Russian anonymous sources, round 3', () => {
  it('marks sources as the bare subject, a senior source and one "знакомый с ходом" a matter', () => {
    expect(found('Решение министра источники связали с кадровыми перестановками.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('Об этом рассказал высокопоставленный источник в правительстве.', 'unverified')).toHaveLength(1);
    expect(found('Так считает источник, знакомый с ходом переговоров.', 'unverified')).toHaveLength(1);
    expect(found('По словам еще одного источника, решение уже принято.', 'unverified')).toHaveLength(1);
  });
});

describe('Russian outlets and speakers, round 3', () => {
  it('marks «Россия 1» after "телеканал", which the context-only name must not cut short', () => {
    expect(found('Об этом сообщил телеканал «Россия 1».', 'state-media').map((f) => f.outlet)).toEqual(['Rossiya 1']);
    expect(found('Об этом сообщил телеканал «Россия-24» в воскресенье.', 'state-media').map((f) => f.outlet)).toEqual(['Rossiya 24']);
  });

  it("takes the holder's name after a role with a genitive", () => {
    const quotes = found('«Мы ничего не меняли», — заявила заместитель пресс-секретаря Белого дома Анна Келли.', 'quote');
    expect(quotes[0]?.speaker).toBe('Анна Келли');
  });

  it('marks a source that withheld its name and information "имеющейся" to no one', () => {
    expect(found('Об этом рассказал не пожелавший назвать своего имени чиновник.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('По имеющейся информации, погибли двое.', 'unverified')).toHaveLength(1);
    expect(found('Согласно источникам издания, сделка сорвалась.', 'unverified')).toHaveLength(1);
  });
});

describe('Russian reports that emerged, round 3', () => {
  it('marks information that appeared with no source, not a new thing that appeared', () => {
    expect(found('В СМИ появилась информация о его отставке.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
    expect(found('По сведениям СМИ, он покинул страну.', 'unverified')).toHaveLength(1);
    expect(found('В Москве появилась новая станция метро.', 'unverified')).toHaveLength(0);
  });
});

describe('Russian unverified claims, round 4', () => {
  it('marks sources named after their verb, people "знакомые с" a matter and sources "по сведениям"', () => {
    expect(found('Сделка сорвалась, говорят источники.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('Завод закроют, сообщили два источника.', 'unverified')).toHaveLength(1);
    expect(found('По словам людей, знакомых с планами компании, завод закроют.', 'unverified')).toHaveLength(1);
    expect(found('По сведениям источников, завод закроют.', 'unverified')).toHaveLength(1);
    expect(found('Завод закроют, говорят рабочие.', 'unverified')).toEqual([]);
  });

  it('marks claims made without evidence and reports that could not be checked', () => {
    expect(found('Мэр заявил о саботаже, однако доказательств не представил.', 'unverified')).toMatchObject([{ cueKind: 'non-verification' }]);
    expect(found('Полиция обвинила водителя, не предоставив доказательств.', 'unverified')).toHaveLength(1);
    expect(found('Эти сведения невозможно проверить.', 'unverified')).toHaveLength(1);
    expect(found('Снимки появились в сети, но проверить их подлинность не удалось.', 'unverified')).toHaveLength(1);
    expect(found('Официального подтверждения этому пока нет.', 'unverified')).toHaveLength(1);
  });

  it('ends a sentence at a bare web address the page ran into the story', () => {
    const text = 'Мэр утверждает, что не знал о плане. city.news Ремонт дороги закончат в мае.';
    expect(found(text, 'unverified').map((f) => f.text)).toEqual(['Мэр утверждает, что не знал о плане.']);
  });
});

describe('Russian outlets, round 4', () => {
  it('keeps both guillemets of a quoted outlet name in its span', () => {
    expect(found('Об этом сообщил телеканал «Звезда».', 'state-media').map((f) => f.text)).toEqual(['телеканал «Звезда»']);
    expect(found('Как пишут «Известия», мост откроют в мае.', 'state-media').map((f) => f.text)).toEqual(['«Известия»']);
  });

  it('takes the words before a name in guillemets into its phrase, and a party paper', () => {
    expect(found('Об этом пишет партийная газета «Нодон синмун».', 'state-media')).toMatchObject([
      { text: 'партийная газета «Нодон синмун»', outlet: 'Rodong Sinmun' },
    ]);
    expect(found('Снимки показали северокорейские СМИ.', 'state-media').map((f) => f.text)).toEqual(['северокорейские СМИ']);
  });

  it('marks an outlet whose Telegram channel is the source', () => {
    expect(found('Об этом говорится в Telegram-канале РИА Новости.', 'state-media')).toMatchObject([{ outlet: 'RIA Novosti' }]);
  });

  it('marks an outlet given an interview or that something "стало известно"', () => {
    expect(found('Мэр дал интервью «Российской газете».', 'state-media')).toMatchObject([{ outlet: 'Rossiyskaya Gazeta' }]);
    expect(found('Об этом стало известно ТАСС.', 'state-media')).toMatchObject([{ outlet: 'TASS' }]);
  });
});

describe('Russian speakers, round 4', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('resolves "она" to the last woman named, not the man named after her', () => {
    const text = 'Мэр Ольга Белова встретилась с Иваном Сидоровым. «Дорогу откроют в мае», — сказала она.';
    expect(speakers(text)[0]).toMatch(/Ольга Белова$/);
    expect(speakers('Мэр Иван Сидоров встретился с Ольгой Беловой. «Дорогу откроют в мае», — сказала она.')).toEqual(['Ольга Белова']);
  });

  it('gives a name first met in another case in the nominative', () => {
    expect(speakers('По словам директора завода Петра Громова, цех «будет работать круглосуточно».')[0]).toMatch(/^Петр Громов(?: \(|$)/);
    expect(speakers('По словам судьи Анны Кравцовой, дело «рассмотрят до конца года».')[0]).toMatch(/^Анна Кравцова(?: \(|$)/);
  });

  it('reads the subject across an adverb before its verb ("В министерстве тогда заявили")', () => {
    expect(speakers('В городском Минздраве тогда заявили, что блогеры распространяют «заведомо ложные сведения».')).toEqual(['Минздраве']);
  });

  it('takes a plural role in the genitive after "по словам" for the speakers', () => {
    expect(speakers('По словам очевидцев, у здания «стояли три машины».')).toEqual(['очевидцев']);
  });

  it('reads the title of a law right after its noun as a title, not a quote', () => {
    expect(found('Президент подписал закон «О местных дорогах», заявил министр.', 'quote')).toEqual([]);
    expect(found('Министр назвал закон «историческим».', 'quote')).toHaveLength(1);
  });

  it('lets "Белый дом" speak as an institution', () => {
    expect(speakers('Белый дом объяснил задержку «плановой проверкой».')).toEqual(['Белый дом']);
  });

  it('takes the subject of "как заявил X," for the speaker of the quote after it', () => {
    expect(speakers('Мэр Иван Сидоров посетил стройку. Как заявил Сидоров, мост «откроют в срок».')).toEqual(['Иван Сидоров']);
  });
});

describe('Russian institutions as speakers, round 9', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes "в компании" before an impersonal verb as the speaker of a short quote', () => {
    expect(speakers('В компании отметили, что новый цех работает «без перебоев».')).toEqual(['компании']);
  });

  it('takes the statement of "говорится в сообщении" as the speaker', () => {
    expect(speakers('«Работы на участке продолжаются», — говорится в сообщении.')).toEqual(['сообщении']);
  });
});

describe('Russian anonymous sources of a named outlet, round 9', () => {
  it('marks "Источник <outlet> в …" at the start of a sentence, not a place in the genitive', () => {
    expect(found('Источник РБК в мэрии сообщил, что проверка продолжается.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('Источник Москвы в беде не оставит.', 'unverified')).toEqual([]);
  });
});

describe('Russian titles of laws and decrees, round 9', () => {
  it('reads a long title opening with "О"/"Об" after its document noun as a title, not a quote', () => {
    expect(found('Премьер подписал постановление «Об утверждении порядка выдачи разрешений на строительство малых портов».', 'quote')).toEqual([]);
    expect(found('Директор сказал: «Об этом мы узнали только вчера, когда пришли документы».', 'quote')).toHaveLength(1);
  });
});

describe('Russian national editions of an outlet, round 9', () => {
  it('keeps the edition country in the outlet span', () => {
    expect(found('Закон приняли во втором чтении, передает «Sputnik Молдова».', 'state-media').map((f) => f.text)).toEqual(['Sputnik Молдова']);
  });
});

describe('Russian outlets after a gerund of speech, round 9', () => {
  it('takes the outlet after "комментируя" as a source', () => {
    expect(found('Сенатор, комментируя ТАСС итоги голосования, сказал, что доволен.', 'state-media').map((f) => f.text)).toEqual(['ТАСС']);
  });
});

describe('Russian roles before names, round 10', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((q) => q.speaker);

  it('resolves a bare role to the person the article named with it, not to the last speaker', () => {
    const text =
      '«Все решения приняты заранее», — сказал губернатор Олег Смирнов. Причины ясны давно, считает политолог Иван Петров. «Это было понятно с самого начала», — отметил политолог.';
    expect(speakers(text)[1]).toContain('Иван Петров');
  });

  it('does not give an unnamed official the name of the last speaker', () => {
    const text = '«Все решения приняты заранее», — сказал губернатор Олег Смирнов. «Он точно пойдет свидетелем по делу», — говорит федеральный чиновник.';
    expect(speakers(text)[1]).not.toContain('Смирнов');
  });
});

describe('Russian verbs of speech and opinion in every form, round 10', () => {
  it('takes any present or past form of a listed verb as the cue ("полагает", "допустила")', () => {
    const speaker = (text: string): string | undefined => found(text, 'quote')[0]?.speaker;
    expect(speaker('«Это было понятно с самого начала», — полагает Иван Петров.')).toBe('Иван Петров');
    expect(speaker('Анна Орлова допустила, что дело вернут на «дополнительное расследование».')).toBe('Анна Орлова');
  });
});

describe('Russian pronouns after a sentence that closes on its speaker, round 10', () => {
  it('resolves "он" to the person named after the verb that ends the sentence before', () => {
    const speaker = (text: string): string | undefined => found(text, 'quote')[0]?.speaker;
    const text =
      'Министр Олег Смирнов ушел в отставку в понедельник. Его уход связан с делом о растрате, считает политолог Иван Петров. «Это было видно давно и всем понятно», — добавляет он.';
    expect(speaker(text)).toBe('Иван Петров');
    const declined =
      'Отставка Олега Смирнова связана с делом о растрате, считает политолог Иван Петров. «Это было видно давно и всем понятно», — объясняет он.';
    expect(speaker(declined)).toBe('Иван Петров');
  });
});

describe('Russian sources of an outlet and counted sources, round 10', () => {
  it('marks sources of a named outlet wherever the verb is, and sources counted or set against one another', () => {
    expect(found('Источники ТАСС еще весной говорили, что сделка сорвется.', 'unverified')).toHaveLength(1);
    expect(found('Два других источника «Коммерсанта» сомневаются в этом.', 'unverified')).toHaveLength(1);
    expect(found('Один из источников предположил, что решение отложат до осени.', 'unverified')).toHaveLength(1);
    expect(found('При этом, по оценке источников, сроки сдвинутся на год.', 'unverified')).toHaveLength(1);
  });

  it('does not mark a source of money or energy', () => {
    expect(found('Другой источник финансирования проекта — федеральный бюджет.', 'unverified')).toEqual([]);
  });
});

describe('Russian sentence adverbs before a name, round 10', () => {
  it('does not take a capitalised sentence adverb for a first name ("Также Волкова")', () => {
    const speakers = found('Также Волкова отметила, что проект «нужно довести до конца».', 'quote').map((q) => q.speaker);
    expect(speakers).toEqual(['Волкова']);
  });
});

describe('Russian names after a legal form or an award, round 10', () => {
  it('reads a name after "АО", "орденом" or "по специальности" as a name, not a quote', () => {
    expect(found('Деньги получило АО «Северная строительная компания региона».', 'quote')).toEqual([]);
    expect(found('Артиста наградили орденом «За вклад в развитие культуры».', 'quote')).toEqual([]);
    expect(found('Он окончил институт по специальности «Прикладная математика и информатика».', 'quote')).toEqual([]);
  });
});

describe('Russian adverbs of time between a subject and its verb, round 10', () => {
  it('reads the subject across "накануне" or "вчера" before its verb', () => {
    const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((q) => q.speaker);
    expect(speakers('Смирнов накануне заявил, что рассчитывает на «быстрое решение».')).toEqual(['Смирнов']);
    expect(speakers('Губернатор вчера пообещал «разобраться во всем лично».')).toEqual(['Губернатор']);
  });
});

describe('Russian outlets cited by a gerund or told directly, round 12', () => {
  it('takes the outlet after "ссылаясь на" or "сославшись на" as a source', () => {
    expect(found('Ссылаясь на ТАСС, портал пишет о новом назначении.', 'state-media').map((f) => f.text)).toEqual(['ТАСС']);
    expect(found('Портал пишет о наводнении, сославшись на данные агентства Синьхуа.', 'state-media').map((f) => f.text)).toEqual(['агентства Синьхуа']);
  });

  it('takes the outlet right after a verb of telling as the one told', () => {
    expect(found('Министр сказал ТАСС, что визит отложен.', 'state-media').map((f) => f.text)).toEqual(['ТАСС']);
    expect(found('Как пояснил РИА Новости глава района, мост откроют летом.', 'state-media').map((f) => f.text)).toEqual(['РИА Новости']);
  });
});

describe('Russian accusations by participle and past unattributed reports, round 12', () => {
  it('marks "обвиняемого в", "подозреваемого в", not the defendant in court', () => {
    expect(found('Полиция задержала мужчину, подозреваемого в поджоге склада.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
    expect(found('Суд арестовал дом банкира, обвиняемого в растрате.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
    expect(found('Обвиняемый в суде свою вину не признал.', 'unverified')).toEqual([]);
    expect(found('Он не являлся подозреваемым в рамках этого дела.', 'unverified')).toEqual([]);
  });

  it('marks an agentless "сообщалось, что", not the recap "как сообщалось" or "ранее сообщалось"', () => {
    expect(found('Также сообщалось, что рабочие получат компенсацию.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
    expect(found('Как сообщалось, завод закрыли в марте.', 'unverified')).toEqual([]);
    expect(found('Ранее сообщалось, что завод закрыли в марте.', 'unverified')).toEqual([]);
  });
});

describe('Russian wire copy with straight quotes inside straight quotes, round 12', () => {
  it('keeps an inner straight-quoted name inside the quote and opens nothing at a mark left over', () => {
    const text = '"Склад на улице "Заводская" сгорел дотла", - сказал пожарный Олег Смирнов. По версии обвинения, он продал склад". С марта он в розыске.';
    expect(found(text, 'quote').map((q) => q.text)).toEqual(['"Склад на улице "Заводская" сгорел дотла"']);
  });

  it('gives the quote to the owner of the words an outlet quotes ("цитирует агентство слова X")', () => {
    const text = '"Мост закроют на ремонт", - цитирует агентство слова высокопоставленного источника.';
    expect(found(text, 'quote')[0]?.speaker).toMatch(/источник/);
  });
});

describe('Russian news and publishing houses by initials, round 12', () => {
  it('reads a quoted name after "ИА", "РИА" or "ИД" as a name, not a quote', () => {
    expect(found('Об этом ИА "Заречье" сообщили в пресс-службе мэрии.', 'quote')).toEqual([]);
    expect(found('Об этом ИД «Вечерний город» сообщили в пресс-службе холдинга.', 'quote')).toEqual([]);
  });
});

describe('Russian outlets in straight quotes and other cases, round 13', () => {
  it('keeps the quoted part and the noun of a name in straight quotes', () => {
    expect(found('Как передает РИА "Новости", мост откроют в мае.', 'state-media')).toMatchObject([{ text: 'РИА "Новости"', outlet: 'RIA Novosti' }]);
    expect(found('По данным газеты "Известия", мост откроют в мае.', 'state-media')).toMatchObject([{ text: 'газеты "Известия"', outlet: 'Izvestia' }]);
  });

  it('finds "телеканал «Россия»" in any case and any quotes when the story is Russian', () => {
    const dative = found('Мэр Москвы сказал в интервью телеканалу «Россия», что мост откроют в мае.', 'state-media');
    expect(dative).toMatchObject([{ text: 'телеканалу «Россия»', outlet: 'Rossiya 1' }]);
    const straight = found('Мэр Москвы сказал, что мост откроют в мае, сообщил телеканал "Россия".', 'state-media');
    expect(straight).toMatchObject([{ text: 'телеканал "Россия"', outlet: 'Rossiya 1' }]);
  });

  it('does not read "РИА" before another name as RIA Novosti', () => {
    expect(found('Мост откроют в мае, сообщает РИА "Заречье".', 'state-media')).toEqual([]);
    expect(found('Мост откроют в мае, сообщает РИА Заречье.', 'state-media')).toEqual([]);
    expect(found('Мост откроют в мае, сообщает РИА.', 'state-media')).toMatchObject([{ outlet: 'RIA Novosti' }]);
    expect(found('Фото: РИА Новости Полицейские стоят у здания суда.', 'state-media')).toMatchObject([{ outlet: 'RIA Novosti' }]);
  });
});

describe('Quoted outlet names are names, not speech, round 13', () => {
  it('does not mark an outlet named in quotes as a quote', () => {
    const text = 'Мэр Москвы рассказал "Первому каналу" о планах, а позже сказал радио «Комсомольская правда», что мост откроют.';
    expect(found(text, 'quote')).toEqual([]);
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['Channel One', 'Komsomolskaya Pravda']);
  });
});

describe('Russian newspaper names in every case, round 13', () => {
  it('finds an adjective-and-noun newspaper name in the accusative and instrumental', () => {
    const acc = found('Мост в Москве откроют в мае, сообщает ТАСС со ссылкой на «Российскую газету».', 'state-media');
    expect(acc.map((f) => f.outlet)).toEqual(['TASS', 'Rossiyskaya Gazeta']);
    expect(found('Мост в Москве откроют в мае, со ссылкой на Комсомольскую правду пишет ТАСС.', 'state-media').map((f) => f.outlet)).toContain(
      'Komsomolskaya Pravda',
    );
  });
});

describe('Russian names of documents and regimes in quotes, round 15', () => {
  it('takes a short lower-case quote after a document or regime noun for its name', () => {
    const text = 'Депутаты одобрили закон «о тишине», а стороны продлили режим "прекращения огня" и подписали соглашение «чистого неба».';
    expect(found(text, 'quote')).toEqual([]);
  });

  it('still reads a short quote after a verb as speech', () => {
    expect(found('Министр назвал решение «большой ошибкой».', 'quote')).toHaveLength(1);
  });
});

describe('Russian subject after the outlet the words were told to, round 15', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('passes over a quoted outlet in the dative or with "с" and its noun', () => {
    const text =
      'Мост откроют весной. «Работы идут по графику», — рассказал «Известиям» депутат Иван Петров. «Мы ждем денег», — поделился с телеканалом «Звезда» министр Олег Смирнов.';
    expect(speakers(text)).toEqual(['Иван Петров', 'Олег Смирнов']);
  });

  it('passes over an outlet named before a lower-case role', () => {
    expect(speakers('Мост откроют весной. «Денег пока нет», — сказал ТАСС источник в мэрии.')[0]).toMatch(/^источник/);
  });
});

describe('Russian quotes of a withheld source, round 16', () => {
  it('marks a quote and its attribution when the dash incise names a withheld source, or another of them', () => {
    const claims = found('Завод закрыт. «Спрос упал вдвое», — пояснил собеседник. «Склады полны», — добавил другой.', 'unverified');
    expect(claims.map((f) => f.text)).toEqual(['«Спрос упал вдвое», — пояснил собеседник.', '«Склады полны», — добавил другой.']);
  });

  it('keeps a question inside the quote in the same claim', () => {
    const claims = found('Завод закрыт. «А что делать? Никто не знает», — сказал один собеседник газеты.', 'unverified');
    expect(claims.map((f) => f.text)).toEqual(['«А что делать? Никто не знает», — сказал один собеседник газеты.']);
  });

  it('leaves a named speaker alone', () => {
    expect(found('Завод закрыт. «Спрос упал вдвое», — пояснил министр Иван Петров.', 'unverified')).toEqual([]);
  });
});

describe('Russian withheld sources after any verb of saying, round 16', () => {
  it('marks a source after a singular verb, after "ещё" or in the plural of "по словам"', () => {
    expect(found('Это связано с налогами, пояснил собеседник.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('Все решено, сказала РБК одна собеседница.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('Сделка сорвалась, сказал источник ещё в одном банке.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('По словам источников, сделка сорвалась.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
  });

  it('leaves a source of money alone', () => {
    expect(found('Министр назвал источник финансирования проекта.', 'unverified')).toEqual([]);
  });
});

describe('Russian titles of laws joined by "и", round 16', () => {
  it('takes a second title joined to one after a plural document noun for a name, with an adjective after "О"', () => {
    const quotes = found('Поправки в законы «О связи» и «О государственной поддержке кино» приняли в среду.', 'quote');
    expect(quotes).toEqual([]);
  });

  it('keeps speech after "и" when no document noun comes before', () => {
    const quotes = found('Министр сказал «нет» и «никогда больше не повторится такое», — добавил он.', 'quote');
    expect(quotes.length).toBeGreaterThan(0);
  });
});

describe('Russian dash incise at the end of a sentence with two quotes, round 16', () => {
  it('gives the earlier quote of the sentence the speaker the incise names', () => {
    const quotes = found(
      'Сроки сжаты, а заводы «почти всегда работают в последний момент», поэтому ведомство «шло навстречу и принимало документы заранее», — говорит глава союза.',
      'quote',
    );
    expect(quotes.map((f) => f.speaker)).toEqual(['глава', 'глава']);
  });
});

describe('Russian charges brought are no accusation, round 16', () => {
  it('leaves a charge that was brought alone, and still marks an accusation', () => {
    expect(found('Обвинения по трём статьям были предъявлены директору в мае.', 'unverified')).toEqual([]);
    expect(found('Ему предъявлено обвинение в мошенничестве.', 'unverified')).toEqual([]);
    expect(found('Киев обвинил Москву в обстреле.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
  });
});

describe('Russian names after a genitive place and with a fleeting vowel, round 16', () => {
  it('drops a genitive place before the name and restores a fleeting vowel', () => {
    const quotes = found('Об этом сказал советник при посольстве Франции Петра Кравца. Он сказал, что сделка «почти сорвана».', 'quote');
    expect(quotes.map((f) => f.speaker)).toEqual(['Петр Кравец']);
  });

  it('keeps a foreign surname in -ц after н, р or л', () => {
    expect(found('«Это плохо», — сказал Олег Шульц.', 'quote').map((f) => f.speaker)).toEqual(['Олег Шульц']);
  });
});

describe('Russian role with its place before the verb, round 16', () => {
  it('takes "источник в …" before the verb for the speaker, though the place is no speaker', () => {
    const quotes = found('Ещё один источник в крупной сети утверждает, что дело в «нехватке людей на складах».', 'quote');
    expect(quotes.map((f) => f.speaker)).toEqual(['источник в крупной сети']);
  });
});

describe('Russian picture credit run into the line before it, round 16', () => {
  it('ends the claim of an unpunctuated line before the credit', () => {
    const claims = found('Источники РБК пояснили, что это связано с налогами Фото: Иван Петров / ТАСС Цены выросли вдвое.', 'unverified');
    expect(claims.map((f) => f.text)).toEqual(['Источники РБК пояснили, что это связано с налогами']);
  });
});

describe('Russian body named in quotes where the words were said, round 16', () => {
  it('gives the quotes to the body, short ones too', () => {
    const quotes = found('Директор ушел в среду. В «Росстрое» назвали его «честным человеком» и «сильным лидером».', 'quote');
    expect(quotes.map((f) => f.speaker)).toEqual(['Росстрое', 'Росстрое']);
    const said = found('В «Мосгазе» заявили, что «ремонт сетей займет не меньше трех месяцев».', 'quote');
    expect(said.map((f) => f.speaker)).toEqual(['Мосгазе']);
  });
});

describe('Russian withheld source after a question closing the quote, round 16', () => {
  it('keeps the quote and the incise after its question mark in one claim', () => {
    const claims = found('Завод закрыт. «А что делать? Кто виноват?» — сказал один собеседник РБК.', 'unverified');
    expect(claims.map((f) => f.text)).toEqual(['«А что делать? Кто виноват?» — сказал один собеседник РБК.']);
  });
});

describe('Russian caption with a bracketed credit between a lede and the story, round 18', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('ends the lede before the caption and opens the story after the credit', () => {
    expect(claims('Завод закрыт Директор завода (Фото: Анна Белова / РИА Новости) По неподтвержденным данным, рабочие не получали зарплату.')).toEqual([
      'По неподтвержденным данным, рабочие не получали зарплату.',
    ]);
    expect(claims('Как утверждают источники, сделка сорвалась Офис банка (Фото: Олег Сидоров / ТАСС) Совет директоров соберется в пятницу.')).toEqual([
      'Как утверждают источники, сделка сорвалась Офис банка',
    ]);
    expect(claims('Мэр ушел в отставку Мэр города (слева) (Фото: Reuters) Мэр якобы получил предложение из министерства.')).toEqual([
      'Мэр якобы получил предложение из министерства.',
    ]);
    expect(claims('Цены снова выросли Рынок в Казани (Фотография: Иван Орлов / Коммерсантъ) Торговцы, как сообщается, подняли наценки.')).toEqual([
      'Торговцы, как сообщается, подняли наценки.',
    ]);
    expect(claims('Армия предположительно отступила Колонна техники (Кадр: видео Минобороны) В городе тихо.')).toEqual([
      'Армия предположительно отступила Колонна техники',
    ]);
  });

  it('breaks nothing at a credit inside a sentence or at a bracket that is no credit', () => {
    const credited = 'Министр выступил на форуме (Фото: ТАСС) и ответил на вопросы, но проверить это не удалось.';
    expect(claims(credited)).toEqual([credited]);
    expect(claims('Сделка якобы сорвалась (по словам юристов) Компания это отрицает.')).toEqual([
      'Сделка якобы сорвалась (по словам юристов) Компания это отрицает.',
    ]);
  });
});

describe('Russian outlets given a comment or carrying a text, round 18', () => {
  const outlets = (text: string): (string | undefined)[] => found(text, 'state-media').map((f) => f.outlet);

  it('marks the outlet a comment went to, the outlet that carries words, and the outlet whose text "говорится в"', () => {
    expect(outlets('В комментарии ТАСС губернатор пообещал восстановить мост до зимы.')).toEqual(['TASS']);
    expect(outlets('В комментариях для РИА Новости депутат назвал решение поспешным.')).toEqual(['RIA Novosti']);
    expect(outlets('«Мы ждем ответа из Брюсселя», — приводит слова посла «Российская газета».')).toEqual(['Rossiyskaya Gazeta']);
    expect(outlets('Поставки возобновятся в марте, цитирует заявление компании ТАСС.')).toEqual(['TASS']);
    expect(outlets('«Сбор урожая завершен», — говорится в заметке агентства Синьхуа.')).toEqual(['Xinhua']);
    expect(outlets('Об этом сказано в сюжете «Первого канала».')).toEqual(['Channel One']);
  });

  it('marks nothing when no outlet follows the frame', () => {
    expect(outlets('В комментарии к посту фермер написал, что урожай погиб.')).toEqual([]);
    expect(outlets('Об этом говорится в письме, которое получила редакция.')).toEqual([]);
  });
});

describe('Russian arrests and trials on a charge, round 18', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('marks the charge or suspicion an arrest or a trial rests on, up to its comma', () => {
    expect(claims('Бизнесмен был задержан в аэропорту по подозрению в уклонении от налогов, сообщил суд.')).toEqual(['по подозрению в уклонении от налогов']);
    expect(claims('Трех офицеров осудили по обвинениям в превышении полномочий.')).toEqual(['по обвинениям в превышении полномочий']);
    expect(claims('Блогера арестовали по обвинению в распространении ложной информации, после чего канал закрыли.')).toEqual([
      'по обвинению в распространении ложной информации',
    ]);
    expect(claims('Мэра отстранили от должности по подозрению в получении взятки.')).toHaveLength(1);
    expect(claims('В Сочи по подозрению в мошенничестве задержаны двое сотрудников банка.')).toHaveLength(1);
  });

  it('marks no detention that was on no charge, nor the prosecution as a side', () => {
    expect(claims('Его задержали не по подозрению в краже, а как свидетеля.')).toEqual([]);
    expect(claims('Выступая по обвинению, прокурор попросил восемь лет.')).toEqual([]);
  });
});

describe('Russian verbs of judging and of shouting, round 18', () => {
  const quotes = (text: string): [string, string | undefined][] => found(text, 'quote').map((f) => [f.text, f.speaker]);

  it('takes a judged predicate and shouted words as the subject\'s quote, also after "стал"/"начали"', () => {
    expect(quotes('Профсоюз счел решение «издевательством над рабочими».')).toEqual([['«издевательством над рабочими»', 'Профсоюз']]);
    expect(quotes('Министр расценила отказ как «недружественный шаг».')).toEqual([['«недружественный шаг»', 'Министр']]);
    expect(quotes('Губернатор посчитал проект «пустой тратой денег».')).toEqual([['«пустой тратой денег»', 'Губернатор']]);
    expect(quotes('Болельщики стали скандировать «Судью на мыло!».')).toEqual([['«Судью на мыло!»', 'Болельщики']]);
    expect(quotes('Жители начали кричать «Позор!» у здания администрации.')).toEqual([['«Позор!»', 'Жители']]);
    expect(quotes('Активистка выкрикнула «Свободу политзаключенным!».')).toEqual([['«Свободу политзаключенным!»', 'Активистка']]);
  });

  it('reads names after counting or shouting as names', () => {
    expect(quotes('Кассир посчитал выручку магазина «Пятерочка».')).toEqual([]);
    expect(quotes('Толпа кричала у стадиона «Динамо».')).toEqual([]);
  });
});

describe('Russian roles in the genitive plural, round 18', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes "один из депутатов", "по словам политологов" for the speakers by their role', () => {
    expect(speakers('«Это провал», — сказал один из депутатов.')).toEqual(['депутатов']);
    expect(speakers('Один из дипломатов назвал встречу «бесполезной».')).toEqual(['дипломатов']);
    expect(speakers('По словам политологов, выборы станут «самыми скучными за десятилетие».')).toEqual(['политологов']);
    expect(speakers('«Мы не уйдем», — заявила одна из активистов.')).toEqual(['активистов']);
    expect(speakers('Как отметил один из аналитиков, рынок «перегрет».')).toEqual(['аналитиков']);
  });

  it('finds no quote in a body of that role or a name after it', () => {
    expect(found('Совет министров одобрил план «Север».', 'quote')).toEqual([]);
    expect(found('Зарплаты депутатов выросли, сообщил «Коммерсантъ».', 'quote')).toEqual([]);
  });
});

describe('Russian people named by what they made, own, lead or take part in, round 18', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes "автор", "основатель", "участница", "заместитель", "владелец" for the speaker', () => {
    expect(speakers('«Это лучший шанс», — сказал автор законопроекта.')).toEqual(['автор']);
    expect(speakers('Основатель компании Олег Тиньков заявил, что «банк выживет».')).toEqual(['Олег Тиньков']);
    expect(speakers('«Мы придем снова», — пообещала участница акции.')).toEqual(['участница']);
    expect(speakers('Как рассказал заместитель мэра, работы «почти завершены».')).toEqual(['заместитель мэра']);
    expect(speakers('«Сделка закрыта», — сообщил владелец сети.')).toEqual(['владелец']);
  });

  it('finds no speaker in a title or a name beside such a noun', () => {
    expect(found('Книга «Война и мир» написана автором за шесть лет.', 'quote')).toEqual([]);
    expect(found('Участники клуба «Эрудит» собрались в субботу.', 'quote')).toEqual([]);
  });
});

describe('Russian role in the object case after the verb, and a leadership speaking, round 18', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes the subject before the verb, not the role it accused or named, and lets "руководство" speak', () => {
    expect(speakers('В ответ руководство ААЦ назвало премьера «лжецом».')).toEqual(['ААЦ']);
    expect(speakers('В ответ Иван Петров обвинил министра в «предательстве интересов страны».')).toEqual(['Иван Петров']);
    expect(speakers('В среду губернатор обвинил министра в «полном провале реформы».')).toEqual(['губернатор']);
    expect(speakers('Руководство завода пообещало, что «зарплаты выплатят до конца месяца».')).toEqual(['Руководство']);
    expect(speakers('«Ремонт займет год», — сообщило руководство театра.')).toEqual(['руководство']);
  });

  it('keeps a role after a numeral before the verb, and a nominative role after it, as the subject', () => {
    expect(speakers('Два источника отмечают, что график был расписан «на много недель вперед».')).toEqual(['Два источника']);
    expect(speakers('В понедельник заявил министр, что «все идет по плану».')).toEqual(['министр']);
  });
});

describe('Russian church ranks as roles, round 19', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('resolves a bare church rank to the cleric named with it, not to a name in parentheses', () => {
    expect(speakers('Тогда патриарх Кирилл (в миру Владимир Гундяев) призвал к миру. «Мы молимся за всех», — заявил патриарх.')[0]).toContain('Кирилл');
    expect(speakers('Епископ Николай открыл собор. «Храм открыт для всех», — сказал епископ.')[0]).toContain('Николай');
    expect(speakers('Накануне архиепископ Марк встретился с прихожанами. «Мы не уйдем», — пообещал архиепископ.')[0]).toContain('Марк');
    expect(speakers('В воскресенье митрополит Иларион отслужил литургию. «Мир возможен», — подчеркнул митрополит.')[0]).toContain('Иларион');
    expect(speakers('Настоятель Сергий вышел к журналистам. «Службы продолжатся», — сказал настоятель.')[0]).toContain('Сергий');
  });

  it('gives a cleric no words of another role, nor a name when none was given', () => {
    expect(speakers('Митрополит Иларион приехал в город. «Дороги отремонтируют», — сказал губернатор.')).toEqual(['губернатор']);
    expect(speakers('«Двери храма открыты всегда», — сказал священник.')).toEqual(['священник']);
    expect(speakers('Министр Сергей Волков поздравил патриарха. «Это важный день», — сказал министр.')[0]).toContain('Сергей Волков');
  });
});

describe('Russian chains of coordinated verbs and captions glued to the story, round 19', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('gives a second verb joined by "и", "но", "затем" the subject of the first', () => {
    expect(speakers('МИД Азербайджана вызвал посла России и выразил ему протест из-за рейдов, «в результате которых погибли люди».')[0]).toContain('МИД');
    expect(speakers('Губернатор Иван Петров посетил больницу и пообещал, что ремонт «закончат к зиме».')[0]).toContain('Иван Петров');
    expect(speakers('Посольство Франции получило ноту и затем заявило, что считает обвинения «беспочвенными».')[0]).toContain('Посольство');
    expect(speakers('Министр Сергей Волков провел совещание и назвал итоги года «провальными».')[0]).toContain('Сергей Волков');
    expect(speakers('Премьер Олег Громов уехал в отпуск. Депутаты собрались в зале и потребовали «немедленной отставки» правительства.')).toEqual(['Депутаты']);
  });

  it('keeps the subject of a second clause that names its own', () => {
    expect(speakers('Министр Сергей Волков приехал в Казань, а губернатор назвал визит «историческим».')).toEqual(['губернатор']);
    expect(speakers('Министр Сергей Волков провел совещание, и эксперты назвали итоги «провальными».')).toEqual(['эксперты']);
  });

  it('ends a caption at its picture credit, glued or not, before a story sentence opening with a date or a name', () => {
    const glued = 'Брат бизнесмена Карен у дома в Ереване(Фото: РИА Новости) 24 июня Пашинян опубликовал статью и назвал это «попыткой переворота».';
    expect(speakers(glued)).toEqual(['Пашинян']);
    const spaced = 'Министр Сергей Волков на форуме (Фото: ТАСС) 5 мая губернатор Иван Петров приехал в Казань и назвал визит «историческим».';
    expect(speakers(spaced)[0]).toContain('Иван Петров');
    expect(speakers('Жители у здания суда(Фото: Reuters) Адвокат Ольга Белова вышла к журналистам и заявила, что приговор «незаконен».')[0]).toContain(
      'Ольга Белова',
    );
  });
});

describe('Russian words, threats and calls owned by a genitive right before the quote, round 19', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('gives the quote to the owner of the words, not to whoever published them', () => {
    expect(speakers('CNN опубликовал аудиозапись с угрозой Трампа «разбомбить Москву к чертям».')[0]).toContain('Трамп');
    expect(speakers('Газета привела слова министра Сергея Волкова: «Мы не отступим».')).toEqual(['Сергей Волков']);
    expect(speakers('Телеканал показал видео с призывом губернатора Ивана Петрова «не выходить из домов».')).toEqual(['Иван Петров']);
    expect(speakers('Агентство распространило обещание министра Сергея Волкова «вернуть всех домой».')).toEqual(['Сергей Волков']);
    expect(speakers('Газета опубликовала цитату депутата Анны Беловой: «Закон примут осенью».')).toEqual(['Анна Белова']);
  });

  it('leaves the subject speaking when the words have no owner or stand apart from the quote', () => {
    expect(speakers('Министр повторил слова «все будет хорошо».')).toEqual(['Министр']);
    expect(speakers('Трамп выступил с угрозой в адрес Москвы, заявив, что «санкции последуют».')).toEqual(['Трамп']);
  });
});

describe('Russian reports of an outlet speaking as the outlet, round 19', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('keeps the outlet in the genitive after a report or a correspondent ("в сообщении агентства", "собеседник издания")', () => {
    expect(speakers('В Твери произошел пожар, сообщает агентство «Тверь-Инфо». «Горит склад на окраине», — говорится в сообщении агентства.')[0]).toContain(
      'агентства',
    );
    expect(speakers('«Цены вырастут», — говорится в заявлении агентства.')[0]).toContain('агентства');
    expect(speakers('«Сроки сдвинутся», — сказал собеседник издания.')).toEqual(['собеседник издания']);
    expect(speakers('«Эфир перенесут», — говорится в заявлении телеканала.')[0]).toContain('телеканала');
    expect(speakers('«Тираж вырастет вдвое», — говорится в сообщении газеты.')[0]).toContain('газеты');
  });

  it('gives no outlet the words a named person told it', () => {
    expect(speakers('«Мы против», — сказал Иван Громов агентству.')).toEqual(['Иван Громов']);
    expect(speakers('Иван Громов дал интервью для издания. «Мы против», — сказал Громов.')[0]).toContain('Громов');
  });
});

describe('Russian quote whose closing mark was lost after an inner pair, round 20', () => {
  const quotes = (text: string): string[] => found(text, 'quote').map((f) => f.text);

  it("ends the quote at the author's dash incise, so the quotes after it stand on their own", () => {
    expect(quotes('«Очередь тянулась до выхода «Б», никто ничего не объяснял, — вспоминает пенсионерка. «Было тяжело», — добавила она.')).toEqual([
      '«Очередь тянулась до выхода «Б», никто ничего не объяснял',
      '«Было тяжело»',
    ]);
    expect(quotes('Водитель тоже ждал. «Склад «Восток» закрыли без предупреждения, — сказал он. Потом «все пошло кувырком».')[0]).toBe(
      '«Склад «Восток» закрыли без предупреждения',
    );
    expect(quotes('«Мы звонили в «Горводоканал» трижды, ответа нет, — пояснила жительница дома. Соседи подтверждают это.')).toEqual([
      '«Мы звонили в «Горводоканал» трижды, ответа нет',
    ]);
    expect(quotes('«Билеты в «Мариинский» раскупили за час, — отметил администратор театра Иван Смирнов.')).toEqual([
      '«Билеты в «Мариинский» раскупили за час',
    ]);
    expect(quotes('«Команда «Зари» играла лучше, — признался тренер после матча. «Мы устали», — сказал капитан.')).toEqual([
      '«Команда «Зари» играла лучше',
      '«Мы устали»',
    ]);
  });

  it('gives the speaker of the incise to the quote it closes', () => {
    const [quote] = found('«Автобус «Экспресс» не пришел, мы стояли два часа, — рассказала Ольга Петрова журналистам.', 'quote');
    expect(quote).toMatchObject({ speaker: 'Ольга Петрова' });
  });

  it('keeps a dash inside the words when no verb of saying follows it, and a quote that closes', () => {
    expect(quotes('«Кто без билета «Аэрофлота», — не знаю, что им делать», — сказал он.')).toEqual(['«Кто без билета «Аэрофлота», — не знаю, что им делать»']);
    expect(quotes('«Жители «Южного», — говорил он тогда, — ждут ответа».')).toEqual(['«Жители «Южного», — говорил он тогда, — ждут ответа»']);
    expect(quotes('«Кто без билета «Аэрофлота», — не знаю, что им делать, объявляют каждые пять минут')).toEqual([
      '«Кто без билета «Аэрофлота», — не знаю, что им делать, объявляют каждые пять минут',
    ]);
  });
});

describe('Russian role tied to a named place before its verb, round 20', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('gives the words to the role, not to the place named after it', () => {
    expect(speakers('Один из очевидцев в Шереметьево рассказал, что в зале ожидания «нечем дышать».')[0]).toContain('очевидцев');
    expect(speakers('Источник в Минобороны сообщил, что учения «пройдут по плану».')[0]).toContain('Источник');
    expect(speakers('Один из депутатов в Госдуме сказал, что поправки «нужно переписать целиком».')[0]).toContain('депутатов');
    expect(speakers('Представитель компании в Казани заявил, что завод «работает в штатном режиме».')[0]).not.toContain('Казани');
    expect(speakers('Министр Олег Смирнов в Новосибирске сказал, что мост «откроют осенью».')[0]).toContain('Смирнов');
  });

  it('keeps a body named after "в" as the speaker when no role stands before it', () => {
    expect(speakers('В Росавиации сообщили, что ситуация «полностью управляема».')[0]).toContain('Росавиации');
    expect(speakers('Глава региона Иван Петров заявил, что в Казани «все спокойно».')[0]).toContain('Петров');
  });
});

describe('Russian members of the public quoted in a reportage, round 20', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('names the passenger, the witness or the pensioner who spoke, and resolves "она" to a woman named by role', () => {
    expect(speakers('Другой пассажир сообщил, что в терминале «нет ни воды, ни еды».')[0]).toContain('пассажир');
    expect(speakers('Еще одна очевидица рассказала, что ждет рейс вторые сутки. «Нас никто не кормит», — сказала она.')[0]).toContain('очевидица');
    expect(speakers('Одна пенсионерка пожаловалась, что автобус не пришел. «Стоим уже час», — добавила она.')[0]).toContain('пенсионерка');
    expect(speakers('Один из пассажиров рассказал, что в зале «нет ни одного свободного места».')[0]).toContain('пассажиров');
    expect(speakers('Местный водитель признался, что на трассе «пробка до самого моста».')[0]).toContain('водитель');
  });

  it("does not give a woman's words to a man named by role, nor make a role of a plain noun", () => {
    expect(speakers('Пассажир вышел из зала. Другая очевидица рассказала, что там душно. «Дети плачут», — сказала она.')[0]).toContain('очевидица');
    expect(speakers('Пассажиропоток вырос, сообщили в аэропорту. «Рекорд побит», — говорится в сообщении.')[0]).not.toContain('Пассажиропоток');
  });
});

describe('Russian hyphenated roles headed by their first part, round 20', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('reads "сенатор-республиканец" as a senator, so the name after it speaks, not the outlet told', () => {
    expect(speakers('«Сделка сорвется», — заявила Politico сенатор-демократ Анна Ли.')).toEqual(['Анна Ли']);
    expect(speakers('«Бюджет примут в срок», — сказал ТАСС депутат-единоросс Олег Смирнов.')).toEqual(['Олег Смирнов']);
    expect(speakers('«Потери велики», — рассказал Reuters генерал-майор Иван Кузнецов.')).toEqual(['Иван Кузнецов']);
    expect(speakers('«Нас не услышали», — заявил «Известиям» министр-консультант Петр Орлов.')).toEqual(['Петр Орлов']);
    expect(speakers('«Торги возобновятся», — сообщил CNBC директор-распорядитель Марк Уолш.')).toEqual(['Марк Уолш']);
  });

  it('keeps a hyphenated word whose first part is no role out of the speaker', () => {
    expect(speakers('«Сделка сорвется», — заявил Politico Иван Петров, бизнес-партнер компании.')[0]).toContain('Петров');
    expect(speakers('«Работы идут», — сообщила пресс-служба. Интернет-магазин ответил, что «доставка задержится».')[0]).toContain('пресс-служба');
  });
});

describe('Russian names after a national project, a badge or an interview, round 20', () => {
  const quotes = (text: string): string[] => found(text, 'quote').map((f) => f.text);

  it('reads the quoted words after their kind as a name, not speech', () => {
    expect(quotes('Деньги выделили по нацпроекту «Экология и чистая вода для всех».')).toEqual([]);
    expect(quotes('Проверка касается нацпроекта «Безопасные качественные дороги».')).toEqual([]);
    expect(quotes('Врача наградили знаком «Отличник здравоохранения Российской Федерации».')).toEqual([]);
    expect(quotes('Директор школы удостоен знака «Почетный работник общего образования».')).toEqual([]);
    expect(quotes('Об этом в интервью «Спорт-Экспрессу» рассказал тренер Иван Петров.')).toEqual([]);
  });

  it('keeps speech after a colon or a dash, and a quote in the sentence after the interview', () => {
    expect(quotes('В интервью губернатор сказал: «Дороги отремонтируют к осени».')).toEqual(['«Дороги отремонтируют к осени»']);
    expect(quotes('Министр дал интервью «Известиям». «Мы справимся со всем», — сказал он.')).toEqual(['«Мы справимся со всем»']);
  });
});

describe('Russian outlets in a comma list closed by a name that is no state outlet, round 20', () => {
  const media = (text: string): string[] => found(text, 'state-media').map((f) => f.outlet ?? '');

  it('marks every state outlet of the list the verb or frame covers', () => {
    expect(media('Об этом сообщают ТАСС, РИА Новости и «Коммерсантъ».')).toEqual(['TASS', 'RIA Novosti']);
    expect(media('Как передают РИА Новости, ТАСС и Reuters, переговоры перенесли.')).toEqual(['RIA Novosti', 'TASS']);
    expect(media('Мэра задержали, пишут ТАСС, «РИА Новости» и «Фонтанка».')).toEqual(['TASS', 'RIA Novosti']);
    expect(media('Закон примут осенью, пишут «Российская газета», «Известия» и Meduza.')).toEqual(['Rossiyskaya Gazeta', 'Izvestia']);
    expect(media('По данным ТАСС, РИА Новости и Reuters, пожар потушили к утру.')).toEqual(['TASS', 'RIA Novosti']);
  });

  it('does not join an outlet after a comma that closes the frame', () => {
    expect(media('По данным ТАСС, РИА Новости открыло бюро в Минске и Варшаве.')).toEqual(['TASS']);
    expect(media('Об этом сообщает ТАСС, а РИА Новости и Reuters открыли бюро в Минске.')).toEqual(['TASS']);
  });
});

describe('Russian headline "Кто — кому: «…»", round 20', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('gives the words to the person before the dash, not to the outlet they were told', () => {
    expect(speakers('Смирнов — ТАСС: «Мост откроют к осени»')).toEqual(['Смирнов']);
    expect(speakers('Главное. Олег Петров — «Известиям»: «Бюджет примут без поправок»')[0]).toContain('Петров');
    expect(speakers('Глава ЦБ Анна Орлова — РБК: «Ставку снижать рано»')[0]).toContain('Орлова');
    expect(speakers('Тренер Иван Белов — «Спорт-Экспрессу»: «Состав на матч не изменится»')[0]).toContain('Белов');
    expect(speakers('Новости. Министр Олег Рябов — журналистам: «Решение по тарифам уже принято»')[0]).toContain('Рябов');
  });

  it('keeps the phrase before a colon when no dash stands before it, or nothing that speaks before the dash', () => {
    expect(speakers('Смирнов: «Мост откроют к осени»')).toEqual(['Смирнов']);
    expect(speakers('Цены — вверх: «Так дальше жить нельзя никому»')).toEqual([undefined]);
  });
});

/** The speakers of the quotes found, in text order. */
function quoteSpeakers(text: string): (string | undefined)[] {
  return found(text, 'quote').map((finding) => finding.speaker);
}

describe('Russian wire datelines: the agency tag between slashes or in capitals (session 35)', () => {
  function marked(text: string): string[] {
    return found(text, 'state-media').map((finding) => finding.text);
  }

  it('reads the tag after the dateline as the agency the copy comes from', () => {
    expect(marked('МОСКВА, 5 мая. /ТАСС/. Президент провел совещание с членами правительства.')).toEqual(['ТАСС']);
    expect(marked('АСТАНА. 12 марта. КАЗИНФОРМ - Премьер-министр провел заседание правительства.')).toEqual(['КАЗИНФОРМ']);
    expect(marked('Премьер-министр провел заседание правительства, передает корреспондент МИА «Казинформ».')).toEqual(['МИА «Казинформ»']);
    // A dateline of the city alone, without the day (session 37).
    expect(marked('ПЕТРОПАВЛОВСК. КАЗИНФОРМ – Бройлерную птицефабрику построят в области.')).toEqual(['КАЗИНФОРМ']);
  });

  it('reads no tag after a city from a capitalised word that is no agency, nor from a city in the middle of a line', () => {
    expect(marked('ПЕТРОПАВЛОВСК. СЕГОДНЯ – Бройлерную птицефабрику построят в области.')).toEqual([]);
    expect(marked('Агентство Казинформ – одно из старейших в стране.')).toEqual([]);
  });

  it('reads no tag from a word in capitals that is no agency, nor from slashes around an ordinary word', () => {
    expect(marked('АСТАНА. 12 марта. СЕГОДНЯ - Премьер-министр провел заседание правительства.')).toEqual([]);
    expect(marked('Он выбрал вариант /А/ из трех предложенных, а затем ушел.')).toEqual([]);
  });
});

describe('Russian role with a genitive after it heads the speaker phrase (session 35)', () => {
  it('keeps the role before a country or a body in the genitive', () => {
    expect(quoteSpeakers('«Мы внимательно следим за ситуацией», — заявил президент США в понедельник.')).toEqual(['президент США']);
    expect(quoteSpeakers('«Мы внимательно следим за ситуацией», — сказал представитель МИД России.')).toEqual(['представитель МИД России']);
  });

  it('keeps the person’s own name after a role, or after the role and the body it serves', () => {
    expect(quoteSpeakers('«Мы внимательно следим за ситуацией», — сказал президент Путин.')).toEqual(['Путин']);
    expect(quoteSpeakers('«Мы внимательно следим за ситуацией», — сказал глава МИД России Сергей Лавров.')).toEqual([expect.stringContaining('Лавров')]);
  });
});

describe('Russian role with a lower-case genitive complement after an inverted verb (session 35)', () => {
  it('reads the role and its complement as the speaker, not the verb', () => {
    expect(quoteSpeakers('«Мы восстановим город», — заявил министр обороны.')).toEqual(['министр обороны']);
    expect(quoteSpeakers('«Мы восстановим город», — пообещал глава администрации.')).toEqual(['глава администрации']);
    expect(quoteSpeakers('«Мы восстановим город», — пообещал представитель администрации.')).toEqual(['представитель администрации']);
  });

  it('still takes the name that closes such a phrase, and a role standing alone', () => {
    expect(quoteSpeakers('«Мы восстановим город», — заявил министр обороны Андрей Белов.')).toEqual([expect.stringContaining('Андрей Белов')]);
    expect(quoteSpeakers('«Мы восстановим город», — заявил министр.')).toEqual(['министр']);
  });
});

describe('Russian body named without quotes before a plural speech verb (session 35)', () => {
  it('gives the quote to the body where the words were said, not to the object of the verb', () => {
    expect(quoteSpeakers('В МИД России назвали заявление «провокацией».')).toEqual(['МИД России']);
    expect(quoteSpeakers('В Кремле заявили, что ситуация «под контролем».')).toEqual(['Кремле']);
    expect(quoteSpeakers('В Минобороны сообщили, что учения «прошли успешно».')).toEqual(['Минобороны']);
  });

  it('does not reach a quote far into the sentence, or one another speaker says', () => {
    const far =
      'В Пулково предупредили об ограничениях на проход в зоны ожидания вылета, а еще один пассажир сообщил изданию, что вечером «была патовая ситуация».';
    expect(quoteSpeakers(far)).not.toEqual(['Пулково']);
  });
});

describe('Russian quoting verb with the one quoted as its object (session 35)', () => {
  it('gives the quote to the object of "цитирует", not to the outlet that quotes', () => {
    expect(quoteSpeakers('«Ситуация под контролем», — цитирует губернатора ТАСС.')).toEqual(['губернатор']);
    expect(quoteSpeakers('«Ситуация под контролем», — цитирует ТАСС губернатора Ивана Петрова.')).toEqual(['Иван Петров']);
    expect(quoteSpeakers('«Ситуация под контролем», — цитирует губернатора Ивана Петрова ТАСС.')).toEqual(['Иван Петров']);
    expect(quoteSpeakers('Губернатор Иван Петров посетил район. «Ситуация под контролем», — цитирует губернатора ТАСС.')).toEqual([
      expect.stringContaining('Иван Петров'),
    ]);
  });

  it('leaves other verbs’ subjects and the words-of construction as they were', () => {
    expect(quoteSpeakers('«Ситуация под контролем», — заявил губернатор Иван Петров.')).toEqual([expect.stringContaining('Иван Петров')]);
    expect(quoteSpeakers('«Ситуация под контролем», — цитирует агентство слова губернатора Ивана Петрова.')).not.toContain('агентство');
  });
});

describe('Russian accusations in a relative clause and charges "по обвинениям о" (session 36)', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('marks the relative clause "в чем X обвинил Y" and an arrest "по обвинениям о"', () => {
    expect(claims('Отравление произошло в 2018 году, в чем ранее Минобороны Нидерландов обвинило Россию.')).toEqual([
      'в чем ранее Минобороны Нидерландов обвинило Россию',
    ]);
    expect(claims('Под стражу были взяты директор и редактор по обвинениям о мошенничестве.')).toHaveLength(1);
  });

  it('takes no "в чем" clause without an accusation', () => {
    expect(claims('Отравление произошло в 2018 году, в чем ранее Минобороны Нидерландов не сомневалось.')).toEqual([]);
  });
});

describe("Russian: no evidence offered for one's words", () => {
  it('marks "Доказательств своих слов он не привел", not evidence given', () => {
    expect(found('Доказательств своих слов он не привел.', 'unverified')).toHaveLength(1);
    expect(found('Доказательства своих слов он привел в суде.', 'unverified')).toEqual([]);
  });
});

describe('Russian: roles and statements with a genitive complement', () => {
  it('reads "Глава государства" and "в заявлении министерства обороны" as whole phrases that can speak', () => {
    expect(found('Глава государства отметил, что «регион развивается».', 'quote').map((f) => f.speaker)).toEqual(['Глава государства']);
    expect(found('«Армия готова», — говорится в заявлении министерства обороны.', 'quote').map((f) => f.speaker)).toEqual(['заявлении министерства обороны']);
  });
});

describe('Russian: "Об этом заявил X" after a quote', () => {
  it('gives the quote before it to the subject of the sentence that points back to it', () => {
    expect(found('«Мы не отступим». Об этом заявил министр внутренних дел Владимир Колокольцев.', 'quote').map((f) => f.speaker)).toEqual([
      'Владимир Колокольцев',
    ]);
    expect(found('«Мы не отступим». Об этом в интервью журналистам заявил Колокольцев.', 'quote').map((f) => f.speaker)).toEqual(['Колокольцев']);
    expect(found('«Мы не отступим», — такое заявление сделал министр Владимир Колокольцев.', 'quote').map((f) => f.speaker)).toEqual(['Владимир Колокольцев']);
    expect(found('«Мы не отступим». С таким заявлением выступил Колокольцев.', 'quote').map((f) => f.speaker)).toEqual(['Колокольцев']);
  });
});

describe('Russian: where the words were given, between the subject and its verb', () => {
  it('passes over "в своем Telegram-канале" to the subject before it', () => {
    expect(found('Губернатор области Александр Богомаз в своем Telegram-канале написал: «Атака отражена».', 'quote').map((f) => f.speaker)).toEqual([
      'Александр Богомаз',
    ]);
  });
});

describe("Russian: an outlet that gives someone's words", () => {
  it('gives "— приводит слова министра Сергея Лаврова ТАСС" to the minister, and "приводит к" stays no speech', () => {
    expect(found('«Мы не отступим», — приводит слова министра Сергея Лаврова ТАСС.', 'quote').map((f) => f.speaker)).toEqual(['Сергей Лавров']);
    expect(found('Рост цен приводит к «катастрофе».', 'quote')).toEqual([]);
  });
});

describe('Russian: an impersonal suspicion and evidence not given for a longer complement', () => {
  it('marks "Министра подозревают в …" and "Доказательств причастности оппозиции власти не представили"', () => {
    expect(found('Министра подозревают в получении взятки.', 'unverified')).toHaveLength(1);
    expect(found('Доказательств причастности оппозиции власти не представили.', 'unverified')).toHaveLength(1);
    expect(found('Министра не подозревают в получении взятки.', 'unverified')).toEqual([]);
  });
});
