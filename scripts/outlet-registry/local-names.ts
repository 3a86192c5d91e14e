import type { OutletRecord } from '../../shared/engine/state-media/outlet-types';

/** Names an outlet goes by in Spanish, French, German and Russian copy, beside its English ones. */
interface LocalNames {
  /** Names matched on their own. */
  readonly aliases: readonly string[];
  /** Names matched only with the outlet's country in the article (common words in their own language). */
  readonly contextAliases?: readonly string[];
  /** The outlet's country, where outlets of several countries share the registry name ("NTV"). */
  readonly country?: string;
}

/** "телеканал «X»" in each case form of the noun: "телеканалу «Россия»" in a dative "интервью телеканалу" too. */
function channel(name: string): string[] {
  return ['телеканал', 'телеканала', 'телеканалу', 'телеканалом', 'телеканале'].map((noun) => `${noun} «${name}»`);
}

/**
 * Local names and scripts by the registry name of the outlet they belong to. Matching is case-sensitive (so
 * "rt" or "правда" as ordinary words never match), so each spelling that copy uses is listed.
 */
export const LOCAL_NAMES: Readonly<Record<string, LocalNames>> = {
  // North Korea
  KCNA: {
    aliases: [
      'ЦТАК',
      'Центральное телеграфное агентство Кореи',
      'Центрального телеграфного агентства Кореи',
      'Центральному телеграфному агентству Кореи',
      'Центральном телеграфном агентстве Кореи',
      'Agencia Central de Noticias de Corea',
      'Agencia Central Coreana de Noticias',
      'ACNC',
      'Agence centrale de presse coréenne',
      'Agence télégraphique centrale coréenne',
      'Agence télégraphique centrale de Corée',
      'Koreanische Zentrale Nachrichtenagentur',
      'Koreanischen Zentralen Nachrichtenagentur',
      'KZNA',
    ],
    // Without "Кореи" only when the article is about North Korea ("северокорейское Центральное телеграфное агентство").
    contextAliases: ['Центральное телеграфное агентство', 'Центрального телеграфного агентства', 'Центральному телеграфному агентству'],
  },
  KCTV: {
    aliases: [
      'Центральное телевидение Кореи',
      'Центрального телевидения Кореи',
      'Центральное телевидение КНДР',
      'Центрального телевидения КНДР',
      'Televisión Central de Corea',
      'Televisión Central Coreana',
      'Télévision centrale coréenne',
      'Télévision centrale de Corée',
      'Koreanisches Zentralfernsehen',
      'Koreanischen Zentralfernsehens',
      'Koreanische Zentralfernsehen',
    ],
  },
  'Rodong Sinmun': { aliases: ['Нодон синмун', 'Нодон Синмун', 'Rodong Sinmun', 'Rodong Shinmun'] },
  'Voice of Korea': { aliases: ['Голос Кореи', 'La Voz de Corea', 'La Voix de la Corée', 'Stimme Koreas'] },
  // China
  Xinhua: {
    aliases: [
      'Синьхуа',
      'Синьхуа Ньюс',
      'Agencia Xinhua',
      'Chine nouvelle',
      'Agence Chine nouvelle',
      'Nouvelle Chine',
      'Neues China',
      'Nachrichtenagentur Neues China',
    ],
  },
  CCTV: {
    aliases: [
      'Центральное телевидение Китая',
      'Центрального телевидения Китая',
      'ЦТК',
      'Televisión Central de China',
      'Televisión Central China',
      'Télévision centrale de Chine',
      'Télévision centrale chinoise',
      'Chinesisches Zentralfernsehen',
      'Chinesischen Zentralfernsehens',
      'Chinesische Zentralfernsehen',
    ],
  },
  CGTN: { aliases: ['CGTN en Español', 'CGTN Français', 'CGTN на русском'] },
  "People's Daily": {
    aliases: ['Жэньминь жибао', 'Жэньминь Жибао', 'Diario del Pueblo', 'El Diario del Pueblo', 'Quotidien du peuple', 'Quotidien du Peuple', 'Renmin Ribao'],
    contextAliases: ['Volkszeitung'],
  },
  'Global Times': { aliases: ['Хуаньцю шибао', 'Хуаньцю Шибао', 'Global Times'] },
  'China Radio International': { aliases: ['Радио Китая', 'Международное радио Китая', 'Radio Internacional de China', 'Radio Chine Internationale'] },
  // Kazakhstan
  Kazinform: { aliases: ['Казинформ', 'МИА «Казинформ»', 'МИА "Казинформ"', 'Казинформа', 'Казинформу'] },
  // French-speaking Africa: the agencies' names as French copy writes them
  ANP: { aliases: ['Agence nigérienne de presse', 'Agence Nigérienne de Presse', 'Agence de presse nigérienne'] },
  // Russia
  TASS: { aliases: ['ТАСС', 'Тасс', 'ИТАР-ТАСС', 'ИТАР ТАСС', 'Телеграфное агентство Советского Союза'] },
  'RIA Novosti': {
    aliases: [
      'РИА Новости',
      'РИА «Новости»',
      'РИА-Новости',
      'РИА',
      'Ria Nowosti',
      'RIA Nowosti',
      'RIA-Nowosti',
      'МИА «Россия сегодня»',
      'МИА Россия сегодня',
      'Россия сегодня',
    ],
  },
  RT: { aliases: ['RT en Español', 'RT en español', 'RT Actualidad', 'RT на русском', 'RT DE', 'RT Français', 'Russia Today'] },
  'RT France': { aliases: ['RT France'] },
  // "SputnikNews", "Mundo.SputnikNews": the site's name as republished copy credits it, after its domain.
  Sputnik: {
    aliases: ['Спутник', 'Sputnik Mundo', 'Sputnik Afrique', 'Sputnik France', 'Sputnik Deutschland', 'SNA News', 'Sputnik Nachrichten', 'SputnikNews'],
  },
  'Rossiya 1': {
    // "телеканал «Россия 1»" in full, so the context-only "телеканал «Россия»" does not take its first words.
    aliases: ['Россия-1', 'Россия 1', 'Россия1', 'России 1', 'России-1', 'Rossija 1', 'Rossija-1', ...channel('Россия 1'), ...channel('Россия-1')],
    contextAliases: ['Вести', 'Вестей', 'Вестям', 'Вестях', ...channel('Россия')],
  },
  'Rossiya 24': {
    aliases: ['Россия-24', 'Россия 24', 'России 24', 'России-24', 'Rossija 24', 'Rossija-24', ...channel('Россия 24'), ...channel('Россия-24')],
  },
  'Channel One': {
    aliases: [
      'Первый канал',
      'Первого канала',
      'Первому каналу',
      'Первом канале',
      'Первым каналом',
      'Perwy Kanal',
      'Perwyj Kanal',
      'Erster Kanal',
      'Ersten Kanal',
      'Ersten Kanals',
    ],
  },
  VGTRK: { aliases: ['ВГТРК'] },
  NTV: { aliases: ['НТВ'], country: 'RU' },
  'REN TV': { aliases: ['РЕН ТВ', 'Рен-ТВ', 'РЕН-ТВ'] },
  Zvezda: { aliases: [...channel('Звезда'), 'телеканал Звезда'] },
  Izvestia: { aliases: ['Известия', 'Известий', '«Известия»', 'Известиям', '«Известиям»', 'Известиями', '«Известиях»', 'Iswestija'] },
  'Rossiyskaya Gazeta': {
    aliases: [
      'Российская газета',
      'Российской газеты',
      'Российской газете',
      'Российскую газету',
      'Российской газетой',
      '«Российская газета»',
      'Rossijskaja Gaseta',
    ],
  },
  'Komsomolskaya Pravda': {
    aliases: ['Комсомольская правда', 'Комсомольской правды', 'Комсомольской правде', 'Комсомольскую правду', 'Комсомольской правдой', 'Komsomolskaja Prawda'],
  },
  'Krasnaya Zvezda': { aliases: ['Красная звезда', 'Красной звезды', 'Красной звезде', 'Красную звезду', 'Красной звездой'] },
  'Argumenty i Fakty': { aliases: ['Аргументы и факты', 'АиФ'] },
  'Radio Rossii': { aliases: ['Радио России'] },
  'RBC.ru': { aliases: ['РБК'] },
  'Lenta.ru': { aliases: ['Лента.ру', 'Lenta.ru'] },
  'Gazeta.ru': { aliases: ['Газета.ру', 'Газета.Ru'] },
  'MK.ru': { aliases: ['Московский комсомолец', 'Московского комсомольца', '«Московский комсомолец»', '«Московского комсомольца»'] },
  'Ekho Moskvy': { aliases: ['Эхо Москвы', 'Эха Москвы', '«Эхо Москвы»', '«Эха Москвы»'] },
  OTR: { aliases: ['Общественное телевидение России', 'Общественного телевидения России', 'ОТР'] },
  'Mir24.tv': { aliases: ['Мир 24', 'Мир-24'] },
  'Tsargrad.tv': { aliases: ['Царьград', 'Царьград ТВ', 'Царьграда'] },
  'RIA FAN': { aliases: ['РИА ФАН', 'Федеральное агентство новостей', 'Федерального агентства новостей'] },
  'Voice of Russia': { aliases: ['Голос России', 'Голоса России'] },
  'Sputnik Spanish': { aliases: ['Sputnik Mundo'] },
  'Sputnik French': { aliases: ['Sputnik Afrique', 'Sputnik France'] },
  'Sputnik German': { aliases: ['SNA News', 'Sputnik Deutschland'] },
  Pravda: { aliases: ['«Правда»'], contextAliases: ['Правда', 'Правды', 'Prawda'] },
  // Belarus
  BelTA: { aliases: ['БелТА', 'Белта'] },
  'Belarus 1': { aliases: ['Беларусь 1', 'Беларусь-1'] },
  ONT: { aliases: ['ОНТ'] },
  // Cuba, Venezuela, Nicaragua
  'Prensa Latina': { aliases: ['Пренса Латина', 'Agencia Prensa Latina'] },
  Granma: { aliases: ['Гранма', 'Diario Granma'] },
  'Juventud Rebelde': { aliases: ['Juventud Rebelde'] },
  Cubadebate: { aliases: ['Cubadebate'] },
  TeleSUR: { aliases: ['TELESUR', 'Телесур'] },
  'VTV (Venezuela)': { aliases: ['Venezolana de Televisión', 'VTV'] },
  AVN: { aliases: ['Agencia Venezolana de Noticias'] },
  'Radio Nacional de Venezuela': { aliases: ['Radio Nacional de Venezuela', 'RNV'] },
  // Iran, Syria, Qatar, Turkey
  IRNA: { aliases: ['ИРНА', 'Агентство ИРНА'] },
  'Press TV': { aliases: ['Пресс ТВ'] },
  'Hispan TV': { aliases: ['HispanTV', 'Hispan TV'] },
  Tasnim: { aliases: ['Тасним'] },
  Fars: { aliases: ['агентство Фарс'], contextAliases: ['Фарс'] },
  // "Sana" is also Yemen's capital in German copy: only with Syria in the article.
  SANA: { aliases: ['САНА'], contextAliases: ['Sana'] },
  'Al Jazeera': { aliases: ['Аль-Джазира', 'Аль Джазира', 'Al Yazira', 'Al-Jazira', 'Al Jazira', 'Al-Dschasira', 'Al Dschasira'] },
  Anadolu: { aliases: ['Анадолу', 'Anadolou', 'Agencia Anadolu', 'Agence Anadolu'] },
  TRT: { aliases: ['TRT Español', 'TRT Français', 'TRT Deutsch', 'TRT на русском'] },
  // West Africa
  'Tele-Sahel': { aliases: ['Télé Sahel'] },
};

/** An alias without accents ("Television centrale coreenne"), as copy typed without them writes it. */
function withoutAccents(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/**
 * Outlets' names in their own scripts, which English copy quotes beside or instead of the English name
 * ("Xinhua (新华社)", a blog citing 人民日报). CJK runs are one token, so a name matches where it stands alone.
 */
export const NATIVE_SCRIPT_NAMES: Readonly<Record<string, LocalNames>> = {
  Xinhua: { aliases: ['新华社', '新華社', '新华通讯社', '新華通訊社'] },
  "People's Daily": { aliases: ['人民日报', '人民日報'] },
  'Global Times': { aliases: ['环球时报', '環球時報'] },
  CCTV: { aliases: ['中央电视台', '中央電視台', '中国中央电视台', '中國中央電視台', '央视', '央視'] },
  CGTN: { aliases: ['中国国际电视台', '中國國際電視台'] },
  'China Daily': { aliases: ['中国日报', '中國日報'] },
  'China News Service': { aliases: ['中国新闻社', '中國新聞社', '中新社'] },
  KCNA: { aliases: ['조선중앙통신', '조선중앙통신사'] },
  'Rodong Sinmun': { aliases: ['로동신문', '노동신문'] },
  KCTV: { aliases: ['조선중앙텔레비죤', '조선중앙TV', '조선중앙방송'] },
  NHK: { aliases: ['日本放送協会'] },
  VNA: { aliases: ['Thông tấn xã Việt Nam', 'TTXVN'] },
  'Nhan Dan': { aliases: ['Nhân Dân', 'Báo Nhân Dân'] },
  IRNA: { aliases: ['ایرنا'] },
  Tasnim: { aliases: ['تسنیم'] },
  SANA: { aliases: ['سانا'] },
};

/**
 * Adds the local names to the outlets they belong to, with each accented Latin name also without its
 * accents; returns a warning for each local entry whose outlet the registry lacks.
 */
export function addLocalNames(outlets: OutletRecord[], names: Readonly<Record<string, LocalNames>> = LOCAL_NAMES): string[] {
  const warnings: string[] = [];
  for (const [name, local] of Object.entries(names)) {
    const index = outlets.findIndex((outlet) => outlet.name === name && (local.country === undefined || outlet.country === local.country));
    if (index < 0) {
      warnings.push(`local names for ${name}: no such outlet in the registry`);
      continue;
    }
    const outlet = outlets[index]!;
    const expand = (list: readonly string[]): string[] => list.flatMap((alias) => (/[\u00C0-\u024F]/.test(alias) ? [alias, withoutAccents(alias)] : [alias]));
    const aliases = [...new Set([...outlet.aliases, ...expand(local.aliases)])];
    const contextAliases = [...new Set([...outlet.contextAliases, ...expand(local.contextAliases ?? [])])].filter((alias) => !aliases.includes(alias));
    outlets[index] = { ...outlet, aliases, contextAliases };
  }
  return warnings;
}
