/** Misspelled acronyms of registered outlets ("KNCA" for KCNA). */
import type { TextContext } from '../text/text-context';
import type { CompiledRegistry } from './outlet-index';
import { prefixKey, type tokenize } from './phrase-index';
import { named, outletMessage } from './named-outlets';
import { expandNounPhrase, sourceFrame } from './source-frames';
import type { Candidate } from './state-media-types';

/** Misspelled acronyms ("KNCA"), only in a reporting context and with the real outlet's country in the article. */
export function misspellings(
  context: TextContext,
  registry: CompiledRegistry,
  tokens: ReturnType<typeof tokenize>,
  enabled: ReadonlySet<string>,
  countryCounts: ReadonlyMap<string, number>,
): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  const { starts, ends } = tokens;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const first = text.charCodeAt(start);
    // Registered names start with a capital A-Z and a misspelling keeps the first letter: most words stop here.
    if (first < 65 || first > 90 || end - start < 4 || end - start > 16) continue;
    if (!registry.misspellingKeys.has(prefixKey(text, start, end - start)) || !lowercaseNear(text, tokens, i)) continue;
    const outlet = registry.misspellings.get(text.slice(start, end));
    if (!outlet || !enabled.has(outlet.typology) || !(countryCounts.get(outlet.country) ?? 0)) continue;
    const span = { start, end };
    const phrase = expandNounPhrase(context, span, registry.countryTokens);
    const frame = sourceFrame(context, phrase, span);
    if (!frame) continue;
    const finding = named(text, frame === 'credit' || frame === 'dateline' ? span : phrase, outlet, 'state-media/misspelling');
    out.push({ finding: { ...finding, message: `"${finding.text}" looks like a misspelling of ${outlet.name}; ${outletMessage(outlet)}` }, frame, outlet });
  }
  return out;
}

/**
 * Whether a neighbouring word (three either side) ends in a lower-case letter: in ALL-CAPS copy every
 * capitalised word looks like an acronym, so misspellings are only trusted in mixed-case text.
 */
function lowercaseNear(text: string, tokens: ReturnType<typeof tokenize>, i: number): boolean {
  const { starts, ends } = tokens;
  for (let j = Math.max(0, i - 3); j <= i + 3 && j < starts.length; j++) {
    if (j === i) continue;
    const last = text.charCodeAt(ends[j]! - 1);
    if ((last >= 97 && last <= 122) || text.charCodeAt(starts[j]!) >= 97) return true;
  }
  return false;
}
