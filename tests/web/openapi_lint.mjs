// CTest openapi_lint: docs/openapi.yaml under `redocly lint` (@redocly/cli,
// from web/node_modules; the rules are docs/redocly.yaml's), then the checks
// of openapi_contract.mjs that make it a document clients can generate from,
// with examples that match their schemas.
// Usage: node openapi_lint.mjs DOCS_DIR WEB_DIR
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contractProblems, exampleProblems, loadDocument } from './openapi_contract.mjs';

const [docsDir, webDir] = process.argv.slice(2);
const docPath = path.join(docsDir, 'openapi.yaml');
let passed = 0;
let failed = 0;
function check(ok, name, detail) {
  if (ok) passed += 1; else failed += 1;
  console.log(`${ok ? 'ok' : 'not ok'} ${passed + failed} - ${name}`);
  if (!ok && detail) console.log(detail.replace(/^/gm, '#   '));
}

const cli = path.join(webDir, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const lint = spawnSync(process.execPath, [cli, 'lint', '--config', path.join(docsDir, 'redocly.yaml'),
  '--format', 'stylish', docPath], { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
const lintOut = `${lint.stdout}${lint.stderr}`;
// recommended-strict makes every finding an error; a warning would still be
// printed as one, so both are looked for.
check(lint.status === 0 && !/warning/i.test(lint.stdout), 'redocly lint: no errors and no warnings', lintOut);

const { doc, require } = loadDocument(docPath, webDir);
const problems = contractProblems(doc);
check(problems.length === 0, 'every operation has an operationId and every JSON body a complete schema with an example',
  problems.join('\n'));
const wrong = exampleProblems(doc, require);
check(wrong.length === 0, 'every example matches its schema', wrong.join('\n'));

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
