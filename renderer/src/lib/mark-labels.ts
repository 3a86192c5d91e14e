import type { Finding } from '../../../shared/model/finding';
import { LAYER_INFO, type LayerId } from '../../../shared/model/layers';

/** The tooltip of a highlight: each covering finding's layer and message, one per line. */
export function markTitle(findings: readonly Finding[]): string {
  return findings.map((finding) => `${LAYER_INFO[finding.layer].label}: ${finding.message}`).join('\n');
}

/** Words a screen reader announces at a highlight's edges, e.g. "direct quotes, unverified claims". */
export function markSpokenLabel(layers: readonly LayerId[]): string {
  return layers.map((layer) => LAYER_INFO[layer].label.toLowerCase()).join(', ');
}
