// Issue 16's Nutrients screen in a real browser, at phone (375 px) and
// desktop (1280 px) width, each with a person of its own: the groups
// (General, Vitamins, Minerals, Lipids) with their rows, "1 logged day" and a
// partly logged day marked partial (not "too low"), sodium over its 2,300 mg
// upper limit flagged, a from-to report over past days with its day count and
// mean (computed here from the API's food data), "Foods rich in magnesium"
// richest first, and a bound on the phone page's height. The real
// `platewise serve` on a free port with a temporary SQLite file, driven
// through Debian's Chromium by playwright-core; screenshots go to
// SCREENSHOT_DIR as nutrients-*.png. Every API response is checked against
// the served document, as web_e2e does.
// Usage: node nutrients_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-nutrients-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];
const failed = [];
let pageErrors = [];

const PASSWORD = 'correct horse battery';
// A woman of 36: women 31-50, whose sodium CDRR is 2,300 mg and magnesium RDA 320 mg.
const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };
const RICE = '20045';
const CHICKEN = '05064';
const SALT = '02047';
const ALMONDS = '12061';

// The phone page's height bound: the issue measured about 3,800 px for the
// old screen (two full reports one above the other); the bound is most of a
// phone screen (700 of 812 px) shorter. With a new user's day almost every
// group has a shortfall and stays open: 29 rows of about 40 px, the four
// group headings, the header and the period form (about 1,600 px together),
// the shortfall notes closed to one line and three suggestions (about 600 px)
// measure about 2,950 px; a second report, or the notes open (about 400 px
// more), would not fit. That groups with nothing to look at start closed is
// checked apart (aria-expanded).
const PHONE_HEIGHT_BOUND = 3100;

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

function api(page, method, url, body) {
  return pageApi(page, method, url, body);
}

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
  return { context, page, today };
}

async function logFood(page, date, meal, foodId, grams) {
  const r = await api(page, 'POST', `/diary/${date}/entries`, { meal, food_id: foodId, grams });
  assert.equal(r.status, 201, JSON.stringify(r.body));
}

// A food's amount of a nutrient per 100 g, from the API (GET /foods/{id}).
async function per100g(page, foodId, key) {
  const food = (await api(page, 'GET', `/foods/${foodId}`)).body;
  const n = food.nutrients.find((x) => x.key === key);
  assert.ok(n && n.per_100g !== null, `${foodId} has ${key}`);
  return n.per_100g;
}

// The Nutrients screen, drawn to its suggestions (they arrive last).
async function openNutrients(page) {
  await page.goto(base + '/#/nutrients');
  await page.reload();
  await page.getByRole('heading', { name: 'Nutrients', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Suggestions' }).waitFor();
}

const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `nutrients-${name}.png`), fullPage: true });
const rowOf = (region, name) => region.getByRole('group', { name, exact: true });
const statusOf = async (region, name) => (await rowOf(region, name).locator('.status').textContent()).trim();
const fmt = (n, digits) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

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
    await lastPage?.screenshot({ path: path.join(shotDir, `nutrients-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

// Which group each report key belongs to (Cronometer's): the rows of each
// group region are exactly the report's lines of those keys.
const GROUPS = {
  General: ['protein', 'carbohydrate', 'fiber'],
  Vitamins: ['vitamin_a_rae', 'vitamin_c', 'vitamin_d', 'vitamin_e', 'vitamin_k', 'thiamin', 'riboflavin', 'niacin',
    'pantothenic_acid', 'vitamin_b6', 'folate', 'vitamin_b12', 'choline'],
  Minerals: ['calcium', 'iron', 'magnesium', 'phosphorus', 'potassium', 'sodium', 'zinc', 'copper', 'manganese',
    'selenium', 'fluoride'],
  Lipids: ['omega3', 'omega6'],
};

async function partialDay(page, today, w) {
  // One meal logged: a partly logged day (fewer than 3 meals).
  await logFood(page, today, 'lunch', RICE, 200);
  const report = (await api(page, 'GET', `/nutrients/report?from=${today}&to=${today}`)).body;
  assert.deepEqual(report.partly_logged_days, [today], 'the server lists today as partly logged');
  await openNutrients(page);
  const region = page.getByRole('region', { name: 'Today' });
  const days = (await region.locator('.report-days').textContent()).trim();
  assert.match(days, /^1 logged day, partial \(not every meal logged\)/, days);
  const mg = report.nutrients.find((n) => n.key === 'magnesium');
  assert.equal(mg.status, 'likely-inadequate', 'the server finds magnesium short');
  assert.equal(await statusOf(region, 'Magnesium'), 'Partial day');
  const text = await region.textContent();
  assert.doesNotMatch(text, /too low/, 'nothing reads "too low" on a partly logged day');
  await page.getByRole('heading', { name: 'Short so far' }).waitFor();
  await shot(page, `${w}-partial-day`);
  return `${w} px: one meal logged reads "${days.slice(0, 30)}..." and magnesium "Partial day", not "too low"`;
}

async function groups(page, w) {
  const report = (await api(page, 'GET', '/nutrients/report')).body;
  const region = page.getByRole('region', { name: 'Today' });
  const phone = w < 720;
  let rows = 0;
  for (const [group, keys] of Object.entries(GROUPS)) {
    const section = region.getByRole('region', { name: group, exact: true });
    const toggle = section.getByRole('button', { name: group, exact: true });
    // On a phone a group opens by hand when it starts closed.
    if (await toggle.getAttribute('aria-expanded') === 'false') {
      assert.ok(phone, `${group} starts open at ${w} px`);
      await toggle.click();
    }
    const expected = report.nutrients.filter((n) => keys.includes(n.key)).map((n) => n.name);
    assert.ok(expected.length > 0, `the report has ${group}`);
    const names = await section.getByRole('group').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    assert.deepEqual(names, expected, `${group}'s rows`);
    rows += names.length;
  }
  assert.equal(rows, report.nutrients.length, 'every line of the report is in a group');
  // Each group heading is a level-3 heading with its name.
  for (const group of Object.keys(GROUPS)) await region.getByRole('heading', { name: new RegExp(`^${group}`), level: 3 }).waitFor();
  return `${w} px: General, Vitamins, Minerals and Lipids hold the report's ${rows} rows, each in its group`;
}

async function saltyFullDay(page, today, w) {
  // Two more meals: a fully logged day; the breakfast salt takes sodium past
  // 2,300 mg (its grams from the API's sodium per 100 g).
  const sodiumPer100 = await per100g(page, SALT, 'sodium');
  const saltGrams = Math.ceil(2600 / sodiumPer100 * 100);
  await logFood(page, today, 'breakfast', SALT, saltGrams);
  await logFood(page, today, 'dinner', CHICKEN, 160);
  const report = (await api(page, 'GET', `/nutrients/report?from=${today}&to=${today}`)).body;
  assert.deepEqual(report.partly_logged_days, [], 'three meals: fully logged');
  const sodium = report.nutrients.find((n) => n.key === 'sodium');
  assert.ok(sodium.mean > 2300, `sodium ${sodium.mean} mg`);
  assert.equal(sodium.cdrr, 2300, 'the API gives sodium\'s CDRR');
  assert.equal(sodium.ul, null, 'sodium has no UL');
  assert.equal(sodium.status, 'above-cdrr');
  await openNutrients(page);
  const region = page.getByRole('region', { name: 'Today' });
  assert.equal((await region.locator('.report-days').textContent()).trim(), '1 logged day.');
  const said = await statusOf(region, 'Sodium');
  assert.equal(said, 'Above the upper limit (2,300 mg)');
  assert.ok(await rowOf(region, 'Sodium').isVisible(), 'the sodium row is shown without opening its group');
  assert.equal(await statusOf(region, 'Magnesium'), 'Likely too low', 'a fully logged day is judged');
  await page.getByRole('heading', { name: 'Shortfalls' }).waitFor();
  await rowOf(region, 'Sodium').screenshot({ path: path.join(shotDir, `nutrients-${w}-sodium-row.png`) });
  // The last 7 logged days of a new user: one day, said in the singular.
  await page.getByRole('button', { name: 'Last 7 logged days' }).click();
  const last = page.getByRole('region', { name: 'Your last logged day' });
  await last.waitFor();
  assert.equal((await last.locator('.report-days').textContent()).trim(), '1 logged day.');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await page.getByRole('region', { name: 'Today' }).waitFor();
  return `${w} px: ${fmt(sodium.mean, 0)} mg of sodium (${saltGrams} g of salt) reads "${said}"; "1 logged day." for today and for the last 7 logged days`;
}

async function phoneHeight(page, w) {
  await openNutrients(page);
  const closed = await page.locator('.group-toggle[aria-expanded="false"]').count();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await fitsWidth(page, `Nutrients at ${w} px`);
  await shot(page, `${w}`);
  if (w >= 720) return `${w} px: every group open (${height} px high)`;
  assert.ok(closed >= 1, 'a group with nothing to look at starts closed on a phone');
  assert.ok(height <= PHONE_HEIGHT_BOUND, `the phone page is ${height} px high (bound ${PHONE_HEIGHT_BOUND})`);
  for (const t of await page.locator('.group-toggle[aria-expanded="false"]').all()) await t.click();
  const open = await page.evaluate(() => document.documentElement.scrollHeight);
  await shot(page, `${w}-all-open`);
  return `${w} px: the page is ${height} px high with ${closed} group(s) closed (bound ${PHONE_HEIGHT_BOUND}; ${open} px all open)`;
}

// Three fully logged past days (3 meals each) and one empty day in a 4-day
// range; the mean is the API's almond and rice magnesium over the 3 days.
async function rangeReport(page, today, w) {
  const day = (n) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86400000).toISOString().slice(0, 10);
  const almondMg = await per100g(page, ALMONDS, 'magnesium');
  const riceMg = await per100g(page, RICE, 'magnesium');
  const chickenMg = await per100g(page, CHICKEN, 'magnesium');
  const plan = [[day(5), 30], [day(4), 60], [day(3), 90]];
  let total = 0;
  for (const [date, almonds] of plan) {
    await logFood(page, date, 'breakfast', ALMONDS, almonds);
    await logFood(page, date, 'lunch', RICE, 150);
    await logFood(page, date, 'dinner', CHICKEN, 100);
    total += almonds * almondMg / 100 + 150 * riceMg / 100 + 100 * chickenMg / 100;
  }
  const mean = total / plan.length;
  const form = page.getByRole('form', { name: 'Report period' });
  // A range the server refuses: its message, in words, as an alert.
  await form.getByLabel('From').fill(day(3));
  await form.getByLabel('To').fill(day(6));
  await form.getByRole('button', { name: 'Show report' }).click();
  await page.getByRole('alert').filter({ hasText: `from ${day(3)} is after to ${day(6)}` }).waitFor();
  await page.getByRole('form', { name: 'Report period' }).getByLabel('From').fill(day(6));
  await page.getByRole('form', { name: 'Report period' }).getByLabel('To').fill(day(3));
  await page.getByRole('form', { name: 'Report period' }).getByRole('button', { name: 'Show report' }).click();
  const region = page.locator('section.report');
  await region.getByText('3 logged days.').waitFor();
  const days = (await region.locator('.report-days').textContent()).trim();
  assert.equal(days, '3 logged days. 1 day with nothing logged is left out.');
  const value = (await rowOf(region, 'Magnesium').locator('.value').textContent()).trim();
  assert.ok(value.startsWith(`${fmt(mean, 1)} / 320 mg`), `magnesium "${value}", expected the mean ${fmt(mean, 1)}`);
  const name = await region.getAttribute('aria-label');
  assert.match(name, / to /, `the region is named by its dates: ${name}`);
  await shot(page, `${w}-range`);
  // Back to today for the next points.
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await page.getByRole('region', { name: 'Today' }).waitFor();
  return `${w} px: ${day(6)} to ${day(3)} reads "${days}" and magnesium ${fmt(mean, 1)} mg, the API foods' mean`;
}

async function richInMagnesium(page, w) {
  const region = page.getByRole('region', { name: 'Today' });
  const row = rowOf(region, 'Magnesium');
  await row.getByRole('button', { name: 'Foods rich in Magnesium' }).click();
  const list = page.getByRole('list', { name: 'Foods rich in Magnesium' });
  await list.getByRole('listitem').nth(4).waitFor();
  const values = await list.locator('data').evaluateAll((els) => els.map((el) => Number(el.value)));
  assert.ok(values.length >= 5, `${values.length} foods`);
  for (let i = 1; i < values.length; i += 1) assert.ok(values[i] <= values[i - 1], `descending: ${values.join(', ')}`);
  const ranked = (await api(page, 'GET', '/nutrients/magnesium/foods?per=100g&limit=10')).body;
  assert.deepEqual(values, ranked.foods.map((f) => f.amount), 'the API\'s ranking, per 100 g');
  await fitsWidth(page, `the foods rich in magnesium at ${w} px`);
  await row.screenshot({ path: path.join(shotDir, `nutrients-${w}-rich-in-magnesium.png`) });
  // Per portion: ranked again, still richest first.
  await row.getByLabel('Rank foods rich in Magnesium').selectOption('portion');
  await page.waitForFunction((first) => document.querySelector('ol.rich-foods data')?.getAttribute('value') !== first,
    String(values[0]));
  const portions = await list.locator('data').evaluateAll((els) => els.map((el) => Number(el.value)));
  for (let i = 1; i < portions.length; i += 1) assert.ok(portions[i] <= portions[i - 1], `descending per portion: ${portions}`);
  // Adding the richest food redraws the bars with its magnesium.
  const before = (await row.locator('.value').textContent()).trim();
  const first = ranked.foods[0];
  await row.getByLabel('Rank foods rich in Magnesium').selectOption('100g');
  await list.getByRole('button', { name: `Add ${first.name} to Snacks` }).click();
  await page.waitForFunction((b) => {
    const v = document.querySelector('section.report [role="group"][aria-label="Magnesium"] .value');
    return v && v.textContent.trim() !== b;
  }, before);
  const after = (await rowOf(page.getByRole('region', { name: 'Today' }), 'Magnesium').locator('.value').textContent()).trim();
  return `${w} px: foods rich in magnesium richest first (${values.slice(0, 3).map((v) => fmt(v, 0)).join(', ')} mg per 100 g ...); adding ${first.name} moved magnesium from "${before}" to "${after}"`;
}

async function nutrientsAt(w) {
  const { page, context, today } = await person(`nutrients-${w}@example.org`, w);
  await point(`${w} px: a partly logged day is marked partial, not too low`, () => partialDay(page, today, w));
  await point(`${w} px: the groups and their rows`, () => groups(page, w));
  await point(`${w} px: sodium over 2,300 mg is flagged; "1 logged day"`, () => saltyFullDay(page, today, w));
  await point(`${w} px: the page height`, () => phoneHeight(page, w));
  await point(`${w} px: a range report over 3 logged days`, () => rangeReport(page, today, w));
  await point(`${w} px: foods rich in magnesium`, () => richInMagnesium(page, w));
  await context.close();
}

async function main() {
  const started = await startServe(binary, { dbFile, dataDir, webDir });
  server = started.server;
  base = started.base;
  contract = await servedContract(base, webPackage);
  browser = await launchChromium(chromium);
  await nutrientsAt(375);
  await nutrientsAt(1280);
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'nutrients-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
