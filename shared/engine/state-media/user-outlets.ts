import { TYPOLOGIES, type Typology } from '../../model/typology';
import type { OutletKind, OutletRecord } from './outlet-types';

const KINDS: readonly OutletKind[] = ['agency', 'broadcaster', 'television', 'radio', 'newspaper', 'website', 'outlet'];

/** Outlets read from a user's file, and what was wrong with the entries that were left out. */
export interface UserOutlets {
  readonly outlets: readonly OutletRecord[];
  readonly problems: readonly string[];
}

function strings(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim().length > 0)) return undefined;
  return value.map((item: string) => item.trim());
}

/**
 * Reads a user's outlet list: a JSON array of `{ "name", "country", "typology"?, "kind"?, "aliases"?,
 * "contextAliases"?, "description"? }`. The name is always an alias; typology defaults to SC (state-controlled),
 * kind to "outlet". Bad entries are reported and skipped, so one typo never drops the whole list.
 */
export function parseUserOutlets(data: unknown): UserOutlets {
  if (!Array.isArray(data)) return { outlets: [], problems: ['the outlet list must be a JSON array of outlets'] };
  const outlets: OutletRecord[] = [];
  const problems: string[] = [];
  data.forEach((entry: unknown, index) => {
    const where = `outlet ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) return void problems.push(`${where} is not an object`);
    const record = entry as Record<string, unknown>;
    const name = typeof record['name'] === 'string' ? record['name'].trim() : '';
    const country = typeof record['country'] === 'string' ? record['country'].trim().toUpperCase() : '';
    if (!name) return void problems.push(`${where} has no "name"`);
    if (!/^[A-Z]{2}$/.test(country)) return void problems.push(`${name}: "country" must be a two-letter code such as "KP"`);
    const typology = (record['typology'] ?? 'SC') as Typology;
    if (!TYPOLOGIES.includes(typology)) return void problems.push(`${name}: "typology" must be one of ${TYPOLOGIES.join(', ')}`);
    const kind = (record['kind'] ?? 'outlet') as OutletKind;
    if (!KINDS.includes(kind)) return void problems.push(`${name}: "kind" must be one of ${KINDS.join(', ')}`);
    const aliases = strings(record['aliases']);
    const contextAliases = strings(record['contextAliases']);
    if (!aliases || !contextAliases) return void problems.push(`${name}: "aliases" and "contextAliases" must be lists of names`);
    const description =
      typeof record['description'] === 'string' && record['description'].trim() ? record['description'].trim() : `an outlet you added (${country})`;
    outlets.push({ name, country, typology, kind, aliases: [...new Set([name, ...aliases])], contextAliases, description });
  });
  return { outlets, problems };
}
