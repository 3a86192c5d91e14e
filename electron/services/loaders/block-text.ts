/** Collapses every whitespace run (line breaks included) to one space and trims, so a block is one line. */
export function normaliseBlockText(text: string): string {
  // \s covers no-break and other Unicode spaces; zero-width characters are left alone as they carry no layout.
  return text.replace(/\s+/g, ' ').trim();
}
