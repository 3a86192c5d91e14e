/** Unicode bidirectional controls: embeddings, overrides, isolates and the directional marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replaces each bidi control with a visible marker such as `[U+202E]`, so an export shows that the
 * article held one instead of letting it reorder the text around it (spoofed names, reversed words).
 */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `[U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
