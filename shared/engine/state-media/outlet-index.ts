import { COUNTRY_WORDS } from './countries';
import { OTHER_NEWS_ORGANISATIONS } from './lexicon';
import { OUTLET_REGISTRY } from './outlet-registry.generated';
import type { OutletRecord } from './outlet-types';
import { PhraseIndex } from './phrase-index';

/** What a phrase found in the text refers to. */
export type Mention =
  | { readonly kind: 'outlet'; readonly candidates: readonly OutletRecord[]; readonly needsContext: boolean }
  | { readonly kind: 'other-news' }
  | { readonly kind: 'country'; readonly country: string };

/** The registry compiled for matching: built once, on first use. */
export interface CompiledRegistry {
  readonly mentions: PhraseIndex<Mention>;
  /** Registered outlet acronyms of 4+ letters and their one-edit variants, for misspellings ("KNCA"). */
  readonly misspellings: ReadonlyMap<string, OutletRecord>;
  readonly countryNames: Readonly<Record<string, string>>;
  /** Single capitalised words of country names and adjectives, allowed inside an outlet's noun phrase. */
  readonly countryTokens: ReadonlySet<string>;
}

let compiled: CompiledRegistry | undefined;

/** One-edit variants (transposition, substitution, deletion, insertion) keeping the first letter. */
function variants(name: string): string[] {
  const out: string[] = [];
  const caps = name === name.toUpperCase();
  const letters = caps ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; i + 1 < name.length; i++) out.push(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
  for (let i = 1; i <= name.length; i++) {
    for (const c of letters) {
      if (i < name.length) out.push(name.slice(0, i) + c + name.slice(i + 1));
      out.push(name.slice(0, i) + c + name.slice(i));
    }
    if (i < name.length) out.push(name.slice(0, i) + name.slice(i + 1));
  }
  return out.filter((v) => v !== name && v.length >= 4);
}

/** Compiles the generated registry into phrase indexes (cached: the registry never changes at run time). */
export function compiledRegistry(): CompiledRegistry {
  if (compiled) return compiled;
  const mentions = new PhraseIndex<Mention>();
  const byName = new Map<string, { plain: OutletRecord[]; context: OutletRecord[] }>();
  for (const outlet of OUTLET_REGISTRY.outlets) {
    for (const [list, names] of [['plain', outlet.aliases], ['context', outlet.contextAliases]] as const) {
      for (const name of names) {
        const slot = byName.get(name) ?? { plain: [], context: [] };
        slot[list].push(outlet);
        byName.set(name, slot);
      }
    }
  }
  const countryTokens = new Set<string>();
  const countryPhrases = new Map<string, string>();
  for (const [code, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) countryPhrases.set(w, code);
  for (const [code, name] of Object.entries(OUTLET_REGISTRY.countryNames)) if (!countryPhrases.has(name)) countryPhrases.set(name.replace(/^the /, ''), code);
  for (const [phrase, code] of countryPhrases) {
    mentions.add(phrase, { kind: 'country', country: code });
    for (const token of phrase.split(/[\s.]+/)) if (/^\p{Lu}/u.test(token)) countryTokens.add(token);
  }
  for (const name of OTHER_NEWS_ORGANISATIONS) if (!byName.has(name)) mentions.add(name, { kind: 'other-news' });
  const taken = new Set<string>();
  for (const [name, slot] of byName) {
    const candidates = [...slot.plain, ...slot.context];
    mentions.add(name, { kind: 'outlet', candidates, needsContext: slot.plain.length !== 1 });
    taken.add(name.toUpperCase());
  }
  for (const phrase of countryPhrases.keys()) taken.add(phrase.toUpperCase());
  const misspellings = new Map<string, OutletRecord>();
  const clash = new Set<string>();
  for (const outlet of OUTLET_REGISTRY.outlets) {
    for (const name of outlet.aliases) {
      if (!/^[A-Z]{4,}$/.test(name) && !/^[A-Z][a-z]{4,}$/.test(name)) continue;
      for (const v of variants(name)) {
        if (taken.has(v)) continue;
        if (misspellings.has(v) && misspellings.get(v) !== outlet) clash.add(v);
        misspellings.set(v, outlet);
      }
    }
  }
  for (const v of clash) misspellings.delete(v);
  compiled = { mentions, misspellings, countryNames: OUTLET_REGISTRY.countryNames, countryTokens };
  return compiled;
}
