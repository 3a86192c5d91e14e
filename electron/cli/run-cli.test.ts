import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLayerId } from '../../shared/model/layers';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli, userDirectory } from './run-cli';

const REPO_ROOT = resolve(__dirname, '../..');
const FIXTURE = resolve(REPO_ROOT, '../shared/fixtures/kcna-munitions.txt');
const hasFixture = existsSync(FIXTURE);
if (!hasFixture) console.warn(`Skipping the CLI test on the real article: ${FIXTURE} is not present.`);

const ARTICLE = [
  'Port reopens after storm',
  'The port reopened on Friday, the state news agency KCNA said. “The quay is safe,” the harbour master told reporters.',
  'The storm had reportedly damaged three cranes, a claim that could not be independently verified.',
].join('\n\n');

let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  writeFileSync(join(folder, 'port.txt'), ARTICLE);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd ?? folder,
    env: options.env ?? {},
  });
  return { status, stdout, stderr };
}

/** Checks the `analyze --json` contract and the offset invariant; returns the parsed object. */
function expectAnalyzeContract(stdout: string): { text: string; findings: Record<string, unknown>[] } {
  const parsed = JSON.parse(stdout) as { text: string; findings: Record<string, unknown>[] };
  expect(Object.keys(parsed).sort()).toEqual(['findings', 'meta', 'text']);
  expect(typeof parsed.text).toBe('string');
  expect(Array.isArray(parsed.findings)).toBe(true);
  for (const finding of parsed.findings) {
    expect(isLayerId(finding['layer'])).toBe(true);
    expect(typeof finding['ruleId']).toBe('string');
    expect(typeof finding['message']).toBe('string');
    const start = finding['start'] as number;
    const end = finding['end'] as number;
    expect(Number.isInteger(start) && Number.isInteger(end) && start < end).toBe(true);
    expect(parsed.text.slice(start, end)).toBe(finding['text']);
  }
  return parsed;
}

function expectOneErrorLine(stderr: string): void {
  expect(stderr).toMatch(/^sourcelight: [^\n]+\n$/);
}

describe('runCli', () => {
  it('prints usage for --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toContain('sourcelight analyze FILE [--json] [--typologies SC,CaPu,CaPr]');
    expect(result.stdout).toContain('sourcelight export FILE -o OUT.html [--format html|jsonld|csv] [--force]');
    expect(result.stdout).toContain('sourcelight export FILES... --out-dir DIR [--format html|jsonld|csv] [--force]');
    expect(result.stderr).toBe('');
  });

  it.each([
    [[], 'no command given'],
    [['summarise', 'port.txt'], 'unknown command'],
    [['analyze'], 'needs an article file'],
    [['analyze', 'port.txt', '--colour'], 'unknown option "--colour"'],
    [['analyze', 'port.txt', '--typologies', 'SC,XX'], 'unknown typology XX'],
    [['analyze', 'a.txt', 'b.txt'], 'takes one article file'],
    [['export', 'port.txt'], 'export needs -o OUT.html'],
    [['export', 'port.txt', '-o'], '-o needs the path'],
  ])('rejects the arguments %j with one line on stderr and exit status 2', async (argv, fragment) => {
    const result = await run(argv);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stdout).toBe('');
    expectOneErrorLine(result.stderr);
    expect(result.stderr).toContain(fragment);
  });

  it('prints exactly one JSON object whose findings slice the text exactly', async () => {
    const result = await run(['analyze', 'port.txt', '--json']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const parsed = expectAnalyzeContract(result.stdout);
    expect(parsed.text.startsWith('Port reopens after storm\n\nThe port reopened on Friday')).toBe(true);
  });

  it('adds the article’s metadata, with a state-controlled publisher recognised from the page’s address', async () => {
    const page = `<!doctype html><html lang="en-GB"><head><title>Grain deal | Sputnik International</title>
      <link rel="canonical" href="https://sputnikglobe.com/20240105/grain-deal-1115.html">
      <meta property="og:site_name" content="Sputnik International"><meta name="author" content="Ivan Petrov">
      <meta property="article:published_time" content="2024-01-05T09:30:00Z"></head>
      <body><article><h1>Grain deal</h1>${'<p>The ministry said the grain corridor would reopen next week after talks in Ankara, officials told reporters on Friday.</p>'.repeat(4)}</article></body></html>`;
    writeFileSync(join(folder, 'grain.html'), page);
    const { meta } = JSON.parse((await run(['analyze', 'grain.html', '--json'])).stdout) as { meta: Record<string, unknown> };
    expect(meta).toEqual({
      title: 'Grain deal',
      byline: 'Ivan Petrov',
      published: '2024-01-05T09:30:00.000Z',
      siteName: 'Sputnik International',
      url: 'https://sputnikglobe.com/20240105/grain-deal-1115.html',
      lang: 'en',
      publisher: { outlet: 'Sputnik', country: 'RU', typology: 'SC', description: expect.stringContaining('Russia') },
    });
    const plain = JSON.parse((await run(['analyze', 'port.txt', '--json'])).stdout) as { meta: Record<string, unknown> };
    expect(plain.meta).toMatchObject({ url: null, publisher: null, lang: 'en' });
  });

  it('adds the outlets of --outlets FILE, and of outlets.json in the settings folder, to the registry', async () => {
    writeFileSync(join(folder, 'hills.txt'), 'The bridge reopened, the Voice of the Hills radio said on Monday.');
    const stateMedia = (stdout: string): unknown[] =>
      (JSON.parse(stdout) as { findings: { layer: string; outlet?: string }[] }).findings.filter((f) => f.layer === 'state-media').map((f) => f.outlet);
    expect(stateMedia((await run(['analyze', 'hills.txt', '--json'])).stdout)).toEqual([]);
    writeFileSync(join(folder, 'mine.json'), JSON.stringify([{ name: 'Voice of the Hills', country: 'XK', kind: 'radio' }, { name: 'Broken' }]));
    const withFile = await run(['analyze', 'hills.txt', '--json', '--outlets', 'mine.json']);
    expect(stateMedia(withFile.stdout)).toEqual(['Voice of the Hills']);
    expect(withFile.stderr).toMatch(/outlet 2 .*|Broken.*left out/);
    const settings = join(folder, 'config');
    mkdirSync(join(settings, 'Sourcelight'), { recursive: true });
    writeFileSync(join(settings, 'Sourcelight', 'outlets.json'), JSON.stringify([{ name: 'Voice of the Hills', country: 'XK' }]));
    expect(stateMedia((await run(['analyze', 'hills.txt', '--json'], { env: { XDG_CONFIG_HOME: settings } })).stdout)).toEqual(['Voice of the Hills']);
    writeFileSync(join(folder, 'bad.json'), '{ not json');
    const bad = await run(['analyze', 'hills.txt', '--outlets', 'bad.json']);
    expect(bad.status).toBe(EXIT_FAILURE);
    expect(bad.stderr).toMatch(/could not be read as JSON/);
  });

  it('detects the article’s language, says which pack ran in meta.lang, and lets --lang override it', async () => {
    writeFileSync(
      join(folder, 'puerto.txt'),
      'Según la agencia oficial Prensa Latina, el puerto reabrió el viernes tras la tormenta que dañó tres grúas y varios almacenes.',
    );
    const detected = JSON.parse((await run(['analyze', 'puerto.txt', '--json'])).stdout) as {
      meta: { lang: string };
      findings: { layer: string; outlet?: string }[];
    };
    expect(detected.meta.lang).toBe('es');
    expect(detected.findings.filter((f) => f.layer === 'state-media').map((f) => f.outlet)).toEqual(['Prensa Latina']);
    const forced = JSON.parse((await run(['analyze', 'puerto.txt', '--json', '--lang', 'en'])).stdout) as { meta: { lang: string } };
    expect(forced.meta.lang).toBe('en');
    const bad = await run(['analyze', 'puerto.txt', '--lang', 'pt']);
    expect(bad.status).toBe(EXIT_USAGE);
    expectOneErrorLine(bad.stderr);
    expect(bad.stderr).toMatch(/--lang needs one of auto, en, es, fr, de, ru/);
  });

  it('passes --typologies to the engine', async () => {
    const result = await run(['analyze', 'port.txt', '--json', '--typologies=IP']);
    expect(result.status).toBe(EXIT_OK);
    const parsed = expectAnalyzeContract(result.stdout);
    for (const finding of parsed.findings.filter((entry) => entry['layer'] === 'state-media')) {
      expect([undefined, 'IP']).toContain(finding['typology']);
    }
  });

  it('prints a readable listing without --json', async () => {
    const result = await run(['analyze', 'port.txt']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/^port\.txt: 3 blocks, \d+ characters\nTitle: Port reopens after storm\n/);
    expect(result.stdout).toMatch(/State media: \d+ · Direct quotes: \d+ · Unverified claims: \d+/);
  });

  it('reports a missing file on one stderr line and exits 1', async () => {
    const result = await run(['analyze', 'missing.txt', '--json']);
    expect(result.status).toBe(EXIT_FAILURE);
    expect(result.stdout).toBe('');
    expectOneErrorLine(result.stderr);
    expect(result.stderr).toContain('“missing.txt” does not exist');
  });

  it('reports an unsupported file type and exits 1', async () => {
    writeFileSync(join(folder, 'port.bin'), 'not an article at all');
    const result = await run(['analyze', 'port.bin']);
    expect(result.status).toBe(EXIT_FAILURE);
    expectOneErrorLine(result.stderr);
    expect(result.stderr).toContain('“port.bin” is not a type Sourcelight opens');
  });

  it('resolves relative paths against INIT_CWD, where npm was started, before the working folder', async () => {
    const fromInitCwd = await run(['analyze', 'port.txt', '--json'], { cwd: REPO_ROOT, env: { INIT_CWD: folder } });
    expect(fromInitCwd.status).toBe(EXIT_OK);
    const fromCwd = await run(['analyze', 'port.txt', '--json'], { cwd: REPO_ROOT, env: {} });
    expect(fromCwd.status).toBe(EXIT_FAILURE);
    expect(userDirectory({ cwd: '/a', env: { INIT_CWD: '/b' } })).toBe('/b');
    expect(userDirectory({ cwd: '/a', env: { INIT_CWD: '' } })).toBe('/a');
  });

  it('exports an HTML page, refuses to overwrite it without --force, and replaces it with --force', async () => {
    const out = join(folder, 'port-export.html');
    const first = await run(['export', 'port.txt', '-o', 'port-export.html']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(EXIT_OK);
    expect(first.stdout).toContain(out);
    expect(readFileSync(out, 'utf8')).toContain('The port reopened on Friday');

    writeFileSync(out, 'keep me');
    const refused = await run(['export', 'port.txt', '-o', out]);
    expect(refused.status).toBe(EXIT_FAILURE);
    expectOneErrorLine(refused.stderr);
    expect(refused.stderr).toContain('already exists; add --force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const forced = await run(['export', 'port.txt', '-o', out, '--force']);
    expect(forced.status).toBe(EXIT_OK);
    expect(readFileSync(out, 'utf8')).toContain('The port reopened on Friday');
  });

  it.skipIf(!hasFixture)('keeps the JSON contract on the real KCNA article', async () => {
    const result = await run(['analyze', FIXTURE, '--json']);
    expect(result.status).toBe(EXIT_OK);
    const parsed = expectAnalyzeContract(result.stdout);
    expect(parsed.text).not.toContain('Your support helps us');
  });
});
