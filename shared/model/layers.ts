/** The three highlight layers, in display order; ANNOTATION.md defines what each marks. */
export const LAYER_IDS = ['state-media', 'quote', 'unverified'] as const;

/** One of the three highlight layers. */
export type LayerId = (typeof LAYER_IDS)[number];

/** Human-facing name and description of each layer, shared by the reader and the export. */
export const LAYER_INFO: Readonly<Record<LayerId, { readonly label: string; readonly description: string }>> = {
  'state-media': {
    label: 'State media',
    description: 'Attributions to state-controlled media',
  },
  quote: {
    label: 'Direct quotes',
    description: "Someone's exact words",
  },
  unverified: {
    label: 'Unverified claims',
    description: 'Claims the article itself does not vouch for',
  },
};

/** Whether a string names a layer; used to validate input from IPC and the CLI. */
export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}
