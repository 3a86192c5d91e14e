/** Capital broadcasters: a capital standing for its state broadcaster ("Radio Tirana", "Hanoi radio"). */
import type { Span } from '../text/spans';
import type { TextContext } from '../text/text-context';
import type { CompiledRegistry } from './outlet-index';
import { NOT_BROADCASTER_AFTER, STATE_BROADCAST_CAPITALS, STATE_BROADCAST_COUNTRIES } from './lexicon';
import { expandNounPhrase, sourceFrame, type Frame } from './source-frames';
import type { Candidate } from './state-media-types';

const CAPITAL_NAMES = Object.keys(STATE_BROADCAST_CAPITALS).join('|');
// "Radio Tirana", "Hanoi radio", "Baghdad Television": a capital standing for its state broadcaster.
const CAPITAL_BROADCASTER = new RegExp(
  `\\b(?:(?:Radio|RADIO)[ \\t]+(${CAPITAL_NAMES})|(${CAPITAL_NAMES})[ \\t]+(?:radio|Radio|RADIO|television|Television|TELEVISION|TV))\\b`,
  'g',
);

/** "Radio Tirana", "Hanoi radio": a capital's broadcaster, in the years its country's broadcasting was the state's. */
export function capitalBroadcasters(
  context: TextContext,
  registry: CompiledRegistry,
  year: number | undefined,
  generic: (phrase: Span, core: Span, country: string | undefined, frame: Frame | undefined) => Candidate,
): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  CAPITAL_BROADCASTER.lastIndex = 0;
  for (let m = CAPITAL_BROADCASTER.exec(text); m; m = CAPITAL_BROADCASTER.exec(text)) {
    const country = STATE_BROADCAST_CAPITALS[m[1] ?? m[2]!]!;
    const rule = STATE_BROADCAST_COUNTRIES[country];
    if (!rule || (rule.to !== undefined && year !== undefined && year > rule.to)) continue;
    const core = { start: m.index, end: m.index + m[0].length };
    // "Moscow radio station Ekho Moskvy", "Havana television presenters": another station or people, not the state's.
    if (NOT_BROADCASTER_AFTER.test(text.slice(core.end, core.end + 20)) || /^[ \t]+stations?[ \t]+\p{Lu}/u.test(text.slice(core.end, core.end + 20))) continue;
    const phrase = expandNounPhrase(context, core, registry.countryTokens);
    const frame = sourceFrame(context, phrase, core, true);
    if (frame === 'credit' || frame === 'dateline') continue;
    out.push(generic(phrase, core, country, frame));
  }
  return out;
}
