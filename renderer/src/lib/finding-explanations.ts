import { TYPOLOGY_LABELS, countryName, isGenericOutlet } from '../../../shared/explain/finding-card';
import type { StateMediaFinding, Typology } from '../../../shared/model/finding';

export { countryName };

/** The seven State Media Monitor typologies, in the order the settings list them. */
export const ALL_TYPOLOGIES: readonly Typology[] = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'];

/** Plain names of the typologies, for the settings and the panel. */
export const TYPOLOGY_NAMES: Readonly<Record<Typology, string>> = TYPOLOGY_LABELS;

/** The outlet as a reader would want it named: "KCNA (North Korea, state-controlled)". */
export function describeOutlet(finding: StateMediaFinding): string {
  if (isGenericOutlet(finding)) return 'unnamed state media';
  const about = [finding.country ? countryName(finding.country) : undefined, finding.typology ? TYPOLOGY_NAMES[finding.typology].toLowerCase() : undefined];
  const known = about.filter((part): part is string => part !== undefined);
  return known.length > 0 ? `${finding.outlet} (${known.join(', ')})` : finding.outlet;
}
