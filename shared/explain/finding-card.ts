import { OUTLET_REGISTRY } from '../engine/state-media/outlet-registry.generated';
import { CUE_KIND_PLAIN, type CueKind } from '../model/cue-kind';
import type { Finding, QuoteFinding, StateMediaFinding } from '../model/finding';
import { EDITORIALLY_CONTROLLED, TYPOLOGY_LABELS, TYPOLOGY_MEANINGS } from '../model/typology';
import { LAYER_INFO, type LayerId } from '../model/layers';
import { speakerName, speakerPronoun, speakerRole } from '../model/speaker';
import { isReaderAdded } from '../model/correction';

/** One line of evidence on a card, e.g. ["Outlet", "KCNA — North Korea's state news agency"]. */
export interface CardEvidence {
  readonly label: string;
  readonly value: string;
}

/** What a reader is told about one finding, in the app's card and in exports alike. */
export interface FindingCard {
  readonly layer: LayerId;
  readonly layerLabel: string;
  /** What was found, in plain words. */
  readonly what: string;
  /** Why it matters for judging the article. */
  readonly why: string;
  readonly evidence: readonly CardEvidence[];
}

/** Why each layer matters, as the card and the help say it. */
export const LAYER_WHY: Readonly<Record<LayerId, string>> = {
  'state-media':
    'Media a government controls publish what it wants said. What rests on them is that government’s account, passed on, not something the article confirmed.',
  quote:
    'A quote is what someone said, not what the article establishes. Who said it, and through whom it reached the article, decides how much weight it carries.',
  unverified: 'The article itself does not vouch for this. Treat it as someone’s claim until another source confirms it.',
};

/** The "learn more" text of each layer for the app's help: what is marked, why, and what is not. */
export const LAYER_HELP: Readonly<Record<LayerId, readonly string[]>> = {
  'state-media': [
    'Marked: a sentence’s information credited to a state-affiliated outlet, named (“the state news agency KCNA said”), unnamed (“state television reported”), or referred back to (“the agency added”), and pictures or datelines from one.',
    'Outlets and their typologies come from the State Media Monitor’s matrix. Settings choose which typologies count; by default the three whose editorial line a state controls.',
    'Not marked: state media that are only the subject of the news (“KCNA was founded in 1946”).',
  ],
  quote: [
    'Marked: words inside quotation marks presented as what someone said, with the speaker the article names. A pronoun or a title (“she”, “the leader”) is resolved to a name where the article gives one; the card says when it was worked out that way.',
    'A quote that shares a sentence with a state-media attribution reached the article through that outlet; the summary counts those.',
    'Not marked: titles of works, scare quotes around a single word, and quoted terms.',
  ],
  unverified: [
    'Marked: a claim with a cue that the article does not vouch for it: hearsay words (“reportedly”, “allegedly”), distancing (“what it described as”), open doubt (“could not be independently verified”), unnamed sources (“an official who asked not to be named”) and rumours.',
    'The cue is named on the card, so you can see why the claim was marked.',
    'Not marked: claims the article attributes to a named source without doubt; those are ordinary reporting.',
  ],
};

let outletDescriptions: Map<string, string> | null = null;

/** The registry's one-line description of an outlet ("North Korea's state news agency"), if it has one. */
export function outletDescription(outlet: string): string | undefined {
  outletDescriptions ??= new Map(OUTLET_REGISTRY.outlets.map((record) => [record.name, record.description]));
  return outletDescriptions.get(outlet);
}

let regionNames: Intl.DisplayNames | null | undefined;

/** The English name of a country from its ISO code, or the code itself where the runtime cannot say. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Whether a state-media finding names no outlet ("state television"). */
export function isGenericOutlet(finding: Pick<StateMediaFinding, 'outlet'>): boolean {
  return finding.outlet.includes('(generic)');
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 120 ? `${flat.slice(0, 117).trimEnd()}…` : flat}”`;
}

function stateMediaCard(finding: StateMediaFinding): Omit<FindingCard, 'layer' | 'layerLabel'> {
  const generic = isGenericOutlet(finding);
  const country = finding.country ? countryName(finding.country) : undefined;
  const outlet = generic ? (country ? `${country}’s state media` : 'state media') : finding.outlet;
  const what = generic
    ? `Information credited to ${outlet}, without naming an outlet.`
    : finding.ruleId === 'state-media/picture-credit'
      ? `A picture supplied by ${outlet}.`
      : finding.ruleId === 'state-media/dateline'
        ? `The report comes from ${outlet}.`
        : finding.ruleId === 'state-media/headline'
          ? `The headline credits ${outlet}.`
          : finding.ruleId === 'state-media/back-reference'
            ? `${quoted(finding.text)} refers back to ${outlet}.`
            : `Information credited to ${outlet}.`;
  const evidence: CardEvidence[] = [{ label: 'In the text', value: quoted(finding.text) }];
  const description = generic ? undefined : outletDescription(finding.outlet);
  evidence.push({ label: 'Outlet', value: generic ? 'not named' : description ? `${finding.outlet}, ${description}` : finding.outlet });
  if (country) evidence.push({ label: 'Country', value: country });
  if (finding.typology) evidence.push({ label: 'Typology', value: `${TYPOLOGY_LABELS[finding.typology]}: ${TYPOLOGY_MEANINGS[finding.typology]}` });
  const independent = finding.typology !== undefined && !EDITORIALLY_CONTROLLED.has(finding.typology);
  const why = independent
    ? 'This outlet is state-funded or state-managed; the State Media Monitor rates it editorially independent. You chose to have such outlets marked.'
    : LAYER_WHY['state-media'];
  return { what, why, evidence };
}

/** How sure the engine is of a quote's speaker, in words: named beside it, worked out from nearby words, or unknown. */
export function speakerCertainty(finding: Pick<QuoteFinding, 'speaker' | 'speakerSurface'>): string {
  if (!speakerName(finding)) return 'no speaker found near the quote';
  const surface = finding.speakerSurface?.trim();
  if (!surface) return 'sure: named beside the quote';
  // The words in the text are evidence of how the name was found, so they are quoted, never used as the name.
  return `fairly sure: worked out from “${surface}” near the quote`;
}

function quoteCard(finding: QuoteFinding): Omit<FindingCard, 'layer' | 'layerLabel'> {
  const name = speakerName(finding);
  const role = speakerRole(finding);
  const pronoun = speakerPronoun(finding);
  if (pronoun) {
    return {
      what: `Exact words of someone the article calls only “${pronoun}” here.`,
      why: LAYER_WHY.quote,
      evidence: [
        { label: 'Speaker', value: `not named near the quote, only “${pronoun}”` },
        { label: 'How sure', value: 'unsure: only a pronoun points to the speaker' },
      ],
    };
  }
  const evidence: CardEvidence[] = [
    { label: 'Speaker', value: name ? (role ? `${name} (${role})` : name) : 'not named in the article' },
    { label: 'How sure', value: speakerCertainty(finding) },
  ];
  return { what: name ? `${name}’s exact words.` : 'Exact words of someone the article does not name.', why: LAYER_WHY.quote, evidence };
}

const UNVERIFIED_WHAT: Readonly<Record<CueKind, (cue: string) => string>> = {
  'hearsay-adverb': (cue) => `“${cue}”: the article passes this on without confirming it.`,
  'distancing-frame': (cue) => `“${cue}”: the article keeps its distance from this claim.`,
  'non-verification': (cue) => `The article says this could not be confirmed (“${cue}”).`,
  'anonymous-sourcing': (cue) => `This comes from a source the article does not name (“${cue}”).`,
  rumour: (cue) => `This is passed on as a rumour or an unattributed report (“${cue}”).`,
};

/**
 * The card for one finding: what was found and why it matters, in plain words, and the evidence
 * (the words in the text, the outlet with its country, typology and description, the speaker and
 * how sure the engine is, the cue). The app's card, the panel and the exports all read it.
 */
export function findingCard(finding: Finding): FindingCard {
  const base = { layer: finding.layer, layerLabel: LAYER_INFO[finding.layer].label };
  if (isReaderAdded(finding)) {
    return {
      ...base,
      what: `You marked this as ${LAYER_INFO[finding.layer].label.toLowerCase()}; the engine had missed it.`,
      why: LAYER_WHY[finding.layer],
      evidence: [{ label: 'Marked by', value: 'you, on this computer' }],
    };
  }
  switch (finding.layer) {
    case 'state-media':
      return { ...base, ...stateMediaCard(finding) };
    case 'quote':
      return { ...base, ...quoteCard(finding) };
    case 'unverified':
      return {
        ...base,
        what: UNVERIFIED_WHAT[finding.cueKind](finding.cue),
        why: LAYER_WHY.unverified,
        evidence: [
          { label: 'Cue', value: `“${finding.cue}”` },
          { label: 'Kind', value: CUE_KIND_PLAIN[finding.cueKind] },
        ],
      };
  }
}
