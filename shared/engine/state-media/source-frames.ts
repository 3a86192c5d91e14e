import type { Span } from '../text/spans';
import { sentenceIndexAt, type TextContext } from '../text/text-context';
import { DETERMINERS, LEFT_DESCRIPTORS, NEGATED_AFTER, PRODUCT_AFTER, RIGHT_DESCRIPTORS, SOURCE_BEFORE, SUBJECT_OF_VERB } from './lexicon';

/** How a name is used as a source. */
export type Frame = 'verb' | 'before' | 'product' | 'credit' | 'dateline' | 'headline';

/** The paragraph holding an offset, so windows never reach into the next block. */
function paragraphAround(context: TextContext, offset: number): Span {
  const index = sentenceIndexAt(context, offset);
  if (index >= 0) return context.paragraphs[context.sentences[index]!.paragraph]!;
  return { start: Math.max(0, offset - 200), end: Math.min(context.text.length, offset + 200) };
}

const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*['’]?)\s*$/u;
const WORD_AFTER = /^\s+([\p{L}\p{N}][\p{L}\p{N}-]*)/u;

/**
 * Widens a name to its noun phrase: descriptors and possessives on the left ("North Korea's official",
 * "the state news agency"), descriptor nouns on the right ("news agency"), and a parenthesised alias.
 */
export function expandNounPhrase(context: TextContext, name: Span, countryTokens: ReadonlySet<string>): Span {
  const { text } = context;
  const paragraph = paragraphAround(context, name.start);
  let start = name.start;
  let descriptors = 0;
  for (let words = 0; words < 8; words++) {
    const window = text.slice(Math.max(paragraph.start, start - 40), start);
    if (!/^[\s\S]*\S\s{1,2}$/.test(window) && words > 0) break;
    const m = WORD_BEFORE.exec(window);
    if (!m || !/^\s{0,2}$/.test(window.slice(m.index + m[1]!.length))) break;
    const word = m[1]!;
    const lower = word.toLowerCase().replace(/[’]/g, "'");
    const wordStart = start - (window.length - m.index);
    if (DETERMINERS.has(lower)) {
      if (descriptors > 0 || (words === 0 && lower === 'the')) start = wordStart;
      break;
    }
    const possessive = /^\p{Lu}[\p{L}.-]*(?:'s|s')$/u.test(word.replace(/’/g, "'")) || lower === "party's" || lower === "north's";
    if (LEFT_DESCRIPTORS.has(lower) || possessive || countryTokens.has(word) || /^\p{Lu}[\p{L}]*-(?:run|owned|backed|funded|controlled|language|based)$/u.test(word)) {
      start = wordStart;
      descriptors++;
      continue;
    }
    break;
  }
  let end = name.end;
  for (let words = 0; words < 3; words++) {
    const m = WORD_AFTER.exec(text.slice(end, Math.min(paragraph.end, end + 30)));
    if (!m || !RIGHT_DESCRIPTORS.has(m[1]!.toLowerCase())) break;
    end += m[0].length;
  }
  const paren = /^\s*\(([^()\n]{2,60})\)/.exec(text.slice(end, Math.min(paragraph.end, end + 64)));
  if (paren && /^[\p{Lu}\d][\p{L}\d&.'’ -]*$/u.test(paren[1]!) && !/^\s*\)?\s*[-–—]/.test(text.slice(end + paren[0].length, end + paren[0].length + 3)) && start < name.start) {
    end += paren[0].length;
  }
  return { start, end };
}

/** Whether the phrase is used as a source, and how; undefined when it is merely mentioned or negated. */
export function sourceFrame(context: TextContext, phrase: Span, name: Span): Frame | undefined {
  const { text } = context;
  const paragraph = paragraphAround(context, phrase.start);
  const before = text.slice(Math.max(paragraph.start, phrase.start - 90), phrase.start);
  const after = text.slice(phrase.end, Math.min(paragraph.end, phrase.end + 180));
  const nameBefore = text.slice(Math.max(paragraph.start, name.start - 40), name.start);
  const nameAfter = text.slice(name.end, Math.min(paragraph.end, name.end + 40));
  // Picture credits and datelines: "( KCNA via AFP )", "(Xinhua/Li Ming)", "BEIJING (Xinhua) --", "KCNA via Reuters".
  if (/\(\s*$/.test(nameBefore)) {
    if (/^\s*\)\s*[-–—]/.test(nameAfter)) return 'dateline';
    if (/^\s*(?:via\b|\/|\)|,|;)/i.test(nameAfter)) return 'credit';
  }
  if (/^\s+via\s+\p{Lu}/u.test(nameAfter) || /^\s*\/\s*(?:\p{Lu}|Getty|EPA|AP|AFP|Reuters)/u.test(nameAfter) && /(?:^|[\s(])$/.test(nameBefore)) return 'credit';
  if (/(?:Photo(?:graph)?s?|Image|Picture|Credit|Source|Footage|Handout)\s*:\s*$/i.test(nameBefore)) return 'credit';
  if (NEGATED_AFTER.test(after)) return undefined;
  if (SUBJECT_OF_VERB.test(after)) return 'verb';
  if (SOURCE_BEFORE.test(before)) return 'before';
  if (PRODUCT_AFTER.test(after)) return 'product';
  // Headline tags: "KCNA: ..." opening a block, "... - KCNA" closing one.
  if (phrase.start === paragraph.start && /^\s*:/.test(after)) return 'headline';
  if (/\s[-–—]{1,2}\s*$/.test(before) && /^\s*[).]?\s*$/.test(after)) return 'headline';
  return undefined;
}
