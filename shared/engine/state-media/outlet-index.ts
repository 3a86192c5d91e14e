import { LOCAL_COUNTRY_WORDS } from '../lang/country-words';
import { COUNTRY_WORDS } from './countries';
import { OTHER_NEWS_ORGANISATIONS } from './lexicon';
import { OUTLET_REGISTRY } from './outlet-registry.generated';
import type { OutletRecord } from './outlet-types';
import { PhraseIndex, prefixKey } from './phrase-index';

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
  /** `prefixKey`s of the misspellings, so most words are skipped without slicing the text. */
  readonly misspellingKeys: ReadonlySet<number>;
  readonly countryNames: Readonly<Record<string, string>>;
  /** Single capitalised words of country names and adjectives, allowed inside an outlet's noun phrase. */
  readonly countryTokens: ReadonlySet<string>;
}

let compiled: CompiledRegistry | undefined;
/** The last registry compiled with a user's own outlets, keyed by those outlets, so a steady list compiles once. */
let withExtras: { readonly key: string; readonly registry: CompiledRegistry } | undefined;

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

const ARTICLE_PREFIX = /^Al([- ])(\p{Lu})/u;
const DOTTABLE_ACRONYM = /^[A-Z]{3,6}$/;

/**
 * Other ways English copy writes a registered name: the Arabic article in either case and spelling
 * ("al-Ahram", "El-Ahram"), the -iya/-iyah ending ("Al-Iraqiyah") and dotted acronyms ("K.C.N.A.").
 */
export function nameShapeVariants(name: string): string[] {
  const out: string[] = [];
  const article = ARTICLE_PREFIX.exec(name);
  if (article) {
    const rest = name.slice(3);
    const endings = /iya$/.test(rest) ? [rest, `${rest}h`] : /iyah$/.test(rest) ? [rest, rest.slice(0, -1)] : [rest];
    for (const prefix of ['Al', 'al', 'El', 'el']) for (const sep of ['-', ' ']) for (const r of endings) out.push(`${prefix}${sep}${r}`);
  }
  if (DOTTABLE_ACRONYM.test(name)) out.push(`${name.split('').join('.')}.`);
  return out.filter((v) => v !== name);
}

/**
 * Compiles the generated registry into phrase indexes (cached: the registry never changes at run time),
 * with a user's own outlets added when given; theirs come first, so a user's alias wins a shared name.
 */
export function compiledRegistry(extraOutlets: readonly OutletRecord[] = []): CompiledRegistry {
  if (extraOutlets.length === 0) return (compiled ??= compile(OUTLET_REGISTRY.outlets));
  const key = JSON.stringify(extraOutlets);
  if (withExtras?.key !== key) withExtras = { key, registry: compile([...extraOutlets, ...OUTLET_REGISTRY.outlets]) };
  return withExtras.registry;
}

function compile(outlets: readonly OutletRecord[]): CompiledRegistry {
  const mentions = new PhraseIndex<Mention>();
  const byName = new Map<string, { plain: OutletRecord[]; context: OutletRecord[] }>();
  for (const outlet of outlets) {
    for (const [list, names] of [['plain', outlet.aliases], ['context', outlet.contextAliases]] as const) {
      for (const name of names) {
        const slot = byName.get(name) ?? { plain: [], context: [] };
        slot[list].push(outlet);
        byName.set(name, slot);
      }
    }
  }
  // Variants join their name's list unless some outlet registers them as a name of its own.
  for (const [name, slot] of [...byName]) {
    for (const variant of nameShapeVariants(name)) {
      if (byName.has(variant)) continue;
      byName.set(variant, { plain: [...slot.plain], context: [...slot.context] });
    }
  }
  const countryTokens = new Set<string>();
  const countryPhrases = new Map<string, string>();
  for (const [code, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) countryPhrases.set(w, code);
  // Other languages' country words come after the English ones, which keep any word the two share.
  for (const [code, words] of Object.entries(LOCAL_COUNTRY_WORDS)) for (const w of words) if (!countryPhrases.has(w)) countryPhrases.set(w, code);
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
  for (const outlet of outlets) {
    for (const name of outlet.aliases) {
      if (!/^[A-Z]{4,}$/.test(name) && !/^[A-Z][a-z]{5,}$/.test(name)) continue;
      for (const v of variants(name)) {
        if (taken.has(v)) continue;
        if (misspellings.has(v) && misspellings.get(v) !== outlet) clash.add(v);
        misspellings.set(v, outlet);
      }
    }
  }
  for (const v of clash) misspellings.delete(v);
  const misspellingKeys = new Set<number>();
  for (const v of misspellings.keys()) misspellingKeys.add(prefixKey(v, 0, v.length));
  return { mentions, misspellings, misspellingKeys, countryNames: OUTLET_REGISTRY.countryNames, countryTokens };
}
