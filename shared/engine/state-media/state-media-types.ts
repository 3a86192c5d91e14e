/** The small types the state-media rules pass between them: candidates found and antecedents for back-references. */
import type { StateMediaFinding } from '../../model/finding';
import type { Span } from '../text/spans';
import type { OutletFamily } from './lexicon';
import type { OutletRecord } from './outlet-types';
import type { Frame } from './source-frames';

/** Something a back-reference can point to: a named outlet (state or not) or a generic reference used as a source. */
export interface Antecedent extends Span {
  /** The outlet, or undefined for a generic reference. */
  readonly outlet: OutletRecord | undefined;
  /** Set for independent or foreign-typology outlets: a back-reference to them is not marked. */
  readonly other: boolean;
  readonly families: ReadonlySet<OutletFamily>;
  /** The finding a back-reference copies its outlet and country from. */
  readonly finding?: StateMediaFinding;
}

/** A state-media phrase found in the text, used as a source (`frame`) or not yet known to be. */
export interface Candidate {
  readonly finding: StateMediaFinding;
  readonly frame: Frame | undefined;
  /** The registry outlet, absent for generic references. */
  readonly outlet?: OutletRecord;
}
