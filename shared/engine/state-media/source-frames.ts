import type { Span } from '../text/spans';
import { sentenceIndexAt, type TextContext } from '../text/text-context';
import {
  AGENCY_CREDIT_BEFORE,
  ASIDE_LIST_AFTER,
  ASIDE_LIST_BEFORE,
  BROADCAST_ON_BEFORE,
  DETERMINERS,
  LEFT_DESCRIPTORS,
  NEGATED_AFTER,
  IRREGULAR_VERBS,
  NOT_SPEAKING_AFTER,
  NOT_VERBS_AFTER_NAME,
  OWNERSHIP_BEFORE,
  PRODUCT_AFTER,
  PRODUCT_SOURCE_BEFORE,
  RIGHT_DESCRIPTORS,
  RIGHT_MODIFIERS,
  SOURCE_BEFORE,
  SUBJECT_CONTINUATION,
  SUBJECT_OF_VERB,
} from './lexicon';

/** How a name is used as a source. */
export type Frame = 'verb' | 'before' | 'product' | 'quoted-subject' | 'credit' | 'dateline' | 'headline';

/** The paragraph holding an offset, so windows never reach into the next block. */
function paragraphAround(context: TextContext, offset: number): Span {
  const index = sentenceIndexAt(context, offset);
  if (index >= 0) return context.paragraphs[context.sentences[index]!.paragraph]!;
  return { start: Math.max(0, offset - 200), end: Math.min(context.text.length, offset + 200) };
}

const NON_ASCII_LETTER = /[\p{L}\p{N}\p{M}]/u;

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_LETTER.test(text[i]!);
}

/** Letters, digits and the marks that stay inside a word ("state-run", "country's", "N.Korea"). */
function isWordPart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || isLetterOrDigit(text, i);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * The word ending at most two spaces before `end` (not before `floor`), read backwards by character
 * so no regex rescans the window; `needSpace` demands at least one space between word and `end`.
 */
function wordBefore(text: string, end: number, floor: number, needSpace: boolean): Span | undefined {
  let i = end;
  let spaces = 0;
  while (i > floor && spaces < 3 && isSpace(text.charCodeAt(i - 1))) [i, spaces] = [i - 1, spaces + 1];
  if (spaces > 2 || (needSpace && spaces === 0)) return undefined;
  const wordEnd = i;
  while (i > floor && wordEnd - i < 40 && isWordPart(text, i - 1)) i--;
  // A word starts with a letter or digit; a trailing apostrophe stays ("Reuters'"), dots and hyphens before it go.
  while (i < wordEnd && !isLetterOrDigit(text, i)) i++;
  return i < wordEnd ? { start: i, end: wordEnd } : undefined;
}

const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.-]*(?:'s|s')$/u;
const PLACE_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:run|owned|backed|funded|financed|controlled|language|based|aligned|affiliated)$/u;
const STATE_COMPOUND = /^[a-z]+-(?:run|owned|backed|funded|financed|controlled|affiliated|sponsored|aligned|linked)$/;

/** A name's noun phrase, and where the clause around it resumes after any appositive. */
export interface NounPhrase extends Span {
  /** End of a descriptive appositive closed by a comma ("Pravda, the party daily,"), else `end`: frames are read from here. */
  readonly clauseEnd: number;
}

/**
 * Widens a name to its noun phrase: descriptors and possessives on the left ("North Korea's official",
 * "the country's state", "the state news agency"), descriptor nouns on the right ("news agency"), and a
 * parenthesised or juxtaposed acronym. An appositive after the name is skipped for framing but left out
 * of the span, since annotators stop at the name.
 */
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '«': '»', '"': '"', '„': '“”', '“': '”', "'": "'", '‘': '’' };

/** Whether a name stands between a pair of quotes: guillemets, straight quotes, or the low-high pairs of Russian copy. */
export function inQuotes(text: string, name: { readonly start: number; readonly end: number }): boolean {
  const closing = CLOSING_QUOTE[text[name.start - 1] ?? ''];
  return closing !== undefined && closing.includes(text[name.end] ?? '\u0000');
}

export function expandNounPhrase(context: TextContext, name: Span, countryTokens: ReadonlySet<string>): NounPhrase {
  const { text } = context;
  const paragraph = paragraphAround(context, name.start);
  // "газета «Нодон синмун»", "официальная газета «Жэньминь жибао»": the words before a name in guillemets describe it too.
  let start = inQuotes(text, name) ? name.start - 1 : name.start;
  let descriptors = 0;
  let afterPlace = false;
  for (let words = 0; words < 8; words++) {
    const span = wordBefore(text, start, paragraph.start, words > 0);
    if (!span) break;
    const word = text.slice(span.start, span.end).replace(/’/g, "'");
    const lower = word.toLowerCase();
    if (DETERMINERS.has(lower)) {
      if (descriptors > 0 || (words === 0 && lower === 'the')) start = span.start;
      // "state media outlet The Global Times": a capital "The" inside a clause belongs to the name, so its descriptors still join.
      if (words === 0 && word === 'The' && /[\p{Ll},]\s+$/u.test(text.slice(Math.max(paragraph.start, span.start - 3), span.start))) continue;
      break;
    }
    const place = countryTokens.has(word);
    // "Latin American network", "Central Asian broadcaster": a capitalised word before a place word joins it.
    const descriptor =
      LEFT_DESCRIPTORS.has(lower) ||
      POSSESSIVE_NAME.test(word) ||
      place ||
      PLACE_COMPOUND.test(word) ||
      STATE_COMPOUND.test(lower) ||
      (afterPlace && /^\p{Lu}\p{Ll}+$/u.test(word));
    afterPlace = place;
    if (!descriptor) break;
    start = span.start;
    descriptors++;
  }
  let end = name.end;
  // Descriptor nouns on the right, with modifiers before them ("RIA state news agency"); modifiers alone stay out.
  for (let words = 0, at = end; words < 5; words++) {
    const m = WORD_AFTER.exec(text.slice(at, Math.min(paragraph.end, at + 30)));
    const lower = m?.[1]!.toLowerCase();
    if (!m || !lower || (!RIGHT_DESCRIPTORS.has(lower) && !RIGHT_MODIFIERS.has(lower))) break;
    at += m[0].length;
    if (RIGHT_DESCRIPTORS.has(lower)) end = at;
  }
  const paren = /^\s*\(([^()\n]{2,60})\)/.exec(text.slice(end, Math.min(paragraph.end, end + 64)));
  if (
    paren &&
    /^[\p{Lu}\d][\p{L}\d&.'’ -]*$/u.test(paren[1]!) &&
    !/^\s*\)?\s*[-–—]/.test(text.slice(end + paren[0].length, end + paren[0].length + 3)) &&
    start < name.start
  ) {
    end += paren[0].length;
  }
  // An acronym in apposition in mixed-case text: "the Kuwait News Agency KUNA", "the Albanian Telegraphic Agency ATA".
  const acronym = /^ (\p{Lu}{2,6})\b/u.exec(text.slice(end, Math.min(paragraph.end, end + 8)));
  if (acronym && end - name.start > 6 && /\p{Ll}/u.test(text.slice(name.start, end))) end += acronym[0].length;
  // "Pravda, the newspaper of the party, said": the verb after a descriptive appositive still frames the name.
  const appositive = APPOSITIVE.exec(text.slice(end, Math.min(paragraph.end, end + 100)));
  const clauseEnd = appositive && APPOSITIVE_HEAD.test(appositive[1]!) ? end + appositive[0].length : end;
  return { start, end, clauseEnd };
}

const WORD_AFTER = /^\s+([\p{L}\p{N}][\p{L}\p{N}-]*)/u;
// The appositive may end in a name of its own: "Babil, the daily owned by Saddam's eldest son, Odai, went further".
const APPOSITIVE = /^,\s+((?:the|a|an|its|\p{Lu}[\p{L}.-]*['’]s)\s[^,;:.()"“”\n]{1,80}?(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?)(?=,)/u;
const APPOSITIVE_HEAD =
  /\b(?:newspaper|daily|paper|broadcaster|agency|network|channel|station|television|radio|tabloid|weekly|mouthpiece|organ|outlet|service|website|news\s+site|publication|journal)\b/i;
const OPENING_QUOTE = /[“«„]|(?:^|[\s(—–-])["'‘]\p{L}/u;

/** The text after a phrase that took in its appositive ("Pravda, the party newspaper"), without the appositive's closing comma. */
function withoutAppositiveComma(phrase: Span & { readonly clauseEnd?: number }, after: string): string {
  return (phrase.clauseEnd ?? phrase.end) > phrase.end ? after.replace(/^\s*,/, '') : after;
}

/** Where the clause resumes after the phrase (past a skipped appositive). */
function clauseEndOf(phrase: Span & { readonly clauseEnd?: number }): number {
  return phrase.clauseEnd ?? phrase.end;
}

/**
 * Whether the phrase is the subject of its sentence (opening it, followed by what looks like its verb)
 * and that sentence carries a direct quote: "Babil, the daily owned by Odai, went further, calling on
 * Iraqis to \"teach ...\"" quotes the outlet whatever the verb.
 */
function isQuotedSubject(context: TextContext, phrase: Span & { readonly clauseEnd?: number }): boolean {
  const index = sentenceIndexAt(context, phrase.start);
  if (index < 0) return false;
  const sentence = context.sentences[index]!;
  const { text } = context;
  // Only quotes, brackets and spaces may precede the subject; a bounded look keeps sentence-less text linear.
  if (phrase.start - sentence.start > 8 || !/^[\s"'“‘(]*$/.test(text.slice(sentence.start, phrase.start))) return false;
  const resume = clauseEndOf(phrase);
  const rest = withoutAppositiveComma(phrase, text.slice(resume, Math.min(sentence.end, resume + 400)));
  if (NOT_SPEAKING_AFTER.test(rest) || !OPENING_QUOTE.test(rest)) return false;
  const verb = SUBJECT_CONTINUATION.exec(rest)?.[1];
  if (!verb || NOT_VERBS_AFTER_NAME.has(verb)) return false;
  return IRREGULAR_VERBS.has(verb) || (/(?:ed|[^s]s)$/.test(verb) && verb.length > 3);
}

/** A programme's own title after its noun ("evening news programme Vremya", "talk show “Sixty Minutes”"). */
const PROGRAMME_TITLE = /^\s+(?:[“"][^“”"\n]{1,40}[”"]|\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\d+)){0,3})(?=\s)/u;

function withoutTitle(rest: string): string {
  const title = PROGRAMME_TITLE.exec(rest);
  return title ? rest.slice(title[0].length) : rest;
}

/** After a name: its own web and social channels ("'s website", "'s Telegram channel"). */
const WEB_PRODUCT_AFTER =
  /^['’]s\s+(?:(?:official|own|English-language|Arabic-language)\s+)?(?:website|web\s*site|Telegram\s+channel|Telegram\s+account|Twitter\s+account|X\s+account|social\s+media\s+(?:account|accounts|channels?|pages?)|online\s+edition)\b/i;

/** Earlier items of a "Sources:" list, from the start of its line or bracket, up to the name. */
const SOURCE_LIST_BEFORE =
  /(?:^|\n|\()\s*(?:Sources?\s*:|(?:Additional\s+reporting\s+by|With\s+(?:files|reporting)\s+from)\s*:?)\s*(?:[^:\n.;()]{0,100}?(?:,|;|\/|\band\b|&)\s*)?$/i;

/** A person as the subject of "appeared in/on" before the outlet. */
const PERSON_APPEARED_BEFORE =
  /\b(?:who|he|she|they|I|we)\s+(?:(?:first|also|later|often|regularly|frequently|again|rarely|has|have|had|had\s+not|last)\s+){0,2}(?:appeared|appears|appear|appearing)\s+(?:(?:live|briefly|publicly)\s+)?(?:in|on)\s+$/i;

/** An outlet's reporter after its possessive: "'s Harry Fawcett", "'s correspondent", "'s Seoul correspondent Jane Roe". */
const STAFF_AFTER =
  /^['’]s\s+(?:(?:\p{Lu}[\p{L}’'-]+\s+)?(?:senior\s+|chief\s+|own\s+|local\s+|diplomatic\s+|political\s+|security\s+|foreign\s+|defen[cs]e\s+)?(?:(?:talk\s+show|news|programme|program|show)\s+)?(?:correspondent|reporter|journalist|anchor|presenter|host|commentator)s?(?:\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}(?=\s*,|\s+(?:said|says|reported|reports|told|added|wrote)\b))/u;
/**
 * An outlet's on-air voice named after it as a noun modifier: "state TV host Vladimir Solovyov said". A journalist
 * of the outlet may speak for themselves ("Al Jazeera journalist X said, as he removed …"), so only hosts count.
 */
const STAFF_NOUN_AFTER =
  /^\s+(?:(?:talk\s+show|news|programme|program|show|chief|senior)\s+)?(?:host|anchor|presenter|commentator)(?:\s+\p{Lu}[\p{L}’'-]+){1,3}(?=\s*,|\s+(?:said|says|reported|reports|told|added|wrote|claimed|claims)\b)/u;
/** The reporter's verb, past an aside such as ", reporting from Seoul,". */
const STAFF_REPORTS = /^(?:\s*,[^,.!?]{0,60},)?\s+(?:also\s+)?(?:said|says|reported|reports|told|added|wrote|noted|explained)\b/;

/** A dateline's day and month (or month and day) just before a tag: "12 марта. ", "May 5, ", "5 may ". */
const DATELINE_DATE_BEFORE = /(?:^|\n|[.,]\s*)(?:\d{1,2}\.?\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2})[.,]?\s*$/u;

/** A dateline's city in capitals opening its line, just before a tag: "ПЕТРОПАВЛОВСК. ", "ASTANA, ". */
const DATELINE_CITY_BEFORE = /(?:^|\n)\s*\p{Lu}[\p{Lu}-]{2,}(?:\s+\p{Lu}[\p{Lu}-]+)?[.,]\s*$/u;

/** The lines under a news database's publication line: a short date line, then copyright or length within a few lines. */
const FEED_HEADER_BELOW = /^\n+[^\n]{4,60}\n+(?:[^\n]+\n+){0,4}?(?:Copyright\b|Length:\s*\d+\s+words)/;

/**
 * A news database's export heads the story with its headline, then the publication that supplied it on a line of
 * its own ("Agence Congolaise de Presse (French)", "La Presse (Tunis)"): the outlet is the story's source.
 */
function isFeedPublicationLine(text: string, name: Span): boolean {
  const lineStart = text.lastIndexOf('\n', name.start - 1) + 1;
  if (name.start - lineStart > 0 || lineStart > 400) return false;
  const lineEnd = text.indexOf('\n', name.end);
  if (lineEnd < 0 || !/^\s*(?:\([^()\n]{1,40}\))?\s*$/.test(text.slice(name.end, lineEnd))) return false;
  return FEED_HEADER_BELOW.test(text.slice(lineEnd, lineEnd + 400));
}

/** A name written wholly in capitals, as wire copy sets an agency's tag. */
function isCapitalTag(name: string): boolean {
  return name.length > 2 && name === name.toUpperCase() && name !== name.toLowerCase();
}

/**
 * "Le quotidien du Parti communiste, le Quotidien du peuple, a publié": a name set in commas right after the outlet
 * noun phrase that opens its sentence is that subject, so the verb after its closing comma is its verb.
 */
function isApposedToOpeningOutlet(context: TextContext, phrase: Span, clause: string): boolean {
  if (!/^\s*,/.test(clause)) return false;
  const index = sentenceIndexAt(context, phrase.start);
  if (index < 0) return false;
  const lead = /^([^,;:.!?\n]{3,80}),\s*(?:\p{L}+\s+|\p{L}['’])?$/u.exec(context.text.slice(context.sentences[index]!.start, phrase.start));
  return (
    lead !== null &&
    lead[1]!
      .toLowerCase()
      .split(/[\s'’]+/u)
      .some((word) => LEFT_DESCRIPTORS.has(word))
  );
}

/** Whether the phrase is used as a source, and how; undefined when it is merely mentioned or negated. */
export function sourceFrame(context: TextContext, phrase: Span & { readonly clauseEnd?: number }, name: Span, broadcast = false): Frame | undefined {
  const { text } = context;
  const paragraph = paragraphAround(context, phrase.start);
  const before = text.slice(Math.max(paragraph.start, phrase.start - 90), phrase.start);
  const resume = clauseEndOf(phrase);
  const after = text.slice(resume, Math.min(paragraph.end, resume + 180));
  const nameBefore = text.slice(Math.max(paragraph.start, name.start - 40), name.start);
  const nameAfter = text.slice(name.end, Math.min(paragraph.end, name.end + 40));
  // Picture credits and datelines: "( KCNA via AFP )", "(Xinhua/Li Ming)", "BEIJING (Xinhua) --", "KCNA via Reuters".
  if (/\(\s*$/.test(nameBefore)) {
    if (/^\s*\)\s*[-–—]/.test(nameAfter)) return 'dateline';
    if (/^\s*(?:via\b|\/|\)|,|;)/i.test(nameAfter)) return 'credit';
    // "(AA Photo)", "(Xinhua File Photo)": the outlet named before the kind of picture it supplied.
    if (/^\s+(?:File\s+)?(?:Photos?|Images?|Pictures?|Video|Footage|Handout)\s*\)/i.test(nameAfter)) return 'credit';
  }
  // "МОСКВА, 5 мая. /ТАСС/.": wire copy that sets the agency's tag between slashes after the dateline.
  if (/(?:^|\s)\/$/.test(nameBefore) && /^\/(?:\s|[.,:;–—-]|$)/.test(nameAfter)) return 'dateline';
  // "АСТАНА. 12 марта. КАЗИНФОРМ -": a tag in capitals after the dateline's day and month, before a dash.
  // "ПЕТРОПАВЛОВСК. КАЗИНФОРМ –": or right after the city in capitals that opens the line.
  if (
    isCapitalTag(text.slice(name.start, name.end)) &&
    (DATELINE_DATE_BEFORE.test(nameBefore) || DATELINE_CITY_BEFORE.test(nameBefore)) &&
    /^\s*[-–—]/.test(nameAfter)
  )
    return 'dateline';
  if (isFeedPublicationLine(text, name)) return 'credit';
  // "Copyright 2022 La Presse Distributed by AllAfrica": a database's rights line names the holder, not a source.
  if (/(?:^|\n)\s*Copyright\s+(?:\d{4}\s+)?$/.test(nameBefore)) return undefined;
  if (/^\s+(?:via|VIA)\s+\p{Lu}/u.test(nameAfter) || (/^\s*\/\s*(?:\p{Lu}|via\s|Getty|EPA|AP|AFP|Reuters)/u.test(nameAfter) && /(?:^|[\s(])$/.test(nameBefore)))
    return 'credit';
  if (/(?:Photo(?:graph)?s?|Image|Picture|Credit|Source|Footage|Handout)\s*:\s*$|\bImage\s+source\s*,\s*$/i.test(nameBefore)) return 'credit';
  // "Photo by KCNA" as a credit line of its own.
  if (/(?:^|\(|[.!?]\s+)(?:Photo(?:graph)?s?|Image|Picture|Footage)\s+by\s+$/.test(nameBefore) && /^\s*(?:\/|via\b|\)|,|;|\.?\s*$)/i.test(nameAfter))
    return 'credit';
  // The agency first: "… in Pyongyang. EPA/KCNA", "Getty Images / Xinhua" closing a caption, or before another credit.
  if (AGENCY_CREDIT_BEFORE.test(nameBefore) && /^\s*(?:\/|via\b|\)|,|;|\.?\s*$)/i.test(nameAfter)) return 'credit';
  // A list of sources closing a story: "Sources: Reuters, Xinhua, AP", "(Sources: AFP and KCNA)".
  if (SOURCE_LIST_BEFORE.test(text.slice(Math.max(paragraph.start, name.start - 120), name.start))) return 'credit';
  // Another language's credit line: "(Фото: Алексей Иванов / ТАСС)", "Foto: Andina".
  if (context.pack?.stateMedia.creditBefore?.test(nameBefore)) return 'credit';
  // A photographer's name first: "(Photo: Alexander Demyanchuk/Sputnik/Kremlin Pool via AP)".
  if (/(?:\(|(?:Photo(?:graph)?s?|Image|Picture|Credit)\s*:)[^()\n:]{0,40}\/\s*$/i.test(nameBefore) && /^\s*(?:\/|via\b|\)|,|\.?\s*$)/i.test(nameAfter))
    return 'credit';
  // A byline naming the outlet as the story's source: a block that reads "by Anadolu Agency" or "By KCNA".
  if (/^by\s+(?:the\s+)?$/i.test(text.slice(paragraph.start, phrase.start)) && /^\s*$/.test(text.slice(phrase.end, paragraph.end))) return 'credit';
  // "a tabloid published by the People's Daily", "owned by Gazprom Media": the owner of another outlet, not a source.
  if (OWNERSHIP_BEFORE.test(before)) return undefined;
  // A phrase that took in its appositive ("Pravda, the party newspaper") is followed by the appositive's closing comma.
  const clause = withoutAppositiveComma(phrase, after);
  // Another language's frames stand beside the English ones ("según KCNA", "KCNA a rapporté", "der Agentur zufolge").
  const pack = context.pack?.stateMedia;
  if (NEGATED_AFTER.test(clause) || pack?.negatedAfter.test(clause)) return undefined;
  // "The KCNA report did not mention her": a negated product negates its outlet ("report" would read as a verb below).
  const negatedProduct = PRODUCT_AFTER.exec(clause);
  if (negatedProduct && NEGATED_AFTER.test(clause.slice(negatedProduct[0].length))) return undefined;
  if (SUBJECT_OF_VERB.test(clause) || pack?.subjectOfVerb.test(clause)) return 'verb';
  if (isApposedToOpeningOutlet(context, phrase, clause)) {
    const verbAfter = clause.replace(/^\s*,/, '');
    if (SUBJECT_OF_VERB.test(verbAfter) || pack?.subjectOfVerb.test(verbAfter)) return 'verb';
  }
  // "several Russian media – RIA Novosti, TASS and others – featured stories": each outlet the aside lists shares its verb.
  if (!pack && ASIDE_LIST_BEFORE.test(before) && ASIDE_LIST_AFTER.test(after)) return 'verb';
  // "Ju-ae, who first appeared in state media in 2022": a person's appearance makes the outlet a venue, not a source.
  if (!pack && PERSON_APPEARED_BEFORE.test(before)) return undefined;
  if (SOURCE_BEFORE.test(before) || pack?.sourceBefore.test(before) || pack?.sourceBeforeCased?.test(before)) return 'before';
  // "Reuters quoted Xinhua as saying": the object of "quoted … as saying" is the source quoted.
  if (!pack && /\b(?:quoted|quotes|quote|cited|cites)\s+$/i.test(before) && /^\s+as\s+(?:saying|reporting|stating|telling)\b/i.test(clause)) return 'before';
  if (pack?.productAfter?.test(clause)) return 'product';
  if (broadcast && BROADCAST_ON_BEFORE.test(before)) return 'before';
  // "a KCNA report said", "in a KCNA report": the product must itself be used as a source, not merely mentioned.
  const product = PRODUCT_AFTER.exec(after);
  if (product && (SUBJECT_OF_VERB.test(withoutTitle(after.slice(product[0].length))) || PRODUCT_SOURCE_BEFORE.test(before))) return 'product';
  // "state TV's website said", "according to the agency's Telegram channel": its own channels speak for the outlet.
  const channel = pack ? null : WEB_PRODUCT_AFTER.exec(after);
  if (channel && (SUBJECT_OF_VERB.test(after.slice(channel[0].length)) || /\b(?:according\s+to|citing)\s+$/i.test(before))) return 'product';
  const clauseProduct = clause === after ? undefined : PRODUCT_AFTER.exec(clause);
  if (clauseProduct && SUBJECT_OF_VERB.test(clause.slice(clauseProduct[0].length))) return 'product';
  // "Al Jazeera's Harry Fawcett, reporting from Seoul, said …": the outlet's reporter, by name or role, speaks for it.
  const staff = STAFF_AFTER.exec(clause) ?? (pack ? null : STAFF_NOUN_AFTER.exec(clause));
  if (staff && STAFF_REPORTS.test(clause.slice(staff[0].length))) return 'product';
  if (isQuotedSubject(context, phrase)) return 'quoted-subject';
  // Headline tags: "KCNA: ..." opening a block, "... - KCNA" closing one.
  // A feed's metadata line may label the headline: "Title: Houthi media: …".
  if ((phrase.start === paragraph.start || /^(?:Title|Headline)\s*:\s*$/i.test(text.slice(paragraph.start, phrase.start))) && /^\s*:/.test(after))
    return 'headline';
  if (/\s[-–—]{1,2}\s*$/.test(before) && /^\s*[).]?\s*$/.test(after)) return 'headline';
  // "North Korea fires missile: state media", a tag closing a short headline block.
  if (/\S\s*[:|]\s*$/.test(before) && /^\s*$/.test(after) && paragraph.end - paragraph.start < 200) return 'headline';
  return undefined;
}
