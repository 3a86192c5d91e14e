import type { QuoteFinding } from '../../model/finding';
import type { Span } from '../text/spans';

/** How far after a stand-alone quote its words may be repeated in the body, in characters. */
const ECHO_REACH = 4000;
/** The fewest words two quotes must share for one to echo the other. */
const MIN_ECHO_WORDS = 2;

/** The quote's words in lower case, without marks or punctuation, one space apart. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A quote standing alone as a paragraph (an intertitle or pull quote: "« Drame humanitaire »") repeats words
 * the body quotes with their speaker ("C’est « un drame humanitaire », a-t-il relevé"): it takes that speaker.
 */
export function attributeEchoedQuotes(findings: QuoteFinding[], units: readonly Span[]): void {
  const unitStarts = new Map(units.map((unit) => [unit.start, unit.end]));
  findings.forEach((finding, index) => {
    if (unitStarts.get(finding.start) !== finding.end) return;
    const own = words(finding.text);
    if (own.split(' ').length < MIN_ECHO_WORDS) return;
    for (let k = index + 1; k < findings.length && findings[k]!.start - finding.end <= ECHO_REACH; k++) {
      const later = findings[k]!;
      if (!later.speaker || unitStarts.get(later.start) === later.end) continue;
      const echo = words(later.text);
      if (echo.split(' ').length < MIN_ECHO_WORDS || !(own.includes(echo) || echo.includes(own))) continue;
      findings[index] = {
        ...finding,
        speaker: later.speaker,
        ...(later.speakerSurface ? { speakerSurface: later.speakerSurface } : {}),
        speakerConfidence: 'low',
        message: later.message,
      };
      return;
    }
  });
}
