import type { CueKind } from './cue-kind';
import type { LayerId } from './layers';
import type { Typology } from './typology';

export type { CueKind, Typology };

/** Fields every finding carries: a `[start, end)` UTF-16 span with `text.slice(start, end) === text`. */
interface FindingBase {
  readonly layer: LayerId;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Stable identifier of the rule that produced the finding, e.g. `state-media/named-outlet`. */
  readonly ruleId: string;
  /** One sentence a reader understands saying why the span is marked. */
  readonly message: string;
}

/** An attribution to a state-controlled outlet (named, generic, back-reference, credit or dateline). */
export interface StateMediaFinding extends FindingBase {
  readonly layer: 'state-media';
  /** Canonical outlet name, or `state media (generic)` for generic references. */
  readonly outlet: string;
  /** ISO 3166-1 alpha-2 code of the outlet's country, when known. */
  readonly country?: string;
  readonly typology?: Typology;
}

/** A stretch presented as someone's exact words, quotation marks included. */
export interface QuoteFinding extends FindingBase {
  readonly layer: 'quote';
  /** Who said it, with pronouns and role nouns resolved to a name when the article gives one. */
  readonly speaker?: string;
  /** The speaker as the text refers to it near the quote ("the leader", "he"), when it differs. */
  readonly speakerSurface?: string;
  /**
   * How sure the engine is of the speaker: `high` when the quote's own sentence names them, `medium` when a
   * pronoun or role was resolved or the cue sits in the next sentence, `low` when the speaker was carried
   * over from an earlier quote or inferred from the article (an interview's interviewee).
   */
  readonly speakerConfidence?: SpeakerConfidence;
}

/** How sure the engine is of a quote's speaker. */
export type SpeakerConfidence = 'high' | 'medium' | 'low';

/** A clause carrying a claim the article does not vouch for, with the cue that says so. */
export interface UnverifiedFinding extends FindingBase {
  readonly layer: 'unverified';
  readonly cue: string;
  readonly cueKind: CueKind;
}

/** Anything the engine reports. */
export type Finding = StateMediaFinding | QuoteFinding | UnverifiedFinding;

/** Sorts findings by position, then layer, so every consumer sees one order. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.layer.localeCompare(b.layer);
}
