// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyVisibleLayers } from './layer-attributes';

function hideAttributes(root: Element): string[] {
  return root.getAttributeNames().filter((name) => name.startsWith('data-hide-'));
}

describe('applyVisibleLayers', () => {
  it('sets the hide attribute of every layer not shown and removes the others', () => {
    const root = document.createElement('article');
    root.setAttribute('data-hide-quote', '');
    root.setAttribute('data-theme', 'dark');
    applyVisibleLayers(root, ['quote']);
    expect(hideAttributes(root).sort()).toEqual(['data-hide-state-media', 'data-hide-unverified']);
    expect(root.getAttribute('data-theme')).toBe('dark');
    applyVisibleLayers(root, ['state-media', 'quote', 'unverified']);
    expect(hideAttributes(root)).toEqual([]);
  });

  it('does nothing before the reading root exists', () => {
    expect(() => applyVisibleLayers(null, [])).not.toThrow();
  });
});
