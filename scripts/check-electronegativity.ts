import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Fails CI on Electronegativity findings of high or medium severity. Electronegativity 1.10.3 always
 * exits 0 and its SARIF carries no severity, so the severity of each check is listed here, read from
 * its check sources. A finding that is justified is silenced beside the code it points at with an
 * `eng-disable RULE_ID` comment and a sentence saying why, and never reaches the SARIF file.
 *
 * Usage: tsx scripts/check-electronegativity.ts electronegativity.sarif
 */

/** Checks whose findings are high severity. */
export const HIGH_SEVERITY_RULES: ReadonlySet<string> = new Set([
  'CONTEXT_ISOLATION_JS_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'LIMIT_NAVIGATION_JS_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_JS_CHECK',
  'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK',
]);

/** Checks whose findings are medium severity. */
export const MEDIUM_SEVERITY_RULES: ReadonlySet<string> = new Set([
  'AFFINITY_GLOBAL_CHECK',
  'AFFINITY_HTML_CHECK',
  'AFFINITY_JS_CHECK',
  'AUXCLICK_HTML_CHECK',
  'AUXCLICK_JS_CHECK',
  'CERTIFICATE_ERROR_EVENT_JS_CHECK',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK',
  'CUSTOM_ARGUMENTS_JS_CHECK',
  'CUSTOM_ARGUMENTS_JSON_CHECK',
  'DANGEROUS_FUNCTIONS_JS_CHECK',
  'HTTP_RESOURCES_HTML_CHECK',
  'HTTP_RESOURCES_JS_CHECK',
  'HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK',
  'INSECURE_CONTENT_HTML_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'OPEN_EXTERNAL_JS_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
  'PERMISSION_REQUEST_HANDLER_JS_CHECK',
  'PRELOAD_JS_CHECK',
  'PROTOCOL_HANDLER_JS_CHECK',
  'REMOTE_MODULE_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_HTML_CHECK',
  'WEB_SECURITY_JS_CHECK',
]);

/**
 * Build output and test artefacts: the scanner reads the whole tree, but these are generated from
 * the sources it also scans (where any justification comment lives), or are not part of the app.
 */
export const IGNORED_PATH_PREFIXES = ['out/', 'dist/', 'test-results/', 'playwright-report/', 'coverage/', 'node_modules/', '.tmp/'] as const;

/** One finding as the check reports it. */
export interface Finding {
  readonly rule: string;
  readonly severity: 'high' | 'medium' | 'low';
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The findings of a SARIF report, split into those that fail CI and those that do not. */
export interface FindingSummary {
  readonly blocking: readonly Finding[];
  readonly low: readonly Finding[];
  readonly ignored: readonly Finding[];
}

interface SarifResult {
  readonly ruleId?: string;
  readonly message?: { readonly text?: string };
  readonly locations?: readonly {
    readonly physicalLocation?: { readonly artifactLocation?: { readonly uri?: string }; readonly region?: { readonly startLine?: number } };
  }[];
}

/** Checks whose findings are low severity or only informational. */
export const LOW_OR_INFORMATIONAL_RULES: ReadonlySet<string> = new Set<string>([
  'ALLOWPOPUPS_HTML_CHECK',
  'BLINK_FEATURES_HTML_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'CSP_GLOBAL_CHECK',
  'CSP_HTML_CHECK',
  'CSP_JS_CHECK',
  'ELECTRON_VERSION_JSON_CHECK',
  'EXPERIMENTAL_FEATURES_HTML_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JSON_CHECK',
]);

/** The severity of one finding; CSP_GLOBAL_CHECK is medium only when the app has no CSP at all. */
export function severityOf(rule: string, file: string): Finding['severity'] {
  if (HIGH_SEVERITY_RULES.has(rule)) return 'high';
  if (MEDIUM_SEVERITY_RULES.has(rule)) return 'medium';
  if (rule === 'CSP_GLOBAL_CHECK' && (file === '' || file === 'N/A')) return 'medium';
  if (LOW_OR_INFORMATIONAL_RULES.has(rule)) return 'low';
  // A check this table does not know (a newer scanner) blocks until someone reads it and lists it.
  return 'medium';
}

/** Normalises a SARIF artifact URI to a path relative to the scanned folder. */
function relativeFile(uri: string | undefined): string {
  if (!uri) return '';
  return uri
    .replace(/^file:\/\/\/?/, '')
    .replace(/\\/g, '/')
    .replace(/^\.\//, '');
}

/** Reads a SARIF report as Electronegativity writes it and sorts its findings. */
export function summarizeSarif(sarif: unknown): FindingSummary {
  const runs = (sarif as { runs?: readonly { results?: readonly SarifResult[] }[] } | null)?.runs;
  if (!Array.isArray(runs)) throw new Error('Not a SARIF report: it has no runs.');
  const blocking: Finding[] = [];
  const low: Finding[] = [];
  const ignored: Finding[] = [];
  for (const result of runs.flatMap((run) => run.results ?? [])) {
    const location = result.locations?.[0]?.physicalLocation;
    const file = relativeFile(location?.artifactLocation?.uri);
    const rule = result.ruleId ?? 'UNKNOWN';
    const finding: Finding = {
      rule,
      severity: severityOf(rule, file),
      file,
      line: location?.region?.startLine ?? 1,
      message: result.message?.text ?? '',
    };
    if (IGNORED_PATH_PREFIXES.some((prefix) => file.startsWith(prefix) || file.includes(`/${prefix}`))) ignored.push(finding);
    else if (finding.severity === 'low') low.push(finding);
    else blocking.push(finding);
  }
  return { blocking, low, ignored };
}

function describe(finding: Finding): string {
  return `  ${finding.severity.toUpperCase()} ${finding.rule} ${finding.file}:${finding.line} ${finding.message}`;
}

function main(path: string | undefined): number {
  if (!path) {
    console.error('usage: tsx scripts/check-electronegativity.ts REPORT.sarif');
    return 2;
  }
  const summary = summarizeSarif(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  console.log(
    `Electronegativity: ${summary.blocking.length} high/medium, ${summary.low.length} low or informational, ` +
      `${summary.ignored.length} in build output or test artefacts (not counted).`,
  );
  summary.low.forEach((finding) => console.log(describe(finding)));
  if (summary.blocking.length === 0) return 0;
  console.error('High or medium findings (fix them, or justify each with an eng-disable comment beside the code):');
  summary.blocking.forEach((finding) => console.error(describe(finding)));
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) process.exitCode = main(process.argv[2]);
