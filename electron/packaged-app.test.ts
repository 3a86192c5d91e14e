// @vitest-environment node
import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';

// The packaging check: electron-builder packs the built app (out/, which `npm test` builds before
// vitest) exactly as `npm run dist` would, but into an unpacked folder and around a stand-in Electron
// binary, since a real one cannot be downloaded on our machines. What is checked is what the
// installers would ship: app.asar's contents, their size and the fuses flipped in the binary.

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'out');
/** What app.asar may weigh: 30.0 MB when this budget was set (2026-12-04), so a third of headroom. */
const ASAR_BUDGET_BYTES = 40 * 1024 * 1024;
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's own defaults in fuse-wire order (run as node on, cookie encryption off, NODE_OPTIONS on,
// --inspect on, asar integrity off, only-load-from-asar off, V8 snapshot off, file:// privileges on),
// so the test sees electron-builder flip each configured fuse.
const STAND_IN_FUSE_WIRE = '10110001';

interface Packed {
  readonly appDir: string;
  readonly resources: string;
  readonly asar: string;
  readonly executable: string;
  readonly extracted: string;
}

let packed: Packed | null = null;
let skipReason = '';
const temporary: string[] = [];

/** Runs a command to completion without blocking this process (so it can time out cleanly). */
function run(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeout: number }): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    execFile(file, args, { ...options, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolveRun({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, output: `${stdout}${stderr}` });
    });
  });
}

beforeAll(async () => {
  if (process.platform === 'win32') {
    skipReason = 'electron-builder does not build the Linux folder this check inspects on Windows; the Ubuntu and macOS CI jobs run it';
    return;
  }
  for (const file of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) {
    if (!existsSync(join(OUT, file))) {
      skipReason = `out/${file} is missing: run \`npm run build\` (npm test does) before the packaging check`;
      return;
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'sl-pack-'));
  temporary.push(work);
  const electronDist = join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(
    join(electronDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# stand-in Electron\n'),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, STAND_IN_FUSE_WIRE.length]),
      Buffer.from(STAND_IN_FUSE_WIRE),
    ]),
    { mode: 0o755 },
  );
  const output = join(work, 'dist');
  const builder = await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: ROOT, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 180_000 },
  );
  if (builder.code !== 0) throw new Error(`electron-builder failed (${builder.code}):\n${builder.output}`);
  const appDir = join(output, 'linux-unpacked');
  const resources = join(appDir, 'resources');
  const extracted = join(work, 'extracted-app');
  extractAll(join(resources, 'app.asar'), extracted);
  packed = { appDir, resources, asar: join(resources, 'app.asar'), executable: join(appDir, 'sourcelight'), extracted };
}, 240_000);

afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

function requirePacked(context: TestContext): Packed {
  if (!packed) context.skip(skipReason);
  return packed!;
}

/** The packages a file loads by name (`require("x")`, `import("x")`, `from "x"`), without Node's own modules and Electron. */
function bareImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\brequire\(\s*|\bimport\(\s*|\bfrom\s+)["']([^"'./][^"']*)["']/g)) {
    const specifier = match[1]!;
    if (!isBuiltin(specifier) && specifier !== 'electron') found.add(specifier);
  }
  return [...found];
}

/** The packages the CLI loads at run time: a walk over its TypeScript imports, type-only ones left out. */
function cliImports(): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)) {
      if (match[1]) continue;
      const specifier = (match[2] ?? match[3])!;
      if (specifier.startsWith('.')) {
        const base = resolve(dirname(file), specifier);
        const target = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
        if (target?.endsWith('.ts')) visit(target);
      } else if (!isBuiltin(specifier) && specifier !== 'electron') {
        packages.add(specifier);
      }
    }
  };
  visit(join(ROOT, 'electron/cli/main.ts'));
  return [...packages];
}

/** The built files that run in Node: main process, workers and preload (the renderer is bundled for the page). */
function builtNodeFiles(): string[] {
  return ['main', 'preload'].flatMap((folder) =>
    readdirSync(join(OUT, folder))
      .filter((name) => /\.(c|m)?js$/.test(name))
      .map((name) => `out/${folder}/${name}`),
  );
}

/** `name@version` of every package under a node_modules folder, nested ones included. */
function packedPackages(nodeModules: string): string[] {
  const found: string[] = [];
  if (!existsSync(nodeModules)) return found;
  for (const entry of readdirSync(nodeModules)) {
    const folders = entry.startsWith('@') ? readdirSync(join(nodeModules, entry)).map((name) => join(nodeModules, entry, name)) : [join(nodeModules, entry)];
    for (const folder of folders) {
      const manifest = join(folder, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string };
      found.push(`${name}@${version}`, ...packedPackages(join(folder, 'node_modules')));
    }
  }
  return found;
}

describe('the packaged app (electron-builder --dir around a stand-in Electron)', () => {
  it('packs the built main process, preload, workers and renderer, and ships the sample article beside app.asar', (context) => {
    const { asar, resources } = requirePacked(context);
    const entries = new Set(listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/')));
    for (const file of [...builtNodeFiles(), 'out/renderer/index.html', 'package.json']) expect(entries.has(`/${file}`), file).toBe(true);
    const topLevel = new Set([...entries].map((entry) => entry.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    expect(existsSync(join(resources, 'sample-article.txt'))).toBe(true);
  });

  it(`keeps app.asar under its budget of ${ASAR_BUDGET_BYTES / 1024 / 1024} MB`, (context) => {
    const { asar } = requirePacked(context);
    const size = statSync(asar).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB (budget ${ASAR_BUDGET_BYTES / 1024 / 1024} MB)`);
    expect(size).toBeLessThan(ASAR_BUDGET_BYTES);
  });

  it('holds no package that only development needs, as package-lock.json marks them', (context) => {
    const { extracted } = requirePacked(context);
    // electron-builder flattens node_modules as it packs, so packages are matched by name and version.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
    const lockEntries = new Map<string, boolean[]>();
    for (const [path, entry] of Object.entries(lock.packages)) {
      const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(path)?.[1];
      if (name && entry.version) lockEntries.set(`${name}@${entry.version}`, [...(lockEntries.get(`${name}@${entry.version}`) ?? []), entry.dev === true]);
    }
    const inside = packedPackages(join(extracted, 'node_modules'));
    expect(inside.length).toBeGreaterThan(10);
    expect(inside.filter((id) => !lockEntries.has(id))).toEqual([]);
    expect(inside.filter((id) => lockEntries.get(id)!.every(Boolean))).toEqual([]);
    const names = inside.map((id) => id.slice(0, id.lastIndexOf('@')));
    for (const tool of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'react', 'react-dom', 'tsx', '@napi-rs/canvas']) {
      expect(names, tool).not.toContain(tool);
    }
  });

  it('loads every package the main process, preload, workers and CLI use from inside the app alone, and reads a PDF through the packed pdfjs', async (context) => {
    const { extracted } = requirePacked(context);
    const wanted = new Set([...builtNodeFiles().flatMap((file) => bareImports(readFileSync(join(ROOT, file), 'utf8'))), ...cliImports()]);
    expect([...wanted]).toEqual(expect.arrayContaining(['jsdom', 'mammoth', 'pdfjs-dist/legacy/build/pdf.mjs', 'dompurify', 'markdown-it']));
    // The check runs from inside the extracted app, in a folder with no node_modules above it, so a
    // package missing from app.asar cannot be found anywhere else.
    const checker = join(extracted, 'out/main/packaging-check.mjs');
    writeFileSync(
      checker,
      [
        "import { readFileSync } from 'node:fs';",
        "import { Worker } from 'node:worker_threads';",
        'const [root, wanted, pdf] = [process.argv[2], JSON.parse(process.argv[3]), process.argv[4]];',
        'const problems = [];',
        // As the PDF worker does before it loads pdfjs (pdf-worker.ts): the native canvas is not packed.
        "globalThis.DOMMatrix ??= (await import('@thednp/dommatrix')).default;",
        'for (const specifier of wanted) {',
        '  try {',
        '    const url = import.meta.resolve(specifier);',
        "    if (!decodeURIComponent(new URL(url).pathname).includes('/extracted-app/')) problems.push(`${specifier} resolved outside the app: ${url}`);",
        '    await import(specifier);',
        '  } catch (error) { problems.push(`${specifier}: ${String(error).split("\\n")[0]}`); }',
        '}',
        "const worker = new Worker(new URL('./pdf-worker.js', import.meta.url), { workerData: { tag: 'sourcelight-pdf-extraction', bytes: new Uint8Array(readFileSync(pdf)) } });",
        "const pdfResult = await new Promise((done) => { worker.once('message', done); worker.once('error', (error) => done({ ok: false, error: String(error) })); });",
        'await worker.terminate();',
        "process.stdout.write('\\nREPORT ' + JSON.stringify({ problems, pdf: { ok: pdfResult.ok, pages: pdfResult.pages?.length ?? 0, error: pdfResult.error } }) + '\\n');",
      ].join('\n'),
    );
    const env = { ...process.env };
    delete env['NODE_PATH'];
    const pdf = join(ROOT, 'electron/services/loaders/fixtures/same-article/ferry-article.pdf');
    const result = await run(process.execPath, [checker, extracted, JSON.stringify([...wanted]), pdf], { cwd: extracted, env, timeout: 60_000 });
    const reportLine = /^REPORT (.*)$/m.exec(result.output)?.[1];
    expect(reportLine, `the check printed no report:\n${result.output}`).toBeDefined();
    const report = JSON.parse(reportLine!) as {
      problems: string[];
      pdf?: { ok: boolean; pages: number; error?: string };
    };
    expect(report.problems).toEqual([]);
    expect(report.pdf).toMatchObject({ ok: true });
    expect(report.pdf!.pages).toBeGreaterThan(0);
  });

  it('flips every Electron fuse electron-builder.yml sets in the packaged binary', async (context) => {
    const { executable } = requirePacked(context);
    const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean> };
    const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
    const fuses = Object.entries(config.electronFuses);
    expect(fuses.length).toBeGreaterThanOrEqual(6);
    for (const [name, enabled] of fuses) {
      const index = FuseV1Options[(name[0]!.toUpperCase() + name.slice(1)) as keyof typeof FuseV1Options];
      expect(index, `${name} is a fuse @electron/fuses knows`).toBeTypeOf('number');
      expect(String.fromCharCode(wire[index]!), name).toBe(enabled ? '1' : '0');
    }
  });
});
