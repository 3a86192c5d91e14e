/** Kinds of unverified-claim cue, as grouped in ANNOTATION.md, in the order the guide lists them. */
export const CUE_KINDS = ['hearsay-adverb', 'distancing-frame', 'non-verification', 'anonymous-sourcing', 'rumour'] as const;

/** One kind of unverified-claim cue. */
export type CueKind = (typeof CUE_KINDS)[number];

/** Each cue kind in the annotation guide's terms, as a finding's message names it. */
export const CUE_KIND_LABELS: Readonly<Record<CueKind, string>> = {
  'hearsay-adverb': 'hearsay adverb',
  'distancing-frame': 'distancing frame',
  'non-verification': 'explicit non-verification',
  'anonymous-sourcing': 'anonymous source',
  rumour: 'rumour or unattributed report',
};

/** Each cue kind in words a reader uses, for the card, the panel and the exports. */
export const CUE_KIND_PLAIN: Readonly<Record<CueKind, string>> = {
  'hearsay-adverb': 'a word that passes on hearsay',
  'distancing-frame': 'words that keep the claim at arm’s length',
  'non-verification': 'the article says it could not be verified',
  'anonymous-sourcing': 'a source who is not named',
  rumour: 'a rumour or an unattributed report',
};
