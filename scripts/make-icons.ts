// Renders the app icon for every platform from build/icon.svg (`npm run icons`); the results are
// committed, so packaging never needs this script or its libraries.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { BICUBIC, createICNS, createICO } from 'png2icons';

/** Where the icon's source and the rendered files live: electron-builder's build-resources folder. */
export const ICON_FOLDER = resolve(__dirname, '../build');

/** The square sizes Linux desktops look for in the packaged hicolor theme (build/icons/NxN.png). */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** The SVG rendered as a square PNG `size` pixels wide; each size is drawn from the vector, not scaled. */
export function renderIcon(svg: Buffer, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

/** Writes build/icon.png, build/icons/NxN.png, build/icon.icns (macOS) and build/icon.ico (Windows). */
export function makeIcons(folder: string = ICON_FOLDER): string[] {
  const svg = readFileSync(join(folder, 'icon.svg'));
  const written: string[] = [];
  const write = (path: string, data: Buffer): void => {
    writeFileSync(path, data);
    written.push(path);
  };
  mkdirSync(join(folder, 'icons'), { recursive: true });
  for (const size of LINUX_ICON_SIZES) write(join(folder, 'icons', `${size}x${size}.png`), renderIcon(svg, size));
  const largest = renderIcon(svg, 1024);
  write(join(folder, 'icon.png'), largest);
  // png2icons builds every member size the formats define (16 px to 1024 px Retina for icns, 16 to
  // 256 px for ico) from the largest render.
  const icns = createICNS(largest, BICUBIC, 0);
  const ico = createICO(largest, BICUBIC, 0, true, true);
  if (!icns || !ico) throw new Error('png2icons could not convert the rendered icon');
  write(join(folder, 'icon.icns'), icns);
  write(join(folder, 'icon.ico'), ico);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  for (const path of makeIcons()) console.log(path);
}
