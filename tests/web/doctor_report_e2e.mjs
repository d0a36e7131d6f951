// Issue 16's supplements on screen and its "Report for your doctor", in a real
// browser at phone (375 px) and desktop (1280 px) width, each with a person
// of their own. The Supplements screen (from the navigation): a refused
// product shows the server's message in an alert; a product with magnesium
// is added; a dose logged for today in one tap; a second tap puts today's
// supplement magnesium (400 mg) over its 350 mg UL, said "above the UL with
// supplements" with the amounts; a product deleted. Then three days of food
// (the first partly logged) and two weigh-ins by the API, and the report for
// those three days: magnesium's mean from food equal to the mean computed
// here from the API's food data, its supplements apart, the days below the
// EAR (a partly logged one marked) and above the UL, the supplement listed
// apart from food, the weight trend (first, last, change, rate), the
// targets' source, and "not a diagnosis"; the print rendering
// (emulateMedia print, and a PDF) without the header, the navigation and the
// buttons. The real `platewise serve` on a free port with a temporary SQLite
// file; screenshots go to SCREENSHOT_DIR as doctor-report-*.png and
// supplements-*.png. Every API response is checked against the served
// document, as web_e2e does.
// Usage: node doctor_report_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { launchChromium, pageApi, servedContract, startServe, watchResponses } from './browser_world.mjs';

const [binary, dataDir, webDir, webPackage, shotDir] = process.argv.slice(2);
const require = createRequire(path.resolve(webPackage, 'package.json'));
const { chromium } = require('playwright-core');

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-doctor-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];
const failed = [];
let pageErrors = [];

const PASSWORD = 'correct horse battery';
// A woman of 36: women 31-50, magnesium EAR 265 mg, RDA 320 mg, UL 350 mg (supplements only).
const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167, weight_kg: 60, activity: 'light',
  weekly_goal_lb: -1, units: 'metric', time_zone: 'UTC' };
const RICE = '20045';
const CHICKEN = '05064';

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

const api = (page, method, url, body) => pageApi(page, method, url, body);
const fmt = (n, digits) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

async function logIn(page, email, password) {
  await page.getByRole('button', { name: 'I already have an account: log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

// An account made by `platewise users add` (sign-up is rate limited), with a
// profile, signed in on a page of the width given.
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
  assert.equal((await api(page, 'PUT', '/profile', PROFILE)).status, 200);
  const today = (await api(page, 'GET', '/today')).body.date;
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { context, page, today };
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
    await lastPage?.screenshot({ path: path.join(shotDir, `doctor-report-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

// The Supplements screen from the navigation: a refusal, a product, doses
// in one tap each, the UL check, a deletion.
async function supplementsScreen(page, w) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supplements' }).click();
  await page.getByRole('heading', { name: 'Supplements', level: 1 }).waitFor();
  const form = page.getByRole('form', { name: 'Add a supplement' });
  // No name: the server's refusal, in an alert, the field marked.
  await form.getByLabel('Amount per unit').fill('200');
  await form.getByRole('button', { name: 'Add supplement' }).click();
  const alert = form.getByRole('alert');
  await alert.filter({ hasText: /name/ }).waitFor();
  assert.match(await alert.textContent(), /a supplement needs a name/);
  assert.equal(await form.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'), 'true');

  await form.getByLabel('Name', { exact: true }).fill('Magnesium citrate');
  assert.equal(await form.getByLabel('Nutrient 1', { exact: true }).inputValue(), 'magnesium');
  await form.getByRole('button', { name: 'Add supplement' }).click();
  const item = page.getByRole('listitem', { name: 'Magnesium citrate' });
  await item.waitFor();
  assert.match(await item.textContent(), /per tablet: Magnesium 200 mg/);
  assert.match(await item.textContent(), /Not taken today/);
  const check = page.getByRole('region', { name: 'Upper limits today' });
  assert.match(await check.textContent(), /No supplement logged today/);

  // One tap: a tablet today; 200 mg is within the 350 mg UL.
  await item.getByRole('button', { name: 'Log 1 tablet of Magnesium citrate today' }).click();
  await page.getByRole('listitem', { name: 'Magnesium citrate' }).filter({ hasText: 'Today: 1 tablet' }).waitFor();
  assert.match(await page.getByRole('region', { name: 'Upper limits today' }).textContent(), /no nutrient is above its upper limit/);
  // A second: 400 mg from supplements, above the UL (supplements only).
  await page.getByRole('button', { name: 'Log 1 tablet of Magnesium citrate today' }).click();
  await page.getByRole('listitem', { name: 'Magnesium citrate' }).filter({ hasText: 'Today: 2 tablets' }).waitFor();
  const over = await page.getByRole('region', { name: 'Upper limits today' }).textContent();
  assert.match(over, /Magnesium: above the UL with supplements/);
  assert.match(over, /400 mg counted today \(400 mg from supplements\); the UL is 350 mg \(supplements only\)/);
  const doses = (await api(page, 'GET', '/supplement-doses')).body.doses;
  assert.equal(doses.length, 2, JSON.stringify(doses));

  // A second product, deleted (after the confirmation).
  const again = page.getByRole('form', { name: 'Add a supplement' });
  await again.getByLabel('Name', { exact: true }).fill('Zinc 15 mg');
  await again.getByLabel('Unit', { exact: true }).fill('capsule');
  await again.getByLabel('Nutrient 1', { exact: true }).selectOption('zinc');
  await again.getByLabel('Amount per unit').fill('15');
  await again.getByRole('button', { name: 'Add supplement' }).click();
  await page.getByRole('listitem', { name: 'Zinc 15 mg' }).waitFor();
  await fitsWidth(page, `the Supplements screen at ${w} px`);
  await page.screenshot({ path: path.join(shotDir, `supplements-${w}.png`), fullPage: true });
  page.once('dialog', (d) => { void d.accept(); });
  await page.getByRole('button', { name: 'Delete Zinc 15 mg' }).click();
  await page.getByRole('listitem', { name: 'Zinc 15 mg' }).waitFor({ state: 'detached' });
  const left = (await api(page, 'GET', '/supplements')).body.supplements.map((s) => s.name);
  assert.deepEqual(left, ['Magnesium citrate']);
  return `${w} px: a refusal in an alert, a product added, a dose in one tap, "above the UL with supplements" at 400 mg, a product deleted`;
}

// Three days of food by the API, the first partly logged (breakfast only),
// and a weigh-in on the first and the last. Returns the days and magnesium's
// mean from food over them, computed from the API's food data.
async function threeDays(page, today) {
  const day = (n) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86400000).toISOString().slice(0, 10);
  const days = [day(2), day(1), day(0)];
  const per100g = async (id) => (await api(page, 'GET', `/foods/${id}`)).body.nutrients.find((n) => n.key === 'magnesium').per_100g;
  const rice = await per100g(RICE);
  const chicken = await per100g(CHICKEN);
  const log = async (date, meal, food, grams) => {
    const r = await api(page, 'POST', `/diary/${date}/entries`, { meal, food_id: food, grams });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  };
  await log(days[0], 'breakfast', RICE, 200);
  for (const d of days.slice(1)) {
    await log(d, 'breakfast', RICE, 200);
    await log(d, 'lunch', CHICKEN, 160);
    await log(d, 'dinner', RICE, 100);
  }
  const food = [2 * rice, 2 * rice + 1.6 * chicken + rice, 2 * rice + 1.6 * chicken + rice];
  assert.equal((await api(page, 'POST', '/weights', { date: days[0], weight_kg: 60 })).status, 201);
  assert.equal((await api(page, 'POST', '/weights', { date: days[2], weight_kg: 59.6 })).status, 201);
  return { days, food, mean: (food[0] + food[1] + food[2]) / 3 };
}

async function report(page, today, w) {
  const { days, food, mean } = await threeDays(page, today);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Doctor\'s report' }).click();
  const region = page.getByRole('region', { name: 'Report for your doctor' });
  await region.waitFor();
  const period = page.getByRole('form', { name: 'Report period' });
  await period.getByLabel('From').fill(days[0]);
  await period.getByLabel('To').fill(days[2]);
  await period.getByRole('button', { name: 'Show report' }).click();
  await page.locator('.period-line', { hasText: '3 days logged' }).waitFor();

  const mg = page.locator('tr[data-key="magnesium"]');
  const cell = async (col) => (await mg.locator(`td[data-col="${col}"]`).textContent()).trim();
  assert.equal(await cell(1), `${fmt(mean, 0)} mg`, `food mean: ${food.map((f) => fmt(f, 1)).join(', ')}`);
  assert.equal(await cell(2), `${fmt(400 / 3, 0)} mg`);
  assert.match(await cell(3), /^320 mg RDA \[1\]$/);
  assert.equal(await cell(4), '265 mg');
  assert.equal(await cell(5), '350 mg (supplements only)');
  // Below the EAR: the first day (partly logged) and the second; the third has 400 mg more.
  assert.ok(food[0] < 265 && food[1] < 265 && food[2] + 400 > 265, `food ${food}`);
  assert.equal(await cell(6), '2 of 3 (1 partly logged)');
  assert.equal(await cell(7), '1 of 3');
  const partial = await region.locator('.partly-logged').textContent();
  assert.match(partial, /Partly logged \(not every meal logged\)/);

  const served = (await api(page, 'GET', `/reports/doctor?from=${days[0]}&to=${days[2]}`)).body;
  const line = served.report.nutrients.find((n) => n.key === 'magnesium');
  assert.ok(Math.abs(line.mean_food - mean) < 1e-9, `the API's food mean ${line.mean_food}, the foods' ${mean}`);
  const sources = await region.locator('ol.sources').textContent();
  assert.match(sources, /Food and Nutrition Board, National Academies/);

  const taken = region.getByRole('region', { name: 'Supplements taken' });
  const item = await taken.getByRole('listitem', { name: 'Magnesium citrate' }).textContent();
  assert.match(item, /per tablet: Magnesium 200 mg\): 2 tablets in 2 doses, on 1 of 3 logged days/);

  const weight = region.getByRole('region', { name: 'Weight' });
  const wt = await weight.textContent();
  assert.match(wt, /First weigh-in60 kg on /);
  assert.match(wt, /Last weigh-in59.6 kg on /);
  assert.equal((await weight.locator('dd.change').textContent()).trim(), '−0.4 kg');
  assert.equal((await weight.locator('dd.rate').textContent()).trim(), '−1.4 kg a week');

  const note = await region.getByRole('region', { name: 'Not a diagnosis' }).textContent();
  assert.match(note, /This is not a diagnosis/);
  assert.match(note, /talk to your doctor/);
  await fitsWidth(page, `the report at ${w} px`);
  await page.screenshot({ path: path.join(shotDir, `doctor-report-${w}.png`), fullPage: true });
  return `${w} px: magnesium from food ${fmt(mean, 1)} mg (the API foods' mean), 133 mg from supplements apart, ` +
    'below the EAR 2 of 3 (1 partly logged), above the UL 1 of 3, the supplement, the weight trend, not a diagnosis';
}

// The print rendering: the report without the header, navigation, period
// form and buttons; the table's header row shown (on a phone it is hidden on
// screen); a PDF of it.
async function printed(page, w) {
  await page.emulateMedia({ media: 'print' });
  try {
    assert.ok(await page.getByRole('region', { name: 'Report for your doctor' }).isVisible());
    assert.ok(await page.locator('header.top').isHidden(), 'the header is hidden in print');
    assert.ok(await page.locator('nav').isHidden(), 'the navigation is hidden in print');
    assert.ok(await page.locator('form.period').isHidden(), 'the period form is hidden in print');
    assert.equal(await page.locator('button:visible').count(), 0, 'no button in print');
    assert.ok(await page.locator('.doctor-table thead th').first().isVisible(), 'the column heads print');
    await page.screenshot({ path: path.join(shotDir, `doctor-report-${w}-print.png`), fullPage: true });
    const pdf = path.join(shotDir, `doctor-report-${w}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    assert.ok(statSync(pdf).size > 10000, 'a PDF of the report');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  return `${w} px: printed without the header, navigation and buttons (A4 PDF written)`;
}

async function at(w) {
  const { page, context, today } = await person(`doctor-${w}@example.org`, w);
  await point(`${w} px: the Supplements screen`, () => supplementsScreen(page, w));
  await point(`${w} px: the report for the doctor over 3 days`, () => report(page, today, w));
  await point(`${w} px: the report printed`, () => printed(page, w));
  await context.close();
}

async function main() {
  const started = await startServe(binary, { dbFile, dataDir, webDir });
  server = started.server;
  base = started.base;
  contract = await servedContract(base, webPackage);
  browser = await launchChromium(chromium);
  await at(375);
  await at(1280);
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'doctor-report-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
