// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_FOLDER, LINUX_ICON_SIZES, renderIcon } from './make-icons';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The member types of an Apple icon file (`ic10` is the 1024 px image, `ic11` the 16 px Retina one…). */
function icnsTypes(icns: Buffer): string[] {
  expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
  const types: string[] = [];
  for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) types.push(icns.toString('latin1', offset, offset + 4));
  return types;
}

/** The image sizes a Windows .ico holds (a stored 0 means 256). */
function icoSizes(ico: Buffer): number[] {
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + 16 * index] || 256);
}

describe('the committed app icons', () => {
  it('has a Linux PNG at every hicolor size, each as large as its name says', () => {
    const names = readdirSync(join(ICON_FOLDER, 'icons')).sort();
    expect(names).toEqual(LINUX_ICON_SIZES.map((size) => `${size}x${size}.png`).sort());
    for (const size of LINUX_ICON_SIZES) expect(pngSize(readFileSync(join(ICON_FOLDER, 'icons', `${size}x${size}.png`)))).toEqual([size, size]);
    expect(pngSize(readFileSync(join(ICON_FOLDER, 'icon.png')))).toEqual([1024, 1024]);
  });

  it('has a macOS .icns from 16 px to 1024 px (Retina included)', () => {
    expect(icnsTypes(readFileSync(join(ICON_FOLDER, 'icon.icns')))).toEqual(
      expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']),
    );
  });

  it('has a Windows .ico from 16 px to 256 px', () => {
    expect(icoSizes(readFileSync(join(ICON_FOLDER, 'icon.ico')))).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });
});

describe('renderIcon', () => {
  it('draws the SVG at exactly the size asked for, the same picture the committed PNG of that size holds', () => {
    const svg = readFileSync(join(ICON_FOLDER, 'icon.svg'));
    for (const size of [16, 48]) {
      const rendered = renderIcon(svg, size);
      expect(pngSize(rendered)).toEqual([size, size]);
      // The icons are made on linux-x64, where resvg and its PNG encoder repeat byte for byte, so a
      // stale committed icon differs here; other CPUs may round anti-aliasing differently.
      if (process.platform === 'linux' && process.arch === 'x64')
        expect(rendered.equals(readFileSync(join(ICON_FOLDER, 'icons', `${size}x${size}.png`))), `${size} px`).toBe(true);
    }
  });
});
