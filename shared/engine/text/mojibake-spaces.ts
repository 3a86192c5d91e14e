/**
 * A no-break space saved as UTF-8 and read back as Latin-1 shows as "Â" before a space or a line end ("officialÂ KCNA",
 * "Source:Â Al Jazeera"): scraped copy is full of them, and the stray letter glues itself to the word
 * before it, hiding outlet names, credit lines and cue words from every detector. The "Â" stands for a
 * space, so it is read as one (no word of our languages ends in "Â", not even in capitals: "KCNAÂ news").
 */
const MOJIBAKE_SPACE = /\u00c2(?=\s|$)/g;

/** The text with each mojibake "Â" before a space read as a space: same length, so every offset holds. */
export function readMojibakeSpaces(text: string): string {
  return text.includes('\u00c2') ? text.replace(MOJIBAKE_SPACE, ' ') : text;
}
