import { readFileSync } from 'node:fs';

/** One node of a V8 `.cpuprofile` (as written by `node --cpu-prof` or the CDP Profiler domain). */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

/** The parts of a V8 CPU profile the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
}

/** Self and total share of the sampled time spent in one function. */
export interface ProfileEntry {
  readonly name: string;
  readonly selfShare: number;
  readonly totalShare: number;
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/**
 * Ranks functions by self time and by inclusive time. Inclusive time counts a function once per
 * sample even when it recurses, so shares stay at or below 100 %.
 */
export function summarizeProfile(profile: CpuProfile, top = 15): { readonly bySelf: ProfileEntry[]; readonly byTotal: ProfileEntry[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const hits = new Map<number, number>();
  if (profile.samples) for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  else for (const node of profile.nodes) hits.set(node.id, node.hitCount ?? 0);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const [id, count] of hits) {
    const node = byId.get(id);
    if (!node) continue;
    all += count;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + count);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + count);
    }
  }
  const rank = (table: Map<string, number>): ProfileEntry[] =>
    [...table.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name]) => ({ name, selfShare: (self.get(name) ?? 0) / all, totalShare: (total.get(name) ?? 0) / all }));
  return { bySelf: rank(self), byTotal: rank(total) };
}

/** Prints a profile summary as two short tables. */
export function printProfileSummary(profile: CpuProfile, top = 15): void {
  const { bySelf, byTotal } = summarizeProfile(profile, top);
  const pct = (share: number): string => `${(share * 100).toFixed(1).padStart(5)} %`;
  console.log('  by self time:');
  for (const entry of bySelf) console.log(`    ${pct(entry.selfShare)} self  ${pct(entry.totalShare)} total  ${entry.name}`);
  console.log('  by total time:');
  for (const entry of byTotal) console.log(`    ${pct(entry.totalShare)} total  ${pct(entry.selfShare)} self  ${entry.name}`);
}

if (require.main === module) {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: tsx bench/cpu-profile-summary.ts FILE.cpuprofile [TOP]');
    process.exit(2);
  }
  printProfileSummary(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, Number(process.argv[3] ?? 20));
}
