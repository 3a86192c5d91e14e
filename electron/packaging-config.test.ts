// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder cannot run on our machines (it downloads Electron to package), so the config it
// would read is checked here instead.
const CONFIG = readFileSync(resolve(__dirname, '../electron-builder.yml'), 'utf8');

/** The `key: value` pairs of one top-level mapping of the YAML file, comments dropped. */
function topLevelMapping(yaml: string, key: string): Map<string, string> {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${key}:`);
  const entries = new Map<string, string>();
  if (start === -1) return entries;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const entry = /^\s+([A-Za-z]+):\s*([^#\s]+)\s*(?:#.*)?$/.exec(line);
    if (entry) entries.set(entry[1]!, entry[2]!);
  }
  return entries;
}

/** A top-level scalar of the YAML file, or undefined. */
function topLevelScalar(yaml: string, key: string): string | undefined {
  return new RegExp(`^${key}:\\s*([^#\\s]+)`, 'm').exec(yaml)?.[1];
}

describe('electron-builder.yml', () => {
  const fuses = topLevelMapping(CONFIG, 'electronFuses');

  it('turns off running the app as Node and injecting code through NODE_OPTIONS or --inspect', () => {
    expect(fuses.get('runAsNode')).toBe('false');
    expect(fuses.get('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(fuses.get('enableNodeCliInspectArguments')).toBe('false');
  });

  it('encrypts cookies and loads the app only from an integrity-checked asar', () => {
    expect(fuses.get('enableCookieEncryption')).toBe('true');
    expect(fuses.get('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(fuses.get('onlyLoadAppFromAsar')).toBe('true');
    expect(topLevelScalar(CONFIG, 'asar')).toBe('true');
  });

  it('gives file:// pages no extra privileges', () => {
    expect(fuses.get('grantFileProtocolExtraPrivileges')).toBe('false');
  });

  it('packs only the built app, never sources, tests or local state', () => {
    const files = /^files:\n((?:\s+-.*\n)+)/m.exec(CONFIG)?.[1] ?? '';
    const patterns = files
      .split('\n')
      .map((line) => line.replace(/^\s*-\s*/, '').trim())
      .filter(Boolean);
    expect(patterns).toContain('out/**');
    expect(patterns.every((pattern) => pattern === 'package.json' || pattern.startsWith('out/') || pattern.startsWith('!'))).toBe(true);
  });
});
