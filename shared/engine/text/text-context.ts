import type { LanguagePack } from '../lang/pack-types';
import { splitParagraphs } from './paragraphs';
import { splitSentences, type Sentence } from './sentences';
import type { Span } from './spans';
import { lowerBound } from '../../util/lower-bound';

/** The analysed text with its paragraphs and sentences, computed once and shared by all detectors. */
export interface TextContext {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  /** The language pack of a text not in English; English text has none and reads the detectors' own rules. */
  readonly pack?: LanguagePack;
}

/** Builds the context every detector reads. */
export function createTextContext(text: string, pack?: LanguagePack): TextContext {
  const paragraphs = splitParagraphs(text);
  if (!pack) return { text, paragraphs, sentences: splitSentences(text, paragraphs) };
  return {
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs, {
      abbreviations: new Set(pack.abbreviations),
      ...(pack.sentenceBreakBefore ? { breakBefore: pack.sentenceBreakBefore } : {}),
    }),
    pack,
  };
}

/** Index of the sentence containing `offset`, or -1; binary search keeps lookups cheap on long texts. */
export function sentenceIndexAt(context: TextContext, offset: number): number {
  const { sentences } = context;
  const index = lowerBound(sentences.length, (at) => sentences[at]!.end <= offset);
  const sentence = sentences[index];
  return sentence !== undefined && sentence.start <= offset ? index : -1;
}
