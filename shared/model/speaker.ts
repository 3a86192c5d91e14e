import type { QuoteFinding } from './finding';

/**
 * The one name a quote's speaker goes by everywhere (card, panel, summary, exports): the engine's
 * resolved `speaker`, without the role it may append ("Kim Jong Un (the leader)"), never the
 * surface words near the quote ("the paper", "he"). Undefined when the article names no one.
 */
export function speakerName(finding: Pick<QuoteFinding, 'speaker'>): string | undefined {
  const name = finding.speaker?.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return name && name.length > 0 ? name : undefined;
}

/** The role the engine resolved for a speaker ("the leader" in "Kim Jong Un (the leader)"), if any. */
export function speakerRole(finding: Pick<QuoteFinding, 'speaker'>): string | undefined {
  const role = /\(([^)]*)\)\s*$/.exec(finding.speaker ?? '')?.[1]?.trim();
  return role && role.length > 0 ? role : undefined;
}
