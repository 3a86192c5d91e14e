import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { DEFAULT_MIRROR_ROOT, sha256, snapshotGitDir } from '../../scripts/real-corpus/source';
import { EXTRACTION_MANIFEST_PATH, readSnapshotFiles, type BenchmarkPage, type ExtractionManifest, type PublishedFile } from './benchmark-source';

// L3S-GN1 (Kohlschütter et al., WSDM 2010): 621 Google News pages of 2008 with their main content marked
// by annotators, as merged in this snapshot (folder name from its first home, geodrome/page-signal).
const PAGES_REPO = 'j-szulc/html-cleaning-dataset-merged';
const PAGES_DIR = 'page-signal-master';
// The per-page outputs and scores of the comparison study (Bevendorff et al., SIGIR 2023) on L3S-GN1.
const PUBLISHED_REPO = 'Saelaress/web-content-extraction-benchmark-extended';
const PUBLISHED_FILES: readonly Omit<PublishedFile, 'sha256'>[] = [
  { tool: 'trafilatura', kind: 'outputs', path: 'outputs/model-outputs/l3s-gn1/trafilatura.jsonl' },
  { tool: 'readability-lxml', kind: 'outputs', path: 'outputs/model-outputs/l3s-gn1/readability.jsonl' },
  { tool: 'trafilatura', kind: 'rouge-lsum', path: 'outputs/metrics-computed/rouge/l3s-gn1/rouge_trafilatura.csv' },
  { tool: 'readability-lxml', kind: 'rouge-lsum', path: 'outputs/metrics-computed/rouge/l3s-gn1/rouge_readability.csv' },
];

// Dragnet (Peters & Lecocq, WWW 2013 companion): 1,381 news and blog pages of 2012 with their article text
// and comments typed out by annotators. Every fifth page (in numeric order) is the independent check: enough
// sites to show a loss, small enough to run beside L3S-GN1.
const CHECK_DIR = 'dragnet_data';
const CHECK_EVERY = 5;
const DRAGNET_COMMENTS = '!@#$%^&*()  COMMENTS';

function headOf(gitDir: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD']).toString().trim();
}

function listFiles(gitDir: string, commit: string, folder: string): string[] {
  return execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit, folder], { maxBuffer: 64 * 1024 * 1024 })
    .toString()
    .split('\n')
    .filter((line) => line.length > 0);
}

/** Writes `eval/extraction/manifest.json` from the fetched snapshots. Usage: `npx tsx eval/extraction/write-manifest.ts`. */
/** The pages of one folder of the snapshot; `choose` picks from its inputs in listing order. */
function pagesOf(gitDir: string, commit: string, folder: string, choose: (inputs: string[]) => string[] = (inputs) => inputs): BenchmarkPage[] {
  const inputs = choose(listFiles(gitDir, commit, `${folder}/input`).filter((path) => path.endsWith('.html')));
  const golds = inputs.map((path) => path.replace('/input/', '/GoldStandard/').replace(/\.html$/, '.txt'));
  const bytes = readSnapshotFiles(gitDir, commit, [...inputs, ...golds]);
  return inputs.map((input, index) => ({
    id: input.replace(/^.*\//, '').replace(/\.html$/, ''),
    input: { path: input, sha256: sha256(bytes.get(input)!) },
    gold: { path: golds[index]!, sha256: sha256(bytes.get(golds[index]!)!) },
  }));
}

function main(): void {
  const pagesDir = snapshotGitDir(DEFAULT_MIRROR_ROOT, PAGES_REPO);
  const publishedDir = snapshotGitDir(DEFAULT_MIRROR_ROOT, PUBLISHED_REPO);
  if (!pagesDir || !publishedDir) throw new Error(`fetch ${PAGES_REPO} and ${PUBLISHED_REPO} first`);
  const pagesCommit = headOf(pagesDir);
  const publishedCommit = headOf(publishedDir);
  const files = pagesOf(pagesDir, pagesCommit, PAGES_DIR);
  const checkFiles = pagesOf(pagesDir, pagesCommit, CHECK_DIR, (inputs) =>
    inputs.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).filter((_, index) => index % CHECK_EVERY === 0),
  );
  const publishedBytes = readSnapshotFiles(
    publishedDir,
    publishedCommit,
    PUBLISHED_FILES.map((file) => file.path),
  );
  const manifest: ExtractionManifest = {
    benchmark: 'L3S-GN1',
    citation:
      'C. Kohlschütter, P. Fankhauser, W. Nejdl: Boilerplate Detection using Shallow Text Features, WSDM 2010 (pages and annotations); ' +
      'J. Bevendorff, S. Gupta, J. Kiesel, B. Stein: An Empirical Comparison of Web Content Extraction Algorithms, SIGIR 2023 (ground truth: classes x-nc-sel1..3; published outputs and ROUGE-LSum scores).',
    pages: { repo: PAGES_REPO, commit: pagesCommit, licence: 'research data, not redistributed here', files },
    published: {
      repo: PUBLISHED_REPO,
      commit: publishedCommit,
      source: 'outputs of the Bevendorff et al. (2023) benchmark on L3S-GN1, republished with the benchmark code by its extended fork',
      files: PUBLISHED_FILES.map((file) => ({ ...file, sha256: sha256(publishedBytes.get(file.path)!) })),
    },
    checks: [
      {
        benchmark: `Dragnet (every ${CHECK_EVERY}th page)`,
        citation: 'M. E. Peters, D. Lecocq: Content Extraction Using Diverse Feature Sets, WWW 2013 companion (pages and annotations, seomoz/dragnet_data).',
        goldEndsAt: DRAGNET_COMMENTS,
        files: checkFiles,
      },
    ],
  };
  writeFileSync(EXTRACTION_MANIFEST_PATH, `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`wrote ${files.length} pages, ${checkFiles.length} check pages and ${PUBLISHED_FILES.length} published files to ${EXTRACTION_MANIFEST_PATH}`);
}

if (require.main === module) main();
