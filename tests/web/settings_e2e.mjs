// Issue 16's Settings screen in a real browser: time zone and units, the
// password, API tokens, the export and deleting the account, at phone
// (375 px) and desktop (1280 px) width, each with a person of its own. The
// real `platewise serve` on a free port with a temporary SQLite file, driven
// through Debian's Chromium by playwright-core; screenshots go to
// SCREENSHOT_DIR as settings-*.png. Every API response is checked against the
// served document, as web_e2e does.
// Usage: node settings_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { launchChromium, pageApi, servedContract, startServe, watchResponses } from './browser_world.mjs';

const [binary, dataDir, webDir, webPackage, shotDir] = process.argv.slice(2);
const require = createRequire(path.resolve(webPackage, 'package.json'));
const { chromium } = require('playwright-core');

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-settings-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];
const failed = [];
let pageErrors = [];

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'a brand new secret';
const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

function watch(target) {
  watchResponses(target, () => contract, pending, mismatches);
}

async function startServer() {
  const started = await startServe(binary, { dbFile, dataDir, webDir });
  server = started.server;
  return started.base;
}

// A plain HTTP request from node, as a script with an API token would send it.
async function bearer(token, url) {
  const r = await fetch(`${base}/api/v1${url}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  await r.text();
  return r.status;
}

async function logInOverHttp(email, password) {
  const r = await fetch(`${base}/api/v1/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }) });
  await r.text();
  return r.status;
}

// The API from inside the page (its session cookie and CSRF token).
function api(page, method, url, body) {
  return pageApi(page, method, url, body);
}

async function logIn(page, email, password) {
  await page.getByRole('button', { name: 'I already have an account: log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

// An account made by the administrator's `platewise users add` (sign-up
// takes 10 accounts per client in 15 minutes), with a profile, signed in on
// a page of the width given and open at Settings.
async function person(email, width) {
  const made = spawnSync(binary, ['users', 'add', email, '--password-stdin', '--db', dbFile], { input: `${PASSWORD}\n` });
  assert.equal(made.status, 0, String(made.stderr));
  const phone = width < 720;
  const context = await browser.newContext(phone
    ? { viewport: { width, height: 812 }, isMobile: true, hasTouch: true }
    : { viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  watch(context);
  const page = await context.newPage();
  lastPage = page;
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => { pageErrors.push(e); });
  await page.goto(base + '/');
  await logIn(page, email, PASSWORD);
  await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
  assert.equal((await api(page, 'PUT', '/profile', PROFILE)).status, 200);
  await page.goto(base + '/#/settings');
  await page.reload();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  return { context, page };
}

const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `settings-${name}.png`), fullPage: true });

async function fitsWidth(page, what) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `${what}: the page is ${scroll} px wide at ${width} px`);
}

// Every control of the screen has a name people and screen readers see.
async function everyControlNamed(page) {
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('main input, main select, main button, main a')]
    .filter((el) => !el.hidden && !el.closest('[hidden]'))
    .filter((el) => !(el.labels?.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, [], 'controls without a name');
}

// The section of the screen named by its heading.
const sectionOf = (page, name) => page.getByRole('region', { name });

async function point(name, run) {
  pageErrors = [];
  try {
    const said = await run();
    if (pageErrors.length) throw pageErrors[0];
    step(said ?? name);
  } catch (e) {
    failed.push(name);
    console.log(`not ok - ${name}`);
    console.error(e);
    const safe = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
    await lastPage?.screenshot({ path: path.join(shotDir, `settings-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

async function timeZoneAndUnits(page, w) {
  const section = sectionOf(page, 'Time zone and units');
  await section.getByLabel('Time zone').selectOption('Pacific/Auckland');
  await section.getByLabel('Units').selectOption('metric');
  await section.getByRole('button', { name: 'Save time zone and units' }).click();
  await section.getByRole('status').filter({ hasText: 'Saved: time zone Pacific/Auckland, metric units.' }).waitFor();
  await section.screenshot({ path: path.join(shotDir, `settings-${w}-time-zone-saved.png`) });
  // Only the status line is live: one live region among the sections.
  assert.equal(await page.locator('.settings-grid [aria-live], .settings-grid [role=status]').count(), 1,
    'one status line');
  // The goal widget follows at once: weights in kg, no Units control of its own.
  await page.getByLabel('Weight (kg)').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Units' }).count(), 1, 'one Units control on the screen');
  await page.reload();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  assert.equal(await section.getByLabel('Time zone').inputValue(), 'Pacific/Auckland', 'the zone is kept after reload');
  assert.equal(await section.getByLabel('Units').inputValue(), 'metric', 'the units are kept after reload');
  assert.equal((await api(page, 'GET', '/today')).body.time_zone, 'Pacific/Auckland');
  await page.getByLabel('Weight (kg)').waitFor();
  // Saving the goal afterwards keeps the zone (the widget sends the profile's).
  await page.getByRole('button', { name: 'Save goal', exact: true }).click();
  await page.getByRole('heading', { name: 'Your daily budget' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('button[type=submit].primary:disabled'));
  assert.equal((await api(page, 'GET', '/profile')).body.time_zone, 'Pacific/Auckland', 'saving the goal kept the zone');
  await fitsWidth(page, `Settings at ${w} px`);
}

async function tokens(page, w) {
  const section = sectionOf(page, 'API tokens');
  await section.getByText('No API tokens.').waitFor();
  await section.getByLabel('Token name').fill('my script');
  await section.getByRole('button', { name: 'Create token' }).click();
  const shown = section.getByRole('textbox', { name: 'Token "my script"' });
  await shown.waitFor();
  const token = await shown.inputValue();
  assert.equal(await shown.evaluate((el) => el === document.activeElement), true, 'the new token has the focus');
  assert.ok(token.length >= 20, `a token, got "${token}"`);
  await section.getByRole('button', { name: 'Copy token' }).click();
  await section.getByRole('status').filter({ hasText: 'Token "my script" copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), token, 'the copied text is the token');
  await fitsWidth(page, `the new token at ${w} px`);
  await section.screenshot({ path: path.join(shotDir, `settings-${w}-token.png`) });
  assert.equal(await bearer(token, '/today'), 200, 'the token works from a script');
  // Shown once: after a reload only its name is there.
  await page.reload();
  await section.getByText('my script', { exact: true }).waitFor();
  assert.ok(!(await page.content()).includes(token), 'the token is not shown again');
  await section.getByRole('button', { name: 'Revoke token "my script"' }).click();
  await section.getByRole('status').filter({ hasText: 'Token "my script" revoked' }).waitFor();
  await section.getByText('No API tokens.').waitFor();
  assert.equal(await bearer(token, '/today'), 401, 'a revoked token is refused');
}

async function password(page, email, w) {
  // A token made before the change is revoked by it, and the list says so.
  const script = (await api(page, 'POST', '/tokens', { name: 'before the change' })).body.token;
  await page.reload();
  await sectionOf(page, 'API tokens').getByText('before the change', { exact: true }).waitFor();
  const section = sectionOf(page, 'Password');
  const current = section.getByLabel('Current password');
  await current.fill('not my password');
  await section.getByLabel('New password').fill(NEW_PASSWORD);
  await section.getByRole('button', { name: 'Change password' }).click();
  const alert = section.getByRole('alert');
  await alert.filter({ hasText: 'the current password is wrong' }).waitFor();
  assert.equal(await current.getAttribute('aria-invalid'), 'true', 'the current password is marked');
  const alertId = await alert.getAttribute('id');
  assert.ok((await current.getAttribute('aria-describedby') ?? '').split(' ').includes(alertId),
    'the field is described by the message');
  await section.screenshot({ path: path.join(shotDir, `settings-${w}-wrong-password.png`) });
  await current.fill('');
  await current.pressSequentially(PASSWORD);
  assert.equal(await page.locator(`#${alertId}`).textContent(), '', 'the message clears on the next edit');
  assert.equal(await current.getAttribute('aria-invalid'), null, 'and the field is no longer marked');
  await section.getByRole('button', { name: 'Change password' }).click();
  await section.getByRole('status').filter({ hasText: 'Password changed.' }).waitFor();
  assert.equal(await current.inputValue(), '', 'the form is emptied');
  await sectionOf(page, 'API tokens').getByText('No API tokens.').waitFor();
  assert.equal(await bearer(script, '/today'), 401, 'the password change revoked the token');
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Create your Platewise account' }).waitFor();
  await logIn(page, email, PASSWORD);
  await page.getByRole('alert').filter({ hasText: 'wrong email or password' }).waitFor();
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.goto(base + '/#/settings');
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
}

async function exportJson(page, email) {
  const section = sectionOf(page, 'Export');
  const [download] = await Promise.all([page.waitForEvent('download'),
    section.getByRole('link', { name: 'Download all my data (JSON)' }).click()]);
  assert.equal(download.suggestedFilename(), 'platewise-export.json');
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(data.account.email, email, 'the export is this account');
  assert.equal(data.profile.time_zone, 'Pacific/Auckland');
  const [csv] = await Promise.all([page.waitForEvent('download'),
    section.getByRole('link', { name: 'Weigh-ins (CSV)' }).click()]);
  assert.equal(csv.suggestedFilename(), 'weights.csv');
  assert.match(readFileSync(await csv.path(), 'utf8'), /^id,date,weight_kg/);
}

async function deleteAccount(page, email, w) {
  const section = sectionOf(page, 'Delete account');
  const confirm = section.getByLabel('Type your email to confirm');
  await confirm.fill('someone-else@example.org');
  await section.getByLabel('Your password').fill(NEW_PASSWORD);
  await section.getByRole('button', { name: 'Delete my account' }).click();
  await section.getByRole('alert').filter({ hasText: `Type your email, ${email}, to confirm.` }).waitFor();
  assert.equal(await confirm.getAttribute('aria-invalid'), 'true');
  await confirm.fill(email);
  assert.equal(await confirm.getAttribute('aria-invalid'), null, 'the mark clears on the next edit');
  await section.getByLabel('Your password').fill('not my password');
  await section.getByRole('button', { name: 'Delete my account' }).click();
  await section.getByRole('alert').filter({ hasText: 'the password is wrong' }).waitFor();
  await section.screenshot({ path: path.join(shotDir, `settings-${w}-delete-refused.png`) });
  await section.getByLabel('Your password').fill(NEW_PASSWORD);
  await section.getByRole('button', { name: 'Delete my account' }).click();
  await page.getByRole('heading', { name: 'Create your Platewise account' }).waitFor();
  await logIn(page, email, NEW_PASSWORD);
  await page.getByRole('alert').filter({ hasText: 'wrong email or password' }).waitFor();
  assert.equal(await logInOverHttp(email, NEW_PASSWORD), 401, 'the old login fails from a script too');
}

async function settingsAt(w) {
  const email = `settings-${w}@example.org`;
  const { page, context } = await person(email, w);
  for (const name of ['Goal and body', 'Time zone and units', 'Password', 'API tokens', 'Export', 'Delete account']) {
    await page.getByRole('heading', { name, level: 2 }).waitFor();
  }
  await everyControlNamed(page);
  await fitsWidth(page, `Settings at ${w} px`);
  await shot(page, `${w}`);
  await point(`${w} px: the time zone and units are saved, kept after reload and after saving the goal`, () => timeZoneAndUnits(page, w));
  await point(`${w} px: a token is shown once, copied, works with Authorization: Bearer, and is refused once revoked`, () => tokens(page, w));
  await point(`${w} px: a wrong current password shows the server's message, cleared on the next edit; the change revokes the tokens and the new password logs in`, () => password(page, email, w));
  await point(`${w} px: the export downloads this account's JSON (and a table as CSV)`, () => exportJson(page, email));
  await point(`${w} px: deleting needs the email typed and the password; then the sign-in form, and the old login fails`, () => deleteAccount(page, email, w));
  await context.close();
}

async function main() {
  base = await startServer();
  contract = await servedContract(base, webPackage);
  browser = await launchChromium(chromium);
  await settingsAt(375);
  await settingsAt(1280);
  await Promise.all(pending.splice(0));
  assert.deepEqual(mismatches, [], `responses that do not match docs/openapi.yaml:\n${mismatches.join('\n')}`);
  step('every API response matched docs/openapi.yaml');
  assert.deepEqual(failed, [], `points that failed: ${failed.join('; ')}`);
}

try {
  await main();
  console.log(`${passed} passed, 0 failed`);
} catch (e) {
  console.error(e);
  await lastPage?.screenshot({ path: path.join(shotDir, 'settings-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
