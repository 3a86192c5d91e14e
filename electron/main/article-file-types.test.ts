import { describe, expect, it } from 'vitest';
import { SUPPORTED_EXTENSIONS } from '../services/loaders/load-errors';
import { ARTICLE_EXTENSIONS, ARTICLE_FILE_FILTERS } from './article-file-types';

describe('the open dialog’s file types', () => {
  it('offers exactly the extensions a loader exists for', () => {
    expect([...ARTICLE_EXTENSIONS].sort()).toEqual([...SUPPORTED_EXTENSIONS].sort());
  });

  it('lists articles first and keeps every file reachable', () => {
    expect(ARTICLE_FILE_FILTERS[0]?.extensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'md', 'mhtml']));
    expect(ARTICLE_FILE_FILTERS[ARTICLE_FILE_FILTERS.length - 1]?.extensions).toEqual(['*']);
  });
});
