/** Precision, recall and F1 of one extraction against its ground truth. */
export interface TokenScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * The words of a text as the token-level comparisons of extractors count them: Unicode letters and
 * digits, case-folded, everything else a separator.
 */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function counts(tokens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const token of tokens) map.set(token, (map.get(token) ?? 0) + 1);
  return map;
}

/**
 * Token-level precision and recall: the multiset overlap of predicted and true tokens over the
 * predicted and the true token counts. An empty extraction of a non-empty page scores zero.
 */
export function tokenScore(predicted: string, truth: string): TokenScore {
  const predictedTokens = tokenize(predicted);
  const trueTokens = tokenize(truth);
  if (predictedTokens.length === 0 && trueTokens.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (predictedTokens.length === 0 || trueTokens.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const trueCounts = counts(trueTokens);
  let overlap = 0;
  for (const [token, count] of counts(predictedTokens)) overlap += Math.min(count, trueCounts.get(token) ?? 0);
  const precision = overlap / predictedTokens.length;
  const recall = overlap / trueTokens.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Means of per-page scores (each page counts once, as the published comparisons average). */
export function meanScore(scores: readonly TokenScore[]): TokenScore {
  const mean = (pick: (score: TokenScore) => number): number => (scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length);
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}
