import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/model/export-format';
import { describeExternalLink, parseDroppedPath, parseExportFormat, parseExportLanguage, parseExternalUrl, parseSettingsChange } from './ipc-validation';

describe('parseExportFormat', () => {
  it('accepts each export format the model lists', () => {
    for (const format of EXPORT_FORMATS) expect(parseExportFormat(format)).toBe(format);
  });

  it('refuses anything else, including an old-style request object', () => {
    for (const bad of ['pdf', 'HTML', '', null, 1, { format: 'csv' }, { visibleLayers: ['quote'] }]) expect(parseExportFormat(bad)).toBeNull();
  });

  it('keeps the article language the reader chose and refuses one the engine has no pack for', () => {
    expect(parseExportLanguage('ru')).toBe('ru');
    expect(parseExportLanguage(undefined)).toBe('auto');
    expect(parseExportLanguage('pt')).toBeNull();
  });
});

describe('parseDroppedPath', () => {
  it('accepts an absolute path and refuses relative, empty, non-string and NUL-bearing ones', () => {
    expect(parseDroppedPath('/home/reader/a.txt')).toBe('/home/reader/a.txt');
    for (const bad of ['a.txt', '', 3, undefined, '/tmp/a\u0000.txt']) expect(parseDroppedPath(bad)).toBeNull();
  });
});

describe('parseSettingsChange', () => {
  it('keeps valid fields in canonical order and drops unknown ones', () => {
    expect(parseSettingsChange({ typologies: ['ISM', 'SC', 'SC'], zoomLevel: -1.5, findingsPanelOpen: false, window: { x: 1 } })).toEqual({
      typologies: ['SC', 'ISM'],
      zoomLevel: -1.5,
      findingsPanelOpen: false,
    });
    expect(parseSettingsChange({})).toEqual({});
  });

  it('refuses the whole change when one field is invalid', () => {
    for (const bad of [
      undefined,
      [],
      { theme: 'sepia' },
      { zoomLevel: 9 },
      { zoomLevel: '1' },
      { typologies: ['XX'] },
      { theme: 'dark', visibleLayers: 'quote' },
    ]) {
      expect(parseSettingsChange(bad)).toBeNull();
    }
  });
});

describe('parseExternalUrl', () => {
  it('accepts http and https links, normalised', () => {
    expect(parseExternalUrl('https://News.Example/a b')).toBe('https://news.example/a%20b');
    expect(parseExternalUrl('http://news.example')).toBe('http://news.example/');
  });

  it('refuses every other scheme, credentials in the link, and oversized input', () => {
    for (const bad of [
      'file:///C:/Windows',
      'javascript:void(0)',
      'vbscript:x',
      'mailto:a@b.example',
      'ftp://x.example/',
      'https://a:b@x.example/',
      'not a url',
      '',
      `https://x.example/${'a'.repeat(9_000)}`,
    ]) {
      expect(parseExternalUrl(bad)).toBeNull();
    }
  });
});

describe('links to this machine, private networks and look-alike names', () => {
  it('refuses loopback and private addresses in every spelling the URL parser accepts', () => {
    for (const bad of [
      'http://localhost:8080/admin',
      'http://app.localhost/',
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
    ]) {
      expect(parseExternalUrl(bad), bad).toBeNull();
    }
    for (const good of ['https://172.32.0.1/', 'https://8.8.8.8/', 'https://[2001:db8::1]/', 'https://news.example/']) {
      expect(parseExternalUrl(good), good).not.toBeNull();
    }
  });

  it('shows an internationalised host in its punycode form, with a warning, before the link', () => {
    const url = parseExternalUrl('https://аррӏе.example/login')!;
    expect(describeExternalLink(url)).toMatch(
      /^Site: xn--[a-z0-9-]+\.example \(an internationalised name, shown in its ASCII form: check it is the site you expect\)\n\nhttps:\/\/xn--/,
    );
    expect(describeExternalLink('https://news.example/a')).toBe('Site: news.example\n\nhttps://news.example/a');
  });
});
