// What the browser tests of single screens share (fixes_e2e, settings_e2e,
// create_food_e2e): the real `platewise serve` on a free port with a
// temporary SQLite file, Debian's Chromium driven by playwright-core, and
// every API response a page gets checked against the document the server
// serves (docs/openapi.yaml), as web_e2e does.
import { spawn } from 'node:child_process';
import { parseDocument, responseChecker } from './openapi_contract.mjs';

// Starts `platewise serve` on a free loopback port; resolves to the process
// and its base URL once it says where it serves.
export function startServe(binary, { dbFile, dataDir, webDir }) {
  const server = spawn(binary, ['serve', '--listen', '127.0.0.1:0', '--threads', '2', '--db', dbFile,
    '--data-dir', dataDir, '--web-dir', webDir, '--password-hash-cost', 'minimum'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/serving (http:\/\/[^ ]+)/);
      if (m) { clearTimeout(timer); resolve({ server, base: m[1] }); }
    });
    server.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

// The checker of responses against the document `base` serves.
export async function servedContract(base, webPackage) {
  const served = parseDocument(await (await fetch(base + '/api/v1/openapi.yaml')).text(), webPackage);
  return responseChecker(served.doc, served.require);
}

// Checks every API response `target` (a page or a context) gets with
// `contract()`: each check's promise goes to `pending`, each mismatch to
// `mismatches`. A body not read within 3 s (a download) is not checked.
export function watchResponses(target, contract, pending, mismatches) {
  target.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/')) return;
    pending.push((async () => {
      const type = response.headers()['content-type'] || '';
      const text = await Promise.race([response.text().catch(() => null),
        new Promise((resolve) => { setTimeout(resolve, 3000, null).unref(); })]);
      if (text === null) return;
      let body = text;
      if (type.startsWith('application/json') && text !== '') body = JSON.parse(text);
      const why = contract().check(response.request().method(), url.pathname, response.status(), type, body);
      if (why) mismatches.push(why);
    })());
  });
}

// Debian's Chromium, headless, with nothing that reaches the network.
export function launchChromium(chromium) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// The API from inside a page, with its session cookie and CSRF token.
export async function pageApi(page, method, url, body) {
  return page.evaluate(async ({ method, url, body }) => {
    const { csrf_token: csrf } = await (await fetch('/api/v1/account')).json();
    const r = await fetch(`/api/v1${url}`, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  }, { method, url, body });
}
