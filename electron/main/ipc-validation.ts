import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { isExportFormat, type ExportFormat } from '../../shared/model/export-format';
import type { ReaderSettings } from '../../shared/model/settings';
import { LANGUAGES, type LanguageChoice } from '../../shared/engine/lang/detect-language';
import { READER_SETTING_SCHEMAS } from '../services/settings-store';

const droppedPathSchema = z
  .string()
  .min(1)
  .max(32_768)
  .refine((value) => isAbsolute(value) && !value.includes('\u0000'), 'must be an absolute path');

/** Checks the format of an export the renderer asks for: one of the model's export formats, nothing else. */
export function parseExportFormat(value: unknown): ExportFormat | null {
  return isExportFormat(value) ? value : null;
}

/** Checks the language choice an export carries: absent means `auto`; anything but a known pack is refused. */
export function parseExportLanguage(value: unknown): LanguageChoice | null {
  if (value === undefined) return 'auto';
  return value === 'auto' || (LANGUAGES as readonly unknown[]).includes(value) ? (value as LanguageChoice) : null;
}

/** Checks a dropped file's path as the preload resolved it: an absolute path, nothing else. */
export function parseDroppedPath(value: unknown): string | null {
  const parsed = droppedPathSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// Strict: a change with any invalid field is refused whole, so the reader never half-applies one.
const settingsChangeSchema = z.object(READER_SETTING_SCHEMAS).partial();

/** Checks a settings change from the renderer: known fields must be valid, unknown ones are dropped. */
export function parseSettingsChange(value: unknown): Partial<ReaderSettings> | null {
  const parsed = settingsChangeSchema.safeParse(value);
  if (!parsed.success) return null;
  const change: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(parsed.data)) if (field !== undefined) change[key] = field;
  return change as Partial<ReaderSettings>;
}

/** Checks a path the renderer picked from the recent list: an absolute path, nothing else. */
export function parseRecentPath(value: unknown): string | null {
  return parseDroppedPath(value);
}

/** The longest link the app will hand to the browser; longer ones are refused, not cut. */
const MAX_LINK_LENGTH = 8_192;

/**
 * Checks a link from an article: only http and https, without user names or passwords in it (a
 * classic way to disguise a host), are ever handed to the system browser. Returns the normalised URL.
 */
export function parseExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  if (isLocalOrPrivateHost(url.hostname)) return null;
  return url.href;
}

function ipv4Parts(hostname: string): number[] | null {
  const parts = hostname.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  return parts.map(Number);
}

/**
 * Whether a link's host is this machine or a private network (loopback, RFC 1918, link-local,
 * carrier-grade NAT, unique-local IPv6): an article has no business sending the reader's browser
 * to a router's admin page or a local service. The URL parser has already normalised numeric
 * forms such as `http://2130706433/` to dotted IPv4.
 */
export function isLocalOrPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = ipv4Parts(host);
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    if (v6 === '::' || v6 === '::1') return true;
    // IPv4-mapped (::ffff:a.b.c.d, which the parser writes in hex) carries an IPv4 host inside.
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
    if (mapped) {
      const high = parseInt(mapped[1]!, 16);
      const low = parseInt(mapped[2]!, 16);
      return isLocalOrPrivateHost(`${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`);
    }
    return /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6);
  }
  return false;
}

/**
 * What the link confirmation shows: the host as the browser will contact it (punycode, so a
 * look-alike internationalised name shows as `xn--…`), then the whole link.
 */
export function describeExternalLink(url: string): string {
  const host = new URL(url).hostname;
  const warning = host.split('.').some((label) => label.startsWith('xn--'))
    ? ' (an internationalised name, shown in its ASCII form: check it is the site you expect)'
    : '';
  return `Site: ${host}${warning}\n\n${url}`;
}
