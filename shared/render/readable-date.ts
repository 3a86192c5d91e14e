import { isoDate } from '../engine/article-meta';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO_START = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;
const DAY = /\b\d{1,2}\b/;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * A loader's date as people read it: "18 November 2019" for a date, "18 November 2019, 21:17 UTC"
 * for a moment (in UTC, so the reader and the export print the same words on every machine).
 * Text that is not a date is returned as it was, so nothing the file said is lost.
 */
export function readableDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  // Date.parse reads almost anything ("Spring 2020" becomes 1 January): only an ISO date or a day with a month name is trusted.
  if (!ISO_START.test(trimmed) && !(DAY.test(trimmed) && MONTH_NAME.test(trimmed))) return trimmed;
  const iso = isoDate(trimmed);
  if (iso === null) return trimmed;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = `${day} ${MONTHS[month - 1]} ${year}`;
  if (iso.length === 10) return date;
  // A page that gives midnight exactly almost always means "this day", not a time of publication.
  const time = iso.slice(11, 16);
  return time === '00:00' ? date : `${date}, ${time} UTC`;
}
