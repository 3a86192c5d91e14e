import { LOCAL_COUNTRY_WORDS } from '../lang/country-words';
import { COUNTRY_WORDS } from './countries';
import { OTHER_NEWS_ORGANISATIONS } from './lexicon';
import { OUTLET_REGISTRY } from './outlet-registry.generated';
import type { OutletRecord } from './outlet-types';
import { PhraseIndex, prefixKey } from './phrase-index';

/** What a phrase found in the text refers to. */
export type Mention =
  | {
      readonly kind: 'outlet';
      readonly candidates: readonly OutletRecord[];
      readonly needsContext: boolean;
      /** A title-cased acronym ("Irib"): a name only when the outlet's kind follows it, see `KIND_NOUN_AFTER`. */
      readonly onlyBeforeKindNoun?: boolean;
    }
  | { readonly kind: 'other-news' }
  | { readonly kind: 'country'; readonly country: string };

/** The registry compiled for matching: built once, on first use. */
export interface CompiledRegistry {
  readonly mentions: PhraseIndex<Mention>;
  /** The outlet a word misspells by one edit of a registered acronym or long name ("KNCA"), if exactly one. */
  readonly misspellings: MisspellingIndex;
  /** `prefixKey`s every misspelling may have (a superset), so most words are skipped without slicing the text. */
  readonly misspellingKeys: ReadonlySet<number>;
  readonly countryNames: Readonly<Record<string, string>>;
  /** Single capitalised words of country names and adjectives, allowed inside an outlet's noun phrase. */
  readonly countryTokens: ReadonlySet<string>;
}

let compiled: CompiledRegistry | undefined;
/** The last registry compiled with a user's own outlets, keyed by those outlets, so a steady list compiles once. */
let withExtras: { readonly key: string; readonly registry: CompiledRegistry } | undefined;

/** One-edit variants (transposition, substitution, deletion, insertion) keeping the first letter: what `MisspellingIndex` recognises. */
export function oneEditVariants(name: string): string[] {
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
  return out.filter((v) => v !== name && v.length >= 4 && !(caps && isExtendedAcronym(v, name)));
}

/** Whether `word` is the acronym `name` with a letter added at its end ("CCTVB"): another acronym, not a typo. */
function isExtendedAcronym(word: string, name: string): boolean {
  return word.length === name.length + 1 && word.startsWith(name);
}

const TITLE_CASABLE_ACRONYM = /^[A-Z]{4,6}$/;

/** After a title-cased acronym: the outlet's kind, which makes it the outlet's name ("Kuna news agency", "Irib TV"). */
export const KIND_NOUN_AFTER = /^\s+(?:news\s+agency|agency|television|tv|radio|broadcaster|network|channel)\b/i;

const ARTICLE_PREFIX = /^Al([- ])(\p{Lu})/u;
const DOTTABLE_ACRONYM = /^[A-Z]{3,6}$/;
const LEADING_THE = /^The (\S+(?: \S+)+)$/;

/**
 * Other ways English copy writes a registered name: the Arabic article in either case and spelling
 * ("al-Ahram", "El-Ahram"), the -iya/-iyah ending ("Al-Iraqiyah"), dotted acronyms ("K.C.N.A.") and a
 * name without its leading "The" ("Jordan Times").
 */
/** Fewest words a name needs before its other capitalisation is taken as the same name, not an ordinary phrase. */
const CASE_VARIANT_WORDS = 3;

/**
 * "Agence de presse sénégalaise" and "Agence Congolaise de Presse": French copy writes an institution's name with
 * one capital, English-style lists capitalise every main word; a name of three words or more that joins them with
 * a lower-case particle is the same name either way. Words in capitals ("MAP") keep them.
 */
function caseVariants(name: string): string[] {
  const words = name.split(' ');
  // A particle is a short lower-case word ("de", "of", "der"); the other words are the name's main words.
  const particle = (word: string): boolean => /^\p{Ll}{1,3}$/u.test(word);
  if (words.length < CASE_VARIANT_WORDS || !words.some((word, i) => i > 0 && particle(word))) return [];
  const inCaps = (word: string): boolean => word.length > 1 && word === word.toUpperCase();
  const sentence = words.map((word, i) => (i === 0 || particle(word) || inCaps(word) ? word : word[0]!.toLowerCase() + word.slice(1)));
  const title = words.map((word, i) => (i === 0 || particle(word) ? word : word[0]!.toUpperCase() + word.slice(1)));
  return [sentence.join(' '), title.join(' ')];
}

export function nameShapeVariants(name: string): string[] {
  const out: string[] = [];
  const article = ARTICLE_PREFIX.exec(name);
  if (article) {
    const rest = name.slice(3);
    const endings = /iya$/.test(rest) ? [rest, `${rest}h`] : /iyah$/.test(rest) ? [rest, rest.slice(0, -1)] : [rest];
    for (const prefix of ['Al', 'al', 'El', 'el']) for (const sep of ['-', ' ']) for (const r of endings) out.push(`${prefix}${sep}${r}`);
  }
  if (DOTTABLE_ACRONYM.test(name)) out.push(`${name.split('').join('.')}.`);
  // "The Jordan Times" is written "the Jordan Times" mid-sentence; a one-word rest ("Mercury") is too common a word.
  const bare = LEADING_THE.exec(name);
  if (bare) out.push(bare[1]!);
  out.push(...caseVariants(name));
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
    for (const [list, names] of [
      ['plain', outlet.aliases],
      ['context', outlet.contextAliases],
    ] as const) {
      for (const name of names) {
        const slot = byName.get(name) ?? { plain: [], context: [] };
        slot[list].push(outlet);
        byName.set(name, slot);
      }
    }
  }
  // An outlet's web address names it as well ("Screenshot – ria.ru"), unless an outlet registers it as a name of its own.
  for (const outlet of outlets) {
    for (const domain of outlet.domains ?? []) {
      const slot = byName.get(domain) ?? { plain: [], context: [] };
      if (slot.plain.includes(outlet)) continue;
      slot.plain.push(outlet);
      byName.set(domain, slot);
    }
  }
  // Variants join their name's list unless some outlet registers them as a name of its own.
  for (const [name, slot] of [...byName]) {
    for (const variant of nameShapeVariants(name)) {
      if (byName.has(variant)) continue;
      byName.set(variant, { plain: [...slot.plain], context: [...slot.context] });
    }
  }
  // British house style writes an acronym said as a word in title case ("Irib", "Kuna"); many such forms are
  // also given names ("Sana", "Petra"), so they stand for the outlet only before its kind ("the Irib news agency").
  const titleCased = new Map<string, readonly OutletRecord[]>();
  for (const [name, slot] of byName) {
    if (!TITLE_CASABLE_ACRONYM.test(name) || slot.plain.length === 0) continue;
    const title = name[0] + name.slice(1).toLowerCase();
    if (!byName.has(title)) titleCased.set(title, slot.plain);
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
  for (const [name, candidates] of titleCased)
    mentions.add(name, { kind: 'outlet', candidates, needsContext: candidates.length !== 1, onlyBeforeKindNoun: true });
  for (const phrase of countryPhrases.keys()) taken.add(phrase.toUpperCase());
  const misspellings = new MisspellingIndex(taken);
  const misspellingKeys = new Set<number>();
  for (const outlet of outlets) {
    for (const name of outlet.aliases) {
      if (!/^[A-Z]{4,}$/.test(name) && !/^[A-Z][a-z]{5,}$/.test(name)) continue;
      misspellings.add(name, outlet);
      addVariantKeys(name, misspellingKeys);
    }
  }
  return { mentions, misspellings, misspellingKeys, countryNames: OUTLET_REGISTRY.countryNames, countryTokens };
}

function variantLetters(name: string): string {
  return name === name.toUpperCase() ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : 'abcdefghijklmnopqrstuvwxyz';
}

/**
 * Every `prefixKey` a one-edit variant of `name` can have, without spelling the variants out: they keep
 * the first letter, their second is a letter of the name's case or one of the name's next two, and they
 * are one shorter, as long or one longer. A superset is fine: the index decides.
 */
function addVariantKeys(name: string, keys: Set<number>): void {
  const seconds = variantLetters(name) + name.slice(1, 3);
  for (let length = Math.max(4, name.length - 1); length <= name.length + 1; length++) {
    // `prefixKey` reads only the first two characters; the length is passed apart.
    for (const second of seconds) keys.add(prefixKey(name[0]! + second, 0, length));
  }
}

/** Whether `word` is one of `oneEditVariants(name)`: one transposition, substitution, deletion or insertion after the first letter. */
function isOneEditVariant(word: string, name: string, letters: string): boolean {
  if (word === name || word.length < 4 || word[0] !== name[0]) return false;
  if (name === name.toUpperCase() && isExtendedAcronym(word, name)) return false;
  let i = 1;
  const shorter = Math.min(word.length, name.length);
  while (i < shorter && word[i] === name[i]) i++;
  if (word.length === name.length) {
    if (word.slice(i + 1) === name.slice(i + 1)) return letters.includes(word[i]!);
    return i + 1 < name.length && word[i] === name[i + 1] && word[i + 1] === name[i] && word.slice(i + 2) === name.slice(i + 2);
  }
  // Insertion: the extra letter may also come after a run of the same letter, so equal slices decide.
  if (word.length === name.length + 1) return letters.includes(word[i]!) && word.slice(i + 1) === name.slice(i);
  if (word.length === name.length - 1) return word.slice(i) === name.slice(i + 1);
  return false;
}

/**
 * Misspellings of registered names, looked up per word instead of listing every one-edit variant at
 * start-up (some 55,000 strings, most of the registry's compile time): a word is a misspelling when it
 * is no registered name or country and exactly one outlet has a name it is one edit away from.
 */
export class MisspellingIndex {
  /** Names by first letter and length, each with its outlets. */
  private readonly names = new Map<string, { readonly name: string; readonly letters: string; readonly outlets: OutletRecord[] }[]>();
  private readonly answers = new Map<string, OutletRecord | undefined>();

  /** `taken`: upper-case forms of registered names and countries, which are never misspellings. */
  constructor(private readonly taken: ReadonlySet<string>) {}

  /** Whether a word is a registered name or country (in capitals), so never a misspelling. */
  isTaken(word: string): boolean {
    return this.taken.has(word);
  }

  /** Registers a name whose variants point to `outlet`. */
  add(name: string, outlet: OutletRecord): void {
    const key = `${name[0]}${name.length}`;
    const list = this.names.get(key) ?? [];
    const known = list.find((entry) => entry.name === name);
    if (known) known.outlets.push(outlet);
    else list.push({ name, letters: variantLetters(name), outlets: [outlet] });
    this.names.set(key, list);
  }

  /** The one outlet `word` misspells, or undefined (none, or several: a clash). */
  get(word: string): OutletRecord | undefined {
    if (this.answers.has(word)) return this.answers.get(word);
    let found: OutletRecord | undefined;
    let clash = false;
    if (!this.taken.has(word)) {
      for (let length = word.length - 1; length <= word.length + 1 && !clash; length++) {
        for (const entry of this.names.get(`${word[0]}${length}`) ?? []) {
          if (!isOneEditVariant(word, entry.name, entry.letters)) continue;
          for (const outlet of entry.outlets) {
            if (found !== undefined && found !== outlet) clash = true;
            found = outlet;
          }
        }
      }
    }
    const answer = clash ? undefined : found;
    this.answers.set(word, answer);
    return answer;
  }
}
