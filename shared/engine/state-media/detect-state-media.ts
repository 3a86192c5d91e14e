import type { StateMediaFinding, Typology } from '../../model/finding';
import type { TextContext } from '../text/text-context';
import { backReferences, headlineBackReferences } from './back-references';
import { coordinated } from './coordinated-outlets';
import { genericReferences } from './generic-references';
import { FAMILY_OF_KIND } from './lexicon';
import { misspellings } from './misspelled-outlets';
import { articleYear, namedOutlets, phraseFamilies } from './named-outlets';
import { compiledRegistry, KIND_NOUN_AFTER } from './outlet-index';
import type { OutletRecord } from './outlet-types';
import { dropOverlaps } from './overlaps';
import { tokenize } from './phrase-index';

export { GENERIC_OUTLET } from './generic-references';

/** Options for the state-media detector. */
export interface StateMediaOptions {
  readonly typologies: readonly Typology[];
  /** Outlets the user added to the registry (see `parseUserOutlets`). */
  readonly extraOutlets?: readonly OutletRecord[];
}

/** Finds attributions to state-controlled media: named outlets, generic references, back-references and misspellings. */
export function detectStateMedia(context: TextContext, options: StateMediaOptions): StateMediaFinding[] {
  const { text } = context;
  if (text.length === 0) return [];
  const registry = compiledRegistry(options.extraOutlets);
  const enabled = new Set<string>(options.typologies);
  const tokens = tokenize(text);
  const found = registry.mentions
    .findAll(text, tokens)
    .filter((m) => m.value.kind !== 'outlet' || !m.value.onlyBeforeKindNoun || KIND_NOUN_AFTER.test(text.slice(m.end, m.end + 40)));
  const year = articleYear(text);

  const { candidates, antecedents, countryCounts } = namedOutlets(context, registry, found, enabled, year);
  candidates.push(...misspellings(context, registry, tokens, enabled, countryCounts));
  candidates.push(...genericReferences(context, registry, tokens, found, countryCounts, antecedents, year));

  const sourced: StateMediaFinding[] = [];
  for (const { finding: f, outlet } of coordinated(text, candidates)) {
    sourced.push(f);
    if (f.ruleId === 'state-media/misspelling' || f.ruleId === 'state-media/generic') {
      antecedents.push({
        start: f.start,
        end: f.end,
        outlet,
        other: false,
        families: phraseFamilies(f.text, outlet && FAMILY_OF_KIND[outlet.kind]),
        finding: f,
      });
    }
  }
  antecedents.sort((a, b) => a.start - b.start || a.end - b.end);
  // A nationality before a back-reference noun ("the Iranian agency") is one country word of the registry.
  const countryOf = (words: string): string | undefined => {
    const mentions = registry.mentions.findAll(words, tokenize(words));
    const only = mentions.length === 1 ? mentions[0]! : undefined;
    return only?.value.kind === 'country' && only.start === 0 && only.end === words.length ? only.value.country : undefined;
  };
  sourced.push(...backReferences(context, antecedents, sourced, countryOf));
  sourced.push(...headlineBackReferences(context, antecedents));
  return dropOverlaps(sourced);
}
