import { describe, expect, it } from 'vitest';
import { compiledRegistry, oneEditVariants } from './outlet-index';
import { OUTLET_REGISTRY } from './outlet-registry.generated';
import type { OutletRecord } from './outlet-types';
import { prefixKey } from './phrase-index';

/** The misspelling table as it was once built at start-up: every variant listed, clashes between outlets dropped. */
function listedMisspellings(outlets: readonly OutletRecord[], taken: (word: string) => boolean): Map<string, OutletRecord> {
  const table = new Map<string, OutletRecord>();
  const clash = new Set<string>();
  for (const outlet of outlets) {
    for (const name of outlet.aliases) {
      if (!/^[A-Z]{4,}$/.test(name) && !/^[A-Z][a-z]{5,}$/.test(name)) continue;
      for (const variant of oneEditVariants(name)) {
        if (taken(variant)) continue;
        if (table.has(variant) && table.get(variant) !== outlet) clash.add(variant);
        table.set(variant, outlet);
      }
    }
  }
  for (const variant of clash) table.delete(variant);
  return table;
}

describe('misspellings of registered names', () => {
  const registry = compiledRegistry();
  it('answers for every one-edit variant exactly as the full list of variants does', () => {
    const listed = listedMisspellings(OUTLET_REGISTRY.outlets, (word) => registry.misspellings.isTaken(word));
    expect(listed.size).toBeGreaterThan(40_000);
    const differing: string[] = [];
    let checked = 0;
    for (const outlet of OUTLET_REGISTRY.outlets) {
      for (const name of outlet.aliases) {
        if (!/^[A-Z]{4,}$/.test(name) && !/^[A-Z][a-z]{5,}$/.test(name)) continue;
        // Each variant, and words just beyond one edit: two edits, or one in the other case.
        for (const variant of oneEditVariants(name)) {
          for (const word of [variant, variant.slice(0, -1), `${variant}s`, variant.toLowerCase(), variant.toUpperCase()]) {
            if (registry.misspellings.get(word) !== listed.get(word)) differing.push(word);
            checked++;
          }
        }
      }
    }
    expect(differing).toEqual([]);
    expect(checked).toBeGreaterThan(200_000);
  }, 60_000);

  it('finds KCNA misspelt and nothing in registered names or ordinary words', () => {
    const kcna = registry.misspellings.get('KNCA');
    expect(kcna?.name).toBe('KCNA');
    expect(registry.misspellings.get('KCNA')).toBeUndefined();
    expect(registry.misspellings.get('Xinhau')?.name).toBe('Xinhua');
    for (const word of ['Monday', 'THAT', 'Reuters', 'KC', 'K.C.N.A.', 'Xinhua']) expect(registry.misspellings.get(word), word).toBeUndefined();
  });

  it('lets every variant past the prefix filter', () => {
    const missed: string[] = [];
    for (const outlet of OUTLET_REGISTRY.outlets) {
      for (const name of outlet.aliases) {
        if (!/^[A-Z]{4,}$/.test(name) && !/^[A-Z][a-z]{5,}$/.test(name)) continue;
        for (const variant of oneEditVariants(name)) if (!registry.misspellingKeys.has(prefixKey(variant, 0, variant.length))) missed.push(variant);
      }
    }
    expect(missed).toEqual([]);
  });
});
