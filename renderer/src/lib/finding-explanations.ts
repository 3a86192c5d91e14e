import { countryName, isGenericOutlet } from '../../../shared/explain/finding-card';
import type { StateMediaFinding } from '../../../shared/model/finding';
import { TYPOLOGY_LABELS } from '../../../shared/model/typology';

export { countryName };

/** The outlet as a reader would want it named: "KCNA (North Korea, state-controlled)". */
export function describeOutlet(finding: StateMediaFinding): string {
  if (isGenericOutlet(finding)) return 'unnamed state media';
  const about = [finding.country ? countryName(finding.country) : undefined, finding.typology ? TYPOLOGY_LABELS[finding.typology].toLowerCase() : undefined];
  const known = about.filter((part): part is string => part !== undefined);
  return known.length > 0 ? `${finding.outlet} (${known.join(', ')})` : finding.outlet;
}
