import type { Typology } from '../../model/finding';
import { OUTLET_REGISTRY } from './outlet-registry.generated';
import type { OutletRecord } from './outlet-types';

/** How the article's own publisher was recognised. */
export type PublisherEvidence = 'url' | 'site' | 'wire-tag';

/** The registered outlet that published the article itself: a fact about the article, not a highlight. */
export interface ArticlePublisher {
  readonly outlet: string;
  readonly country: string;
  readonly typology: Typology;
  readonly description: string;
  readonly evidence: PublisherEvidence;
}

/** What publisher recognition reads of an article. */
export interface PublisherClues {
  readonly text: string;
  /** Site or publisher name from the page's meta tags or JSON-LD. */
  readonly site?: string;
  /** The article's canonical address. */
  readonly url?: string;
}

interface PublisherLookup {
  readonly byHost: ReadonlyMap<string, OutletRecord>;
  readonly byName: ReadonlyMap<string, OutletRecord>;
}

let lookup: PublisherLookup | undefined;

/** Host and name tables, built on first use; a name or host claimed by two outlets is left out as ambiguous. */
function publisherLookup(): PublisherLookup {
  if (lookup) return lookup;
  const byHost = new Map<string, OutletRecord | null>();
  const byName = new Map<string, OutletRecord | null>();
  const claim = (map: Map<string, OutletRecord | null>, key: string, outlet: OutletRecord): void => {
    const current = map.get(key);
    map.set(key, current === undefined || current === outlet ? outlet : null);
  };
  for (const outlet of OUTLET_REGISTRY.outlets) {
    for (const host of outlet.domains ?? []) claim(byHost, host, outlet);
    for (const name of [outlet.name, ...outlet.aliases]) claim(byName, name.toLowerCase(), outlet);
  }
  const known = <K>(map: Map<K, OutletRecord | null>): Map<K, OutletRecord> =>
    new Map([...map].filter((entry): entry is [K, OutletRecord] => entry[1] !== null));
  lookup = { byHost: known(byHost), byName: known(byName) };
  return lookup;
}

function hostOf(url: string): string | undefined {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase().replace(/^www\d?\./, '') : undefined;
}

/** The outlet whose website serves this host, trying parent domains ("en.kcna.kp" → "kcna.kp"). */
function outletOfHost(host: string, byHost: ReadonlyMap<string, OutletRecord>): OutletRecord | undefined {
  const labels = host.split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const outlet = byHost.get(labels.slice(i).join('.'));
    if (outlet) return outlet;
  }
  return undefined;
}

/** A site name as pages give it ("Sputnik International", "Xinhua | English.news.cn"): any part that is a registered name. */
function outletOfSite(site: string, byName: ReadonlyMap<string, OutletRecord>): OutletRecord | undefined {
  const parts = [site, ...site.split(/\s+[|–—·:-]\s+/)];
  for (const part of parts) {
    const outlet = byName.get(part.trim().toLowerCase());
    if (outlet) return outlet;
  }
  return undefined;
}

// Wire copy opens with a dateline whose tag names the agency: "PYONGYANG, Dec. 4 (KCNA) --", "BEIJING, Dec 3 (Xinhua) —".
const WIRE_TAG = /^[^\n]{0,80}?\(([\p{L}][\p{L} .'-]{1,40})\)\s*(?:--|[-–—])/mu;
const WIRE_TAG_WINDOW = 600;

/** The registered outlet that published the article, from its address, its site name or a wire tag; null when none is recognised. */
export function identifyPublisher(clues: PublisherClues): ArticlePublisher | null {
  const { byHost, byName } = publisherLookup();
  const host = clues.url ? hostOf(clues.url) : undefined;
  const fromUrl = host ? outletOfHost(host, byHost) : undefined;
  if (fromUrl) return describe(fromUrl, 'url');
  const fromSite = clues.site ? outletOfSite(clues.site, byName) : undefined;
  if (fromSite) return describe(fromSite, 'site');
  const tag = WIRE_TAG.exec(clues.text.slice(0, WIRE_TAG_WINDOW))?.[1];
  const fromTag = tag ? byName.get(tag.trim().toLowerCase()) : undefined;
  return fromTag ? describe(fromTag, 'wire-tag') : null;
}

function describe(outlet: OutletRecord, evidence: PublisherEvidence): ArticlePublisher {
  return { outlet: outlet.name, country: outlet.country, typology: outlet.typology, description: outlet.description, evidence };
}
