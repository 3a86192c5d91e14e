import { neutraliseBidi } from './bidi-marks';
import type { Finding } from '../model/finding';
import { speakerName } from '../model/speaker';

/** Column names of the findings CSV, in order. */
export const CSV_COLUMNS = ['layer', 'start', 'end', 'text', 'speaker', 'outlet', 'country', 'cue', 'explanation', 'rule'] as const;

/** Spreadsheet programs read UTF-8 reliably only when the file starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** RFC 4180 ends records with CRLF. */
const RECORD_END = '\r\n';

/**
 * Makes one CSV field safe: a cell a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, and fields with a quote, comma or line
 * break are quoted with inner quotes doubled (RFC 4180); bidi controls become visible markers.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const visible = neutraliseBidi(value);
  const defused = /^[=+\-@\t\r]/.test(visible) ? `'${visible}` : visible;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

function row(finding: Finding): string {
  const cells: (string | number | undefined)[] = [
    finding.layer,
    finding.start,
    finding.end,
    finding.text,
    finding.layer === 'quote' ? speakerName(finding) : undefined,
    finding.layer === 'state-media' ? finding.outlet : undefined,
    finding.layer === 'state-media' ? finding.country : undefined,
    finding.layer === 'unverified' ? finding.cue : undefined,
    finding.message,
    finding.ruleId,
  ];
  return cells.map(csvField).join(',');
}

/** The findings as a CSV table for spreadsheets: a header row, then one row per finding in text order. */
export function renderFindingsCsv(findings: readonly Finding[]): string {
  return BYTE_ORDER_MARK + [CSV_COLUMNS.join(','), ...findings.map(row)].map((line) => line + RECORD_END).join('');
}
