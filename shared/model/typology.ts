/** The State Media Monitor typologies, in the order settings, the CLI and messages list them. */
export const TYPOLOGIES = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'] as const;

/** A State Media Monitor typology; SC, CaPu and CaPr are state-controlled editorially. */
export type Typology = (typeof TYPOLOGIES)[number];

/** The typologies highlighted until the user chooses: the three whose editorial line a state controls. */
export const DEFAULT_TYPOLOGIES: readonly Typology[] = ['SC', 'CaPu', 'CaPr'];

/** Whether a string names a typology; used to validate input from files, IPC and the CLI. */
export function isTypology(value: unknown): value is Typology {
  return typeof value === 'string' && (TYPOLOGIES as readonly string[]).includes(value);
}

/** Plain names of the typologies: the one label table the reader, the exports and the engine's messages use. */
export const TYPOLOGY_LABELS: Readonly<Record<Typology, string>> = {
  SC: 'State-controlled',
  CaPu: 'Captured public media',
  CaPr: 'Captured private media',
  ISFM: 'Independent state-funded and state-managed',
  ISF: 'Independent state-funded',
  ISM: 'Independent state-managed',
  IP: 'Independent public media',
};

/** One line on what each typology means for what an outlet publishes. */
export const TYPOLOGY_MEANINGS: Readonly<Record<Typology, string>> = {
  SC: 'the state decides what it publishes',
  CaPu: 'public media whose editorial line the government has taken over',
  CaPr: 'privately owned, but the government has taken over its editorial line',
  ISFM: 'funded and managed by the state, yet editorially independent',
  ISF: 'funded by the state, yet editorially independent',
  ISM: 'managed by the state, yet editorially independent',
  IP: 'public media with editorial independence',
};

/**
 * Each typology as an adjective before "outlet" or a kind of outlet ("a state-captured public radio station").
 * ISFM reads "independent state-funded" here because the generated outlet registry's descriptions are
 * built from this table; changing it means running `npm run registry` too.
 */
export const TYPOLOGY_ADJECTIVES: Readonly<Record<Typology, string>> = {
  SC: 'state-controlled',
  CaPu: 'state-captured public',
  CaPr: 'state-captured private',
  ISFM: 'independent state-funded',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
  IP: 'independent public',
};

/** The typologies whose outlets a state controls editorially. */
export const EDITORIALLY_CONTROLLED: ReadonlySet<Typology> = new Set(['SC', 'CaPu', 'CaPr']);
