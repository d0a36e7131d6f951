// Issue 16's "saved meals (a named group of entries, added in one tap)" and
// "several recent foods can be added at once", in a real browser: the real
// `platewise serve` on a free port with a temporary SQLite file, driven
// through Debian's Chromium by playwright-core at phone (375 px) and desktop
// (1280 px) width. Lunch is saved as a meal, added to tomorrow's dinner in one
// tap (the day's total moves by exactly the meal's kcal, from the API), undone
// from the status line; three recent foods are ticked and added at once with
// their last amounts; a duplicate name is refused on its field; a saved meal
// is renamed and deleted. Screenshots go to SCREENSHOT_DIR as
// saved-meals-*.png. Every API response is checked against the served
// document, as web_e2e does.
// Usage: node saved_meals_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-saved-meals-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];
const failed = [];
let pageErrors = [];

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

const api = (page, method, url, body) => pageApi(page, method, url, body);

const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };

// What lunch is made of: three foods of the bundled data, each as a person
// would give its amount.
const LUNCH = [
  { food_id: '11457', amount: 2, portion: 'cup' },
  { food_id: '12061', amount: 1, portion: 'oz' },
  { food_id: '01123', grams: 100 },
];

// A new account with a profile, signed in on a page of the width given, at Today.
async function person(email, width) {
  const made = spawnSync(binary, ['users', 'add', email, '--password-stdin', '--db', dbFile],
    { input: 'correct horse battery\n' });
  assert.equal(made.status, 0, String(made.stderr));
  const context = await browser.newContext(width < 720
    ? { viewport: { width, height: 812 }, isMobile: true, hasTouch: true }
    : { viewport: { width, height: 900 } });
  watchResponses(context, () => contract, pending, mismatches);
  const page = await context.newPage();
  lastPage = page;
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => { pageErrors.push(e); });
  await page.goto(base + '/');
  await page.getByRole('button', { name: 'I already have an account: log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
  assert.equal((await api(page, 'PUT', '/profile', PROFILE)).status, 200);
  const today = (await api(page, 'GET', '/today')).body.date;
  for (const e of LUNCH) assert.equal((await api(page, 'POST', `/diary/${today}/entries`, { meal: 'lunch', ...e })).status, 201);
  await page.goto(base + '/#/today');
  await page.reload();
  await page.getByRole('region', { name: 'Lunch' }).waitFor();
  return { context, page, today };
}

const shot = (target, name) => target.screenshot({ path: path.join(shotDir, `saved-meals-${name}.png`) });

async function point(name, run) {
  pageErrors = [];
  try {
    await run();
    if (pageErrors.length) throw pageErrors[0];
    step(name);
  } catch (e) {
    failed.push(name);
    console.log(`not ok - ${name}`);
    console.error(e);
    const safe = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
    await lastPage?.screenshot({ path: path.join(shotDir, `saved-meals-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

// No sideways scrolling at this width, of the page or of the open dialogs.
async function fitsWidth(page, what) {
  const wide = await page.evaluate(() => {
    const out = [];
    if (document.documentElement.scrollWidth > innerWidth) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const d of document.querySelectorAll('dialog[open]')) {
      if (d.scrollWidth > d.clientWidth) out.push(`a dialog is ${d.scrollWidth} px wide in ${d.clientWidth} px`);
    }
    return out;
  });
  assert.deepEqual(wide, [], `${what} at ${await page.evaluate(() => innerWidth)} px`);
}

const statusLine = (page) => page.locator('.status-line');
const kcalText = (n) => `${Math.round(n).toLocaleString('en-US')} kcal`;

async function saveLunch(page, w, today) {
  const lunch = page.getByRole('region', { name: 'Lunch' });
  await lunch.getByRole('button', { name: 'Save Lunch as a meal' }).click();
  const form = page.getByRole('form', { name: 'Save Lunch as a meal' });
  await form.getByLabel('Name of the saved meal').fill('Work lunch');
  await form.getByRole('button', { name: 'Save' }).click();
  await statusLine(page).getByText('Saved Lunch as the meal "Work lunch" (3 foods').waitFor();
  const saved = (await api(page, 'GET', '/saved-meals')).body.saved_meals;
  assert.equal(saved.length, 1);
  const day = (await api(page, 'GET', `/diary/${today}`)).body;
  const lunchKcal = day.meals.lunch.reduce((s, l) => s + l.energy_kcal, 0);
  assert.ok(Math.abs(saved[0].energy_kcal - lunchKcal) < 1e-9, 'the saved meal has lunch\'s kcal');
  const region = page.getByRole('region', { name: 'Saved meals' });
  await region.getByText('Work lunch', { exact: true }).waitFor();
  await region.getByText(`3 foods, ${kcalText(saved[0].energy_kcal)}`).waitFor();
  await fitsWidth(page, 'Today with a saved meal');
  await shot(region, `${w}-region`);
}

async function duplicateRefused(page, w) {
  const lunch = page.getByRole('region', { name: 'Lunch' });
  await lunch.getByRole('button', { name: 'Save Lunch as a meal' }).click();
  const form = page.getByRole('form', { name: 'Save Lunch as a meal' });
  const name = form.getByLabel('Name of the saved meal');
  await name.fill('work LUNCH');
  await form.getByRole('button', { name: 'Save' }).click();
  const alert = form.getByRole('alert');
  await alert.getByText('You already have a saved meal named "Work lunch": choose another name.').waitFor();
  assert.equal(await name.getAttribute('aria-invalid'), 'true', 'the name field is marked');
  await fitsWidth(page, 'the refused name');
  await shot(lunch, `${w}-duplicate-refused`);
  await form.getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await api(page, 'GET', '/saved-meals')).body.saved_meals.length, 1, 'nothing more was saved');
}

async function addToTomorrowsDinner(page, w, today) {
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Today' }).waitFor();
  const tomorrow = (() => { const [y, m, d] = today.split('-').map(Number); const t = new Date(Date.UTC(y, m - 1, d + 1)); return t.toISOString().slice(0, 10); })();
  const before = (await api(page, 'GET', `/diary/${tomorrow}`)).body;
  const saved = (await api(page, 'GET', '/saved-meals')).body.saved_meals[0];
  const region = page.getByRole('region', { name: 'Saved meals' });
  await region.getByLabel('Add to').selectOption('dinner');
  await region.getByRole('button', { name: 'Add Work lunch to Dinner' }).click();  // the one tap
  await statusLine(page).getByText('Added "Work lunch" to Dinner:').waitFor();
  const after = (await api(page, 'GET', `/diary/${tomorrow}`)).body;
  assert.equal(after.meals.dinner.length, 3, 'three entries in dinner');
  const moved = (after.totals.energy_kcal ?? 0) - (before.totals.energy_kcal ?? 0);
  assert.ok(Math.abs(moved - saved.energy_kcal) < 1e-9, `the day's total moved by the meal's ${saved.energy_kcal} kcal, not ${moved}`);
  const dinner = page.getByRole('region', { name: 'Dinner' });
  await dinner.locator('.meal-head .kcal').getByText(kcalText(saved.energy_kcal)).waitFor();
  assert.deepEqual(after.meals.dinner.map((l) => l.amount), saved.items.map((i) => i.amount), 'each with its saved amount');
  await fitsWidth(page, 'the saved meal added');
  await shot(page, `${w}-added`);

  await statusLine(page).getByRole('button', { name: 'Undo' }).click();
  await statusLine(page).getByText('Undone: "Work lunch" was removed from Dinner.').waitFor();
  await page.getByRole('region', { name: 'Dinner' }).getByText('Nothing logged yet.').waitFor();
  const undone = (await api(page, 'GET', `/diary/${tomorrow}`)).body;
  assert.equal(undone.meals.dinner.length, 0);
  assert.equal(undone.totals.energy_kcal, before.totals.energy_kcal, 'the total is back');
  return tomorrow;
}

async function threeRecentAtOnce(page, w, today, tomorrow) {
  const lunch = (await api(page, 'GET', `/diary/${today}`)).body.meals.lunch;
  await page.getByRole('region', { name: 'Breakfast' }).getByRole('button', { name: 'Add food to Breakfast' }).click();
  const picker = page.getByRole('dialog', { name: 'Add food to Breakfast' });
  for (const l of lunch) await picker.getByRole('checkbox', { name: `Select ${l.name}` }).check();
  const add = picker.getByRole('button', { name: 'Add 3 foods to Breakfast' });
  assert.equal((await add.textContent()).trim(), 'Add 3 foods');
  await fitsWidth(page, 'the picker with three foods ticked');
  await shot(picker, `${w}-three-ticked`);
  await add.click();
  await picker.waitFor({ state: 'detached' });
  await statusLine(page).getByText('Added 3 foods to Breakfast:').waitFor();
  const day = (await api(page, 'GET', `/diary/${tomorrow}`)).body;
  assert.equal(day.meals.breakfast.length, 3);
  const byFood = (lines) => Object.fromEntries(lines.map((l) => [l.food_id, [l.grams, l.amount]]));
  assert.deepEqual(byFood(day.meals.breakfast), byFood(lunch), 'each with its last-used amount');
  await shot(page, `${w}-three-added`);
}

async function renameAndDelete(page, w) {
  const region = page.getByRole('region', { name: 'Saved meals' });
  await region.getByRole('button', { name: 'Rename Work lunch' }).click();
  await region.getByLabel('New name for Work lunch').fill('Office lunch');
  await region.getByRole('button', { name: 'Save' }).click();
  await statusLine(page).getByText('Renamed "Work lunch" to "Office lunch".').waitFor();
  await region.getByText('Office lunch', { exact: true }).waitFor();
  await region.getByRole('button', { name: 'Delete Office lunch' }).click();
  await statusLine(page).getByText('Deleted the saved meal "Office lunch"').waitFor();
  await region.getByText('No saved meals yet').waitFor();
  assert.equal((await api(page, 'GET', '/saved-meals')).body.saved_meals.length, 0);
  await shot(region, `${w}-empty`);
}

async function at(w) {
  const { page, context, today } = await person(`saved-${w}@example.org`, w);
  let tomorrow = null;
  await point(`${w} px: lunch is saved as the meal "Work lunch", listed under Saved meals with its kcal`, () => saveLunch(page, w, today));
  await point(`${w} px: a duplicate name (another case) is refused on the name field, nothing saved`, () => duplicateRefused(page, w));
  await point(`${w} px: one tap adds it to tomorrow's dinner, the total moves by exactly its kcal; Undo removes it`,
    async () => { tomorrow = await addToTomorrowsDinner(page, w, today); });
  await point(`${w} px: three recent foods ticked are added at once ("Add 3 foods"), each with its last amount`,
    () => threeRecentAtOnce(page, w, today, tomorrow));
  await point(`${w} px: a saved meal is renamed, then deleted`, () => renameAndDelete(page, w));
  await context.close();
}

async function main() {
  base = (await startServe(binary, { dbFile, dataDir, webDir }).then((s) => { server = s.server; return s; })).base;
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'saved-meals-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
