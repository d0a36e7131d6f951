// Issue 16's Goals in a real browser, at phone (375 px) and desktop
// (1280 px) width, each with a person of its own: Settings' Goals section
// shows the AMDR-based default targets (20/50/30 percent); 30/40/30 percent
// is saved; a food logged shows Today's "Macros" breakdown with grams that
// match the food's API data (computed here from GET /foods/{id}) and the
// targets' grams from the budget; 40/40/30 (110%) is refused with the
// server's message in view; a goal weight set in Settings ("Goal weight", in
// lb) puts the projection's goal date on the Weight screen, and a goal date
// the weekly goal cannot reach is said with the rate it would need. The real
// `platewise serve` on a free port with a temporary SQLite file, driven
// through Debian's Chromium by playwright-core; screenshots go to
// SCREENSHOT_DIR as goals-*.png. Every API response is checked against the
// served document.
// Usage: node goals_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-goals-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];
const failed = [];
let pageErrors = [];

const PASSWORD = 'correct horse battery';
// 160 lb, losing 1 lb a week.
const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };
const CHICKEN = '05064';
const KG_PER_LB = 0.45359237;

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

const api = (page, method, url, body) => pageApi(page, method, url, body);
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `goals-${name}.png`), fullPage: true });

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
    await lastPage?.screenshot({ path: path.join(shotDir, `goals-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
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
  assert.equal((await api(page, 'PUT', '/profile', PROFILE)).status, 200);
  const today = (await api(page, 'GET', '/today')).body.date;
  return { context, page, today };
}

async function fitsWidth(page, what) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `${what}: the page is ${scroll} px wide in a ${width} px window`);
}

async function openGoals(page) {
  await page.goto(base + '/#/settings');
  await page.reload();
  const goals = page.getByRole('region', { name: 'Goals' });
  await goals.getByRole('form', { name: 'Macro targets' }).waitFor();
  return goals;
}

async function defaultsAreAmdr(page, w) {
  const goals = await openGoals(page);
  const macros = goals.getByRole('form', { name: 'Macro targets' });
  assert.equal(await macros.getByLabel('Targets as').inputValue(), 'percent');
  assert.equal(await macros.getByLabel('Protein (%)').inputValue(), '20');
  assert.equal(await macros.getByLabel('Carbohydrate (%)').inputValue(), '50');
  assert.equal(await macros.getByLabel('Fat (%)').inputValue(), '30');
  await macros.getByText('inside the ranges advised for adults (AMDR)').waitFor();
  await macros.getByText('Advised for adults: 10-35% of energy.').waitFor();
  await fitsWidth(page, `Goals at ${w} px`);
  await goals.screenshot({ path: path.join(shotDir, `goals-${w}-defaults.png`) });
  return `${w} px: the defaults are 20/50/30 percent, the AMDR ranges beside them`;
}

async function setPercent(page, w) {
  const goals = await openGoals(page);
  const macros = goals.getByRole('form', { name: 'Macro targets' });
  await macros.getByLabel('Protein (%)').fill('30');
  await macros.getByLabel('Carbohydrate (%)').fill('40');
  await macros.getByLabel('Fat (%)').fill('30');
  await macros.getByRole('button', { name: 'Save macro targets' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved macro targets' }).waitFor();
  const stored = (await api(page, 'GET', '/goal/macros')).body;
  assert.deepEqual([stored.unit, stored.protein, stored.carbohydrate, stored.fat], ['percent', 30, 40, 30]);
  const budget = (await api(page, 'GET', '/goal')).body.budget_kcal;
  assert.ok(Math.abs(stored.targets.protein.grams - budget * 0.3 / 4) < 1e-6, 'protein grams follow the budget');
  await macros.getByText(`Protein: ${fmt(budget * 0.3 / 4)} g, 30% of ${fmt(budget)} kcal`).waitFor();
  return `${w} px: 30/40/30 saved; protein ${fmt(stored.targets.protein.grams)} g of a ${fmt(budget)} kcal budget`;
}

async function macrosOnToday(page, today, w) {
  const grams = 150;
  const r = await api(page, 'POST', `/diary/${today}/entries`, { meal: 'lunch', food_id: CHICKEN, grams });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const food = (await api(page, 'GET', `/foods/${CHICKEN}`)).body;
  const per100 = (key) => food.nutrients.find((n) => n.key === key).per_100g;
  const want = { Protein: per100('protein') * grams / 100, Carbohydrate: per100('carbohydrate') * grams / 100,
    Fat: per100('fat') * grams / 100 };
  const budget = (await api(page, 'GET', '/goal')).body.budget_kcal;
  const targets = { Protein: budget * 0.3 / 4, Carbohydrate: budget * 0.4 / 4, Fat: budget * 0.3 / 9 };
  await page.goto(base + '/#/today');
  await page.reload();
  const region = page.getByRole('region', { name: 'Macros' });
  await region.waitFor();
  const said = [];
  for (const name of ['Protein', 'Carbohydrate', 'Fat']) {
    const row = region.getByRole('row', { name: new RegExp(`^${name}`) });
    const text = (await row.locator('.macro-grams').textContent()).trim();
    const eaten = want[name] === 0 ? '0 g' : `${fmt(want[name], 1)} g`;
    assert.ok(text.startsWith(`${eaten} of ${fmt(targets[name])} g`), `${name}: "${text}", expected ${eaten} of ${fmt(targets[name])} g`);
    said.push(`${name.toLowerCase()} ${eaten} of ${fmt(targets[name])} g`);
  }
  // Percent of energy: the shares of the three at 4/4/9, against 30/40/30.
  const kcal = want.Protein * 4 + want.Carbohydrate * 4 + want.Fat * 9;
  const protein = (await region.getByRole('row', { name: /^Protein/ }).locator('.macro-percent').textContent()).trim();
  assert.equal(protein, `${fmt(want.Protein * 4 / kcal * 100)}% of 30%`);
  await fitsWidth(page, `Today's Macros at ${w} px`);
  await region.screenshot({ path: path.join(shotDir, `goals-${w}-macros.png`) });
  await shot(page, `${w}-today`);
  return `${w} px: Macros after ${grams} g of chicken: ${said.join(', ')}; protein ${protein} of energy`;
}

async function refusedSum(page, w) {
  const goals = await openGoals(page);
  const macros = goals.getByRole('form', { name: 'Macro targets' });
  await macros.getByLabel('Protein (%)').fill('40');
  await macros.getByLabel('Carbohydrate (%)').fill('40');
  await macros.getByLabel('Fat (%)').fill('30');
  await macros.getByRole('button', { name: 'Save macro targets' }).click();
  const alert = macros.getByRole('alert').filter({ hasText: 'add up to 110%' });
  await alert.waitFor();
  assert.ok(await alert.isVisible(), 'the refusal is in view');
  assert.equal(await macros.getByLabel('Fat (%)').getAttribute('aria-invalid'), 'true');
  const stored = (await api(page, 'GET', '/goal/macros')).body;
  assert.deepEqual([stored.protein, stored.carbohydrate, stored.fat], [30, 40, 30], 'nothing stored');
  await goals.screenshot({ path: path.join(shotDir, `goals-${w}-refused.png`) });
  return `${w} px: 40/40/30 refused: "${(await alert.textContent()).trim()}"`;
}

async function goalWeight(page, today, w) {
  const goals = await openGoals(page);
  const form = goals.getByRole('form', { name: 'Goal weight and date' });
  await form.getByLabel('Goal weight').fill('150');
  await form.getByRole('button', { name: 'Save goal weight' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved goal weight 150 lb' }).waitFor();
  const stored = (await api(page, 'GET', '/goal/weight')).body;
  assert.ok(Math.abs(stored.goal_weight_kg - 150 * KG_PER_LB) < 1e-9, `stored ${stored.goal_weight_kg} kg`);
  assert.ok(stored.model_goal_date, 'the projection reaches the goal');
  await page.goto(base + '/#/weight');
  await page.reload();
  const card = page.getByRole('region', { name: 'Your goal' });
  await card.waitFor();
  const projection = (await api(page, 'GET', '/projection?days=365')).body;
  assert.equal(projection.model_goal_date, stored.model_goal_date);
  const [y, m, d] = projection.model_goal_date.split('-').map(Number);
  const shown = new Date(y, m - 1, d).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  assert.equal((await card.locator('.goal-date').textContent()).trim(), `on ${shown}`);
  await card.getByText('Goal weight 150 lb').waitFor();
  await fitsWidth(page, `the Weight screen at ${w} px`);
  await shot(page, `${w}-weight-goal`);

  // A date five weeks out for 10 lb: 2 lb a week, twice the weekly goal.
  const [ty, tm, td] = today.split('-').map(Number);
  const soon = new Date(Date.UTC(ty, tm - 1, td + 35)).toISOString().slice(0, 10);
  const again = await openGoals(page);
  const form2 = again.getByRole('form', { name: 'Goal weight and date' });
  assert.equal(await form2.getByLabel('Goal weight').inputValue(), '150');
  await form2.getByLabel('Goal date').fill(soon);
  await form2.getByRole('button', { name: 'Save goal weight' }).click();
  const note = form2.getByRole('note').filter({ hasText: `by ${soon} needs losing 2 lb a week` });
  await note.waitFor();
  await again.screenshot({ path: path.join(shotDir, `goals-${w}-goal-date.png`) });
  // A goal weight out of range: refused in lb, beside the field.
  await form2.getByLabel('Goal weight').fill('1000');
  await form2.getByRole('button', { name: 'Save goal weight' }).click();
  await form2.getByRole('alert').filter({ hasText: 'goal weight 1,000 lb is more than a weight can be' }).waitFor();
  return `${w} px: goal 150 lb reached ${shown} on the Weight screen; by ${soon}: "${(await note.textContent()).trim()}"`;
}

async function goalsAt(w) {
  const { page, context, today } = await person(`goals-${w}@example.org`, w);
  await point(`${w} px: the default targets are the AMDR ones`, () => defaultsAreAmdr(page, w));
  await point(`${w} px: 30/40/30 percent saved`, () => setPercent(page, w));
  await point(`${w} px: the Macros breakdown on Today`, () => macrosOnToday(page, today, w));
  await point(`${w} px: 110% refused with a visible message`, () => refusedSum(page, w));
  await point(`${w} px: a goal weight puts its date on the Weight screen`, () => goalWeight(page, today, w));
  await context.close();
}

async function main() {
  const started = await startServe(binary, { dbFile, dataDir, webDir });
  server = started.server;
  base = started.base;
  contract = await servedContract(base, webPackage);
  browser = await launchChromium(chromium);
  await goalsAt(375);
  await goalsAt(1280);
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'goals-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
