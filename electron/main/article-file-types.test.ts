// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS, ARTICLE_FILE_TYPES } from '../../shared/model/article-files';
import { supportedExtensionOf } from '../services/loaders/read-article-bytes';
import { ARTICLE_FILE_FILTERS } from './article-file-types';

describe('the open dialog’s file types', () => {
  it('offers exactly the extensions a loader opens', () => {
    expect(ARTICLE_FILE_FILTERS[0]?.extensions).toEqual([...ARTICLE_EXTENSIONS]);
    for (const ext of ARTICLE_EXTENSIONS) expect(supportedExtensionOf(`/articles/story.${ext.toUpperCase()}`)).toBe(ext);
    expect(supportedExtensionOf('/articles/story.rtf')).toBeNull();
  });

  it('lists articles first and keeps every file reachable', () => {
    expect(ARTICLE_FILE_FILTERS[0]?.extensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'md', 'mhtml']));
    expect(ARTICLE_FILE_FILTERS[ARTICLE_FILE_FILTERS.length - 1]?.extensions).toEqual(['*']);
  });
});

describe('the installers’ file associations', () => {
  // electron-builder registers these with the OS (Open With, double-click); they must be the model's
  // article file types, no more and no fewer, with the same names and MIME types.
  const config = load(readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as {
    fileAssociations: { ext: string | string[]; name?: string; mimeType?: string; rank?: string }[];
  };
  const associations = config.fileAssociations;

  it('are the model’s article file types, in order, each extension once', () => {
    const asTypes = associations.map((association) => ({
      extensions: Array.isArray(association.ext) ? association.ext : [association.ext],
      name: association.name,
      mimeType: association.mimeType,
    }));
    expect(asTypes).toEqual(ARTICLE_FILE_TYPES.map((type) => ({ ...type, extensions: [...type.extensions] })));
    const extensions = asTypes.flatMap((type) => type.extensions);
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
