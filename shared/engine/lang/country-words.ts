/**
 * Country words of Spanish, French, German and Russian copy (names, adjectives as written, in their usual
 * cases, capitals and leaders), beside the English ones in `state-media/countries.ts`: they tie an article to
 * a country to resolve shared outlet names and give generic references ("los medios estatales") a country.
 */
export const LOCAL_COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  KP: [
    'Corea del Norte', 'norcoreano', 'norcoreana', 'norcoreanos', 'norcoreanas', 'Pionyang', 'Piongyang', 'Corée du Nord', 'nord-coréen',
    'nord-coréenne', 'nord-coréens', 'nord-coréennes', 'Nordkorea', 'Nordkoreas', 'nordkoreanische', 'nordkoreanischen', 'nordkoreanischer',
    'Pjöngjang', 'КНДР', 'Северная Корея', 'Северной Кореи', 'Северной Корее', 'Северную Корею', 'северокорейский', 'северокорейская',
    'северокорейское', 'северокорейского', 'северокорейские', 'северокорейских', 'Пхеньян', 'Пхеньяна', 'Пхеньяне', 'Ким Чен Ын', 'Ким Чен Ына',
    'Kim Jong-un', 'Kim Jong Un',
  ],
  CN: ['chino', 'china', 'chinos', 'chinas', 'Pekín', 'Chine', 'chinois', 'chinoise', 'Pékin', 'chinesische', 'chinesischen', 'chinesischer', 'Peking', 'Китай', 'Китая', 'Китае', 'китайский', 'китайская', 'китайское', 'китайского', 'китайские', 'китайских', 'Пекин', 'Пекина', 'Си Цзиньпин', 'Си Цзиньпина'],
  RU: ['Rusia', 'ruso', 'rusa', 'rusos', 'rusas', 'Moscú', 'Kremlin', 'Russie', 'russe', 'russes', 'Moscou', 'Russland', 'Russlands', 'russische', 'russischen', 'russischer', 'Moskau', 'Kreml', 'Россия', 'России', 'Россию', 'российский', 'российская', 'российское', 'российского', 'российские', 'российских', 'Москва', 'Москвы', 'Кремль', 'Кремля', 'Путин', 'Путина', 'Путину'],
  SU: ['Unión Soviética', 'soviético', 'soviética', 'Union soviétique', 'soviétique', 'Sowjetunion', 'sowjetische', 'sowjetischen', 'СССР', 'Советский Союз', 'Советского Союза', 'советский', 'советское', 'советского'],
  BY: ['Bielorrusia', 'bielorruso', 'bielorrusa', 'Biélorussie', 'Bélarus', 'biélorusse', 'Belarus', 'belarussische', 'belarussischen', 'Weißrussland', 'Беларусь', 'Белоруссия', 'Белоруссии', 'белорусский', 'белорусское', 'белорусского', 'Минск', 'Лукашенко'],
  IR: ['Irán', 'iraní', 'iraníes', 'Teherán', 'Iran', 'iranien', 'iranienne', 'Téhéran', 'iranische', 'iranischen', 'Teheran', 'Иран', 'Ирана', 'Иране', 'иранский', 'иранское', 'иранского', 'Тегеран'],
  SY: ['Siria', 'sirio', 'siria', 'Damasco', 'Syrie', 'syrien', 'syrienne', 'Syrien', 'syrische', 'syrischen', 'Damaskus', 'Сирия', 'Сирии', 'сирийский', 'сирийское', 'Дамаск'],
  CU: ['cubano', 'cubana', 'cubanos', 'La Habana', 'Cuba', 'cubain', 'cubaine', 'Kuba', 'kubanische', 'kubanischen', 'Havanna', 'Куба', 'Кубы', 'кубинский', 'кубинское', 'Гавана'],
  VE: ['venezolano', 'venezolana', 'venezolanos', 'Caracas', 'Maduro', 'Venezuela', 'vénézuélien', 'vénézuélienne', 'venezolanische', 'venezolanischen', 'Венесуэла', 'Венесуэлы', 'венесуэльский', 'Мадуро'],
  NI: ['nicaragüense', 'Managua', 'Ortega', 'nicaraguayen', 'Никарагуа'],
  VN: ['Vietnam', 'vietnamita', 'vietnamien', 'vietnamienne', 'vietnamesische', 'Вьетнам', 'вьетнамский'],
  QA: ['Catar', 'catarí', 'Qatar', 'qatari', 'Katar', 'katarische', 'Катар', 'катарский'],
  TR: ['Turquía', 'turco', 'turca', 'Turquie', 'turc', 'turque', 'Türkei', 'türkische', 'türkischen', 'Турция', 'Турции', 'турецкий'],
};
