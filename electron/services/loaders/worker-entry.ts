import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread with resource limits: the built entry (`out/main/<name>.js`)
 * when it exists, else the TypeScript source through tsx (CLI, vitest, the e2e bridge).
 */
export function startWorker(name: string, workerData: unknown, resourceLimits: ResourceLimits): Worker {
  // The bundler may put this module in a shared chunk (`out/main/chunks`), one folder below the entries.
  const built = [join(__dirname, `${name}.js`), join(__dirname, '..', `${name}.js`)].find((candidate) => existsSync(candidate));
  if (built) return new Worker(built, { workerData, resourceLimits });
  // A worker inherits neither vitest's transform nor, on Node 20, tsx's --import hooks, so it
  // registers tsx's in-thread require hook before loading the TypeScript.
  const require = createRequire(__filename);
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, `${name}.ts`))});`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
