import { describe, expect, it } from 'vitest';
import { parseDroppedPath, parseExportRequest } from './ipc-validation';

describe('parseExportRequest', () => {
  it('accepts layer ids, folding duplicates into display order and dropping unknown fields', () => {
    expect(parseExportRequest({ visibleLayers: ['unverified', 'state-media', 'unverified'], extra: 1 })).toEqual({
      visibleLayers: ['state-media', 'unverified'],
    });
    expect(parseExportRequest({ visibleLayers: [] })).toEqual({ visibleLayers: [] });
  });

  it('refuses anything that is not an array of layer ids', () => {
    for (const bad of [null, 'quote', { visibleLayers: null }, { visibleLayers: ['Quote'] }, { visibleLayers: Array(50).fill('quote') }]) {
      expect(parseExportRequest(bad)).toBeNull();
    }
  });
});

describe('parseDroppedPath', () => {
  it('accepts an absolute path and refuses relative, empty, non-string and NUL-bearing ones', () => {
    expect(parseDroppedPath('/home/reader/a.txt')).toBe('/home/reader/a.txt');
    for (const bad of ['a.txt', '', 3, undefined, '/tmp/a\u0000.txt']) expect(parseDroppedPath(bad)).toBeNull();
  });
});
