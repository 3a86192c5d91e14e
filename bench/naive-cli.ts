import { readFileSync } from 'node:fs';
import { naiveAnalyze } from './naive-analyzer';

// The naive analyser run the way the real CLI runs: read, decode, analyse, print one JSON object.
const path = process.argv[2];
if (!path) {
  console.error('usage: naive-cli FILE');
  process.exit(2);
}
const text = new TextDecoder('utf-8').decode(readFileSync(path));
process.stdout.write(JSON.stringify({ text, findings: naiveAnalyze(text) }));
