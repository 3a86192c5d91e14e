/**
 * C0 and C1 control characters (all but tab and newline), DEL, and the Unicode bidirectional
 * controls (embeddings, overrides, isolates, marks). A title or file name carrying them could
 * clear the screen, forge a hyperlink or reorder what the reader sees.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text with every control and bidi character removed, safe to print to a terminal. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, '');
}
