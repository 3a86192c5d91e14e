import type { Typology } from '../../model/finding';

/** What kind of outlet it is, so a back-reference ("the agency", "the newspaper") can find it. */
export type OutletKind = 'agency' | 'broadcaster' | 'television' | 'radio' | 'newspaper' | 'website' | 'outlet';

/** Years during which a historical outlet was state-controlled (inclusive, open-ended when absent). */
export interface StateControlYears {
  readonly from?: number;
  readonly to?: number;
}

/** The country an outlet belonged to until a year, with how it is described for that time. */
export interface FormerState {
  readonly until: number;
  readonly country: string;
  readonly description: string;
}

/** One state-affiliated outlet and the names it goes by in English-language news. */
export interface OutletRecord {
  /** Canonical short name readers know it by, e.g. `KCNA`. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  readonly typology: Typology;
  readonly kind: OutletKind;
  /** Names matched on their own (case-sensitive, also in ALL-CAPS copy). */
  readonly aliases: readonly string[];
  /** Names matched only when the article mentions the outlet's country (shared acronyms, place-like names). */
  readonly contextAliases: readonly string[];
  /** Short description for messages, e.g. "North Korea's state news agency". */
  readonly description: string;
  /** Present for historical outlets that were state-controlled only for some years. */
  readonly stateControlled?: StateControlYears;
  /** The state the outlet served until a year, for articles of that time (TASS in 1987 is the Soviet agency). */
  readonly formerly?: FormerState;
  /** Website hosts (`sputnikglobe.com`), to recognise the outlet as an article's publisher. */
  readonly domains?: readonly string[];
}

/** The derived registry the detector reads: outlets plus English names of their countries. */
export interface OutletRegistry {
  readonly outlets: readonly OutletRecord[];
  readonly countryNames: Readonly<Record<string, string>>;
}
