import { isLanguageChoice, LANGUAGES, type LanguageChoice } from '../../shared/engine/lang/detect-language';
import { articleExtensionList } from '../../shared/model/article-files';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../shared/model/export-format';
import { TYPOLOGIES, isTypology, type Typology } from '../../shared/model/typology';

/** A command line understood. */
export type CliCommand =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'analyze';
      readonly file: string;
      readonly json: boolean;
      readonly typologies?: readonly Typology[];
      readonly outlets?: string;
      /** The language pack to use; detected from the text when absent or `auto`. */
      readonly language?: LanguageChoice;
    }
  | { readonly kind: 'export'; readonly file: string; readonly output: string; readonly format: ExportFormat; readonly force: boolean }
  | {
      readonly kind: 'export-batch';
      readonly files: readonly string[];
      readonly outDir: string;
      readonly format: ExportFormat;
      readonly force: boolean;
    };

/** A command line not understood, with one sentence saying what is wrong. */
export interface CliUsageError {
  readonly kind: 'usage-error';
  readonly message: string;
}

/** The usage text `--help` prints. */
export const USAGE = `Usage:
  sourcelight analyze FILE [--json] [--typologies SC,CaPu,CaPr] [--outlets OUTLETS.json] [--lang auto|en|es|fr|de|ru]
  sourcelight export FILE -o OUT.html [--format ${EXPORT_FORMATS.join('|')}] [--force]
  sourcelight export FILES... --out-dir DIR [--format ${EXPORT_FORMATS.join('|')}] [--force]
  sourcelight --help

Commands:
  analyze   print the state-media attributions, direct quotes and unverified claims found in FILE
            (--json: one JSON object {"text", "findings"}; --typologies: which State Media Monitor
            typologies count as state media, from ${TYPOLOGIES.join(', ')}; --outlets: your own
            outlets to add to the registry, default outlets.json in Sourcelight's settings folder;
            --lang: the article's language, detected from its text unless given; meta.lang in
            the JSON says which was used)
  export    write FILE as a self-contained HTML page with all three highlight layers
            (--format jsonld: W3C Web Annotations; --format csv: a table of the findings);
            with --out-dir, export every FILE into DIR as NAME-sourcelight.EXT, carrying on
            past files that fail; an existing file is replaced only with --force

FILE is a ${articleExtensionList()} article; relative paths are read from the current folder.`;

function parseTypologies(value: string): readonly Typology[] | string {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  const unknown = names.filter((name) => !isTypology(name));
  if (names.length === 0) return `--typologies needs a comma-separated list such as SC,CaPu,CaPr.`;
  if (unknown.length > 0) return `unknown typology ${unknown.join(', ')}; use some of ${TYPOLOGIES.join(', ')}.`;
  return names as Typology[];
}

/** Reads `--name value` and `--name=value` alike. */
function splitOption(argument: string): { name: string; inline?: string } {
  const equals = argument.indexOf('=');
  if (argument.startsWith('-') && equals > 0) return { name: argument.slice(0, equals), inline: argument.slice(equals + 1) };
  return { name: argument };
}

/** Parses the arguments after the program name. */
export function parseArgs(argv: readonly string[]): CliCommand | CliUsageError {
  if (argv.length === 0) return { kind: 'usage-error', message: 'no command given; run with --help to see the commands.' };
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'export') {
    return { kind: 'usage-error', message: `unknown command "${command}"; use analyze or export (see --help).` };
  }

  const positional: string[] = [];
  let json = false;
  let force = false;
  let output: string | undefined;
  let typologies: readonly Typology[] | undefined;
  let outlets: string | undefined;
  let language: LanguageChoice | undefined;
  let outDir: string | undefined;
  let format: ExportFormat | undefined;
  for (let index = 0; index < rest.length; index++) {
    const { name, inline } = splitOption(rest[index]!);
    const takeValue = (): string | undefined => inline ?? rest[++index];
    if (name === '--') {
      positional.push(...rest.slice(index + 1));
      break;
    } else if (command === 'analyze' && name === '--json' && inline === undefined) json = true;
    else if (command === 'analyze' && name === '--typologies') {
      const value = takeValue();
      if (value === undefined) return { kind: 'usage-error', message: '--typologies needs a value such as SC,CaPu,CaPr.' };
      const parsed = parseTypologies(value);
      if (typeof parsed === 'string') return { kind: 'usage-error', message: parsed };
      typologies = parsed;
    } else if (command === 'analyze' && name === '--outlets') {
      const value = takeValue();
      if (value === undefined || value.length === 0) return { kind: 'usage-error', message: '--outlets needs the path of a JSON list of outlets.' };
      outlets = value;
    } else if (command === 'analyze' && name === '--lang') {
      const value = takeValue()?.toLowerCase();
      if (!isLanguageChoice(value)) return { kind: 'usage-error', message: `--lang needs one of auto, ${LANGUAGES.join(', ')}.` };
      language = value;
    } else if (command === 'export' && (name === '-o' || name === '--output')) {
      const value = takeValue();
      if (value === undefined || value.length === 0) return { kind: 'usage-error', message: `${name} needs the path of the HTML file to write.` };
      output = value;
    } else if (command === 'export' && name === '--out-dir') {
      const value = takeValue();
      if (value === undefined || value.length === 0) return { kind: 'usage-error', message: '--out-dir needs the folder to write the exports to.' };
      outDir = value;
    } else if (command === 'export' && name === '--format') {
      const value = takeValue();
      if (value === undefined || !isExportFormat(value)) {
        return { kind: 'usage-error', message: `--format needs one of ${EXPORT_FORMATS.join(', ')}.` };
      }
      format = value;
    } else if (command === 'export' && name === '--force' && inline === undefined) force = true;
    else if (name.startsWith('-') && name.length > 1) {
      return { kind: 'usage-error', message: `unknown option "${name}" for ${command} (see --help).` };
    } else positional.push(rest[index]!);
  }

  if (positional.length === 0) return { kind: 'usage-error', message: `${command} needs an article file (see --help).` };
  if (command === 'export') return exportCommand(positional, output, outDir, format ?? 'html', force);
  if (positional.length > 1) return { kind: 'usage-error', message: `${command} takes one article file, not ${positional.length}.` };
  return {
    kind: 'analyze',
    file: positional[0]!,
    json,
    ...(typologies ? { typologies } : {}),
    ...(outlets ? { outlets } : {}),
    ...(language ? { language } : {}),
  };
}

function exportCommand(
  files: readonly string[],
  output: string | undefined,
  outDir: string | undefined,
  format: ExportFormat,
  force: boolean,
): CliCommand | CliUsageError {
  if (output !== undefined && outDir !== undefined) return { kind: 'usage-error', message: 'use either -o OUT or --out-dir DIR, not both.' };
  if (outDir !== undefined) return { kind: 'export-batch', files, outDir, format, force };
  if (output === undefined) {
    return { kind: 'usage-error', message: 'export needs -o OUT.html, the file to write, or --out-dir DIR for several files.' };
  }
  if (files.length > 1) return { kind: 'usage-error', message: `-o writes one file; use --out-dir DIR to export ${files.length} files.` };
  return { kind: 'export', file: files[0]!, output, format, force };
}
