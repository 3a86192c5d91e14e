// Peoples are never speakers: "Palestinian" from "Palestinian journalist", "Islamic" from "Islamic State".
// Country names stay possible ("Israel called it “unacceptable”"): a state speaks through its government.
const DEMONYMS = [
  'american', 'americans', 'british', 'english', 'french', 'german', 'germans', 'italian', 'spanish', 'russian', 'russians',
  'ukrainian', 'ukrainians', 'chinese', 'japanese', 'korean', 'koreans', 'iranian', 'iranians', 'iraqi', 'iraqis', 'syrian',
  'syrians', 'israeli', 'israelis', 'palestinian', 'palestinians', 'lebanese', 'egyptian', 'egyptians', 'saudi', 'saudis',
  'emirati', 'qatari', 'kuwaiti', 'omani', 'yemeni', 'bahraini', 'jordanian', 'turkish', 'turks', 'kurdish', 'kurds',
  'afghan', 'afghans', 'pakistani', 'pakistanis', 'indian', 'indians', 'bangladeshi', 'sri', 'lankan', 'nepali', 'burmese',
  'thai', 'vietnamese', 'cambodian', 'laotian', 'malaysian', 'indonesian', 'filipino', 'taiwanese', 'australian',
  'australians', 'zealander', 'canadian', 'canadians', 'mexican', 'mexicans', 'cuban', 'cubans', 'venezuelan', 'brazilian',
  'argentine', 'argentinian', 'colombian', 'peruvian', 'chilean', 'bolivian', 'nicaraguan', 'african', 'africans', 'nigerian',
  'ethiopian', 'eritrean', 'kenyan', 'somali', 'sudanese', 'libyan', 'tunisian', 'algerian', 'moroccan', 'european',
  'europeans', 'asian', 'asians', 'arab', 'arabs', 'western', 'eastern', 'northern', 'southern', 'soviet', 'soviets',
  'belarusian', 'polish', 'czech', 'hungarian', 'serbian', 'serb', 'serbs', 'croatian', 'bosnian', 'albanian', 'greek',
  'greeks', 'cypriot', 'georgian', 'armenian', 'azerbaijani', 'kazakh', 'uzbek', 'islamic', 'muslim', 'muslims', 'christian',
  'jewish', 'communist', 'democratic', 'republican', 'new', 'north', 'south', 'east', 'west', 'united', 'states', 'kingdom',
];
const TEMPORAL_AND_DETERMINERS = ['shortly', 'soon', 'later', 'earlier', 'meanwhile', 'another', 'other', 'others', 'some', 'many', 'both', 'each', 'every', 'several', 'such'];

const NO_ONE_WORDS: ReadonlySet<string> = new Set([...DEMONYMS, ...TEMPORAL_AND_DETERMINERS]);

/** Whether a would-be speaker is only people, direction, time or determiner words: no one to name. */
export function namesNoOne(speaker: string): boolean {
  const words = speaker.replace(/^(?:the|a|an)\s+/i, '').toLowerCase().split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => NO_ONE_WORDS.has(word.replace(/['’]s$/, '')));
}
