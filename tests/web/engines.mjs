// Every npm package the web app installs (web/package-lock.json) must declare
// engines that include the oldest Node.js the app supports: the floor of
// web/package.json's engines.node, Debian 12's own Node.js. A package that
// needs a newer Node.js (Vite 7, playwright-core 1.62 and later) fails here,
// on any machine, before it fails on a stock Debian 12.
// Usage: node engines.mjs WEB_DIR
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [webDir] = process.argv.slice(2);
const require = createRequire(path.resolve(webDir, 'package.json'));
const semver = require('semver');
const pkg = JSON.parse(readFileSync(path.join(webDir, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(webDir, 'package-lock.json'), 'utf8'));

let passed = 0;
let failed = 0;
function check(ok, name) {
  if (ok) passed += 1; else failed += 1;
  console.log(`${ok ? 'ok' : 'not ok'} ${passed + failed} - ${name}`);
}

const declared = pkg.engines && pkg.engines.node;
check(Boolean(declared) && semver.validRange(declared) !== null, `web/package.json declares engines.node (${declared})`);
const floor = declared ? semver.minVersion(declared).version : '0.0.0';
check(semver.satisfies(floor, '18.20.x'), `the floor ${floor} is Debian 12's Node.js 18.20`);

for (const [where, entry] of Object.entries(lock.packages)) {
  if (where === '') continue;
  const name = where.replace(/^.*node_modules\//, '');
  const range = entry.engines && entry.engines.node;
  if (!range) continue;  // no engines: any Node.js
  check(semver.satisfies(floor, range), `${name}@${entry.version} (node ${range}) runs on ${floor}`);
}

// npm too: scripts/install-deps brings npm up to the floor of
// web/package.json's engines.npm (Debian 12's npm 9.2 is older), and every
// package's engines.npm must include that floor. (A stock Debian 12 once
// failed here: @redocly/cli wants npm 9.5, and web/.npmrc's engine-strict
// made npm 9.2 refuse it.)
const npmDeclared = pkg.engines && pkg.engines.npm;
check(Boolean(npmDeclared) && semver.validRange(npmDeclared) !== null,
  `web/package.json declares engines.npm (${npmDeclared}), the npm scripts/install-deps provides`);
const npmFloor = npmDeclared ? semver.minVersion(npmDeclared).version : '0.0.0';
for (const [where, entry] of Object.entries(lock.packages)) {
  if (where === '') continue;
  const name = where.replace(/^.*node_modules\//, '');
  const range = entry.engines && entry.engines.npm;
  if (!range) continue;
  check(semver.satisfies(npmFloor, range), `${name}@${entry.version} (npm ${range}) installs with npm ${npmFloor}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
