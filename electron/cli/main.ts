import { runCli } from './run-cli';

// The entry `npm run cli` starts; all behaviour lives in runCli so tests can call it directly.
void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns ?? 80,
}).then((status) => {
  process.exitCode = status;
});
