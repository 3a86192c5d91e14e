import type { Language, LanguageChoice } from '../../../shared/engine/lang/detect-language';
import type { OutletRecord } from '../../../shared/engine/state-media/outlet-types';
import type { Finding, Typology } from '../../../shared/model/finding';

/** What the reader asks the analysis worker to do. */
export interface AnalysisRequest {
  readonly id: number;
  readonly text: string;
  readonly typologies: readonly Typology[];
  /** Outlets the user added to the registry. */
  readonly extraOutlets?: readonly OutletRecord[];
  /** The language pack the reader chose, or `auto` to detect it. */
  readonly language: LanguageChoice;
  /** The language the file declares, for when detection cannot tell. */
  readonly declaredLanguage?: string;
}

/** The worker's answer to one request. */
export type AnalysisResponse =
  | { readonly id: number; readonly ok: true; readonly findings: readonly Finding[]; readonly language: Language }
  | { readonly id: number; readonly ok: false; readonly message: string };
