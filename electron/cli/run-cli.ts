import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analysisLanguage, analyze } from '../../shared/engine/analyze';
import type { Article } from '../../shared/model/article';
import type { Finding } from '../../shared/model/finding';
import { LAYER_IDS } from '../../shared/model/layers';
import { exportArticle } from '../services/export-article';
import { batchSummaryLine, runBatchExport } from './batch-export';
import { loadArticleIsolated } from '../services/loaders/isolated-load';
import { USER_OUTLETS_FILE, defaultSettingsFolder, readUserOutletsFile } from '../services/user-outlets-file';
import { formatAnalyzeJson, formatAnalyzeListing } from './format-findings';
import { parseArgs, USAGE } from './parse-args';
import { terminalSafe } from './terminal-text';

/** Where the CLI writes and what it knows of its environment; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal, where a batch export draws its progress bar; false unless told. */
  readonly stderrIsTTY?: boolean;
  /** The terminal's width in characters. */
  readonly columns?: number;
}

/** Exit statuses: success, a file or analysis that failed, a command line not understood. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The folder relative paths are the user's from: npm runs scripts in the package root but records where it was started in INIT_CWD. */
export function userDirectory(io: Pick<CliIo, 'cwd' | 'env'>): string {
  const initCwd = io.env['INIT_CWD'];
  return initCwd && initCwd.length > 0 ? initCwd : io.cwd;
}

function fail(io: CliIo, message: string, status: number): number {
  io.stderr(`sourcelight: ${terminalSafe(message)}\n`);
  return status;
}

async function loadOrFail(io: CliIo, path: string): Promise<Article | number> {
  const result = await loadArticleIsolated(path);
  return result.ok ? result.article : fail(io, result.error.message, EXIT_FAILURE);
}

/** Runs one command line; returns the exit status and never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (command.kind === 'usage-error') return fail(io, command.message, EXIT_USAGE);

  try {
    const base = userDirectory(io);
    if (command.kind === 'export-batch') {
      const plan = {
        files: command.files.map((file) => resolve(base, file)),
        outDir: resolve(base, command.outDir),
        format: command.format,
        force: command.force,
      };
      const outcome = await runBatchExport(plan, { stdout: io.stdout, stderr: io.stderr, stderrIsTTY: io.stderrIsTTY ?? false, columns: io.columns ?? 80 });
      io.stdout(`${terminalSafe(batchSummaryLine(outcome, plan))}\n`);
      return outcome.failed.length === 0 ? EXIT_OK : EXIT_FAILURE;
    }
    const article = await loadOrFail(io, resolve(base, command.file));
    if (typeof article === 'number') return article;

    if (command.kind === 'analyze') {
      const outletsPath = command.outlets ? resolve(base, command.outlets) : join(defaultSettingsFolder(io.env), USER_OUTLETS_FILE);
      if (command.outlets && !existsSync(outletsPath))
        return fail(io, `${command.outlets} does not exist; --outlets needs a JSON list of outlets.`, EXIT_FAILURE);
      const userOutlets = readUserOutletsFile(outletsPath);
      if (!userOutlets.ok) return fail(io, userOutlets.message, EXIT_FAILURE);
      for (const problem of userOutlets.problems) io.stderr(`sourcelight: ${outletsPath}: ${problem}; that outlet was left out.\n`);
      let findings: Finding[];
      const language = analysisLanguage(article.text, { language: command.language ?? 'auto', ...(article.lang ? { declaredLanguage: article.lang } : {}) });
      try {
        findings = analyze(article.text, { language, ...(command.typologies ? { typologies: command.typologies } : {}), extraOutlets: userOutlets.outlets });
      } catch (error) {
        return fail(
          io,
          `the analysis of ${article.sourceName} failed (${error instanceof Error ? error.message : String(error)}); please report this with the file.`,
          EXIT_FAILURE,
        );
      }
      // JSON escapes what it must for programs; the listing is for people at a terminal.
      io.stdout(`${command.json ? formatAnalyzeJson(article, findings, language) : terminalSafe(formatAnalyzeListing(article, findings))}\n`);
      return EXIT_OK;
    }

    // resolve() would drop the slash of `-o newdir/` and write a file named newdir.
    if (/[\\/]$/.test(command.output)) return fail(io, `${command.output} names a folder; give the export a file name.`, EXIT_FAILURE);
    const output = resolve(base, command.output);
    if (!command.force && existsSync(output)) {
      return fail(io, `${command.output} already exists; add --force to replace it or choose another name.`, EXIT_FAILURE);
    }
    const result = await exportArticle(article, output, { visibleLayers: LAYER_IDS, format: command.format, overwrite: command.force });
    if (result.status === 'written') {
      io.stdout(`Wrote ${terminalSafe(result.path)}\n`);
      return EXIT_OK;
    }
    return fail(io, result.status === 'failed' ? result.message : 'the export was cancelled.', EXIT_FAILURE);
  } catch (error) {
    return fail(io, `unexpected error: ${error instanceof Error ? error.message : String(error)}.`, EXIT_FAILURE);
  }
}
