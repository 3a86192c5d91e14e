import type { QuoteFinding } from './finding';

// A speaker the engine could read only as a pronoun ("they said") has no name to show, group or count.
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

function bareSpeaker(finding: Pick<QuoteFinding, 'speaker'>): string | undefined {
  const name = finding.speaker?.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return name && name.length > 0 ? name : undefined;
}

/**
 * The one name a quote's speaker goes by everywhere (card, panel, summary, exports): the engine's
 * resolved `speaker`, without the role it may append ("Kim Jong Un (the leader)"), never the
 * surface words near the quote ("the paper", "he"). Undefined when the article names no one,
 * or when the engine could point to the speaker only by a pronoun.
 */
export function speakerName(finding: Pick<QuoteFinding, 'speaker'>): string | undefined {
  const name = bareSpeaker(finding);
  return name && !PRONOUNS.has(name.toLowerCase()) ? name : undefined;
}

/** The pronoun ("they") that is all the engine found for a quote's speaker, if that is the case. */
export function speakerPronoun(finding: Pick<QuoteFinding, 'speaker'>): string | undefined {
  const name = bareSpeaker(finding);
  return name && PRONOUNS.has(name.toLowerCase()) ? name : undefined;
}

/** The role the engine resolved for a speaker ("the leader" in "Kim Jong Un (the leader)"), if any. */
export function speakerRole(finding: Pick<QuoteFinding, 'speaker'>): string | undefined {
  const role = /\(([^)]*)\)\s*$/.exec(finding.speaker ?? '')?.[1]?.trim();
  return role && role.length > 0 ? role : undefined;
}
