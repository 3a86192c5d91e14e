const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const PLACE = String.raw`[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}`;
const REGION = String.raw`(?:, [A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2})?`;
const DATE = String.raw`(?:,? ${MONTH} \d{1,2}(?:, \d{4})?)`;
const AGENCY = String.raw`(?: ?\([A-Za-z][A-Za-z .&\-/]{0,30}\))`;
const DASH = String.raw`(?: ?(?:--|—|–|-|:))`;

/**
 * A line that is only a wire dateline (`PYONGYANG, March 3 (KCNA) --`, `MOSCOW (AP) —`). At least
 * a date, an agency tag or a closing dash is required so an all-capitals headline is not taken for one.
 */
const DATELINE_ONLY = new RegExp(String.raw`^${PLACE}${REGION}(?:${DATE}${AGENCY}?${DASH}?|${AGENCY}${DASH}?|${DASH})$`);

/** Whether a line is a dateline standing on its own. */
export function isDatelineOnly(line: string): boolean {
  return DATELINE_ONLY.test(line.trim());
}

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const CLOCK = String.raw`(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?`;
const DATE_ONLY = new RegExp(String.raw`^(?:${WEEKDAY},? )?(?:${MONTH} ${ORDINAL},? \d{4}|${ORDINAL} ${MONTH},? \d{4}|\d{4}-\d{2}-\d{2})${CLOCK}$`, 'i');

/**
 * Whether a line is a date and nothing else ("January 15, 2008", "Monday, 31 December 2007, 10:46 GMT"):
 * the page's date line, which some sites set as a heading, not a section title.
 */
export function isDateOnly(line: string): boolean {
  return DATE_ONLY.test(line.trim());
}

/** The label some pages print before their date line ("Published on 27 March 2020", "Posted: Monday, 3 May 2021"). */
const PUBLISHED_LABEL = /^(?:first )?(?:published|posted)(?: on)?\s*:?\s+/i;

/**
 * The date of a line that says when the article was published and nothing else ("Published on 27 March
 * 2020"), or of a line that is a date alone; null for any other line. An "Updated" line is no publication date.
 */
export function publishedDate(line: string): string | null {
  const trimmed = line.trim();
  const date = trimmed.replace(PUBLISHED_LABEL, '');
  return isDateOnly(date) ? date : null;
}

/** Whether a line is written in capitals only, as wire headlines and section titles are. */
export function isAllCapsLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 120) return false;
  if (/\p{Ll}/u.test(trimmed)) return false;
  return (trimmed.match(/\p{L}/gu)?.length ?? 0) >= 3;
}

const BYLINE =
  /^(?:(?:Researched|Written|Reported|Compiled|Words|Text|Story|Reporting)\s+by:?|By|BY)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|al|bin|da|di|le|la)){0,5}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}){0,3})(?:\s*[,|–—-]\s*[\p{L} ,'’.-]{0,60})?$/u;

/** The name in a byline line (`By Jane Doe, Seoul`, `Researched by Jane Doe`), or null when the line is not a byline. */
export function parseByline(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 100) return null;
  const match = BYLINE.exec(trimmed);
  return match ? trimmed.replace(/^(?:\p{L}+\s+)?by:?\s+/iu, '') : null;
}

/** Whether the first line of a text reads as a headline: short, capitalised, not a finished sentence. */
export function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 150) return false;
  if (trimmed.split(/\s+/).length > 20) return false;
  if (/[.,;:]$/.test(trimmed) && !/\.\.\.$|…$/.test(trimmed)) return false;
  return !/^\p{Ll}/u.test(trimmed);
}
