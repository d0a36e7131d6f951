// Issue 16's "a nutrition label of a food before adding it (per portion
// chosen), and its 'rich in' nutrients", in a real browser: the real
// `platewise serve` on a free port with a temporary SQLite file, driven
// through Debian's Chromium by playwright-core at phone (375 px) and desktop
// (1280 px) width. The expected numbers come from the API (the food's per
// 100 g, the person's DRI targets), never from this file. Screenshots go to
// SCREENSHOT_DIR as label-*.png. Every API response is checked against the
// served document, as web_e2e does.
// Usage: node label_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-label-'));
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
  await page.goto(base + '/#/today');
  await page.reload();
  await page.getByRole('region', { name: 'Lunch' }).waitFor();
  const today = (await api(page, 'GET', '/today')).body.date;
  return { context, page, today };
}

const shotOf = (locator, name) => locator.screenshot({ path: path.join(shotDir, `label-${name}.png`) });

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
    await lastPage?.screenshot({ path: path.join(shotDir, `label-failed-${safe}.png`), fullPage: true }).catch(() => {});
    await lastPage?.reload().then(() => lastPage.getByRole('region', { name: 'Lunch' }).waitFor()).catch(() => {});
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

// A label line's amount and "% of your target" cells, as shown.
async function line(label, name) {
  const row = label.getByRole('row').filter({ has: label.page().getByRole('rowheader', { name, exact: true }) });
  const cells = row.getByRole('cell');
  return { amount: (await cells.nth(0).textContent()).trim(), share: (await cells.nth(1).textContent()).trim() };
}
// "118 mg" -> 118; "1,234" -> 1234.
const number = (text) => Number(text.replace(/,/g, '').split(' ')[0]);
// As the label rounds: kcal whole, others to 1 decimal below 10.
const labelRound = (n, unit) => (unit === 'kcal' || Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

// The label's lines and the API's keys (the Nutrition Facts panel's order).
const LINES = { 'Total fat': 'fat', 'Saturated fat': 'fat_saturated', 'Trans fat': 'fat_trans', Cholesterol: 'cholesterol',
  Sodium: 'sodium', 'Total carbohydrate': 'carbohydrate', 'Dietary fiber': 'fiber', 'Total sugars': 'sugars',
  Protein: 'protein', 'Vitamin D': 'vitamin_d', Calcium: 'calcium', Iron: 'iron', Potassium: 'potassium', Magnesium: 'magnesium' };

async function spinachLabel(page, w, today) {
  const food = (await api(page, 'GET', '/foods/11457')).body;
  const per100 = Object.fromEntries(food.nutrients.map((n) => [n.key, n.per_100g]));
  const targets = Object.fromEntries((await api(page, 'GET', '/nutrients/targets')).body.targets
    .map((t) => [t.key, t]).filter(([, t]) => (t.rda ?? t.ai) !== null));
  const target = (key) => targets[key] ? targets[key].rda ?? targets[key].ai : null;
  const mgTarget = target('magnesium');
  assert.ok(per100.magnesium > 0 && per100.energy > 0 && mgTarget > 0, 'spinach has magnesium and calories, the person a target');

  await page.getByRole('region', { name: 'Lunch' }).getByRole('button', { name: 'Add food to Lunch' }).click();
  const picker = page.getByRole('dialog', { name: 'Add food to Lunch' });
  await picker.getByLabel('Search foods').fill('spinach raw');
  await picker.getByRole('button', { name: /^Spinach, raw/ }).first().click();
  await picker.getByRole('heading', { name: food.name, level: 3 }).waitFor();
  const label = picker.getByRole('region', { name: 'Nutrition facts' });
  await label.waitFor();
  const disclosure = label.locator('details');
  // On a phone it starts closed behind "Nutrition facts"; on a desktop, open.
  assert.equal(await disclosure.evaluate((d) => d.open), w >= 720, 'the label is open on a desktop, closed on a phone');
  if (w < 720) {
    assert.equal(await label.getByRole('rowheader', { name: 'Magnesium' }).isVisible(), false, 'closed: no lines shown');
    await label.getByText('Nutrition facts', { exact: true }).click();
  }
  await label.getByRole('rowheader', { name: 'Magnesium' }).waitFor();

  // 100 g (the picker's start for a food never logged).
  const amount = picker.getByLabel('Amount', { exact: true });
  const unit = picker.getByLabel('Unit', { exact: true });
  assert.equal(await unit.inputValue(), 'g');
  const check = async (grams, what) => {
    const kcal = await line(label, 'Calories');
    assert.equal(number(kcal.amount), labelRound(per100.energy * grams / 100, 'kcal'), `${what}: calories`);
    const mg = await line(label, 'Magnesium');
    assert.equal(mg.amount, `${labelRound(per100.magnesium * grams / 100, 'mg').toLocaleString('en-US')} mg`, `${what}: magnesium`);
    const pct = 100 * per100.magnesium * grams / 100 / mgTarget;  // a share under 0.5% is "<1%", as labels print it
    assert.equal(mg.share, pct > 0 && pct < 0.5 ? '<1%' : `${Math.round(pct)}%`, `${what}: % of the magnesium target`);
  };
  await amount.fill('100');
  await label.getByText('Amount: 100 g').waitFor();
  await check(100, '100 g');

  // A nutrient the food has no value for says "not analysed", never 0.
  const unknown = Object.entries(LINES).filter(([, key]) => per100[key] === null || per100[key] === undefined);
  assert.ok(unknown.length > 0, 'spinach has a label line not analysed');
  for (const [name] of unknown) {
    const l = await line(label, name);
    assert.deepEqual(l, { amount: 'not analysed', share: '' }, `${name} is not analysed`);
  }
  // A line with a value and a target shows its share; without a target, none.
  for (const [name, key] of Object.entries(LINES)) {
    if (per100[key] === null || per100[key] === undefined) continue;
    const l = await line(label, name);
    assert.notEqual(l.amount, 'not analysed', name);
    assert.equal(l.share === '', target(key) === null, `${name}: a share only where a target exists`);
  }

  // A portion whose magnesium is at least 20% of the target: "Rich in" names
  // it, with its share; the portion's grams are the API's.
  const portion = food.portions.find((p) => per100.magnesium * (p.grams / p.amount) / 100 >= 0.2 * mgTarget);
  assert.ok(portion, 'spinach has a portion with 20% of the magnesium target');
  const perUnit = portion.grams / portion.amount;
  await unit.selectOption({ label: `${portion.unit} (${(Math.round(perUnit * 10) / 10).toLocaleString('en-US')} g)` });
  await amount.fill('1');
  await label.getByText(`Amount: 1 ${portion.unit}`).waitFor();
  await check(perUnit, `1 ${portion.unit}`);
  const rich = label.locator('.rich');
  const mgPct = Math.round(100 * per100.magnesium * perUnit / 100 / mgTarget);
  assert.match(await rich.textContent(), new RegExp(`^Rich in .*magnesium \\(${mgPct}%`), 'rich in magnesium at this portion');
  // Everything it names reaches 20% of its target.
  const richText = (await rich.textContent()).toLowerCase();
  for (const [key, t] of Object.entries(targets)) {
    if (!richText.includes(`${t.name.toLowerCase()} (`)) continue;
    assert.ok(per100[key] * perUnit / 100 >= 0.2 * target(key), `${t.name} is named but gives under 20% of its target`);
  }
  await fitsWidth(page, 'the picker with the label');
  await shotOf(picker, `${w}-rich-in-magnesium`);
  await shotOf(label, `${w}-label-rich-in-magnesium`);

  // Two of that portion: the numbers double (the amount updates the label).
  await amount.fill('2');
  await label.getByText(`Amount: 2 ${portion.unit}`).waitFor();
  await check(2 * perUnit, `2 ${portion.unit}`);

  // A tiny amount: magnesium is under 20% and is not named.
  await unit.selectOption('g');
  await amount.fill('2');
  await label.getByText('Amount: 2 g').waitFor();
  await check(2, '2 g');
  assert.ok(per100.magnesium * 2 / 100 < 0.2 * mgTarget);
  assert.doesNotMatch(await rich.textContent(), /magnesium/i, 'not rich in magnesium at 2 g');
  await shotOf(label, `${w}-label-tiny-amount`);

  // Adding still works after looking at the label: 1 of the portion.
  await unit.selectOption({ label: `${portion.unit} (${(Math.round(perUnit * 10) / 10).toLocaleString('en-US')} g)` });
  await amount.fill('1');
  await label.getByText(`Amount: 1 ${portion.unit}`).waitFor();
  await picker.getByRole('button', { name: 'Add to Lunch' }).click();
  await picker.waitFor({ state: 'detached' });
  const entry = (await api(page, 'GET', `/diary/${today}`)).body.meals.lunch.find((e) => e.food_id === '11457');
  assert.ok(entry, 'spinach was added to Lunch');
  assert.ok(Math.abs(entry.grams - perUnit) < 1e-6, `the entry is 1 ${portion.unit}: ${entry.grams} g`);
  assert.ok(Math.abs(entry.energy_kcal - per100.energy * perUnit / 100) < 1e-6, 'with the calories the label showed');
  await page.getByRole('region', { name: 'Lunch' }).getByText(/^Spinach, raw/).first().waitFor();
}

// A food of one's own with only calories: every other line is not analysed,
// and nothing is "rich".
async function onlyCalories(page, w) {
  const made = await api(page, 'POST', '/foods', { name: `Plain label ${w}`, per: '100g', nutrients: { energy: 250 } });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  await page.getByRole('region', { name: 'Snacks' }).getByRole('button', { name: 'Add food to Snacks' }).click();
  const picker = page.getByRole('dialog', { name: 'Add food to Snacks' });
  await picker.getByLabel('Search foods').fill(`plain label ${w}`);
  await picker.getByRole('button', { name: new RegExp(`^Plain label ${w}`) }).click();
  const label = picker.getByRole('region', { name: 'Nutrition facts' });
  if (w < 720) await label.getByText('Nutrition facts', { exact: true }).click();
  await label.getByText('Amount: 100 g').waitFor();
  await picker.getByLabel('Amount', { exact: true }).fill('40');
  await label.getByText('Amount: 40 g').waitFor();
  assert.equal((await line(label, 'Calories')).amount, '100');
  for (const name of Object.keys(LINES)) assert.equal((await line(label, name)).amount, 'not analysed', name);
  assert.doesNotMatch(await label.locator('.rich').textContent(), /^Rich in/);
  await shotOf(label, `${w}-label-not-analysed`);
  await picker.getByRole('button', { name: 'Close' }).click();
}

async function at(w) {
  const { page, context, today } = await person(`label-${w}@example.org`, w);
  await point(`${w} px: spinach's label follows the amount and portion (calories, magnesium and its % from the API), says "not analysed", is "rich in" magnesium for a portion and not for 2 g, and adding still works`,
    () => spinachLabel(page, w, today));
  await point(`${w} px: a food with only calories shows every other line "not analysed" and nothing "rich"`, () => onlyCalories(page, w));
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'label-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
