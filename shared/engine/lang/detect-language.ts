import { francAll } from 'franc-min';
import { splitParagraphs } from '../text/paragraphs';

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
/** Enough text to decide; reading more only costs time (a 1 MB article is decided on its first 12,000 characters of body). */
const SAMPLE_CHARS = 12_000;
/** franc reads at most this much of one paragraph. */
const MAX_PARAGRAPH = 2_000;

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
 * Detects the article's language from its body: each paragraph votes for the language franc finds in it,
 * weighted by its length, so a quoted paragraph in another language does not switch a whole article.
 * Returns undefined when no paragraph is long enough to tell.
 */
export function detectLanguage(text: string): Language | undefined {
  const votes = new Map<Language, number>();
  let read = 0;
  for (const paragraph of splitParagraphs(text)) {
    const length = paragraph.end - paragraph.start;
    if (length < MIN_PARAGRAPH) continue;
    const sample = text.slice(paragraph.start, paragraph.start + Math.min(length, MAX_PARAGRAPH));
    const [best] = francAll(sample, { only: ONLY, minLength: MIN_PARAGRAPH });
    const language = best && FROM_ISO_639_3[best[0]];
    if (language) votes.set(language, (votes.get(language) ?? 0) + sample.length);
    read += sample.length;
    if (read >= SAMPLE_CHARS) break;
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
