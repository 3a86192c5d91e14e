import type { Typology } from '../../shared/model/finding';
import { TYPOLOGIES, TYPOLOGY_ADJECTIVES } from '../../shared/model/typology';
import type { OutletKind, OutletRecord, OutletRegistry } from '../../shared/engine/state-media/outlet-types';
import { COUNTRY_CODES, EXTRA_COUNTRY_NAMES } from './country-codes';
import type { SupplementOutlet } from './supplement';

/** One asset row of the State Media Matrix, reduced to what the registry needs. */
export interface MatrixRow {
  readonly country: string;
  readonly company: string;
  readonly asset: string;
  readonly typology: string;
  /** The asset's website, when the matrix gives one. */
  readonly url?: string;
}

/** The host of a website address without `www.`, lower-cased; undefined for anything that is not a web address. */
export function websiteHost(url: string): string | undefined {
  const match = /^(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(?:[:/?#]|$)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase().replace(/^www\d?\./, '') : undefined;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Reads the matrix's header and returns its asset rows, skipping blank ones. */
export function readMatrix(source: string): MatrixRow[] {
  const [header, ...rows] = parseCsv(source.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const column = (name: string): number => {
    const index = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    if (index < 0) throw new Error(`State Media Matrix has no "${name}" column`);
    return index;
  };
  const [country, company, asset, typology] = [column('Country'), column('Media company'), column('Main assets'), column('Typology')];
  const url = header.findIndex((h) => h.trim().toLowerCase() === 'url');
  return rows
    .map((r) => {
      const website = url >= 0 ? (r[url] ?? '').trim() : '';
      return {
        country: (r[country] ?? '').trim(),
        company: (r[company] ?? '').trim(),
        asset: (r[asset] ?? '').trim(),
        typology: (r[typology] ?? '').trim(),
        ...(website ? { url: website } : {}),
      };
    })
    .filter((r) => r.country !== '' && r.asset !== '');
}

/** Maps a matrix typology to ours; "ISFM?" keeps its model, blanks give undefined. */
export function cleanTypology(value: string): Typology | undefined {
  const bare = value.replace(/\?+$/, '').trim();
  return TYPOLOGIES.find((t) => t.toLowerCase() === bare.toLowerCase());
}

const ASSET_PREFIX = /^(?:Print media|Print|News agency|News portals|Television|Radio|Online)\s*:\s*/i;
const EDITION_SUFFIX =
  /\s+(?:English|Chinese|Spanish|French|Arabic|Russian|German|Japanese|Korean|Portuguese|Turkish|Italian|Georgian|Serbian|Persian|Polish|Greek|Urdu|Kurdi|Deutsch|Español|Français|Русский|العربية|Africa|America|Europe|Documentary|Global|HK|USA|\(.*?(?:edition|English|Chinese|French|Spanish|Japanese|Russian|Arabic|Korean|German)\))$/;
const ACRONYM = /^[A-Z0-9][A-Za-z0-9&:.\-/]*$/;

/** An asset name without type prefixes, trailing marks or parentheses, plus the names found inside them. */
export interface CleanedName {
  readonly base: string;
  readonly acronyms: readonly string[];
  readonly alternates: readonly string[];
}

/** Cleans a matrix asset or company name: "Print: Izvestia" → Izvestia; "China Central Television (CCTV)" → + CCTV. */
export function cleanAssetName(raw: string): CleanedName {
  let name = raw
    .replace(ASSET_PREFIX, '')
    .replace(/\*+$/, '')
    .replace(/^\(+|\)+$/g, '')
    .trim();
  const acronyms: string[] = [];
  const alternates: string[] = [];
  const paren = /\(([^()]*)\)?/.exec(name);
  if (paren) {
    const inner = paren[1]!.replace(ASSET_PREFIX, '').trim();
    name = name.slice(0, paren.index).trim() || inner;
    if (inner && inner !== name && !/(?:edition|control|english|chinese|french|spanish|japanese|russian|arabic|korean|german)/i.test(inner)) {
      if (ACRONYM.test(inner) && /[A-Z].*[A-Z]/.test(inner)) acronyms.push(inner);
      else alternates.push(inner);
    }
  }
  name = name
    .replace(/\s+-\s*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { base: name, acronyms, alternates };
}

/** Guesses what kind of outlet a name denotes, for back-references. */
export function guessKind(name: string): OutletKind {
  if (/news agency|agency|agence|agencia|agência|press service|presse|\bpress\b|telegraph|information center|\bnews service\b/i.test(name)) return 'agency';
  if (/radio|radyo|rádio|\bFM\b|voice of|broadcasting station/i.test(name)) return 'radio';
  if (/\bTV\b|tele|channel|canal|kanal|\bRT\b/i.test(name)) return 'television';
  if (/broadcast/i.test(name)) return 'broadcaster';
  if (/daily|times|gazette|gazeta|newspaper|sinmun|bao|tribune|herald|post|pravda|journal|weekly|observer|courier|mail/i.test(name)) return 'newspaper';
  if (/\.(?:com|ru|net|cn|kz|org|hu|by|info|news|su|tv|today)\b/i.test(name)) return 'website';
  return 'outlet';
}

const KIND_WORDS: Readonly<Record<OutletKind, string>> = {
  agency: 'news agency',
  broadcaster: 'broadcaster',
  television: 'television channel',
  radio: 'radio station',
  newspaper: 'newspaper',
  website: 'news website',
  outlet: 'media outlet',
};

interface Draft {
  name: string;
  country: string;
  typology: Typology;
  kind: OutletKind;
  names: Set<string>;
  domains: Set<string>;
  fromSupplement: boolean;
  contextAliases: Set<string>;
  description?: string | undefined;
  supplement?: SupplementOutlet;
}

function key(country: string, name: string): string {
  return `${country}\u0000${name.toLowerCase()}`;
}

/** Problems found while building, reported by the script rather than thrown. */
export interface BuildReport {
  readonly registry: OutletRegistry;
  readonly warnings: readonly string[];
  readonly csvAssets: number;
  readonly csvCountries: number;
}

/** Builds the registry: CSV assets grouped per country and name, then the supplement folded in and names disambiguated. */
export function buildRegistry(
  rows: readonly MatrixRow[],
  supplement: readonly SupplementOutlet[],
  excluded: readonly string[],
  contextOnly: readonly string[] = [],
): BuildReport {
  const warnings: string[] = [];
  const countryNames: Record<string, string> = { ...EXTRA_COUNTRY_NAMES };
  const drafts = new Map<string, Draft>();
  const companyAssets = new Map<string, Set<string>>();
  const assetNames = new Set<string>();

  for (const row of rows) assetNames.add(key(row.country, cleanAssetName(row.asset).base));
  for (const row of rows) {
    const code = COUNTRY_CODES[row.country];
    if (!code) {
      warnings.push(`unknown country "${row.country}" for ${row.asset}`);
      continue;
    }
    countryNames[code] ??= row.country === 'Europen Union' ? 'the European Union' : row.country;
    const typology = cleanTypology(row.typology);
    if (!typology) {
      warnings.push(`no typology for ${row.asset} (${row.country}); skipped`);
      continue;
    }
    const cleaned = cleanAssetName(row.asset);
    let base = cleaned.base;
    const edition = EDITION_SUFFIX.exec(base);
    const company = cleanAssetName(row.company);
    if (edition) {
      const stem = base.slice(0, edition.index).trim();
      if (stem && (assetNames.has(key(row.country, stem)) || company.base === stem || company.acronyms.includes(stem) || stem.length <= 5)) base = stem;
    }
    const k = key(code, base);
    let draft = drafts.get(k);
    if (!draft) {
      draft = {
        name: base,
        country: code,
        typology,
        kind: guessKind(`${base} ${row.company}`),
        names: new Set([base]),
        domains: new Set(),
        fromSupplement: false,
        contextAliases: new Set(),
      };
      drafts.set(k, draft);
    }
    const host = row.url ? websiteHost(row.url) : undefined;
    if (host) draft.domains.add(host);
    for (const name of [...cleaned.acronyms, ...cleaned.alternates]) draft.names.add(name);
    const companyKey = key(code, company.base);
    if (!companyAssets.has(companyKey)) companyAssets.set(companyKey, new Set());
    companyAssets.get(companyKey)!.add(k);
    if (company.base === base) for (const acronym of company.acronyms) draft.names.add(acronym);
  }
  // A company with one asset is known by the company's names too ("Korean Central News Agency (KCNA)").
  for (const row of rows) {
    const code = COUNTRY_CODES[row.country];
    if (!code) continue;
    const company = cleanAssetName(row.company);
    const assets = companyAssets.get(key(code, company.base));
    if (!assets || assets.size !== 1) continue;
    const draft = drafts.get([...assets][0]!);
    if (!draft) continue;
    if (
      !/government|department|state press|press unit|publishing office|group|holding|media$|corporation|foundation|company|sistema|servicio|office/i.test(
        company.base,
      )
    )
      draft.names.add(company.base);
    for (const acronym of company.acronyms) draft.names.add(acronym);
  }

  for (const entry of supplement) {
    countryNames[entry.country] ??= entry.country;
    const wanted = new Set([entry.name, ...(entry.match ?? [])].map((n) => n.toLowerCase()));
    const merged = [...drafts.entries()].filter(
      ([, d]) => d.country === entry.country && !d.fromSupplement && [...d.names].some((n) => wanted.has(n.toLowerCase())),
    );
    if (entry.match && merged.length === 0) warnings.push(`supplement "${entry.name}" matched no CSV asset (${entry.match.join(', ')})`);
    const typology = entry.typology ?? merged[0]?.[1].typology;
    if (!typology) {
      warnings.push(`supplement "${entry.name}" has no typology; skipped`);
      continue;
    }
    for (const [k] of merged) drafts.delete(k);
    drafts.set(key(entry.country, entry.name), {
      name: entry.name,
      country: entry.country,
      typology,
      kind: entry.kind,
      names: new Set(entry.aliases),
      domains: new Set([...merged.flatMap(([, d]) => [...d.domains]), ...(entry.domains ?? [])]),
      fromSupplement: true,
      contextAliases: new Set(entry.contextAliases ?? []),
      description: entry.description,
      supplement: entry,
    });
  }

  // CSV-only names that are words, places or short acronyms need the country in the article.
  const excludedSet = new Set(excluded.map((e) => e.toLowerCase()));
  const contextOnlySet = new Set(contextOnly.map((e) => e.toLowerCase()));
  const countryWords = new Set(Object.keys(COUNTRY_CODES).map((c) => c.toLowerCase()));
  for (const draft of drafts.values()) {
    if (draft.fromSupplement) continue;
    for (const name of [...draft.names]) {
      const lower = name.toLowerCase();
      if (contextOnlySet.has(lower)) {
        draft.names.delete(name);
        draft.contextAliases.add(name);
      } else if (excludedSet.has(lower) || countryWords.has(lower) || name.length < 2) draft.names.delete(name);
      else if (name.length <= 3 || /^\d/.test(name)) {
        draft.names.delete(name);
        draft.contextAliases.add(name);
      }
    }
  }
  // A name shared by outlets of different countries or typologies is matched only with country context.
  const owners = new Map<string, Draft[]>();
  for (const draft of drafts.values())
    for (const name of draft.names) {
      const list = owners.get(name) ?? [];
      if (!list.includes(draft)) list.push(draft);
      owners.set(name, list);
    }
  for (const [name, list] of owners) {
    const distinct = new Set(list.map((d) => `${d.country}/${d.typology}`));
    if (list.length > 1 && distinct.size > 1) {
      for (const draft of list) {
        draft.names.delete(name);
        draft.contextAliases.add(name);
      }
      warnings.push(`"${name}" is shared by ${list.map((d) => `${d.name} (${d.country})`).join(', ')}: matched with country context`);
    }
  }

  const outlets: OutletRecord[] = [...drafts.values()]
    .map((d): OutletRecord => {
      const countryName = countryNames[d.country] ?? d.country;
      const record: OutletRecord = {
        name: d.name,
        country: d.country,
        typology: d.typology,
        kind: d.kind,
        aliases: [...d.names].sort(),
        contextAliases: [...d.contextAliases].filter((n) => !d.names.has(n)).sort(),
        description:
          d.description ??
          `${/^[aeiou]/.test(TYPOLOGY_ADJECTIVES[d.typology]) ? 'an' : 'a'} ${TYPOLOGY_ADJECTIVES[d.typology]} ${KIND_WORDS[d.kind]} in ${countryName}`,
        ...(d.domains.size > 0 ? { domains: [...d.domains].sort() } : {}),
      };
      const withYears = d.supplement?.stateControlled ? { ...record, stateControlled: d.supplement.stateControlled } : record;
      return d.supplement?.formerly ? { ...withYears, formerly: d.supplement.formerly } : withYears;
    })
    .filter((r) => r.aliases.length + r.contextAliases.length > 0)
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const sortedCountries = Object.fromEntries(Object.entries(countryNames).sort(([a], [b]) => a.localeCompare(b)));
  const csvCountries = new Set(rows.map((r) => r.country)).size;
  return { registry: { outlets, countryNames: sortedCountries }, warnings, csvAssets: rows.length, csvCountries };
}

/** Serialises the registry as a committed TypeScript module, one outlet per line for readable diffs. */
export function renderRegistryModule(registry: OutletRegistry): string {
  const lines = [
    '// Generated by `npm run registry` (scripts/build-outlet-registry.ts) from the State Media Matrix',
    '// (ASD-at-GMF/state-media-profiles, MIT licence: see THIRD_PARTY_NOTICE.md) and our supplement. Do not edit.',
    "import type { OutletRegistry } from './outlet-types';",
    '',
    '/** Every known state-affiliated outlet with its names, country and typology. */',
    'export const OUTLET_REGISTRY: OutletRegistry = {',
    '  outlets: [',
    ...registry.outlets.map((outlet) => `    ${JSON.stringify(outlet)},`),
    '  ],',
    `  countryNames: ${JSON.stringify(registry.countryNames)},`,
    '};',
    '',
  ];
  return lines.join('\n');
}
