import { compareFindings, type Finding, type Typology } from '../model/finding';
import { resolveLanguage, type Language, type LanguageChoice } from './lang/detect-language';
import { packFor } from './lang/index';
import { withPackWords } from './lang/pack-overlay';
import { DEFAULT_TYPOLOGIES } from '../model/typology';
import { detectQuotes } from './quotes/detect-quotes';
import { detectStateMedia } from './state-media/detect-state-media';
import type { OutletRecord } from './state-media/outlet-types';
import { readMojibakeSpaces } from './text/mojibake-spaces';
import { createTextContext } from './text/text-context';
import { detectUnverified } from './unverified/detect-unverified';

export { DEFAULT_TYPOLOGIES };

/** Settings that change what the engine marks. */
export interface AnalyzeOptions {
  /** State Media Monitor typologies whose outlets are marked. */
  readonly typologies?: readonly Typology[];
  /** Outlets the user added to the registry. */
  readonly extraOutlets?: readonly OutletRecord[];
  /** The language pack to use; `auto` (the default) detects it from the text (see `analysisLanguage`). */
  readonly language?: LanguageChoice;
  /** The language the file declares (`<html lang>`), used when detection cannot tell. */
  readonly declaredLanguage?: string;
}

/** The language an analysis with these options uses: the one chosen, or the one detected in the text. */
export function analysisLanguage(text: string, options: Pick<AnalyzeOptions, 'language' | 'declaredLanguage'> = {}): Language {
  return resolveLanguage(text, options.language ?? 'auto', options.declaredLanguage);
}

/** Runs every detector over the analysed text and returns their findings in text order. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const pack = packFor(analysisLanguage(text, options));
  // Detectors read the text with mojibake spaces repaired; findings keep the analysed text's own characters.
  const scanned = readMojibakeSpaces(text);
  const context = createTextContext(scanned, pack);
  const run = (): Finding[] => {
    const stateMedia = detectStateMedia(context, {
      typologies: options.typologies ?? DEFAULT_TYPOLOGIES,
      ...(options.extraOutlets ? { extraOutlets: options.extraOutlets } : {}),
    });
    // A quote wholly inside an outlet's name ("told “Rodong Sinmun”", "сказал радио «Комсомольская правда»") is that name, not speech.
    const quotes = detectQuotes(context).filter((q) => !stateMedia.some((s) => s.start <= q.start && q.end <= s.end));
    const unverified = detectUnverified(context, quotes);
    const findings = [...stateMedia, ...quotes, ...unverified].sort(compareFindings);
    return scanned === text ? findings : findings.map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
  };
  return pack ? withPackWords(pack, run) : run();
}
