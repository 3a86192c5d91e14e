import { describe, expect, it } from 'vitest';
import { severityOf, summarizeSarif } from './check-electronegativity';

function result(ruleId: string, uri: string, line = 3): unknown {
  return {
    ruleId,
    level: 'warning',
    message: { text: `${ruleId} message` },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } }],
  };
}

function report(...results: unknown[]): unknown {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity', rules: [] } }, results }] };
}

describe('summarizeSarif', () => {
  it('blocks on high and medium findings in the sources', () => {
    const summary = summarizeSarif(
      report(result('CONTEXT_ISOLATION_JS_CHECK', 'electron/main/index.ts', 48), result('OPEN_EXTERNAL_JS_CHECK', 'electron/main/ipc-handlers.ts')),
    );
    expect(summary.blocking.map((finding) => [finding.rule, finding.severity, finding.file, finding.line])).toEqual([
      ['CONTEXT_ISOLATION_JS_CHECK', 'high', 'electron/main/index.ts', 48],
      ['OPEN_EXTERNAL_JS_CHECK', 'medium', 'electron/main/ipc-handlers.ts', 3],
    ]);
  });

  it('lets low and informational findings through', () => {
    const summary = summarizeSarif(report(result('CSP_GLOBAL_CHECK', 'renderer/index.html'), result('BLINK_FEATURES_JS_CHECK', 'electron/main/x.ts')));
    expect(summary.blocking).toEqual([]);
    expect(summary.low).toHaveLength(2);
  });

  it('does not count build output and test artefacts, which are generated from the scanned sources', () => {
    const summary = summarizeSarif(
      report(
        result('SANDBOX_JS_CHECK', 'out/main/index.js'),
        result('CSP_GLOBAL_CHECK', 'test-results/trace/page.html'),
        result('AUXCLICK_JS_CHECK', 'file:///work/main/out/main/index.js'),
      ),
    );
    expect(summary.blocking).toEqual([]);
    expect(summary.ignored).toHaveLength(3);
  });

  it('passes a report with no results', () => {
    expect(summarizeSarif(report())).toEqual({ blocking: [], low: [], ignored: [] });
  });

  it('refuses something that is not a SARIF report rather than passing it', () => {
    expect(() => summarizeSarif({ findings: [] })).toThrow(/SARIF/);
    expect(() => summarizeSarif(null)).toThrow(/SARIF/);
  });
});

describe('severityOf', () => {
  it('treats a missing CSP as medium but a weak one as low', () => {
    expect(severityOf('CSP_GLOBAL_CHECK', '')).toBe('medium');
    expect(severityOf('CSP_GLOBAL_CHECK', 'renderer/index.html')).toBe('low');
  });

  it('blocks on a check it does not know, so a newer scanner cannot slip findings past', () => {
    expect(severityOf('SOME_NEW_JS_CHECK', 'electron/main/index.ts')).toBe('medium');
  });
});
