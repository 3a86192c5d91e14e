import type { StateMediaFinding, Typology } from '../../model/finding';
import type { TextContext } from '../text/text-context';

/** Options for the state-media detector. */
export interface StateMediaOptions {
  readonly typologies: readonly Typology[];
}

/** Finds attributions to state-controlled media. */
export function detectStateMedia(context: TextContext, options: StateMediaOptions): StateMediaFinding[] {
  void context;
  void options;
  return [];
}
