import { DELIMITED_BOILERPLATE, PREFIX_BOILERPLATE, WHOLE_BOILERPLATE } from './boilerplate-lexicon';

/** What the boilerplate lexicon says about one line or block of text. */
export type BoilerplateMatch =
  | { readonly kind: 'whole'; readonly reason: string }
  | { readonly kind: 'prefix'; readonly prefix: string; readonly rest: string; readonly restKind: 'caption' | 'heading'; readonly reason: string };

/**
 * Matches a normalised line or block against the lexicon; null means it is article text. A block the
 * page marks as a caption is matched only by the furniture that never is one.
 */
export function matchBoilerplate(text: string, options: { readonly caption?: boolean } = {}): BoilerplateMatch | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  for (const entry of WHOLE_BOILERPLATE) {
    if (options.caption && entry.unlessCaption) continue;
    if (entry.pattern.test(trimmed)) return { kind: 'whole', reason: entry.reason };
  }
  for (const entry of DELIMITED_BOILERPLATE) {
    if (trimmed.length <= entry.maxLength && entry.opening.test(trimmed) && entry.closing.test(trimmed)) {
      return { kind: 'whole', reason: entry.reason };
    }
  }
  for (const entry of PREFIX_BOILERPLATE) {
    const match = entry.pattern.exec(trimmed);
    if (match && match[0].length < trimmed.length) {
      return { kind: 'prefix', prefix: match[0].trim(), rest: trimmed.slice(match[0].length).trim(), restKind: entry.restKind, reason: entry.reason };
    }
  }
  return null;
}

/** Whether a single line starts a boilerplate item, so hard-wrapped text is not joined across it. */
export function startsBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  return (
    WHOLE_BOILERPLATE.some((entry) => entry.pattern.test(trimmed)) ||
    DELIMITED_BOILERPLATE.some((entry) => entry.opening.test(trimmed)) ||
    PREFIX_BOILERPLATE.some((entry) => entry.pattern.test(trimmed))
  );
}
