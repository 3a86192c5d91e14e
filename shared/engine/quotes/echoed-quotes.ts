import type { QuoteFinding } from '../../model/finding';
import type { Span } from '../text/spans';
import { FUNCTION_WORDS } from './tokens';

/** How far after a stand-alone quote its words may be repeated in the body, in characters. */
const ECHO_REACH = 4000;
/** The fewest words two quotes must share for one to echo the other. */
const MIN_ECHO_WORDS = 2;
/** A heading quote takes the speaker of a later quote that holds at least this share of its content words. */
const HEADING_SHARE = 0.6;
/** A heading quote has at most this many words; a longer stand-alone quote is body copy. */
const HEADING_WORDS = 20;
/** A label before a heading's quote ("Recherche: „…“") has at most this many words. */
const LABEL_WORDS = 2;
/** Two word forms are one word when they share a stem of this share of the shorter one ("imparte", "impartir"). */
const STEM_SHARE = 0.75;

/** The quote's words in lower case, without marks or punctuation, one space apart. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words that carry a quote's content: not function words of the analysed language, not one or two letters. */
function contentWords(text: string): string[] {
  return words(text)
    .split(' ')
    .filter((word) => word.length > 2 && !FUNCTION_WORDS.has(word));
}

/** Whether two word forms are one word, inflection aside: equal, or sharing most of the shorter one as a stem. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.max(5, Math.ceil(shorter * STEM_SHARE));
}

/** The share of a heading's content words that a later quote repeats, in any order. */
function sharedShare(heading: readonly string[], later: readonly string[]): number {
  if (heading.length === 0) return 0;
  return heading.filter((word) => later.some((other) => sameWord(word, other))).length / heading.length;
}

/**
 * A quote standing alone as a paragraph (an intertitle or pull quote: "« Drame humanitaire »") repeats words
 * the body quotes with their speaker ("C’est « un drame humanitaire », a-t-il relevé"): it takes that speaker.
 * A heading quote with no speaker of its own (or only a label before a colon: "Recherche: „…“") takes the speaker
 * of the later quote that repeats most of its content words, shortened or reordered, when no other speaker's
 * quote repeats as many.
 */
export function attributeEchoedQuotes(findings: QuoteFinding[], units: readonly Span[], text: string): void {
  const unitStarts = new Map(units.map((unit) => [unit.start, unit.end]));
  const unitEnds = new Map(units.map((unit) => [unit.end, unit.start]));
  // How many quotes each speaker word is given to: a label that names someone quoted elsewhere is that speaker.
  const speakers = new Map<string, number>();
  for (const finding of findings) for (const word of new Set(speakerWords(finding))) speakers.set(word, (speakers.get(word) ?? 0) + 1);
  findings.forEach((finding, index) => {
    const whole = unitStarts.get(finding.start) === finding.end;
    const own = words(finding.text);
    if (whole && own.split(' ').length >= MIN_ECHO_WORDS) {
      for (let k = index + 1; k < findings.length && findings[k]!.start - finding.end <= ECHO_REACH; k++) {
        const later = findings[k]!;
        if (!later.speaker || unitStarts.get(later.start) === later.end) continue;
        const echo = words(later.text);
        if (echo.split(' ').length < MIN_ECHO_WORDS || !(own.includes(echo) || echo.includes(own))) continue;
        findings[index] = echoed(finding, later);
        return;
      }
    }
    if (!isHeading(finding, whole, text, unitEnds, speakers)) return;
    const heading = contentWords(finding.text);
    if (heading.length < MIN_ECHO_WORDS) return;
    let best: QuoteFinding | undefined;
    let bestShare = 0;
    let tied = false;
    for (let k = index + 1; k < findings.length && findings[k]!.start - finding.end <= ECHO_REACH; k++) {
      const later = findings[k]!;
      if (!later.speaker || unitStarts.get(later.start) === later.end) continue;
      const share = sharedShare(heading, contentWords(later.text));
      if (share > bestShare) {
        best = later;
        bestShare = share;
        tied = false;
      } else if (share === bestShare && best && later.speaker !== best.speaker) tied = true;
    }
    if (best && bestShare >= HEADING_SHARE && !tied) findings[index] = echoed(finding, best);
  });
}

/**
 * Whether a quote is a heading without a speaker of its own: a short paragraph that is only the quote, or a
 * one- or two-word label and a colon before it ("Recherche: „…“"), the label naming no one the article quotes
 * elsewhere; its words end without a full stop.
 */
function isHeading(finding: QuoteFinding, whole: boolean, text: string, unitEnds: ReadonlyMap<number, number>, speakers: ReadonlyMap<string, number>): boolean {
  if (words(finding.text).split(' ').length > HEADING_WORDS || /\.\W*$/u.test(finding.text)) return false;
  // A speaker only carried over from the quote before ("…“ ¶ „Heading“") gives way to the quote the heading repeats.
  if (whole) return !finding.speaker || finding.speakerConfidence !== 'high';
  const start = unitEnds.get(finding.end);
  if (start === undefined) return false;
  const label = text.slice(start, finding.start);
  if (!/^[^\n:]+:\s*$/u.test(label)) return false;
  const labelWords = words(label).split(' ');
  const own = speakerWords(finding);
  return labelWords.length <= LABEL_WORDS && !labelWords.some((word) => (speakers.get(word) ?? 0) > (own.includes(word) ? 1 : 0));
}

/** The words of a finding's speaker, in lower case. */
function speakerWords(finding: QuoteFinding): string[] {
  return finding.speaker
    ? finding.speaker
        .toLowerCase()
        .split(/[\s()]+/)
        .filter(Boolean)
    : [];
}

/** The heading finding given the speaker of the later quote that echoes it. */
function echoed(finding: QuoteFinding, later: QuoteFinding): QuoteFinding {
  return {
    ...finding,
    speaker: later.speaker!,
    ...(later.speakerSurface ? { speakerSurface: later.speakerSurface } : {}),
    speakerConfidence: 'low',
    message: later.message,
  };
}
