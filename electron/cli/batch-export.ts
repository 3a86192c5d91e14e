import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ExportFormat } from '../../shared/model/export-format';
import { LAYER_IDS } from '../../shared/model/layers';
import { defaultExportFileName } from '../services/export-file-name';
import { toWriteError } from '../services/atomic-write';
import { exportArticle } from '../services/export-article';
import { outputFolderProblem } from '../services/output-path';
import { loadArticleIsolated } from '../services/loaders/isolated-load';
import { createProgressBar } from './progress-bar';
import { terminalSafe } from './terminal-text';

/** What a batch export writes to and knows of its terminal. */
export interface BatchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal, so a progress bar can be drawn there. */
  readonly stderrIsTTY: boolean;
  readonly columns: number;
}

/** One batch: absolute input paths, the folder to write to, the format and whether to replace files. */
export interface BatchExportPlan {
  readonly files: readonly string[];
  readonly outDir: string;
  readonly format: ExportFormat;
  readonly force: boolean;
}

/** How a batch went. */
export interface BatchOutcome {
  readonly written: readonly string[];
  readonly failed: readonly { readonly file: string; readonly message: string }[];
}

/**
 * Output names for every input, beside each other in one folder: `story-sourcelight.html`, and
 * `story-sourcelight-2.html` for a second `story.txt` from another folder, so no export of the
 * batch replaces another.
 */
export function batchOutputNames(files: readonly string[], format: ExportFormat): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const name = defaultExportFileName(basename(file), format);
    const ext = extname(name);
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, -ext.length)}-${n}${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Exports each file in turn; a file that fails is reported and the others are still exported. */
export async function runBatchExport(plan: BatchExportPlan, io: BatchIo): Promise<BatchOutcome> {
  const written: string[] = [];
  const failed: { file: string; message: string }[] = [];
  const bar = createProgressBar(io.stderr, plan.files.length, { isTTY: io.stderrIsTTY, columns: io.columns });
  const report = (file: string, message: string): void => {
    failed.push({ file, message });
    bar.clear();
    // Loader messages already name the file; others get its name in front.
    const name = basename(file);
    io.stderr(`sourcelight: ${terminalSafe(`${message.includes(name) ? '' : `${name}: `}${message}`)}\n`);
  };
  const folderProblem = await outputFolderProblem(plan.outDir);
  if (folderProblem) {
    for (const file of plan.files) failed.push({ file, message: folderProblem });
    io.stderr(`sourcelight: ${terminalSafe(folderProblem)}\n`);
    return { written, failed };
  }
  try {
    await mkdir(plan.outDir, { recursive: true });
  } catch (error) {
    const message = toWriteError(error, join(plan.outDir, 'export')).message;
    for (const file of plan.files) failed.push({ file, message });
    io.stderr(`sourcelight: ${terminalSafe(message)}\n`);
    return { written, failed };
  }
  const names = batchOutputNames(plan.files, plan.format);
  for (const [index, file] of plan.files.entries()) {
    bar.update(index, terminalSafe(basename(file)));
    try {
      const loaded = await loadArticleIsolated(file);
      if (!loaded.ok) {
        report(file, loaded.error.message);
        continue;
      }
      const result = await exportArticle(loaded.article, join(plan.outDir, names[index]!), {
        visibleLayers: LAYER_IDS,
        format: plan.format,
        overwrite: plan.force,
        otherInputs: plan.files,
      });
      if (result.status === 'written') written.push(result.path);
      else report(file, result.status === 'failed' ? withForceHint(result.message, plan.force) : 'the export was cancelled.');
    } catch (error) {
      report(file, `unexpected error: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }
  bar.update(plan.files.length, 'done');
  bar.clear();
  return { written, failed };
}

// The shared message speaks to app users ("allow replacing it"); on the command line that is --force.
function withForceHint(message: string, force: boolean): string {
  return !force && message.startsWith('A file named ') ? message.replace('or allow replacing it', 'or add --force to replace it') : message;
}

const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = { html: 'HTML', jsonld: 'JSON-LD', csv: 'CSV' };

/** The line printed after a batch: how many were written where, and how many failed. */
export function batchSummaryLine(outcome: BatchOutcome, plan: Pick<BatchExportPlan, 'outDir' | 'format'>): string {
  const total = outcome.written.length + outcome.failed.length;
  const files = total === 1 ? 'file' : 'files';
  const failed = outcome.failed.length === 0 ? '' : `; ${outcome.failed.length} failed`;
  return `Exported ${outcome.written.length} of ${total} ${files} as ${FORMAT_LABELS[plan.format]} to ${plan.outDir}${failed}.`;
}
