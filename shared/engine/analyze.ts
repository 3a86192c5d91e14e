import { compareFindings, type Finding, type Typology } from '../model/finding';
import { DEFAULT_TYPOLOGIES } from '../model/typology';
import { detectQuotes } from './quotes/detect-quotes';
import { detectStateMedia } from './state-media/detect-state-media';
import type { OutletRecord } from './state-media/outlet-types';
import { createTextContext } from './text/text-context';
import { detectUnverified } from './unverified/detect-unverified';

export { DEFAULT_TYPOLOGIES };

/** Settings that change what the engine marks. */
export interface AnalyzeOptions {
  /** State Media Monitor typologies whose outlets are marked. */
  readonly typologies?: readonly Typology[];
  /** Outlets the user added to the registry. */
  readonly extraOutlets?: readonly OutletRecord[];
}

/** Runs every detector over the analysed text and returns their findings in text order. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const context = createTextContext(text);
  const stateMedia = detectStateMedia(context, {
    typologies: options.typologies ?? DEFAULT_TYPOLOGIES,
    ...(options.extraOutlets ? { extraOutlets: options.extraOutlets } : {}),
  });
  const quotes = detectQuotes(context);
  const unverified = detectUnverified(context, quotes);
  return [...stateMedia, ...quotes, ...unverified].sort(compareFindings);
}
