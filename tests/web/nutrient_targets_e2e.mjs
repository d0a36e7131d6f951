// Issue 16's editable nutrient targets ("a doctor's advice overrides the DRI,
// marked as such") on the Nutrients screen in a real browser, at phone
// (375 px) and desktop (1280 px) width, each with a person of its own (a
// woman of 36: women 31-50, magnesium RDA 320 mg, UL 350 mg from
// supplements) who logged a full day with about 436 mg of magnesium: the
// "Nutrient targets" section lists magnesium at the DRI's 320 mg and the
// report reads it adequate; an amount of -5 and an own 500 mg (over the UL)
// are refused with the server's message in a role=alert, cleared on the next
// edit; 500 mg advised by a doctor is taken, the report's magnesium row then
// shows 500 mg, "doctor's target" and "Possibly too low", the targets row the
// DRI beside it and the UL warning; "Reset to DRI" brings back 320 mg and
// "Adequate". The real `platewise serve` on a free port with a temporary
// SQLite file, driven through Debian's Chromium by playwright-core;
// screenshots go to SCREENSHOT_DIR as targets-*.png. Every API response is
// checked against the served document, as web_e2e does.
// Usage: node nutrient_targets_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { launchChromium, pageApi, servedContract, startServe, watchResponses } from './browser_world.mjs';

const [binary, dataDir, webDir, webPackage, shotDir] = process.argv.slice(2);
const require = createRequire(path.resolve(webPackage, 'package.json'));
const { chromium } = require('playwright-core');

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-targets-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];
const failed = [];
let pageErrors = [];

const PASSWORD = 'correct horse battery';
const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };
// A fully logged day (3 meals, every energy known), so a shortfall is judged,
// not "partial": spinach, rice and chicken.
const DAY = [['lunch', '11457', 500], ['breakfast', '20045', 100], ['dinner', '05064', 100]];

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

async function logIn(page, email, password) {
  await page.getByRole('button', { name: 'I already have an account: log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function person(email, width) {
  const made = spawnSync(binary, ['users', 'add', email, '--password-stdin', '--db', dbFile], { input: `${PASSWORD}\n` });
  assert.equal(made.status, 0, String(made.stderr));
  const phone = width < 720;
  const context = await browser.newContext(phone
    ? { viewport: { width, height: 812 }, isMobile: true, hasTouch: true }
    : { viewport: { width, height: 900 } });
  watchResponses(context, () => contract, pending, mismatches);
  const page = await context.newPage();
  lastPage = page;
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => { pageErrors.push(e); });
  await page.goto(base + '/');
  await logIn(page, email, PASSWORD);
  await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
  assert.equal((await pageApi(page, 'PUT', '/profile', PROFILE)).status, 200);
  const today = (await pageApi(page, 'GET', '/today')).body.date;
  return { context, page, today };
}

// The day's magnesium from the API's food data (per 100 g times grams).
async function logDay(page, today) {
  let mg = 0;
  for (const [meal, foodId, grams] of DAY) {
    const r = await pageApi(page, 'POST', `/diary/${today}/entries`, { meal, food_id: foodId, grams });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const food = (await pageApi(page, 'GET', `/foods/${foodId}`)).body;
    mg += food.nutrients.find((n) => n.key === 'magnesium').per_100g * grams / 100;
  }
  return mg;
}

async function openNutrients(page) {
  await page.goto(base + '/#/nutrients');
  await page.reload();
  await page.getByRole('heading', { name: 'Nutrients', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Nutrient targets' }).waitFor();
}

const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `targets-${name}.png`), fullPage: true });
const fmt = (n, digits) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const targets = (page) => page.getByRole('region', { name: 'Nutrient targets' });
const text = async (loc) => (await loc.textContent()).replace(/\s+/g, ' ').trim();
// The report's magnesium row (the "Today" region) and the targets' one.
const reportRow = (page) => page.getByRole('region', { name: 'Today' }).getByRole('group', { name: 'Magnesium', exact: true });
const targetRow = (page) => targets(page).getByRole('group', { name: 'Magnesium', exact: true });

// The list of targets, opened if it starts closed (on a phone).
async function openList(page) {
  const details = targets(page).locator('details.targets-list');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  await targetRow(page).waitFor();
}

async function fitsWidth(page, what) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `${what}: the page is ${scroll} px wide at ${width} px`);
}

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
    await lastPage?.screenshot({ path: path.join(shotDir, `targets-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

async function theDriFirst(page, mg, w) {
  await openNutrients(page);
  await openList(page);
  const row = await text(targetRow(page));
  assert.match(row, /320 mg a day/, `the DRI's 320 mg: "${row}"`);
  assert.match(row, /DRI/, row);
  const report = reportRow(page);
  assert.equal(await text(report.locator('.value')), `${fmt(mg, 1)} / 320 mg`);
  assert.equal(await text(report.locator('.status')), 'Adequate');
  assert.equal(await report.locator('.target-mark').count(), 0, 'no mark on a DRI target');
  await fitsWidth(page, `the targets at ${w} px`);
  return `${w} px: magnesium's target is the DRI's 320 mg; ${fmt(mg, 1)} mg reads "Adequate"`;
}

async function refused(page, w) {
  const row = targetRow(page);
  await row.getByRole('button', { name: 'Edit Magnesium target' }).click();
  const form = row.getByRole('form', { name: 'Magnesium target' });
  const amount = form.getByLabel('Daily target (mg)');
  await amount.fill('-5');
  await form.getByRole('button', { name: 'Save target' }).click();
  // The message element (role alert; hidden while empty, so found by class to see it cleared).
  const alert = form.locator('p.error[role="alert"]');
  await form.getByRole('alert').filter({ hasText: 'more than 0 mg' }).waitFor();
  assert.equal(await amount.getAttribute('aria-invalid'), 'true');
  await shot(page, `${w}-refused`);
  const negative = await text(alert);
  await amount.fill('50');
  assert.equal(await text(alert), '', 'the message is cleared on the next edit');
  assert.equal(await amount.getAttribute('aria-invalid'), null);
  // 500 mg of the person's own: over the UL, only a doctor may set it.
  await amount.fill('500');
  await form.getByRole('button', { name: 'Save target' }).click();
  await form.getByRole('alert').filter({ hasText: "only a doctor's advice" }).waitFor();
  const own = await text(alert);
  const stored = (await pageApi(page, 'GET', '/nutrients/targets')).body.targets.find((t) => t.key === 'magnesium');
  assert.equal(stored.source, 'dri', 'nothing was stored');
  return `${w} px: -5 refused ("${negative}"), an own 500 mg refused ("${own}"), each in a role=alert`;
}

async function doctors(page, mg, w) {
  const form = targetRow(page).getByRole('form', { name: 'Magnesium target' });
  await form.getByLabel('Advised by my doctor').check();
  assert.equal(await text(form.locator('p.error[role="alert"]')), '', 'ticking the box is an edit: the message goes');
  await form.getByRole('button', { name: 'Save target' }).click();
  await page.getByRole('region', { name: 'Today' }).locator('[aria-label="Magnesium"] .target-mark').waitFor();
  await openList(page);
  const report = reportRow(page);
  assert.equal(await text(report.locator('.value')), `${fmt(mg, 1)} / 500 mg`);
  assert.equal(await text(report.locator('.target-mark')), "doctor's target");
  assert.equal(await text(report.locator('.status')), 'Possibly too low', `${fmt(mg, 1)} mg is short of 500 mg`);
  const row = await text(targetRow(page));
  assert.match(row, /500 mg a day/, row);
  assert.match(row, /doctor's target/, row);
  assert.match(row, /DRI: 320 mg/, row);
  assert.match(row, /Above the upper limit \(UL\) of 350 mg from supplements/, row);
  await targetRow(page).scrollIntoViewIfNeeded();
  await shot(page, `${w}-doctor`);
  await report.screenshot({ path: path.join(shotDir, `targets-${w}-doctor-row.png`) });
  await fitsWidth(page, `a doctor's target at ${w} px`);
  return `${w} px: a doctor's 500 mg: the report row reads "${fmt(mg, 1)} / 500 mg", "doctor's target", "Possibly too low"; the UL warning shows`;
}

async function reset(page, mg, w) {
  await targetRow(page).getByRole('button', { name: 'Reset Magnesium target to DRI' }).click();
  await page.waitForFunction(() => !document.querySelector('section.report [aria-label="Magnesium"] .target-mark'));
  await openList(page);
  const row = await text(targetRow(page));
  assert.match(row, /320 mg a day/, row);
  assert.doesNotMatch(row, /doctor/, row);
  assert.equal(await text(reportRow(page).locator('.value')), `${fmt(mg, 1)} / 320 mg`);
  assert.equal(await text(reportRow(page).locator('.status')), 'Adequate');
  await shot(page, `${w}-reset`);
  return `${w} px: "Reset to DRI" brings back 320 mg and "Adequate"`;
}

async function targetsAt(w) {
  const { page, context, today } = await person(`targets-${w}@example.org`, w);
  const mg = await logDay(page, today);
  await point(`${w} px: the DRI's target first`, () => theDriFirst(page, mg, w));
  await point(`${w} px: bad amounts are refused with the server's message`, () => refused(page, w));
  await point(`${w} px: a doctor's target`, () => doctors(page, mg, w));
  await point(`${w} px: reset to the DRI`, () => reset(page, mg, w));
  await context.close();
}

async function main() {
  const started = await startServe(binary, { dbFile, dataDir, webDir });
  server = started.server;
  base = started.base;
  contract = await servedContract(base, webPackage);
  browser = await launchChromium(chromium);
  await targetsAt(375);
  await targetsAt(1280);
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'targets-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
