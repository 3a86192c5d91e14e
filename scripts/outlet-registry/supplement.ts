import type { Typology } from '../../shared/model/finding';
import type { FormerState, OutletKind, StateControlYears } from '../../shared/engine/state-media/outlet-types';

/** A hand-written outlet: enriches the CSV rows it names in `match`, or adds an outlet the CSV lacks. */
export interface SupplementOutlet {
  readonly name: string;
  readonly country: string;
  /** Required when no CSV row is matched; overrides the CSV when given. */
  readonly typology?: Typology;
  readonly kind: OutletKind;
  /** Names matched on their own. */
  readonly aliases: readonly string[];
  /** Names matched only with the outlet's country in the article. */
  readonly contextAliases?: readonly string[];
  /** Cleaned CSV asset names (same country) folded into this outlet. */
  readonly match?: readonly string[];
  readonly description?: string;
  readonly stateControlled?: StateControlYears;
  /** Website hosts of the outlet, to recognise it as an article's publisher. */
  readonly domains?: readonly string[];
  /** The state it served until a year (TASS: the Soviet Union until 1991). */
  readonly formerly?: FormerState;
}

type Extra = Partial<Pick<SupplementOutlet, 'typology' | 'contextAliases' | 'match' | 'description' | 'stateControlled' | 'domains' | 'formerly'>>;

function o(name: string, country: string, kind: OutletKind, aliases: readonly string[], extra: Extra = {}): SupplementOutlet {
  return { name, country, kind, aliases, ...extra };
}

/** A radio station's name after the word radio in each case ("радио «Маяк»", "радиостанции «Маяк»"), quoted or not. */
function stateRadio(name: string): string[] {
  const nouns = ['радио', 'Радио', 'радиостанция', 'радиостанции', 'радиостанцию', 'радиостанцией'];
  return nouns.flatMap((noun) => [`${noun} «${name}»`, `${noun} ${name}`]);
}

/** Outlets with the names English-language news uses for them; the CSV supplies the rest. */
export const SUPPLEMENT_OUTLETS: readonly SupplementOutlet[] = [
  // North Korea
  o('KCNA', 'KP', 'agency', ['KCNA', 'Korean Central News Agency', 'Korea Central News Agency'], {
    match: ['KCNA'],
    description: "North Korea's state news agency",
  }),
  o('KCTV', 'KP', 'television', ['KCTV', 'Korean Central Television', 'Korean Central TV', 'Korea Central Television'], {
    match: ['Korean Central Television'],
    // "KRT", the name wire picture credits give North Korea's state TV, is also a Turkish channel: only with North Korea named.
    contextAliases: ['KRT'],
    description: "North Korea's state television",
  }),
  o('Korean Central Broadcasting Station', 'KP', 'radio', ['Korean Central Broadcasting Station', 'Korean Central Radio', 'Korean Central Broadcasting'], {
    // "KCBS" is also an American radio station's call sign: only with North Korea named.
    contextAliases: ['Central Broadcasting Station', 'Central Radio', 'KCBS'],
    match: ['Korean Central Broadcasting Station'],
    description: "North Korea's state radio",
  }),
  o('Radio Pyongyang', 'KP', 'radio', ['Radio Pyongyang', 'Pyongyang Radio', 'Pyongyang Broadcasting Station'], {
    match: ['Pyongyang Broadcasting Station'],
    description: "North Korea's state radio",
  }),
  o('Rodong Sinmun', 'KP', 'newspaper', ['Rodong Sinmun', 'Nodong Sinmun', 'Rodong Shinmun', 'Nodong Shinmun'], {
    match: ['Rodong Sinmun'],
    description: "the newspaper of North Korea's ruling Workers' Party",
  }),
  o('Minju Choson', 'KP', 'newspaper', ['Minju Choson', 'Minju Joson'], { match: ['Minju Choson'], description: "North Korea's government newspaper" }),
  o('Uriminzokkiri', 'KP', 'website', ['Uriminzokkiri', 'Uriminzokkiri.com'], {
    match: ['Uriminzokkiri'],
    description: 'a North Korean state propaganda website',
  }),
  o('Voice of Korea', 'KP', 'radio', ['Voice of Korea'], { match: ['Voice of Korea'], description: "North Korea's state international radio" }),
  o('The Pyongyang Times', 'KP', 'newspaper', ['Pyongyang Times'], { match: ['The Pyongyang Times'], description: 'a North Korean state weekly' }),
  o('Tongil Sinbo', 'KP', 'newspaper', ['Tongil Sinbo'], { typology: 'SC', description: 'a North Korean state weekly' }),
  o('Meari', 'KP', 'website', ['Meari'], { typology: 'SC', contextAliases: [], description: 'a North Korean state propaganda website' }),
  // China
  o(
    'Xinhua',
    'CN',
    'agency',
    [
      'Xinhua',
      'Xinhua News Agency',
      'New China News Agency',
      'Xinhuanet',
      'Xinhua.net',
      'NCNA',
      'Hsinhua',
      'Hsin Hua',
      'Hsinhua News Agency',
      'Hsin Hua News Agency',
      'Xin Hua',
    ],
    { match: ['Xinhua', 'Xinhua (New China News Agency)'], description: "China's state news agency" },
  ),
  o('CCTV', 'CN', 'television', ['CCTV', 'China Central Television', 'China Central TV', 'CCTV-13', 'CCTV-1', 'CCTV-4', 'CCTV News'], {
    match: ['China Central Television', 'News CCTV', 'China Central Television (CCTV)'],
    description: "China's state television",
  }),
  o('CGTN', 'CN', 'television', ['CGTN', 'China Global Television Network', 'CCTV International', 'CCTV-9', 'CGTN America', 'CGTN Africa', 'CGTN Europe'], {
    match: ['China Global Television Network'],
    description: "China's state international television",
  }),
  o('China National Radio', 'CN', 'radio', ['China National Radio', 'CNR', "Central People's Broadcasting Station", "Central People's Radio"], {
    match: ['China National Radio'],
    description: "China's state radio",
  }),
  o('China Radio International', 'CN', 'radio', ['China Radio International', 'CRI', 'Radio Beijing', 'Beijing Radio', 'Peking Radio', 'Radio Peking'], {
    match: ['China Radio International'],
    description: "China's state international radio",
  }),
  o("People's Daily", 'CN', 'newspaper', ["People's Daily", 'Renmin Ribao', "People's Daily Online", 'Peoples Daily'], {
    match: ["People's Daily", "People's Daily Online - Hong Kong"],
    description: "the newspaper of China's ruling Communist Party",
  }),
  o('Global Times', 'CN', 'newspaper', ['Global Times', 'Huanqiu Shibao', 'Huanqiu Times', 'Global Times Online'], {
    match: ['Global Times', 'World Huanqiu'],
    description: "a Chinese state tabloid published by the People's Daily",
  }),
  o('China Daily', 'CN', 'newspaper', ['China Daily'], {
    match: ['China Daily', 'China Daily Global', 'China Daily HK', 'China Daily USA', 'China Daily Europe'],
    description: "China's state English-language newspaper",
  }),
  o('China News Service', 'CN', 'agency', ['China News Service', 'Zhongguo Xinwen She', 'Chinanews', 'ECNS', 'China News Agency'], {
    match: ['China News Service', 'ECNS'],
    contextAliases: ['CNS'],
    description: 'a Chinese state news agency',
  }),
  o('PLA Daily', 'CN', 'newspaper', ['PLA Daily', 'Jiefangjun Bao', 'Liberation Army Daily', "People's Liberation Army Daily"], {
    match: ['Jiěfàngjūn Bào'],
    description: "the Chinese military's newspaper",
  }),
  o('Guangming Daily', 'CN', 'newspaper', ['Guangming Daily', 'Guangming Ribao'], {
    match: ['Guangming Daily'],
    description: 'a Chinese Communist Party newspaper',
  }),
  o('Red Flag', 'CN', 'newspaper', ['Hongqi', 'Hung Chi'], {
    typology: 'SC',
    contextAliases: ['Red Flag'],
    description: "the Chinese Communist Party's theory journal before Qiushi",
    stateControlled: { to: 1988 },
  }),
  o('Beijing Review', 'CN', 'newspaper', ['Beijing Review', 'Peking Review'], {
    match: ['Beijing Review'],
    description: "China's state English-language newsweekly",
  }),
  o("Workers' Daily", 'CN', 'newspaper', ["Workers' Daily", 'Gongren Ribao'], {
    typology: 'SC',
    description: "the Chinese state trade-union federation's newspaper",
  }),
  o('Qiushi', 'CN', 'newspaper', ['Qiushi', 'Qiushi Journal'], { match: ['Qiushi'], description: "the Chinese Communist Party's theory journal" }),
  // China Youth Online (cyol.com) is the paper's web edition.
  o('China Youth Daily', 'CN', 'newspaper', ['China Youth Daily', 'Zhongguo Qingnian Bao', 'China Youth Online'], {
    match: ['Zhōngguó Qīngnián Bào'],
    description: "the Communist Youth League's newspaper",
  }),
  o('Reference News', 'CN', 'newspaper', ['Reference News', 'Cankao Xiaoxi'], {
    match: ['Reference News'],
    description: 'a Chinese state newspaper published by Xinhua',
  }),
  o('The Paper', 'CN', 'website', ['Thepaper.cn', 'Pengpai'], {
    match: ['The Paper'],
    contextAliases: ['The Paper'],
    description: 'a Shanghai state-owned news website',
  }),
  o('Legal Daily', 'CN', 'newspaper', ['Legal Daily', 'Fazhi Ribao'], { match: ['Legal Daily', 'Fǎzhì Rìbào'], description: 'a Chinese state newspaper' }),
  o('Jiefang Daily', 'CN', 'newspaper', ['Jiefang Daily', 'Liberation Daily', 'Jiefang Ribao'], {
    match: ['Jiefang Daily'],
    description: "the Shanghai Communist Party's newspaper",
  }),
  o('Beijing Daily', 'CN', 'newspaper', ['Beijing Daily'], { typology: 'SC', description: "the Beijing Communist Party's newspaper" }),
  o('Shanghai Daily', 'CN', 'newspaper', ['Shanghai Daily'], { typology: 'SC', description: 'a Shanghai state-owned English-language newspaper' }),
  o('Science and Technology Daily', 'CN', 'newspaper', ['Science and Technology Daily', 'Science & Technology Daily'], {
    match: ['Science & Technology Daily'],
    description: 'a Chinese state newspaper',
  }),
  o('Phoenix TV', 'CN', 'television', ['Phoenix TV', 'Phoenix Television', 'Phoenix News'], { match: ['Phoenix TV'] }),
  o('RTHK', 'HK', 'broadcaster', ['RTHK', 'Radio Television Hong Kong'], { match: ['RTHK'], description: "Hong Kong's government broadcaster" }),
  o('Ta Kung Pao', 'HK', 'newspaper', ['Ta Kung Pao'], { match: ['Ta Kung Pao'], description: 'a Beijing-controlled Hong Kong newspaper' }),
  o('Wen Wei Po', 'HK', 'newspaper', ['Wen Wei Po'], { match: ['Wen Wei Po'], description: 'a Beijing-controlled Hong Kong newspaper' }),
  // Russia and the Soviet Union
  o('TASS', 'RU', 'agency', ['TASS', 'Tass', 'ITAR-TASS', 'Itar-Tass', 'ITAR-Tass', 'Itar Tass', 'Telegraph Agency of the Soviet Union', 'TASS news agency'], {
    match: ['TASS'],
    description: "Russia's state news agency (the Soviet Union's before 1992)",
    formerly: { until: 1991, country: 'SU', description: "the Soviet Union's state news agency" },
  }),
  o('RIA Novosti', 'RU', 'agency', ['RIA Novosti', 'RIA-Novosti', 'RIA', 'Ria Novosti', 'Novosti', 'Novosti Press Agency', 'Rossiya Segodnya'], {
    contextAliases: ['Ria'],
    match: ['RIA Novosti'],
    formerly: { until: 1991, country: 'SU', description: "the Soviet Union's Novosti press agency" },
    description: "Russia's state news agency (Novosti in Soviet times)",
  }),
  o('RT', 'RU', 'television', ['RT', 'Russia Today', 'RT International', 'RT America', 'RT UK', 'RT Arabic', 'RT France', 'RT Deutsch', 'Ruptly'], {
    match: ['RT International', 'Russian RT', 'RT'],
    description: "Russia's state international broadcaster",
  }),
  o('Sputnik', 'RU', 'agency', ['Sputnik', 'Sputnik News', 'Sputnik International', 'Sputnik radio'], {
    match: ['Sputnik News', 'Sputnik International'],
    description: "Russia's state international news agency and radio",
  }),
  o('REN TV', 'RU', 'television', ['REN TV', 'Ren TV', 'REN-TV', 'Ren-TV'], {
    match: ['REN TV'],
    description: 'a Russian television channel owned by a Kremlin-friendly media group',
  }),
  o(
    'Rossiya 1',
    'RU',
    'television',
    ['Rossiya 1', 'Rossiya-1', 'Russia-1', 'Russia 1', 'Rossiya One', 'Russia One', 'Rossiya TV', 'Rossiya television', 'Rossiya', 'Vesti'],
    { match: ['Russia-1', 'Vesti.ru', 'Vesti'], description: "Russia's main state television channel" },
  ),
  o('Rossiya 24', 'RU', 'television', ['Rossiya 24', 'Rossiya-24', 'Russia-24', 'Russia 24'], {
    match: ['Russia-24'],
    description: "Russia's state news channel",
  }),
  o('VGTRK', 'RU', 'broadcaster', ['VGTRK', 'All-Russia State Television and Radio Broadcasting Company', 'RTR', 'RTR-Planeta'], {
    match: ['RTR-Planeta'],
    typology: 'SC',
    description: "Russia's state broadcasting company",
  }),
  o('Channel One', 'RU', 'television', ['Channel One Russia', 'Pervy Kanal', 'Pervyy Kanal', 'Perviy Kanal', 'Channel 1 Russia'], {
    match: ['Pervyy kanal'],
    contextAliases: ['Channel One', 'First Channel', 'Channel 1'],
    description: "Russia's state-controlled main television channel",
  }),
  o('Zvezda', 'RU', 'television', ['Zvezda', 'Zvezda TV'], { match: ['Zvezda'], description: "the Russian Defence Ministry's television channel" }),
  o('Rossiyskaya Gazeta', 'RU', 'newspaper', ['Rossiyskaya Gazeta', 'Rossiiskaya Gazeta', 'Rossiskaya Gazeta'], {
    contextAliases: ['RG'],
    match: ['Rossiyskaya Gazeta'],
    description: "the Russian government's newspaper",
  }),
  o('Izvestia', 'RU', 'newspaper', ['Izvestia', 'Izvestiya'], {
    match: ['Izvestia'],
    description: 'a Kremlin-aligned Russian daily (the Soviet government newspaper until 1991)',
    formerly: { until: 1991, country: 'SU', description: "the Soviet government's newspaper" },
  }),
  o('Pravda', 'SU', 'newspaper', ['Pravda'], { typology: 'SC', description: "the Soviet Communist Party's newspaper", stateControlled: { to: 1991 } }),
  o('Radio Moscow', 'SU', 'radio', ['Radio Moscow', 'Moscow Radio'], {
    typology: 'SC',
    description: "the Soviet Union's state radio",
    stateControlled: { to: 1993 },
  }),
  o('APN', 'SU', 'agency', ['Agentstvo Pechati Novosti'], {
    typology: 'SC',
    contextAliases: ['APN'],
    description: "the Soviet Union's state press agency",
    stateControlled: { to: 1991 },
  }),
  o('Literaturnaya Gazeta', 'SU', 'newspaper', ['Literaturnaya Gazeta', 'Literary Gazette'], {
    typology: 'SC',
    description: "the Soviet Writers' Union weekly",
    stateControlled: { to: 1991 },
  }),
  o('Selskaya Zhizn', 'SU', 'newspaper', ['Selskaya Zhizn'], {
    typology: 'SC',
    description: 'a Soviet Communist Party farm newspaper',
    stateControlled: { to: 1991 },
  }),
  o('Voice of Russia', 'RU', 'radio', ['Voice of Russia'], { typology: 'SC', description: "Russia's state international radio (2014 successor: Sputnik)" }),
  o('Trud', 'SU', 'newspaper', ['Trud'], { typology: 'SC', description: 'the Soviet trade-union newspaper', stateControlled: { to: 1991 } }),
  o('Krasnaya Zvezda', 'RU', 'newspaper', ['Krasnaya Zvezda', 'Red Star'], {
    typology: 'SC',
    description: "the Soviet and Russian Defence Ministry's newspaper",
    formerly: { until: 1991, country: 'SU', description: "the Soviet Defence Ministry's newspaper" },
  }),
  o('Sovetskaya Rossiya', 'SU', 'newspaper', ['Sovetskaya Rossiya'], {
    typology: 'SC',
    description: 'a Soviet Communist Party newspaper',
    stateControlled: { to: 1991 },
  }),
  o('Vremya', 'SU', 'television', ['Vremya', 'Soviet Central Television', 'Central Television', 'Gosteleradio'], {
    typology: 'SC',
    description: 'Soviet state television news',
    stateControlled: { to: 1991 },
  }),
  o('NTV', 'RU', 'television', [], { match: ['NTV'], contextAliases: ['NTV'], description: 'a Gazprom-owned Russian television channel' }),
  o('Lenta.ru', 'RU', 'website', ['Lenta.ru', 'Lenta.Ru'], {
    match: ['Lenta.ru'],
    contextAliases: ['Lenta'],
    description: 'a Kremlin-aligned Russian news website',
  }),
  o('Komsomolskaya Pravda', 'RU', 'newspaper', ['Komsomolskaya Pravda'], {
    match: ['Komsomolskaya Pravda'],
    formerly: { until: 1991, country: 'SU', description: "the Soviet Communist Youth League's newspaper" },
  }),
  // The state broadcaster VGTRK's radio stations. "Маяк" alone is also a lighthouse, a nuclear plant and many firms, so
  // it counts only with the word radio before it.
  o('Vesti FM', 'RU', 'radio', ['Vesti FM', 'Вести FM', 'Вести ФМ', 'Вести-FM', '«Вести FM»', '«Вести ФМ»'], {
    typology: 'SC',
    description: "a news radio station of Russia's state broadcaster VGTRK",
    domains: ['radiovesti.ru'],
  }),
  o('Mayak', 'RU', 'radio', ['Radio Mayak', ...stateRadio('Маяк')], {
    typology: 'SC',
    description: "a radio station of Russia's state broadcaster VGTRK",
    domains: ['radiomayak.ru'],
  }),
  // The official agencies of the Russian-installed authorities in occupied Luhansk and Donetsk.
  o(
    'Luganskinformcenter',
    'RU',
    'agency',
    ['Луганскинформцентр', 'ЛуганскИнформЦентр', '«Луганскинформцентр»', 'Luganskinformcenter', 'Lugansk Information Center', 'LuganskInformCenter'],
    {
      typology: 'SC',
      contextAliases: ['ЛИЦ', 'LIC'],
      description: 'the official news agency of the Russian-installed authorities in occupied Luhansk',
      domains: ['lug-info.com'],
    },
  ),
  o('DAN', 'RU', 'agency', ['Донецкое агентство новостей', 'Донецкого агентства новостей', 'Donetsk News Agency', 'DAN News'], {
    typology: 'SC',
    contextAliases: ['ДАН'],
    description: 'the official news agency of the Russian-installed authorities in occupied Donetsk',
    domains: ['dan-news.ru', 'dan-news.info'],
  }),
  // Iran
  o('IRNA', 'IR', 'agency', ['IRNA', 'Islamic Republic News Agency', 'Irna'], { match: ['IRNA', 'IRNA English'], description: "Iran's state news agency" }),
  o(
    'IRIB',
    'IR',
    'broadcaster',
    [
      'IRIB',
      'Seda va Sima',
      'Voice and Vision of the Islamic Republic',
      'Islamic Republic of Iran Broadcasting',
      'IRINN',
      'IRIB News',
      'Iranian state broadcaster IRIB',
      'Voice of the Islamic Republic of Iran',
      'Voice of the Islamic Republic',
      'Iranian Television',
      'Iran Television',
    ],
    { match: ['IRIB TV'], description: "Iran's state broadcaster" },
  ),
  o('Press TV', 'IR', 'television', ['Press TV', 'PressTV', 'Press-TV'], {
    match: ['Press TV', 'PressTV Spanish', 'PressTV Documentary'],
    description: "Iran's state English-language television",
  }),
  o('Fars', 'IR', 'agency', ['Fars News Agency', 'Fars news agency', 'FNA', 'Fars', 'Fars News'], {
    match: ['Fars News Agency', 'FNA English', 'FNA Arabic', 'FNA Turkish'],
    description: "a news agency close to Iran's Revolutionary Guards",
  }),
  o('Tasnim', 'IR', 'agency', ['Tasnim', 'Tasnim News Agency', 'Tasnim news agency', 'Tasnim News'], {
    match: ['Tasnim News Agency'],
    description: "a news agency close to Iran's Revolutionary Guards",
  }),
  o('Mehr', 'IR', 'agency', ['Mehr News Agency', 'Mehr news agency', 'Mehr'], {
    match: ['Mehr News Agency'],
    contextAliases: ['MNA'],
    description: 'an Iranian state-run news agency',
  }),
  o('Tehran Radio', 'IR', 'radio', ['Tehran Radio', 'Radio Tehran', 'Tehran radio'], { match: ['Tehran Radio'], description: "Iran's state radio" }),
  o('Ettelaat', 'IR', 'newspaper', ['Ettelaat', "Ettela'at", 'Ettelaat daily'], {
    typology: 'SC',
    description: "an Iranian daily owned by the Supreme Leader's office",
  }),
  o('Tehran Times', 'IR', 'newspaper', ['Tehran Times'], { match: ['Tehran Times'], description: 'an Iranian state-controlled English-language daily' }),
  o('Kayhan', 'IR', 'newspaper', ['Kayhan', 'Keyhan', 'Kayhan Al Arabi'], {
    match: ['Kayhan Al Arabi'],
    typology: 'SC',
    description: "a hard-line Iranian daily overseen by the Supreme Leader's office",
  }),
  o('Al-Alam', 'IR', 'television', ['Al-Alam', 'Al Alam'], { typology: 'SC', description: "Iran's state Arabic-language television" }),
  o('Hispan TV', 'IR', 'television', ['Hispan TV', 'HispanTV'], { typology: 'SC', description: "Iran's state Spanish-language television" }),
  o('Nour News', 'IR', 'website', ['Nour News', 'Nournews'], { typology: 'SC', description: "a news site close to Iran's Supreme National Security Council" }),
  o('Young Journalists Club', 'IR', 'agency', ['Young Journalists Club', "Young Journalists' Club", 'YJC'], {
    typology: 'SC',
    description: "a news site run by Iran's state broadcaster",
  }),
  // "Mizan" alone is also a given name: only with Iran named.
  o('Mizan', 'IR', 'agency', ['Mizan News Agency', 'Mizan Online'], {
    contextAliases: ['Mizan'],
    typology: 'SC',
    description: "the news agency of Iran's judiciary",
  }),
  o('Iran Daily', 'IR', 'newspaper', ['Iran Daily'], { match: ['Iran Daily'] }),
  o('Iran newspaper', 'IR', 'newspaper', ['Iran newspaper'], { match: ['Iran'], description: "the Iranian government's newspaper" }),
  o('ISNA', 'IR', 'agency', ['ISNA', 'Iranian Students News Agency', "Iranian Students' News Agency"], { match: ['ISNA'] }),
  o('Pars Today', 'IR', 'website', ['Pars Today', 'ParsToday'], { match: ['Pars Today'] }),
  // Arab states and Turkey
  o('SANA', 'SY', 'agency', ['SANA', 'Syrian Arab News Agency'], { match: ['SANA'], description: "Syria's state news agency" }),
  o('Syrian TV', 'SY', 'television', ['Syrian TV', 'Syrian Television', 'Al-Ikhbariya', 'Al-Ikhbariyah', 'Al Ikhbariya', 'Ikhbariya'], {
    match: ['Al-Ikhbariyah Syria'],
    description: "Syria's state television",
  }),
  o('Radio Damascus', 'SY', 'radio', ['Radio Damascus', 'Damascus Radio'], { match: ['Radio Damascus'], description: "Syria's state radio" }),
  o('Tishreen', 'SY', 'newspaper', ['Tishreen', 'Tishrin'], { match: ['Tishreen'], description: 'a Syrian government newspaper' }),
  o('Al-Baath', 'SY', 'newspaper', ['Al-Baath', "Al-Ba'ath", 'Al Baath'], { match: ["Al Ba'ath"], description: "the Syrian Baath Party's newspaper" }),
  o('Al-Thawra (Syria)', 'SY', 'newspaper', [], {
    match: ['Al Thawra'],
    contextAliases: ['Al-Thawra', 'Al Thawra', 'Ath-Thawra'],
    description: 'a Syrian government newspaper',
  }),
  o('MENA', 'EG', 'agency', ['MENA', 'Middle East News Agency'], { match: ['Middle East News Agency'], description: "Egypt's state news agency" }),
  o('Al-Ahram', 'EG', 'newspaper', ['Al-Ahram', 'Al Ahram', 'Ahram', 'Ahram Online', 'Al-Ahram Weekly', 'Al Ahram Weekly'], {
    match: ['Al Ahram Publishing House', 'Al Ahram Weekly'],
    description: "Egypt's state-owned flagship newspaper",
  }),
  o('Al-Akhbar (Egypt)', 'EG', 'newspaper', ['Akhbar al-Youm', 'Akhbar El Yom', 'Akhbar Al Youm'], {
    match: ['Akhbar Al Youm Foundation'],
    contextAliases: ['Al-Akhbar', 'Al Akhbar'],
    description: 'an Egyptian state-owned newspaper',
  }),
  o('Al-Gomhuria', 'EG', 'newspaper', ['Al-Gomhuria', 'Al Gomhuria', 'Al-Gumhuriya'], {
    match: ['Dar Al Tahrir Publishing House'],
    description: 'an Egyptian state-owned newspaper',
  }),
  o(
    'Egyptian state TV',
    'EG',
    'television',
    [
      'ERTU',
      'Nile TV',
      'Egyptian Radio and Television Union',
      'Al Qahera News',
      'Al-Qahera News',
      'Extra News',
      'Cairo Radio',
      'Radio Cairo',
      'Cairo radio',
      'Voice of the Arabs',
    ],
    { match: ['ERTU'], description: "Egypt's state broadcaster" },
  ),
  o('Rose al-Youssef', 'EG', 'newspaper', ['Rose al-Youssef', 'Rose al-Yusuf', 'Rose El-Youssef', 'Rose Al Youssef'], {
    typology: 'SC',
    description: 'an Egyptian state-owned magazine and daily',
  }),
  o('Youm7', 'EG', 'newspaper', ['Youm7', 'Al-Youm Al-Sabea', 'Youm al-Sabea', 'Al Youm Al Sabea'], { match: ['Al Youm Al Sabea'] }),
  o('Saudi Press Agency', 'SA', 'agency', ['Saudi Press Agency', 'SPA'], {
    match: ['SPAce TV'],
    typology: 'SC',
    description: "Saudi Arabia's state news agency",
  }),
  o('Al Ekhbariya', 'SA', 'television', ['Al Ekhbariya', 'Al-Ekhbariya', 'Ekhbariya'], {
    match: ['Al Ekhbariya'],
    description: "Saudi Arabia's state news channel",
  }),
  o('Saudi state TV', 'SA', 'television', ['Al Saudiya', 'Saudi TV', 'Saudi Television', 'Al-Saudiya'], {
    match: ['Al Saudiya'],
    description: "Saudi Arabia's state television",
  }),
  o('Al Arabiya', 'SA', 'television', ['Al Arabiya', 'Al-Arabiya', 'Alarabiya'], {
    match: ['Al Arabiya', 'Al Arabiya English', 'Al Arabiya Urdu', 'Al Arabiya Farsi'],
    description: 'a Saudi-controlled television channel',
  }),
  o('Asharq Al-Awsat', 'SA', 'newspaper', ['Asharq Al-Awsat', 'Asharq al-Awsat', 'Asharq Al Awsat', 'Al-Sharq al-Awsat'], { match: ['Asharq Al-Awsat'] }),
  o('Arab News', 'SA', 'newspaper', ['Arab News'], { match: ['Arab News'] }),
  o('WAM', 'AE', 'agency', ['WAM', 'Emirates News Agency', 'Emirati news agency WAM'], {
    match: ['WAM'],
    description: "the United Arab Emirates' state news agency",
  }),
  o('The National', 'AE', 'newspaper', [], { match: ['The National'], contextAliases: ['The National'], description: 'an Abu Dhabi state-owned newspaper' }),
  o('KUNA', 'KW', 'agency', ['KUNA', 'Kuwait News Agency', 'Kuwaiti News Agency'], { match: ['KUNA'], description: "Kuwait's state news agency" }),
  o('QNA', 'QA', 'agency', ['QNA', 'Qatar News Agency'], { match: ['QNA', 'Qatar News Agency'], description: "Qatar's state news agency" }),
  o('Al Jazeera', 'QA', 'television', ['Al Jazeera', 'Al-Jazeera', 'Aljazeera', 'Al Jazeera English', 'Al Jazeera Arabic', 'Al Jazira', 'Al-Jazira', 'AJ+'], {
    match: ['Al Jazeera'],
    description: 'a Qatari state-funded broadcaster',
  }),
  o('Petra', 'JO', 'agency', ['PETRA', 'Jordan News Agency', 'Jordanian News Agency'], {
    match: ['PETRA'],
    contextAliases: ['Petra'],
    description: "Jordan's state news agency",
  }),
  o('Jordan TV', 'JO', 'television', ['JRTV', 'Jordan TV', 'Jordan Television', 'Jordanian Television'], {
    match: ['JRTV'],
    description: "Jordan's state television",
  }),
  o('INA', 'IQ', 'agency', ['Iraqi News Agency'], {
    match: ['Iraqi News Agency'],
    contextAliases: ['INA'],
    description: "Iraq's state news agency (under Saddam Hussein as under later governments)",
  }),
  o('Al-Iraqiya', 'IQ', 'television', ['Al-Iraqiya', 'Al Iraqiya', 'Iraqiya'], { match: ['Al-Iraqiya'], description: "Iraq's state television" }),
  o('Babel', 'IQ', 'newspaper', ['Babil'], {
    typology: 'SC',
    contextAliases: ['Babel'],
    description: "Uday Hussein's newspaper under Saddam Hussein",
    stateControlled: { from: 1991, to: 2003 },
  }),
  o('Al-Jumhuriya (Iraq)', 'IQ', 'newspaper', ['Al-Jumhouriya', 'Al-Jumhuriya'], {
    typology: 'SC',
    description: 'an Iraqi state newspaper under Saddam Hussein',
    stateControlled: { to: 2003 },
  }),
  o(
    'Baghdad Radio',
    'IQ',
    'radio',
    [
      'Baghdad Radio',
      'Baghdad radio',
      'Radio Baghdad',
      'Iraqi Radio',
      'Baghdad Television',
      'Iraqi Television',
      'Iraq TV',
      'Voice of the Masses',
      'Republic of Iraq Radio',
    ],
    { typology: 'SC', description: "Iraq's state broadcaster under Saddam Hussein", stateControlled: { to: 2003 } },
  ),
  o(
    'Radio Tripoli',
    'LY',
    'radio',
    ['Radio Tripoli', 'Tripoli Radio', 'Libyan Television', 'Libyan Jamahiriya Broadcasting', 'Jamahiriya Television', 'Great Jamahiriya Radio'],
    { typology: 'SC', description: "Libya's state broadcaster under Muammar Gaddafi", stateControlled: { to: 2011 } },
  ),
  o('JANA', 'LY', 'agency', ['JANA', 'Jamahiriya News Agency', 'Libyan Jamahiriya News Agency', 'Libyan Arab News Agency'], {
    typology: 'SC',
    description: "Libya's state news agency under Muammar Gaddafi",
    stateControlled: { to: 2011 },
  }),
  o('LANA', 'LY', 'agency', ['LANA', 'Libyan News Agency'], { match: ['WAL'], description: "Libya's state news agency" }),
  o('Anadolu', 'TR', 'agency', ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansi', 'Anadolu news agency'], {
    match: ['Anadolu'],
    contextAliases: ['AA'],
    description: "Turkey's state news agency",
  }),
  o('TRT', 'TR', 'broadcaster', ['TRT', 'TRT World', 'TRT Haber', 'Turkish Radio and Television', 'TRT Arabic', 'TRT Deutsch', 'TRT Russian'], {
    match: ['TRT', 'TRT World', 'TRT Arabic', 'TRT Deutsch', 'TRT Russian', 'TRT Kurdi'],
    description: "Turkey's state broadcaster",
  }),
  o('Daily Sabah', 'TR', 'newspaper', ['Daily Sabah'], { match: ['Daily Sabah'], contextAliases: ['Sabah'] }),
  o('Yeni Safak', 'TR', 'newspaper', ['Yeni Safak', 'Yeni Şafak'], { match: ['Yeni Safah'] }),
  o('A Haber', 'TR', 'television', ['A Haber'], { typology: 'CaPr', description: 'a Turkish government-aligned news channel' }),
  // Captured when a government-aligned owner bought them: before that, a dated story cites an independent outlet.
  o('Demiroren News Agency', 'TR', 'agency', ['Demiroren News Agency', 'Demirören News Agency', 'Demirören Haber Ajansı'], {
    match: ['Demiroren News Agency'],
    contextAliases: ['DHA'],
    description: 'a Turkish news agency owned by the government-aligned Demirören group since 2018',
    stateControlled: { from: 2018 },
  }),
  o('Hurriyet', 'TR', 'newspaper', ['Hurriyet', 'Hürriyet', 'Hurriyet Daily News', 'Hürriyet Daily News'], {
    match: ['Hurriyet'],
    description: 'a Turkish newspaper owned by the government-aligned Demirören group since 2018',
    stateControlled: { from: 2018 },
  }),
  o('Kanal D', 'TR', 'television', ['Kanal D'], { match: ['Kanal D'], stateControlled: { from: 2018 } }),
  o('CNN Turk', 'TR', 'television', ['CNN Turk', 'CNN Türk'], { match: ['CNN Turk'], stateControlled: { from: 2018 } }),
  o('CNN Turk Radio', 'TR', 'radio', ['CNN Turk Radio', 'CNN Türk Radyo'], { match: ['CNN Turk Radio'], stateControlled: { from: 2018 } }),
  o('Radyo D', 'TR', 'radio', ['Radyo D'], { match: ['Radyo D'], stateControlled: { from: 2018 } }),
  o('Milliyet', 'TR', 'newspaper', ['Milliyet'], { match: ['Milliyet'], stateControlled: { from: 2011 } }),
  o('WAFA', 'PS', 'agency', ['WAFA', 'Wafa', 'Palestine News and Info Agency', 'Palestinian news agency WAFA'], {
    match: ['WAFA'],
    description: "the Palestinian Authority's news agency",
  }),
  o('Al-Aqsa TV', 'PS', 'television', ['Al-Aqsa TV', 'Al Aqsa TV', 'Al-Aqsa television'], { match: ['Al-Aqsa TV'], description: "Hamas's television channel" }),
  o('Al-Manar', 'LB', 'television', ['Al-Manar', 'Al Manar', 'Al-Manar TV'], { match: ['Al-Manar'], description: "Hezbollah's television channel" }),
  o('NNA', 'LB', 'agency', ['National News Agency'], { match: ['NNA'], contextAliases: ['NNA'], description: "Lebanon's state news agency" }),
  // Al-Thawra ("The Revolution") names government papers in three countries: only the article's country decides.
  o('Al-Thawra (Yemen)', 'YE', 'newspaper', [], { match: ['Al-Thawra'], contextAliases: ['Al-Thawra', 'Al Thawra'], description: 'a Yemeni state newspaper' }),
  o('Al-Thawra (Iraq)', 'IQ', 'newspaper', [], {
    typology: 'SC',
    contextAliases: ['Al-Thawra', 'Al Thawra', 'Ath-Thawra'],
    description: "the Iraqi ruling Baath Party's newspaper under Saddam Hussein",
    stateControlled: { to: 2003 },
  }),
  o('Radio Ethiopia', 'ET', 'radio', ['Radio Ethiopia', 'Voice of Revolutionary Ethiopia'], { typology: 'SC', description: "Ethiopia's state radio" }),
  o('ENA', 'ET', 'agency', ['Ethiopian News Agency'], { match: ['ENA'], contextAliases: ['ENA'], description: "Ethiopia's state news agency" }),
  o('Eri-TV', 'ER', 'television', ['Eri-TV', 'EriTV', 'ERi-TV', 'Dimtsi Hafash', 'Voice of the Broad Masses'], {
    match: ['Eri TV'],
    description: "Eritrea's state television and radio",
  }),
  o('Eritrea Profile', 'ER', 'newspaper', ['Eritrea Profile'], { typology: 'SC', description: "the Eritrean government's English-language weekly" }),
  o('Saba', 'YE', 'agency', ['Saba news agency', 'SABA', 'Saba News Agency', 'Yemen News Agency'], {
    match: ['SABA'],
    contextAliases: ['Saba'],
    description: "Yemen's state news agency (two rival versions)",
  }),
  o('Al-Masirah', 'YE', 'television', ['Al-Masirah', 'Al Masirah', 'Almasirah'], { typology: 'SC', description: "the Houthi movement's television channel" }),
  o('BNA', 'BH', 'agency', ['Bahrain News Agency'], { match: ['Bahrain News Agency'], contextAliases: ['BNA'], description: "Bahrain's state news agency" }),
  o('ONA', 'OM', 'agency', ['Oman News Agency'], { match: ['ONA'], contextAliases: ['ONA'], description: "Oman's state news agency" }),
  o('Sudan TV', 'SD', 'television', ['Sudan TV', 'Sudan Television', 'Sudanese Television', 'Radio Omdurman', 'Omdurman Radio', 'Sudan Radio'], {
    match: ['Sudan TV'],
    description: "Sudan's state broadcaster",
  }),
  o('SUNA', 'SD', 'agency', ['SUNA', 'Sudan News Agency'], { match: ['Sudan News Agency'], description: "Sudan's state news agency" }),
  o('MAP', 'MA', 'agency', ['Maghreb Arabe Presse', 'Agence Maghreb Arabe Presse'], {
    match: ['MAP'],
    contextAliases: ['MAP'],
    description: "Morocco's state news agency",
  }),
  o('TAP', 'TN', 'agency', ['Tunis Afrique Presse'], { match: ['TAP'], contextAliases: ['TAP'], description: "Tunisia's state news agency" }),
  o('APS (Algeria)', 'DZ', 'agency', ['Algerie Presse Service', 'Algérie Presse Service', 'Algeria Press Service'], {
    match: ['APS'],
    contextAliases: ['APS'],
    description: "Algeria's state news agency",
  }),
  // Former Yugoslavia and Eastern Europe
  o('Tanjug', 'RS', 'agency', ['Tanjug', 'TANJUG'], {
    match: ['Tanjug'],
    description: "Serbia's (formerly Yugoslavia's) state news agency",
    formerly: { until: 2002, country: 'YU', description: "Yugoslavia's state news agency" },
  }),
  o('Borba', 'YU', 'newspaper', ['Borba'], { typology: 'SC', description: "Yugoslavia's state newspaper", stateControlled: { to: 2009 } }),
  o(
    'RTS',
    'RS',
    'television',
    [
      'Radio Television of Serbia',
      'Radio-Television Serbia',
      'RTS1',
      'TV Belgrade',
      'Belgrade TV',
      'Radio Television Belgrade',
      'Radio-Television Belgrade',
      'Television Belgrade',
    ],
    { match: ['RTS1'], contextAliases: ['RTS'], description: "Serbia's state-captured public broadcaster" },
  ),
  o('ADN', 'DD', 'agency', ['Allgemeiner Deutscher Nachrichtendienst'], {
    typology: 'SC',
    contextAliases: ['ADN'],
    description: "East Germany's state news agency",
    stateControlled: { to: 1990 },
  }),
  o('Neues Deutschland', 'DD', 'newspaper', ['Neues Deutschland'], {
    typology: 'SC',
    description: "the East German ruling party's newspaper",
    stateControlled: { to: 1989 },
  }),
  // Communist-era agencies share names with today's independent ones: the article's year or era picks the entry.
  o('CTK (Czechoslovakia)', 'CS', 'agency', ['Czechoslovak News Agency', 'Ceskoslovenska tiskova kancelar'], {
    typology: 'SC',
    contextAliases: ['CTK', 'CETEKA'],
    description: "communist Czechoslovakia's state news agency",
    stateControlled: { to: 1989 },
  }),
  o('BTA (communist Bulgaria)', 'BG', 'agency', [], {
    typology: 'SC',
    contextAliases: ['BTA', 'Bulgarian Telegraph Agency'],
    description: "communist Bulgaria's state news agency",
    stateControlled: { to: 1989 },
  }),
  o('Rude Pravo', 'CS', 'newspaper', ['Rude Pravo', 'Rudé právo'], {
    typology: 'SC',
    description: "the Czechoslovak Communist Party's newspaper",
    stateControlled: { to: 1989 },
  }),
  o('Trybuna Ludu', 'PL', 'newspaper', ['Trybuna Ludu'], {
    typology: 'SC',
    description: "the Polish communist party's newspaper",
    stateControlled: { to: 1990 },
  }),
  o('Rabotnichesko Delo', 'BG', 'newspaper', ['Rabotnichesko Delo'], {
    typology: 'SC',
    description: "the Bulgarian Communist Party's newspaper",
    stateControlled: { to: 1990 },
  }),
  o('Scinteia', 'RO', 'newspaper', ['Scinteia', 'Scînteia'], {
    typology: 'SC',
    description: "the Romanian Communist Party's newspaper",
    stateControlled: { to: 1989 },
  }),
  o('BelTA', 'BY', 'agency', ['BelTA', 'Belta', 'BELTA', 'Belarusian Telegraph Agency', 'Belarusian Telegraphic Agency'], {
    match: ['Belta'],
    description: "Belarus's state news agency",
  }),
  o(
    'Belarus 1',
    'BY',
    'television',
    [
      'Belarus 1',
      'Belarus-1',
      'Belarus TV',
      'Belarusian state TV channel Belarus 1',
      'Belteleradio',
      'Belteleradiocompany',
      'Belarusian Television',
      'Belarusian TV',
    ],
    { match: ['Belarus TV'], description: "Belarus's state television" },
  ),
  o('Sovetskaya Belorussiya', 'BY', 'newspaper', ['Sovetskaya Belorussiya', 'Belarus Segodnya', 'SB Belarus Segodnya'], {
    match: ['Sovetskaya Belorussiya'],
    description: "the Belarusian presidential administration's newspaper",
  }),
  o('MTI', 'HU', 'agency', ['MTI', 'Magyar Tavirati Iroda', 'Magyar Távirati Iroda', 'Hungarian news agency MTI'], {
    match: ['Magyar Távirati Iroda'],
    description: "Hungary's state news agency",
  }),
  o('Azertac', 'AZ', 'agency', ['Azertac', 'AZERTAC', 'Azertag', 'AzerTag', 'AzerTAc', 'AzerTac', 'AZERTAG', 'Azerbaijan State Telegraph Agency'], {
    match: ['Azertac'],
    description: "Azerbaijan's state news agency",
  }),
  o('Kazinform', 'KZ', 'agency', ['Kazinform', 'Kazakhstan National News Agency', 'Qazinform', 'Kazinform news agency'], { match: ['Kazinform'] }),
  o('Kazakh TV', 'KZ', 'television', ['Kazakh TV', 'Kazakhstan TV', 'Qazaqstan TV', 'Kazakhstan Television'], {
    match: ['Kazakh TV'],
    description: "Kazakhstan's state television",
  }),
  o('AzTV', 'AZ', 'television', ['AzTV', 'Azerbaijan Television', 'Azerbaijani Television', 'Azerbaijan State Television'], {
    match: ['AzTV'],
    description: "Azerbaijan's state television",
  }),
  o('Armenpress', 'AM', 'agency', ['Armenpress', 'ARMENPRESS'], { match: ['Armenpress'] }),
  o('Turkmen State News Service', 'TM', 'agency', ['Turkmen State News Service', 'Turkmenistan State News Service', 'State News Agency of Turkmenistan'], {
    typology: 'SC',
    contextAliases: ['TDH'],
    description: "Turkmenistan's state news agency",
  }),
  o('Khabar', 'KZ', 'television', ['Khabar 24', 'Khabar TV', 'Khabar Agency', 'Khabar television'], {
    typology: 'SC',
    contextAliases: ['Khabar'],
    description: "Kazakhstan's state broadcaster",
  }),
  o('UzA', 'UZ', 'agency', ['UzA', 'Uzbekistan National News Agency', 'National News Agency of Uzbekistan'], {
    match: ['UzA'],
    description: "Uzbekistan's state news agency",
  }),
  o('Radio Tirana', 'AL', 'radio', ['Radio Tirana', 'Tirana Radio', 'Albanian Radio and Television'], {
    typology: 'SC',
    description: "communist Albania's state radio",
    stateControlled: { to: 1991 },
  }),
  o('Zeri i Popullit', 'AL', 'newspaper', ['Zeri i Popullit', 'Zëri i Popullit'], {
    typology: 'SC',
    description: "the Albanian Party of Labour's newspaper",
    stateControlled: { to: 1991 },
  }),
  o('Radio Bucharest', 'RO', 'radio', ['Radio Bucharest', 'Bucharest Radio', 'Romanian Television', 'Romanian Radio'], {
    typology: 'SC',
    description: "communist Romania's state broadcaster",
    stateControlled: { to: 1989 },
  }),
  o('Radio Prague (communist era)', 'CS', 'radio', ['Czechoslovak Radio', 'Czechoslovak Television'], {
    typology: 'SC',
    contextAliases: ['Radio Prague', 'Prague Radio'],
    description: "communist Czechoslovakia's state broadcaster",
    stateControlled: { to: 1989 },
  }),
  o('Radio Budapest', 'HU', 'radio', ['Radio Budapest', 'Budapest Radio', 'Hungarian Radio', 'Magyar Radio'], {
    typology: 'SC',
    description: "communist Hungary's state radio",
    stateControlled: { to: 1989 },
  }),
  o('Radio Sofia', 'BG', 'radio', ['Radio Sofia', 'Sofia Radio', 'Bulgarian Radio', 'Bulgarian Television'], {
    typology: 'SC',
    description: "communist Bulgaria's state broadcaster",
    stateControlled: { to: 1989 },
  }),
  o('Radio Warsaw', 'PL', 'radio', ['Radio Warsaw', 'Warsaw Radio', 'Warsaw Television'], {
    typology: 'SC',
    description: "communist Poland's state broadcaster",
    stateControlled: { to: 1989 },
  }),
  o('Altyn Asyr', 'TM', 'television', ['Altyn Asyr', 'Turkmen Television', 'Turkmen state television'], {
    typology: 'SC',
    description: "Turkmenistan's state television",
  }),
  o('Tajik TV', 'TJ', 'television', ['Tajik TV', 'Tajik Television', 'Tajikistan Television', 'TV Tojikiston'], {
    typology: 'SC',
    description: "Tajikistan's state television",
  }),
  o('Uzbek TV', 'UZ', 'television', ['Uzbek TV', 'Uzbek Television', 'Uzbekistan Television', 'Uzbekistan TV'], {
    typology: 'SC',
    description: "Uzbekistan's state television",
  }),
  o(
    'GDR radio and television',
    'DD',
    'broadcaster',
    ['Radio Berlin International', 'Voice of the GDR', 'Stimme der DDR', 'Aktuelle Kamera', 'DDR-Fernsehen', 'East Berlin Radio'],
    { typology: 'SC', description: "East Germany's state broadcaster", stateControlled: { to: 1990 } },
  ),
  o('Nepszabadsag', 'HU', 'newspaper', ['Nepszabadsag', 'Népszabadság'], {
    typology: 'SC',
    description: "the Hungarian Communist Party's newspaper",
    stateControlled: { to: 1989 },
  }),
  o('Zolnierz Wolnosci', 'PL', 'newspaper', ['Zolnierz Wolnosci', 'Żołnierz Wolności'], {
    typology: 'SC',
    description: "communist Poland's army newspaper",
    stateControlled: { to: 1990 },
  }),
  o('Romania Libera (communist era)', 'RO', 'newspaper', ['Romania Libera', 'România Liberă'], {
    typology: 'SC',
    description: 'a communist Romanian state newspaper',
    stateControlled: { to: 1989 },
  }),
  o('Bakhtar', 'AF', 'agency', ['Bakhtar News Agency', 'Bakhtar Information Agency'], {
    match: ['Bakhtar News Agency'],
    contextAliases: ['Bakhtar'],
    description: "Afghanistan's state news agency",
  }),
  o(
    'Voice of Democratic Kampuchea',
    'KH',
    'radio',
    ['Voice of Democratic Kampuchea', 'Radio Phnom Penh', 'Phnom Penh Radio', 'Voice of the People of Kampuchea'],
    { typology: 'SC', description: "Cambodia's state radio under the Khmer Rouge and its successor", stateControlled: { to: 1993 } },
  ),
  o('Neutral Turkmenistan', 'TM', 'newspaper', ['Neutral Turkmenistan', 'Neytralny Turkmenistan', 'Neitralny Turkmenistan'], {
    match: ['Neytralny Turkmenistan'],
  }),
  // Asia
  o('Radio Afghanistan', 'AF', 'radio', ['Radio Afghanistan', 'Radio Kabul', 'Kabul Radio', 'Kabul radio'], {
    match: ['Radio Afghanistan'],
    description: "Afghanistan's state radio",
  }),
  o('VNA', 'VN', 'agency', ['VNA', 'Vietnam News Agency', 'Viet Nam News Agency'], { match: ['VNA'], description: "Vietnam's state news agency" }),
  o('Nhan Dan', 'VN', 'newspaper', ['Nhan Dan', 'Nhân Dân', 'Nhan Dan Daily'], {
    match: ['Nhan Dan Daily'],
    description: "the Vietnamese Communist Party's newspaper",
  }),
  o('Radio Hanoi', 'VN', 'radio', ['Radio Hanoi', 'Hanoi Radio', 'Hanoi radio'], {
    match: ['Hanoi Radio'],
    description: "Vietnam's state radio (North Vietnam's before 1976)",
  }),
  o('Quan Doi Nhan Dan', 'VN', 'newspaper', ['Quan Doi Nhan Dan', 'Quân Đội Nhân Dân', "People's Army Newspaper"], {
    typology: 'SC',
    description: "the Vietnamese army's newspaper",
  }),
  o('VTV', 'VN', 'television', ['Vietnam Television'], { match: ['VTV'], contextAliases: ['VTV'], description: "Vietnam's state television" }),
  o('VOV', 'VN', 'radio', ['VOV', 'Voice of Vietnam'], { match: ['VOV', 'VOV World'], description: "Vietnam's state radio" }),
  o('Viet Nam News', 'VN', 'newspaper', ['Viet Nam News', 'Vietnam News'], { match: ['Viet Nam News'] }),
  o('KPL', 'LA', 'agency', ['KPL', 'Lao News Agency', 'Khaosan Pathet Lao'], { match: ['KPL'], description: "Laos's state news agency" }),
  o('NHK', 'JP', 'broadcaster', ['NHK', 'Japan Broadcasting Corporation', 'NHK World', 'Nippon Hoso Kyokai'], {
    match: ['NHK'],
    description: "Japan's public broadcaster, classed as captured public media",
  }),
  o('Bernama', 'MY', 'agency', ['Bernama', 'BERNAMA', 'Malaysian National News Agency'], { match: ['Bernama'], description: "Malaysia's state news agency" }),
  o('Philippine News Agency', 'PH', 'agency', ['Philippine News Agency', 'Philippines News Agency'], {
    match: ['Philippines News Agency'],
    contextAliases: ['PNA'],
    description: "the Philippine government's news agency",
  }),
  o('APP', 'PK', 'agency', ['Associated Press of Pakistan'], { match: ['APP'], contextAliases: ['APP'], description: "Pakistan's state news agency" }),
  o('PTV (Pakistan)', 'PK', 'television', ['Pakistan Television', 'PTV News'], {
    match: ['PTV'],
    contextAliases: ['PTV'],
    description: "Pakistan's state television",
  }),
  o('Radio Pakistan', 'PK', 'radio', ['Radio Pakistan', 'Pakistan Broadcasting Corporation'], { match: ['PBC'], description: "Pakistan's state radio" }),
  o('Doordarshan', 'IN', 'television', ['Doordarshan', 'DD News', 'Prasar Bharati'], { match: ['Doordarshan'], description: "India's state television" }),
  o('All India Radio', 'IN', 'radio', ['All India Radio', 'Akashvani'], {
    match: ['All India Radio'],
    contextAliases: ['AIR'],
    description: "India's state radio",
  }),
  o(
    'MRTV',
    'MM',
    'television',
    [
      'MRTV',
      'Myanmar Radio and Television',
      'Myanma Radio and Television',
      'Myawaddy',
      'Myawaddy TV',
      'Myawaddy Television',
      'Radio Rangoon',
      'Rangoon Radio',
      'Burma Broadcasting Service',
      'Radio Myanmar',
      'Myanmar Television',
      'Myanma Television',
      'TV Myanmar',
    ],
    { match: ['MRTV', 'Myawaddy TV'], description: "Myanmar's state broadcaster" },
  ),
  o(
    'Global New Light of Myanmar',
    'MM',
    'newspaper',
    ['Global New Light of Myanmar', 'New Light of Myanmar', "Working People's Daily", 'Myanma Alinn', 'Myanmar Alinn'],
    { match: ['The Global New Light of Myanmar'], description: "Myanmar's state newspaper" },
  ),
  o('Channel NewsAsia', 'SG', 'television', ['Channel NewsAsia', 'Channel News Asia', 'CNA Singapore'], {
    match: ['Channel NewsAsia'],
    contextAliases: ['CNA'],
    description: "Singapore's state-owned broadcaster",
  }),
  o('The Straits Times', 'SG', 'newspaper', ['Straits Times'], { match: ['The Straits Times'] }),
  o('Fresh News', 'KH', 'website', ['Fresh News'], { match: ['Fresh News'], description: 'a Cambodian government-aligned news site' }),
  o('AKP', 'KH', 'agency', ['AKP', 'Agence Kampuchea Presse'], { match: ['AKP'] }),
  o('Yonhap', 'KR', 'agency', ['Yonhap', 'Yonhap News Agency', 'Yonhap news agency'], {
    match: ['Yonhap News Agency'],
    description: "South Korea's news agency",
  }),
  o('CNA (Taiwan)', 'TW', 'agency', ['Central News Agency', 'Focus Taiwan'], {
    match: ['CNA', 'Focus on Taiwan'],
    contextAliases: ['CNA'],
    description: "Taiwan's national news agency",
  }),
  // Africa: broadcasting corporations whose acronym names several CSV assets.
  o('EBC', 'ET', 'broadcaster', ['Ethiopian Broadcasting Corporation', 'Ethiopian Television', 'Ethiopian National Radio'], {
    match: ['ETV', 'Ethiopian National Radio'],
    contextAliases: ['EBC', 'ETV'],
    description: "Ethiopia's state broadcaster",
  }),
  o('RBA', 'RW', 'broadcaster', ['Rwanda Broadcasting Agency', 'Rwandan Broadcasting Agency', 'Rwanda Television', 'Radio Rwanda'], {
    match: ['Rwanda Television', 'Radio Rwanda'],
    contextAliases: ['RBA', 'RTV'],
    description: "Rwanda's state broadcaster",
  }),
  o('ZBC', 'ZW', 'broadcaster', ['Zimbabwe Broadcasting Corporation', 'ZBC TV', 'Radio Zimbabwe'], {
    match: ['ZBC TV', 'Radio Zimbabwe'],
    contextAliases: ['ZBC'],
    description: "Zimbabwe's state broadcaster",
  }),
  o('The Herald (Zimbabwe)', 'ZW', 'newspaper', [], {
    match: ['The Herald'],
    contextAliases: ['The Herald'],
    description: "Zimbabwe's government-controlled daily",
  }),
  o('ATSH', 'AL', 'agency', ['ATSH', 'Albanian Telegraphic Agency', 'Albanian Telegraph Agency'], {
    match: ['ATSH'],
    contextAliases: ['ATA'],
    description: "Albania's state news agency",
  }),
  // Americas and Europe
  o('Granma', 'CU', 'newspaper', ['Granma'], { match: ['Granma'], description: "the Cuban Communist Party's newspaper" }),
  o('Prensa Latina', 'CU', 'agency', ['Prensa Latina'], { match: ['Prensa Latina'], description: "Cuba's state news agency" }),
  o('Juventud Rebelde', 'CU', 'newspaper', ['Juventud Rebelde'], { match: ['Juventud Rebelde'] }),
  o('Cubadebate', 'CU', 'website', ['Cubadebate'], { typology: 'SC', description: 'a Cuban state news website' }),
  o(
    'Cuban state TV',
    'CU',
    'television',
    ['Cubavision', 'Cubavisión', 'Televisión Cubana', 'Cuban Television', 'Radio Rebelde', 'Radio Havana Cuba', 'Radio Havana'],
    { match: ['Televisión Cubana'], description: "Cuba's state broadcaster" },
  ),
  o('ACN', 'CU', 'agency', ['Cuban News Agency', 'Agencia Cubana de Noticias', 'AIN'], {
    match: ['ACN'],
    contextAliases: ['ACN'],
    description: "Cuba's state news agency",
  }),
  o('Canal 4 (Nicaragua)', 'NI', 'television', ['Canal 4 Multinoticias'], {
    match: ['Canal 4 Multinoticias'],
    contextAliases: ['Canal 4'],
    description: "Nicaragua's Sandinista-run television channel",
  }),
  o('El 19 Digital', 'NI', 'website', ['El 19 Digital', 'El 19Digital', 'El19Digital'], {
    match: ['El 19Digital'],
    description: "the Sandinista government's news site",
  }),
  o('TeleSUR', 'VE', 'television', ['TeleSUR', 'Telesur', 'teleSUR', 'TeleSur'], {
    match: ['TeleSUR English'],
    description: 'a Venezuelan state-funded television network',
  }),
  o('VTV (Venezuela)', 'VE', 'television', ['Venezolana de Television', 'Venezolana de Televisión'], {
    match: ['Venezolana de Televisión'],
    contextAliases: ['VTV'],
    description: "Venezuela's state television",
  }),
  o('AVN', 'VE', 'agency', ['Agencia Venezolana de Noticias'], { match: ['Agencia Venezolana de Noticias'], contextAliases: ['AVN'] }),
  o('Telam', 'AR', 'agency', ['Telam', 'Télam'], { match: ['Telam'] }),
  o('Notimex', 'MX', 'agency', ['Notimex'], { match: ['Notimex'] }),
  o('Agencia Brasil', 'BR', 'agency', ['Agencia Brasil', 'Agência Brasil'], { match: ['Agência Brasil'] }),
  o('Andina', 'PE', 'agency', ['Andina news agency'], { match: ['Andina'], contextAliases: ['Andina'] }),
  o('RAI', 'IT', 'broadcaster', ['RAI', 'Rai', 'Radiotelevisione Italiana'], { match: ['RAI'] }),
  o('Vatican News', 'VA', 'website', ['Vatican News', 'Vatican Radio', "L'Osservatore Romano", 'Osservatore Romano'], {
    match: ['Vatican News'],
    description: "the Holy See's official media",
  }),
  o('TVP', 'PL', 'television', ['TVP', 'TVP Info', 'Telewizja Polska'], { match: ['TVP'] }),
  o('BBC', 'GB', 'broadcaster', ['BBC', 'British Broadcasting Corporation', 'BBC News', 'BBC World Service', 'BBC Monitoring'], { match: ['BBC'] }),
  o('Deutsche Welle', 'DE', 'broadcaster', ['DW', 'Deutsche Welle'], { match: ['DW'] }),
  o('Voice of America', 'US', 'broadcaster', ['Voice of America', 'VOA', 'Golos Ameriki'], { match: ['Voice of America', 'Golos Ameriki'] }),
  o('RFE/RL', 'US', 'broadcaster', ['RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Free Europe', 'Radio Liberty', 'Radio Svoboda', 'Current Time'], {
    match: ['Radio Free Europe/Radio Liberty', 'Current Time TV', 'Svoboda'],
  }),
  o('Radio Free Asia', 'US', 'radio', ['Radio Free Asia', 'RFA'], { match: ['Radio Free Asia'] }),
  o('Alhurra', 'US', 'television', ['Alhurra', 'Al Hurra', 'Middle East Broadcasting Networks', 'Radio Sawa', 'Radio Marti', 'Radio Martí'], {
    match: ['Middle East Broadcasting Networks'],
  }),
  o('NPR', 'US', 'radio', ['NPR', 'National Public Radio'], { match: ['NPR'] }),
  o('ABC (Australia)', 'AU', 'broadcaster', ['Australian Broadcasting Corporation', 'ABC Australia'], { match: ['ABC'], contextAliases: ['ABC'] }),
  o('France 24', 'FR', 'television', ['France 24', 'France24', 'RFI', 'Radio France Internationale'], { match: ['France24', 'Radio France Internationale'] }),
];

/**
 * CSV asset names that are generic newspaper titles several countries share ("Daily News" is Sri Lanka's, Tanzania's,
 * Botswana's): matched only when the article names the outlet's country, never on their own.
 */
export const CONTEXT_ONLY_ALIASES: readonly string[] = ['Daily News', 'La Presse'];

/** CSV asset names that are common words, places or country names: never matched from the CSV on their own. */
export const EXCLUDED_ALIASES: readonly string[] = [
  'Today',
  'Gold',
  'Mir',
  'First',
  'The Paper',
  'Star',
  'Posta',
  'Hayat',
  'Index',
  'Lokal',
  'Bors',
  'Liter',
  'Urker',
  'Exame',
  'Domingo',
  'Desafio',
  'Noticias',
  'Horizons',
  'Quds',
  'Khorasan',
  'Javan',
  'Iran',
  'Azerbaijan',
  'Turkmenistan',
  'Turkiye',
  'Qazaqstan',
  'Oʻzbekiston',
  'Ukraina',
  'Respublika',
  'Watan',
  'Eurostar',
  'Soap Box',
  'In the NOW',
  'Channel 5',
  'Channel 4',
  'Canal 8',
  'Canal 6',
  'Canal 4',
  'Canal 5',
  'Canal 10',
  'Canal 12',
  'Canal 13',
  'Public Radio',
  'Radio Nacional',
  'The Star',
  'The Mirror',
  'The Herald',
  'The Chronicle',
  'Military News',
  'Financial News',
  'China Net',
  'New Era',
  'La Nation',
  'Le Soleil',
  'Le Matin',
  'Dalka',
  'Geled',
  'Trigta',
  'Gunes',
  'Aksam',
  'Sabah',
  'Kurir',
  'Informer',
  'Prva',
  'Prvi',
  'Real TV',
  'Space TV',
  'Hirado',
  'MR',
  'HR',
  'LR',
  'DR',
  'ČT',
  'Economy of Belarus',
  '7 Days',
  'Kanal 7',
  'Radyo 7',
  'TV4',
  '24TV',
  'Ahora el Pueblo',
  'Diario Octubre',
  'The New Paper',
  'The Business Times',
  'Hangzhou News',
  'Flash Jin10',
  'Economic Daily',
  'Tenge monitor',
  'Ana tili',
  'Akikat',
  'The First News',
  'Public Sector Manager',
  'SA News',
  'Balita Central',
  'Horizons',
  'Alvefagh',
  'Irane Sepid',
  'Felestin',
  'Al Masa',
  'Radio Universidad',
  'Canal Sur',
  'Republic of Iraq Radio',
  'Radio Uruguay',
  'Eritrea Profile',
  'Watan',
  'Show TV',
  'Star TV',
  'ATV',
  'MTV',
  'STV',
  'Zara FM',
  'Bayon TV',
  'Nice TV',
  'Retro Radio',
  'Demokrata',
  'Figyelo',
  'Ripost',
  'Mandiner',
  'Bolivia TV',
];
