/**
 * Splits a file name for middle truncation: the head may be cut with an ellipsis by CSS, the tail
 * (the end of the name and its extension) always stays, so "…-2024-final.txt" remains readable.
 */
export function splitForMiddleTruncation(name: string, tailLength = 12): { readonly head: string; readonly tail: string } {
  const chars = [...name];
  if (chars.length <= tailLength * 2) return { head: name, tail: '' };
  return { head: chars.slice(0, -tailLength).join(''), tail: chars.slice(-tailLength).join('') };
}
