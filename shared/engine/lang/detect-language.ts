import { francAll } from 'franc-min';

/** The languages the engine has a pack for, as ISO 639-1 codes. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'ru'] as const;

/** A language the engine can analyse. */
export type Language = (typeof LANGUAGES)[number];

/** What a caller may ask for: one language, or `auto` to detect it from the text. */
export type LanguageChoice = Language | 'auto';

/** The language assumed when the text gives no clear answer. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** Each language's name in English, for menus and messages (the interface language). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  ru: 'Russian',
};

/** franc names languages by ISO 639-3; only these five are considered, so no other language can be guessed. */
const FROM_ISO_639_3: Readonly<Record<string, Language>> = { eng: 'en', spa: 'es', fra: 'fr', deu: 'de', rus: 'ru' };
const ONLY = Object.keys(FROM_ISO_639_3);

/** Paragraphs shorter than this say too little about their language to vote. */
const MIN_PARAGRAPH = 40;
/** Enough text to decide; reading more only costs time (a 1 MB article is decided on its first 3,000 characters of body). */
const SAMPLE_CHARS = 3_000;
/** Paragraphs are voted on in chunks of about this size: a long one alone, short ones together. */
const CHUNK_CHARS = 1_000;
/** franc reads at most this much of one paragraph. */
const MAX_PARAGRAPH = 2_000;

/** A paragraph opening with a quotation mark and ending with one. */
const QUOTED_PARAGRAPH = /^["“”„«»‚‘'「][\s\S]*["“”»«‘’'」][.!?]?$/u;

const THE = /(?<![\p{L}])the(?![\p{L}])/giu;
/** Common words of the other packs' languages ("und", "que", "les") and Cyrillic: where they are frequent, franc decides. */
const OTHER_LANGUAGE = /(?<![\p{L}])(?:der|die|und|das|nicht|ist|que|los|las|del|por|les|des|est|une|dans|qui)(?![\p{L}])|\p{Script=Cyrillic}+/giu;
const WORDS = /\p{L}+/gu;

/**
 * Whether the sample is English by its share of "the", a word the other packs' languages do not use: one word
 * in fifty or more (English news runs at 2–9 %, Spanish, French, German and Russian copy under 1 %), and
 * the other languages' commonest words under one in a hundred, so a bilingual page still goes to franc.
 */
function isPlainEnglish(chunks: readonly string[]): boolean {
  let words = 0;
  let the = 0;
  let other = 0;
  for (const chunk of chunks) {
    words += chunk.match(WORDS)?.length ?? 0;
    the += chunk.match(THE)?.length ?? 0;
    other += chunk.match(OTHER_LANGUAGE)?.length ?? 0;
  }
  return words >= 40 && the * 50 >= words && other * 100 < words;
}

/** Whether a value names a language the engine has a pack for. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Whether a value is a language or `auto`. */
export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'auto' || isLanguage(value);
}

/** The primary subtag of a BCP 47 tag (`ru-RU` → `ru`) when the engine has a pack for it. */
export function packLanguageOf(tag: string | undefined): Language | undefined {
  const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/**
 * Detects the article's language from its body: each paragraph (or run of short ones) votes for the language
 * franc finds in it, weighted by its length, and a paragraph that is a quotation does not vote, so a quoted
 * statement in another language does not switch the article.
 * Returns undefined when no paragraph is long enough to tell.
 */
export function detectLanguage(text: string): Language | undefined {
  const chunks: string[] = [];
  let read = 0;
  let chunk = '';
  let quoted = '';
  // Paragraphs are read from the top only until the sample is full, so a 10 MB text costs what a short one does;
  // short ones are voted on in chunks, since each call of franc has a fixed cost.
  for (let start = 0; start < text.length && read < SAMPLE_CHARS;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, Math.min(end, start + MAX_PARAGRAPH)).trim();
    start = end + 1;
    if (line.length < MIN_PARAGRAPH) continue;
    // A paragraph that is one quotation is someone else's words, perhaps in another language: kept aside.
    if (QUOTED_PARAGRAPH.test(line)) {
      if (quoted.length < SAMPLE_CHARS) quoted += `${line}\n`;
      continue;
    }
    read += line.length;
    chunk = chunk ? `${chunk}\n${line}` : line;
    if (chunk.length >= CHUNK_CHARS) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk) chunks.push(chunk);
  // An article of quotations only (an interview transcript) is decided on them.
  if (chunks.length === 0 && quoted.length >= MIN_PARAGRAPH) chunks.push(quoted);
  if (chunks.length === 0) return undefined;
  // Plain English prose is told without franc: English copy, the engine's most common input, pays almost
  // nothing for detection.
  if (isPlainEnglish(chunks)) return 'en';
  const votes = new Map<Language, number>();
  for (const sample of chunks) {
    const [best] = francAll(sample, { only: ONLY, minLength: MIN_PARAGRAPH });
    const language = best && FROM_ISO_639_3[best[0]];
    if (language) votes.set(language, (votes.get(language) ?? 0) + sample.length);
  }
  let winner: Language | undefined;
  let most = 0;
  for (const [language, weight] of votes) if (weight > most) [winner, most] = [language, weight];
  return winner;
}

/**
 * The language to analyse in: the user's choice when it names one, otherwise the detected language, then
 * the language the file declares (`<html lang>`), then English.
 */
export function resolveLanguage(text: string, choice: LanguageChoice = 'auto', declared?: string): Language {
  if (choice !== 'auto') return choice;
  return detectLanguage(text) ?? packLanguageOf(declared) ?? FALLBACK_LANGUAGE;
}
