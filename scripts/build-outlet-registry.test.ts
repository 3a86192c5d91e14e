import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistry, cleanAssetName, cleanTypology, parseCsv, readMatrix, renderRegistryModule } from './outlet-registry/build-registry';
import { CONTEXT_ONLY_ALIASES, EXCLUDED_ALIASES, SUPPLEMENT_OUTLETS } from './outlet-registry/supplement';
import { OUTLET_REGISTRY } from '../shared/engine/state-media/outlet-registry.generated';
import type { OutletRecord } from '../shared/engine/state-media/outlet-types';
import { addLocalNames, NATIVE_SCRIPT_NAMES } from './outlet-registry/local-names';

describe('reading the State Media Matrix', () => {
  it('parses quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\nd,e,f\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['d', 'e', 'f'],
    ]);
  });
  it('strips asset prefixes and keeps parenthesised acronyms as names', () => {
    expect(cleanAssetName('Print: Izvestia')).toEqual({ base: 'Izvestia', acronyms: [], alternates: [] });
    expect(cleanAssetName('China Central Television (CCTV)')).toEqual({ base: 'China Central Television', acronyms: ['CCTV'], alternates: [] });
    expect(cleanAssetName("People's Daily (Renmin Ribao)").alternates).toEqual(['Renmin Ribao']);
  });
  it('reads "ISFM?" as ISFM and a blank typology as unknown', () => {
    expect(cleanTypology('ISFM?')).toBe('ISFM');
    expect(cleanTypology('')).toBeUndefined();
  });
});

describe('building the registry', () => {
  const rows = readMatrix(
    'Region,Country,Media company,Main assets,URL,Typology\n' +
      'Asia,North Korea,Korean Central News Agency (KCNA),KCNA,,SC\n' +
      'Americas,Canada,Canadian Broadcasting Corporation (CBC),CBC,,ISFM\n' +
      'Europe,Azerbaijan,SOCAR Media*,CBC,,SC\n' +
      'Asia,Singapore,Mediacorp,Today,,SC\n' +
      'Asia,Nowhere,X,Y,,SC\n',
  );
  const report = buildRegistry(rows, [], ['Today']);
  const byCountry = (code: string) => report.registry.outlets.filter((o) => o.country === code);
  it('gives each outlet its ISO country and company names', () => {
    expect(byCountry('KP')[0]).toMatchObject({ name: 'KCNA', typology: 'SC', aliases: ['KCNA', 'Korean Central News Agency'] });
  });
  it('matches a shared acronym only with country context', () => {
    expect(byCountry('CA')[0]!.aliases).toEqual([]);
    expect(byCountry('AZ')[0]!.contextAliases).toContain('CBC');
  });
  it('drops common-word names and reports unknown countries', () => {
    expect(byCountry('SG').flatMap((o) => [...o.aliases, ...o.contextAliases])).not.toContain('Today');
    expect(report.warnings.some((w) => w.includes('Nowhere'))).toBe(true);
  });
  it('renders a module that names its source and licence', () => {
    expect(renderRegistryModule(report.registry)).toMatch(/MIT licence/);
  });
});

const csv = resolve(__dirname, '../../shared/data/state-media-profiles/State_Media_Matrix.csv');
describe.skipIf(!existsSync(csv))('the real matrix (../shared/data)', () => {
  it('builds without unknown countries and matches the committed registry', () => {
    const report = buildRegistry(readMatrix(readFileSync(csv, 'utf8')), SUPPLEMENT_OUTLETS, EXCLUDED_ALIASES, CONTEXT_ONLY_ALIASES);
    expect(report.csvCountries).toBe(157);
    expect(report.warnings.filter((w) => !w.includes('is shared by'))).toEqual([]);
    // The build adds the outlets' Spanish, French, German and Russian names, each of which must find its outlet.
    expect(addLocalNames(report.registry.outlets as OutletRecord[])).toEqual([]);
    // And their names in their own scripts.
    expect(addLocalNames(report.registry.outlets as OutletRecord[], NATIVE_SCRIPT_NAMES)).toEqual([]);
    expect(report.registry).toEqual(OUTLET_REGISTRY);
  });
  it('keeps communist-era agencies apart from their independent namesakes, bounded by their state years', () => {
    const byName = new Map(OUTLET_REGISTRY.outlets.map((o) => [o.name, o]));
    expect(byName.get('CTK (Czechoslovakia)')).toMatchObject({ country: 'CS', typology: 'SC', stateControlled: { to: 1989 } });
    expect(byName.get('CTK')).toMatchObject({ country: 'CZ', typology: 'ISM' });
    expect(byName.get('BTA (communist Bulgaria)')?.contextAliases).toContain('BTA');
  });
  it('matches "Al-Thawra" only with the country of one of its three papers', () => {
    const owners = OUTLET_REGISTRY.outlets.filter((o) => o.aliases.includes('Al-Thawra') || o.contextAliases.includes('Al-Thawra'));
    expect(owners.map((o) => o.country).sort()).toEqual(['IQ', 'SY', 'YE']);
    expect(owners.every((o) => !o.aliases.includes('Al-Thawra'))).toBe(true);
  });
  it('knows the well-known outlets the issue lists', () => {
    const names = new Set(OUTLET_REGISTRY.outlets.map((o) => o.name));
    for (const name of [
      'KCNA',
      'KCTV',
      'Rodong Sinmun',
      'Xinhua',
      "People's Daily",
      'Global Times',
      'CCTV',
      'CGTN',
      'TASS',
      'RIA Novosti',
      'RT',
      'Sputnik',
      'Rossiya 1',
      'IRNA',
      'Press TV',
      'Tasnim',
      'Fars',
      'SANA',
      'BelTA',
      'Granma',
      'Prensa Latina',
      'VNA',
      'KUNA',
      'Saudi Press Agency',
      'WAM',
      'MENA',
      'Anadolu',
      'TRT',
      'Al Jazeera',
      'NHK',
      'Al-Ahram',
      'QNA',
      'Petra',
      'Tehran Radio',
      'Radio Moscow',
      'Pravda',
      'Tanjug',
      'INA',
      'ADN',
      'Neues Deutschland',
    ])
      expect(names, name).toContain(name);
  });
});
