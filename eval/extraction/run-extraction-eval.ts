import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadArticleFile } from '../../electron/services/load-article';
import { decodeArticleBytes } from '../../electron/services/loaders/decode-text';
import { declaredHtmlCharset } from '../../electron/services/loaders/html-metadata';
import { ArticleBuilder } from '../../electron/services/loaders/article-builder';
import { blocksOfHtmlFragment } from '../../electron/services/loaders/load-html';
import { cutTrailingFurniture } from '../../electron/services/loaders/trailing-furniture';
import { DEFAULT_MIRROR_ROOT } from '../../scripts/real-corpus/source';
import { locateSnapshots, readExtractionManifest, readPinned, type BenchmarkPage, type CheckBenchmark, type PinnedFile } from './benchmark-source';
import { meanScore, tokenScore, type TokenScore } from './token-f1';

/** Block-level tags after which the benchmark's ground truth starts a new line. */
const GOLD_BLOCK_PARENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'canvas',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'noscript',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tfoot',
  'ul',
  'video',
]);

function decodeHtml(bytes: Buffer): string {
  const decoded = decodeArticleBytes(bytes, { declaredCharset: declaredHtmlCharset(bytes) });
  return decoded.ok ? decoded.text : bytes.toString('latin1');
}

const openWindows: { close(): void }[] = [];

/** A script-less document; its window is closed after each page, or 621 pages of jsdom fill the heap. */
function inertDocument(html: string): Document {
  const { window } = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  openWindows.push(window);
  return window.document;
}

function closeWindows(): void {
  for (const window of openWindows.splice(0)) window.close();
}

/**
 * The ground truth as the comparison study defines it for L3S-GN1: the text of the annotated leaf
 * elements of classes x-nc-sel1 (headline), x-nc-sel2 (full text) and x-nc-sel3 (supplemental).
 */
export function goldText(annotatedHtml: string): string {
  const document = inertDocument(annotatedHtml);
  let text = '';
  for (const element of Array.from(document.body?.querySelectorAll('.x-nc-sel1, .x-nc-sel2, .x-nc-sel3') ?? [])) {
    if (element.childNodes.length !== 1 || element.firstChild?.nodeType !== 3) continue;
    if (GOLD_BLOCK_PARENTS.has(element.parentElement?.localName ?? '')) text += '\n';
    text += `${(element.textContent ?? '').trim()} `;
  }
  return text.trim();
}

/**
 * Ground truth by its file's sha256, kept between runs: parsing 621 annotated pages in jsdom takes
 * minutes, and the pinned hash makes a stale entry impossible.
 */
const GOLD_CACHE = resolve(__dirname, '../../node_modules/.cache/sourcelight-extraction-gold');

function cachedGold(file: PinnedFile, derive: () => string): string {
  const path = join(GOLD_CACHE, `${file.sha256}.txt`);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const text = derive();
  mkdirSync(GOLD_CACHE, { recursive: true });
  writeFileSync(path, text);
  return text;
}

/**
 * A check benchmark's typed-out ground truth, without the comment section its annotators added below.
 * The annotators typed the marker by hand, so some files misspell it ("!!@#$%^&*()  COMMNENTS"): a
 * line that opens with the marker's first character and ends with a word like its last one counts.
 */
export function plainGoldText(text: string, endsAt: string): string {
  const exact = text.indexOf(endsAt);
  const head = endsAt.slice(0, 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = /\p{L}+$/u.exec(endsAt.trim())?.[0] ?? '';
  const typed = word.length >= 4 ? new RegExp(`^${head}[^\\n]{0,24}\\b${word.slice(0, 4)}\\p{L}{0,6}[ \\t\\r]*$`, 'mu').exec(text) : null;
  const ends = [exact, typed ? typed.index : -1].filter((at) => at >= 0);
  return (ends.length === 0 ? text : text.slice(0, Math.min(...ends))).trim();
}

/** A typed-out ground truth file as text: some are UTF-16 with a byte-order mark, some Windows-1252. */
function decodeGoldFile(bytes: Buffer): string {
  const decoded = decodeArticleBytes(bytes);
  return decoded.ok ? decoded.text : bytes.toString('utf8');
}

type Extractor = (html: string, page: BenchmarkPage) => Promise<string> | string;

function readabilityAlone(html: string): string {
  const parsed = new Readability(inertDocument(html)).parse();
  return parsed?.textContent ?? '';
}

function readabilityWithTitle(html: string): string {
  const parsed = new Readability(inertDocument(html)).parse();
  return parsed ? `${parsed.title ?? ''}\n${parsed.textContent ?? ''}` : '';
}

type DefuddleClass = typeof import('defuddle').default;
let defuddleClass: DefuddleClass | null | undefined;

/** Defuddle's class, or null when it is not installed; its CommonJS build puts the class on `default`. */
async function loadDefuddle(): Promise<DefuddleClass | null> {
  if (defuddleClass === undefined) {
    try {
      const module = (await import('defuddle')) as unknown as { Defuddle?: DefuddleClass; default?: DefuddleClass | { Defuddle?: DefuddleClass } };
      const fallback = module.default;
      const candidates = [fallback, module.Defuddle, typeof fallback === 'object' ? fallback?.Defuddle : undefined];
      defuddleClass =
        (candidates.find((candidate) => typeof candidate === 'function' && 'prototype' in candidate && typeof candidate.prototype.parse === 'function') as
          DefuddleClass | undefined) ?? null;
    } catch {
      defuddleClass = null;
    }
  }
  return defuddleClass;
}

async function defuddleContent(html: string): Promise<{ title: string; content: string } | null> {
  const Defuddle = await loadDefuddle();
  if (!Defuddle) return null;
  const document = inertDocument(html);
  const result = new Defuddle(document, { url: 'https://example.invalid/' }).parse();
  return { title: result.title ?? '', content: result.content ?? '' };
}

async function defuddleAlone(html: string): Promise<string> {
  const result = await defuddleContent(html);
  if (!result) return '';
  return `${result.title}\n${inertDocument(`<body>${result.content}</body>`).body.textContent ?? ''}`;
}

function defuddleCleaned(cutTail: boolean): Extractor {
  return async (html) => {
    const result = await defuddleContent(html);
    return result ? withOurCleaning(result.title, result.content, cutTail) : '';
  };
}

/**
 * A library's candidate body, then the loader's own block reading and boilerplate lexicon, and
 * optionally its cut of the furniture trailing the article.
 */
function withOurCleaning(title: string, contentHtml: string, cutTail: boolean): string {
  const all = blocksOfHtmlFragment(contentHtml) ?? [];
  const blocks = cutTail ? cutTrailingFurniture(all).kept : all;
  const builder = new ArticleBuilder();
  if (title.trim().length > 0) builder.addBlock('heading', title);
  for (const block of blocks) if (block.kind !== 'image') builder.addUnlessBoilerplate(block.kind, block.text);
  return builder.build('page.html', 'html', {}).text;
}

function readabilityCleaned(cutTail: boolean): Extractor {
  return (html) => {
    const parsed = new Readability(inertDocument(html)).parse();
    return parsed?.content ? withOurCleaning(parsed.title ?? '', parsed.content, cutTail) : '';
  };
}

function makeOurLoader(scratch: string): Extractor {
  return async (html, page) => {
    const path = join(scratch, `${page.id}.html`);
    writeFileSync(path, html);
    const result = await loadArticleFile(path);
    return result.ok ? result.article.text : '';
  };
}

interface PublishedOutputs {
  readonly tool: string;
  readonly byPage: Map<string, string>;
}

function parseJsonLines(bytes: Buffer): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of bytes.toString('utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    const record = JSON.parse(line) as { page_id: string; plaintext?: string | null };
    map.set(record.page_id, record.plaintext ?? '');
  }
  return map;
}

function rougeMean(bytes: Buffer): { f1: number; precision: number; recall: number; pages: number } {
  const rows = bytes
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const mean = (column: number): number => rows.reduce((sum, row) => sum + Number(row[column]), 0) / rows.length;
  return { precision: mean(2), recall: mean(3), f1: mean(4), pages: rows.length };
}

function format(score: TokenScore): string {
  return `${score.precision.toFixed(3)}      ${score.recall.toFixed(3)}   ${score.f1.toFixed(3)}`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface SuiteOptions {
  /** How many of our worst pages to list. */
  readonly worst: number;
  /** A folder to write each page's extraction and ground truth to, with a table of per-page scores. */
  readonly dumpTo?: string | undefined;
}

const HEADER = 'extractor                                             precision  recall   F1    (token level, mean per page)   median F1';

function scoreLine(name: string, scores: readonly TokenScore[]): string {
  return `${name.padEnd(54)} ${format(meanScore(scores))}                                  ${median(scores.map((s) => s.f1)).toFixed(3)}`;
}

/** Runs each extractor over the pages with ground truth and prints its mean scores. */
async function scoreSuite(
  pages: readonly BenchmarkPage[],
  golds: ReadonlyMap<string, string>,
  inputs: ReadonlyMap<string, Buffer>,
  extractors: readonly [string, Extractor][],
  options: SuiteOptions,
): Promise<void> {
  console.log(HEADER);
  for (const [name, extract] of extractors) {
    const ours = name.startsWith('Sourcelight');
    const perPage: { id: string; score: TokenScore }[] = [];
    for (const page of pages) {
      let text = '';
      try {
        text = await extract(decodeHtml(inputs.get(page.input.path)!), page);
      } catch {
        text = '';
      }
      closeWindows();
      const score = tokenScore(text, golds.get(page.id)!);
      perPage.push({ id: page.id, score });
      if (ours && options.dumpTo) {
        writeFileSync(join(options.dumpTo, `${page.id}.ours.txt`), text);
        writeFileSync(join(options.dumpTo, `${page.id}.gold.txt`), golds.get(page.id)!);
      }
    }
    const scores = perPage.map((entry) => entry.score);
    console.log(scoreLine(name, scores));
    if (!ours) continue;
    const worstFirst = [...perPage].sort((a, b) => a.score.f1 - b.score.f1);
    for (const entry of worstFirst.slice(0, options.worst)) {
      console.log(`   ${entry.id}  P ${entry.score.precision.toFixed(3)}  R ${entry.score.recall.toFixed(3)}  F1 ${entry.score.f1.toFixed(3)}`);
    }
    if (options.dumpTo) {
      const rows = worstFirst.map(
        (entry) => `${entry.id}\t${entry.score.precision.toFixed(3)}\t${entry.score.recall.toFixed(3)}\t${entry.score.f1.toFixed(3)}`,
      );
      writeFileSync(join(options.dumpTo, 'scores.tsv'), `page\tprecision\trecall\tf1\n${rows.join('\n')}\n`);
    }
  }
}

function argument(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Scores a check benchmark from the same snapshot with our loader and Readability alone. */
async function scoreCheck(
  check: CheckBenchmark,
  gitDir: string,
  commit: string,
  extractors: readonly [string, Extractor][],
  options: SuiteOptions,
): Promise<void> {
  const bytes = readPinned(
    gitDir,
    commit,
    check.files.flatMap((page) => [page.input, page.gold]),
  );
  const golds = new Map(check.files.map((page) => [page.id, plainGoldText(decodeGoldFile(bytes.get(page.gold.path)!), check.goldEndsAt)]));
  const scored = check.files.filter((page) => golds.get(page.id)!.length > 0);
  console.log(`\nindependent check, ${check.benchmark}: ${scored.length} pages with ground truth (${check.files.length - scored.length} without, left out)`);
  console.log(check.citation);
  await scoreSuite(scored, golds, bytes, extractors, options);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const mirror = argument(args, '--mirror') ?? DEFAULT_MIRROR_ROOT;
  const limit = Number(argument(args, '--limit') ?? Infinity);
  const worst = Number(argument(args, '--worst') ?? 0);
  const dumpTo = argument(args, '--dump');
  const only = args.includes('--ours-only');
  const skipChecks = args.includes('--no-check');
  const checkOnly = args.includes('--check-only');

  const manifest = readExtractionManifest();
  const located = locateSnapshots(manifest, mirror);
  if (!located.pages) {
    console.log(`eval:extraction: the ${manifest.benchmark} benchmark pages are absent, so nothing was measured.`);
    console.log(`Fetch the snapshot of ${manifest.pages.repo} (and ${manifest.published.repo} for the published figures)`);
    console.log(`into ${mirror}/<owner>+<name> (the search tool's fetch does), then run npm run eval:extraction again.`);
    return;
  }
  const pages = manifest.pages.files.slice(0, limit);
  const inputHash = new Map(pages.map((page) => [page.id, page.input.sha256]));

  const publishedOnly = args.includes('--published-only');
  const extractors: [string, Extractor][] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-extraction-'));
  const ourLoader = makeOurLoader(scratch);
  if (!publishedOnly) extractors.push(['Sourcelight loader (Readability + our cleaning)', ourLoader]);
  if (!only && !publishedOnly) {
    extractors.push(['@mozilla/readability 0.6.0 alone (content)', readabilityAlone]);
    extractors.push(['@mozilla/readability 0.6.0 alone (title + content)', readabilityWithTitle]);
    extractors.push(['readability + our lexicon', readabilityCleaned(false)]);
    extractors.push(['readability + our lexicon + tail cut', readabilityCleaned(true)]);
    if (await loadDefuddle()) {
      extractors.push(['defuddle 0.19.4 alone (title + content)', defuddleAlone]);
      extractors.push(['defuddle + our lexicon + tail cut', defuddleCleaned(true)]);
    } else console.log('defuddle is not installed: its rows are left out');
  }
  const dumpFolder = (name: string): string | undefined => {
    if (!dumpTo) return undefined;
    const folder = join(dumpTo, name);
    mkdirSync(folder, { recursive: true });
    return folder;
  };

  try {
    if (!checkOnly) {
      const pinned = readPinned(
        located.pages,
        manifest.pages.commit,
        pages.flatMap((page) => [page.input, page.gold]),
      );
      const golds = new Map(
        pages.map((page) => {
          const text = cachedGold(page.gold, () => goldText(decodeHtml(pinned.get(page.gold.path)!)));
          closeWindows();
          return [page.id, text];
        }),
      );
      const scored = pages.filter((page) => golds.get(page.id)!.length > 0);
      console.log(`${manifest.benchmark}: ${scored.length} pages with ground truth (${pages.length - scored.length} without, left out)`);
      console.log(`pages: ${manifest.pages.repo}@${manifest.pages.commit.slice(0, 10)}; ${manifest.citation}\n`);
      await scoreSuite(scored, golds, pinned, extractors, { worst, dumpTo: dumpFolder('l3s-gn1') });
      if (located.published) printPublished(manifest, located.published, scored, golds, inputHash);
      else console.log(`\npublished figures: fetch ${manifest.published.repo} to print them`);
    }
    if (!skipChecks) {
      const checkExtractors = extractors.filter(([name]) => name.startsWith('Sourcelight') || name.startsWith('@mozilla/readability'));
      for (const check of manifest.checks ?? []) {
        const files = check.files.slice(0, limit);
        await scoreCheck({ ...check, files }, located.pages, manifest.pages.commit, checkExtractors, { worst, dumpTo: dumpFolder('check') });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log('\nPostlight Parser (@postlight/parser 2.2.3) is not measured: it depends on GitHub-hosted packages, which npm cannot install offline.');
}

function printPublished(
  manifest: ReturnType<typeof readExtractionManifest>,
  gitDir: string,
  scored: readonly BenchmarkPage[],
  golds: ReadonlyMap<string, string>,
  inputHash: ReadonlyMap<string, string>,
): void {
  const publishedBytes = readPinned(gitDir, manifest.published.commit, manifest.published.files);
  const outputs: PublishedOutputs[] = manifest.published.files
    .filter((file) => file.kind === 'outputs')
    .map((file) => ({ tool: file.tool, byPage: parseJsonLines(publishedBytes.get(file.path)!) }));
  console.log(`\npublished outputs of the comparison study, scored the same way (${manifest.published.repo}@${manifest.published.commit.slice(0, 10)}):`);
  for (const output of outputs) {
    const scores = scored.map((page) => tokenScore(output.byPage.get(inputHash.get(page.id)!) ?? '', golds.get(page.id)!));
    console.log(scoreLine(`${output.tool} (published output)`, scores));
  }
  console.log("\npublished ROUGE-LSum (the study's own metric, all pages; not comparable digit for digit with token level):");
  for (const file of manifest.published.files.filter((entry) => entry.kind === 'rouge-lsum')) {
    const mean = rougeMean(publishedBytes.get(file.path)!);
    console.log(`${file.tool.padEnd(54)} ${mean.precision.toFixed(3)}      ${mean.recall.toFixed(3)}   ${mean.f1.toFixed(3)}   (${mean.pages} pages)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
