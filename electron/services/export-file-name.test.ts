import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultExportFileName, defaultExportPath } from './export-file-name';

describe('defaultExportFileName', () => {
  it('names the export after the article', () => {
    expect(defaultExportFileName('harbour-report.txt')).toBe('harbour-report-sourcelight.html');
    expect(defaultExportFileName('page.saved.html')).toBe('page.saved-sourcelight.html');
  });

  it('ends the name with the extension of the chosen format', () => {
    expect(defaultExportFileName('story.txt', 'jsonld')).toBe('story-sourcelight.jsonld');
    expect(defaultExportFileName('story.txt', 'csv')).toBe('story-sourcelight.csv');
  });

  it('replaces characters file systems refuse and never suggests an empty name', () => {
    expect(defaultExportFileName('a:b?.txt')).toBe('a_b_-sourcelight.html');
    expect(defaultExportFileName('.txt')).toBe('.txt-sourcelight.html');
    expect(defaultExportFileName('')).toBe('article-sourcelight.html');
  });

  it('suggests the article folder', () => {
    const source = resolve('/news/today/story.htm');
    expect(defaultExportPath(source, 'story.htm')).toBe(join(resolve('/news/today'), 'story-sourcelight.html'));
  });
});
