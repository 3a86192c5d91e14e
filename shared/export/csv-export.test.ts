import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding';
import { CSV_COLUMNS, csvField, renderFindingsCsv } from './csv-export';

/** Splits an RFC 4180 document into records of fields; enough of a reader to check what we write. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && csv[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return records;
}

const FINDINGS: Finding[] = [
  {
    layer: 'state-media',
    start: 4,
    end: 8,
    text: 'KCNA',
    outlet: 'KCNA',
    country: 'KP',
    ruleId: 'state-media/named-outlet',
    message: 'KCNA is a state agency.',
  },
  { layer: 'quote', start: 20, end: 41, text: '“Yes, we will,” he said', speaker: 'Kim Jong Un', ruleId: 'quote/marks', message: 'A "direct" quote.' },
  {
    layer: 'unverified',
    start: 50,
    end: 70,
    text: '=HYPERLINK("x")\nline',
    cue: 'reportedly',
    cueKind: 'hearsay-adverb',
    ruleId: 'unverified/cue',
    message: '-1 claim',
  },
];

describe('renderFindingsCsv', () => {
  it('writes a header and one record per finding, CRLF-terminated, after a byte order mark', () => {
    const csv = renderFindingsCsv(FINDINGS);
    expect(csv.startsWith('\uFEFFlayer,start,end,text,speaker,outlet,country,cue,explanation,rule\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records).toHaveLength(FINDINGS.length + 1);
    expect(records.every((record) => record.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('keeps commas, quotes and line breaks inside fields and puts each detail in its column', () => {
    const [, stateMedia, quote, unverified] = parseCsv(renderFindingsCsv(FINDINGS).slice(1));
    expect(stateMedia).toEqual(['state-media', '4', '8', 'KCNA', '', 'KCNA', 'KP', '', 'KCNA is a state agency.', 'state-media/named-outlet']);
    expect(quote).toEqual(['quote', '20', '41', '“Yes, we will,” he said', 'Kim Jong Un', '', '', '', 'A "direct" quote.', 'quote/marks']);
    expect(unverified!.slice(3, 4)).toEqual(['\'=HYPERLINK("x")\nline']);
    expect(unverified![8]).toBe("'-1 claim");
  });

  it('defuses every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}SUM(A1)`).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField(12)).toBe('12');
    expect(csvField(undefined)).toBe('');
  });

  it('is a header only when nothing was found', () => {
    expect(renderFindingsCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});
