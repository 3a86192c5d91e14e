// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
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

describe('the installers’ file associations', () => {
  // electron-builder registers these with the OS (Open With, double-click); they must be the formats
  // the open dialog offers, no more and no fewer.
  const config = load(readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as {
    fileAssociations: { ext: string | string[]; name?: string; mimeType?: string; rank?: string }[];
  };
  const associations = config.fileAssociations;

  it('cover exactly the extensions the open dialog offers, each once', () => {
    const extensions = associations.flatMap((association) => (Array.isArray(association.ext) ? association.ext : [association.ext]));
    expect([...extensions].sort()).toEqual([...ARTICLE_EXTENSIONS].sort());
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  it('name each format and its MIME type (Linux desktops match files by MIME type), without claiming to be the default app', () => {
    for (const association of associations) {
      expect(association.name, String(association.ext)).toMatch(/\S/);
      expect(association.mimeType, String(association.ext)).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(association.rank, String(association.ext)).toBe('Alternate');
    }
  });
});
