// @vitest-environment node
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { SUPPORTED_NODE, isSupportedNode, nodeVersionProblem } from './check-node-version.cjs';
import { electronExecutableName } from './ensure-electron.cjs';

const ROOT = resolve(__dirname, '..');
const SCRIPT = join(ROOT, 'scripts/ensure-electron.cjs');
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const temporary: string[] = [];

afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/**
 * A project folder holding a copy of the electron package (never the real one, so no test can
 * install into node_modules) whose installer finds @electron/get through links to ours.
 */
function projectWithElectronPackage(): { project: string; electronDir: string; cache: string } {
  const project = mkdtempSync(join(tmpdir(), 'sl-electron-'));
  temporary.push(project);
  const electronDir = join(project, 'node_modules/electron');
  mkdirSync(electronDir, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    copyFileSync(join(ROOT, 'node_modules/electron', file), join(electronDir, file));
  }
  for (const scope of ['@electron', '@electron-internal']) {
    symlinkSync(join(ROOT, 'node_modules', scope), join(project, 'node_modules', scope), 'junction');
  }
  // An empty download cache, so a zip cached on a developer's machine cannot make a test pass.
  const cache = join(project, 'cache');
  mkdirSync(cache);
  return { project, electronDir, cache };
}

/** The environment a user without any Electron settings has, plus `extra`. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(electron_|npm_config_electron|npm_package_config_electron|https?_proxy|all_proxy)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the prestart script as `npm start` would, from `cwd`; never longer than 60 s. */
function runEnsure(cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolveRun) => {
    execFile(process.execPath, [SCRIPT], { cwd, env, timeout: 60_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolveRun({ status, stdout, stderr });
    });
  });
}

/** A port on the loopback interface that nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A zip archive with the files stored uncompressed, enough to stand in for an Electron release. */
function storedZip(files: Record<string, { data: Buffer; mode: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, { data, mode }] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the mode below is read
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('check-node-version', () => {
  it('is the range package.json declares in engines', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(SUPPORTED_NODE);
  });

  it('accepts Node 20.19+, 22.13+ and 24+, where Electron’s installer can require() an ES module', () => {
    for (const version of ['20.19.0', 'v20.20.2', '22.13.0', '22.20.1', '24.0.0', '26.1.0']) expect(isSupportedNode(version), version).toBe(true);
    for (const version of ['18.20.4', '20.18.3', '21.7.3', '22.12.0', '23.11.0', 'garbage']) expect(isSupportedNode(version), version).toBe(false);
  });

  it('tells a user on an old Node, in one line, which versions work and which one they have', () => {
    expect(nodeVersionProblem('20.20.2')).toBeNull();
    const problem = nodeVersionProblem('v18.20.4');
    expect(problem).toMatch(/needs Node\.js 20\.19 or later .* 22\.13 .* 24 .*this is 18\.20\.4/);
    expect(problem).not.toContain('\n');
  });
});

describe('ensure-electron (npm start’s first step)', () => {
  let server: Server | undefined;
  afterEach(async () => {
    const running = server;
    server = undefined;
    if (running) await new Promise<void>((done) => running.close(() => done()));
  });

  it('without network: one line naming what is missing, the mirror and the override, and a non-zero exit', async () => {
    const { project, electronDir, cache } = projectWithElectronPackage();
    const port = await closedPort();
    const run = await runEnsure(project, cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache }));
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((line) => line.trim().length > 0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Electron ${ELECTRON_VERSION} is not installed`);
    expect(lines[0]).toContain(join('node_modules/electron/dist', electronExecutableName(process.platform)));
    expect(lines[0]).toMatch(/one-time download failed \(.+\)/);
    expect(lines[0]).toContain('ELECTRON_MIRROR');
    expect(lines[0]).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false);
  });

  it('with a reachable mirror: downloads through Electron’s installer, checks the checksum and leaves path.txt for electron-vite', async () => {
    const { project, electronDir, cache } = projectWithElectronPackage();
    const executable = electronExecutableName(process.platform);
    const zip = storedZip({
      [executable]: { data: Buffer.from('#!/bin/sh\necho stand-in electron\n'), mode: 0o100755 },
      version: { data: Buffer.from(`v${ELECTRON_VERSION}`), mode: 0o100644 },
    });
    const zipName = `electron-v${ELECTRON_VERSION}-${process.platform}-${process.arch}.zip`;
    const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
    const requested: string[] = [];
    server = createServer((request, response) => {
      requested.push(request.url ?? '');
      if (request.url === `/v${ELECTRON_VERSION}/${zipName}`) response.end(zip);
      else if (request.url === `/v${ELECTRON_VERSION}/SHASUMS256.txt`) response.end(sums);
      else response.writeHead(404).end();
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const run = await runEnsure(
      project,
      // Our stand-in zip is not the real release, so the checksums come from the mirror, not checksums.json.
      cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache, electron_use_remote_checksums: '1' }),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Downloading Electron ${ELECTRON_VERSION}`);
    expect(requested).toContain(`/v${ELECTRON_VERSION}/${zipName}`);
    expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe(executable);
    expect(readFileSync(join(electronDir, 'dist', executable), 'utf8')).toContain('stand-in electron');

    // Once installed, npm start goes straight on: no download, even with the network gone.
    const port2 = await closedPort();
    const again = await runEnsure(project, cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port2}/`, electron_config_cache: cache }));
    expect(again).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('uses an Electron named by ELECTRON_OVERRIDE_DIST_PATH without downloading, and says so in one line when it is not there', async () => {
    const { project } = projectWithElectronPackage();
    const port = await closedPort();
    const elsewhere = join(project, 'unpacked-electron');
    const env = cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, ELECTRON_OVERRIDE_DIST_PATH: elsewhere });
    const missing = await runEnsure(project, env);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringContaining(`ELECTRON_OVERRIDE_DIST_PATH is ${elsewhere}, which has no`)]);

    const executable = join(elsewhere, electronExecutableName(process.platform));
    mkdirSync(dirname(executable), { recursive: true });
    writeFileSync(executable, '');
    chmodSync(executable, 0o755);
    expect(await runEnsure(project, env)).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('wiring', () => {
  it('runs the Node check and the Electron check before npm start and npm run dev, and the Node check before npm test', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const both = 'node scripts/check-node-version.cjs && node scripts/ensure-electron.cjs';
    expect(scripts['prestart']).toBe(both);
    expect(scripts['predev']).toBe(both);
    expect(scripts['pretest']).toBe('node scripts/check-node-version.cjs');
  });

  it('hands an ELECTRON_OVERRIDE_DIST_PATH Electron to electron-vite, which only reads ELECTRON_EXEC_PATH', async () => {
    const saved = { override: process.env['ELECTRON_OVERRIDE_DIST_PATH'], exec: process.env['ELECTRON_EXEC_PATH'] };
    process.env['ELECTRON_OVERRIDE_DIST_PATH'] = join(tmpdir(), 'unpacked-electron');
    delete process.env['ELECTRON_EXEC_PATH'];
    try {
      vi.resetModules();
      await import('../electron.vite.config');
      expect(process.env['ELECTRON_EXEC_PATH']).toBe(join(tmpdir(), 'unpacked-electron', electronExecutableName(process.platform)));
    } finally {
      for (const [key, value] of [
        ['ELECTRON_OVERRIDE_DIST_PATH', saved.override],
        ['ELECTRON_EXEC_PATH', saved.exec],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
