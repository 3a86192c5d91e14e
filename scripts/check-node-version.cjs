// @ts-check
// Runs before `npm start` and `npm test`, on whatever Node the user has, so it sticks to syntax and
// APIs every Node since 10 understands: a too-old Node gets one line instead of a parser error.
'use strict';

/** The Node versions Sourcelight supports, as package.json's `engines.node` says them. */
const SUPPORTED_NODE = '^20.19.0 || ^22.13.0 || >=24.0.0';

/**
 * Whether a Node version (`20.19.0`, `v22.13.1`) is supported. Electron 45's installer is an ES
 * module loaded with require(), which Node has without a flag from 20.19 and 22.12; jsdom, Vite and
 * Rolldown draw the rest of the line (22.13, and no 21 or 23).
 * @param {string} version
 * @returns {boolean}
 */
function isSupportedNode(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 13;
  return major >= 24;
}

/**
 * The one line a user on an unsupported Node sees, or null when the version is fine.
 * @param {string} version
 * @returns {string | null}
 */
function nodeVersionProblem(version) {
  if (isSupportedNode(version)) return null;
  return (
    'Sourcelight needs Node.js 20.19 or later on the 20 line, 22.13 or later on the 22 line, or 24 and later ' +
    '(this is ' +
    version.replace(/^v/, '') +
    '): install a supported Node.js, then run npm install again.'
  );
}

module.exports = { SUPPORTED_NODE, isSupportedNode, nodeVersionProblem };

if (require.main === module) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem !== null) {
    console.error(problem);
    process.exit(1);
  }
}
