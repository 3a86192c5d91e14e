import { readFileSync, writeFileSync } from 'node:fs';
import type { OutletRecord } from '../shared/engine/state-media/outlet-types';
import { resolve } from 'node:path';
import { buildRegistry, readMatrix, renderRegistryModule } from './outlet-registry/build-registry';
import { addLocalNames, NATIVE_SCRIPT_NAMES } from './outlet-registry/local-names';
import { CONTEXT_ONLY_ALIASES, EXCLUDED_ALIASES, SUPPLEMENT_OUTLETS } from './outlet-registry/supplement';

// Builds shared/engine/state-media/outlet-registry.generated.ts from ../shared/data and our supplement;
// the app never reads ../shared at run time, so the output is committed.
const root = resolve(__dirname, '..');
const csvPath = resolve(root, '../shared/data/state-media-profiles/State_Media_Matrix.csv');
const outPath = resolve(root, 'shared/engine/state-media/outlet-registry.generated.ts');

const rows = readMatrix(readFileSync(csvPath, 'utf8'));
const report = buildRegistry(rows, SUPPLEMENT_OUTLETS, EXCLUDED_ALIASES, CONTEXT_ONLY_ALIASES);
// Spanish, French, German and Russian names of the outlets (scripts/outlet-registry/local-names.ts).
for (const warning of addLocalNames(report.registry.outlets as OutletRecord[])) console.warn(`warning: ${warning}`);
// Names in the outlets' own scripts, quoted in English copy (scripts/outlet-registry/local-names.ts).
for (const warning of addLocalNames(report.registry.outlets as OutletRecord[], NATIVE_SCRIPT_NAMES)) console.warn(`warning: ${warning}`);
writeFileSync(outPath, renderRegistryModule(report.registry));
const verbose = process.argv.includes('--verbose');
for (const warning of verbose ? report.warnings : report.warnings.filter((w) => !w.includes('is shared by'))) console.warn(`warning: ${warning}`);
console.log(`${report.csvAssets} CSV assets in ${report.csvCountries} countries -> ${report.registry.outlets.length} outlets written to ${outPath}`);
