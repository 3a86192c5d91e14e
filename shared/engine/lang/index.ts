import { FALLBACK_LANGUAGE, type Language } from './detect-language';
import { GERMAN } from './de';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import type { LanguagePack } from './pack-types';
import { RUSSIAN } from './ru';

/** The packs of the languages other than English, whose rules live in the detectors' own lexicons. */
const PACKS: Readonly<Partial<Record<Language, LanguagePack>>> = { es: SPANISH, fr: FRENCH, de: GERMAN, ru: RUSSIAN };

/** The pack for a language, or undefined for English (the detectors' built-in rules). */
export function packFor(language: Language = FALLBACK_LANGUAGE): LanguagePack | undefined {
  return PACKS[language];
}
