import type { QuoteFinding } from '../../model/finding';
import type { TextContext } from '../text/text-context';

/** Finds direct quotes and their speakers. */
export function detectQuotes(context: TextContext): QuoteFinding[] {
  void context;
  return [];
}
