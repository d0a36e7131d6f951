// Issue 16's "Create a custom food (from a label, per serving or per 100 g)
// and a recipe in the app", in a real browser: the real `platewise serve` on
// a free port with a temporary SQLite file, driven through Debian's Chromium
// by playwright-core at phone (375 px) and desktop (1280 px) width.
// Screenshots go to SCREENSHOT_DIR as create-food-*.png. Every API response
// is checked against the served document, as web_e2e does.
// Usage: node create_food_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-create-food-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];

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

// The API from inside a page (its session cookie and CSRF token): for the
// data a step needs before it looks and checks after.
function api(page, method, url, body) {
  return pageApi(page, method, url, body);
}

const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };

// A new account (the administrator's `platewise users add`) with a profile,
// signed in on a page of the width given, open at Today.
async function person(email, width) {
  const made = spawnSync(binary, ['users', 'add', email, '--password-stdin', '--db', dbFile],
    { input: 'correct horse battery\n' });
  assert.equal(made.status, 0, String(made.stderr));
  const context = await browser.newContext(width < 720
    ? { viewport: { width, height: 812 }, isMobile: true, hasTouch: true }
    : { viewport: { width, height: 900 } });
  watch(context);
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

const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `create-food-${name}.png`), fullPage: true });
// A dialog's own picture: the modal's top layer is what the person sees.
const shotOf = (locator, name) => locator.screenshot({ path: path.join(shotDir, `create-food-${name}.png`) });

// No sideways scrolling at this width, of the page or of the open dialogs.
async function fitsWidth(page, what) {
  const wide = await page.evaluate(() => {
    const out = [];
    if (document.documentElement.scrollWidth > innerWidth) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const d of document.querySelectorAll('dialog[open]')) {
      if (d.scrollWidth > d.clientWidth) out.push(`dialog "${d.getAttribute('aria-label')}" is ${d.scrollWidth} px wide in ${d.clientWidth} px`);
      const r = d.getBoundingClientRect();
      if (r.right > innerWidth + 0.5 || r.left < -0.5) out.push(`dialog "${d.getAttribute('aria-label')}" goes past the screen`);
    }
    return out;
  });
  assert.deepEqual(wide, [], `${what} at ${await page.evaluate(() => innerWidth)} px`);
}

// Every control of the open dialogs has a name.
async function everyControlNamed(page) {
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('dialog[open] input, dialog[open] select, dialog[open] button')]
    .filter((el) => !el.closest('[hidden]'))
    .filter((el) => !(el.labels?.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, [], 'controls without a name');
}

const kcalLeft = async (page) => Number((await page.getByLabel('Calories remaining').textContent()).replace(/,/g, ''));
// A nutrient row of Today ("Protein" 12.5 g; "—" is none known).
async function stripValue(page, label) {
  const text = await page.getByRole('group', { name: label, exact: true }).locator('strong').textContent();
  return text === '—' ? null : Number(text.replace(/,/g, '').split(' ')[0]);
}
// The word that tells the two widths' foods apart in a search.
const tag = (w) => (w < 720 ? 'phone' : 'desktop');
const fmt0 = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

const failed = [];
let pageErrors = [];
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
    await lastPage?.screenshot({ path: path.join(shotDir, `create-food-failed-${safe}.png`), fullPage: true }).catch(() => {});
    // The next point starts from Today with no dialog open.
    await lastPage?.reload().then(() => lastPage.getByRole('region', { name: 'Lunch' }).waitFor()).catch(() => {});
  }
}

// The picker of a meal, opened from Today.
async function openPicker(page, meal) {
  await page.getByRole('region', { name: meal }).getByRole('button', { name: `Add food to ${meal}` }).click();
  const picker = page.getByRole('dialog', { name: `Add food to ${meal}` });
  await picker.waitFor();
  return picker;
}

async function perServing(page, w, today) {
  const before = await kcalLeft(page);
  const picker = await openPicker(page, 'Lunch');
  await picker.getByRole('button', { name: 'Create food', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create food' });
  await dialog.waitFor();
  assert.equal(await dialog.getByLabel('Name', { exact: true }).evaluate((el) => el === document.activeElement), true,
    'the name has the focus');
  const name = `Oat bar ${tag(w)}`;
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Brand (optional)').fill('Acme');
  assert.equal(await dialog.getByRole('radio', { name: 'per serving' }).isChecked(), true, 'a label per serving is the default');
  await dialog.getByLabel('Serving size (g)').fill('40');
  await dialog.getByLabel('Serving name').fill('1 bar');
  await dialog.getByLabel('Calories (kcal)').fill('190');
  await dialog.getByLabel('Protein (g)').fill('4');
  await dialog.getByLabel('Carbohydrate (g)').fill('27');
  await dialog.getByLabel('Fat (g)', { exact: true }).fill('7');
  await dialog.getByLabel('Saturated fat (g)').fill('1');
  await dialog.getByLabel('Sodium (mg)').fill('95');
  await everyControlNamed(page);
  await fitsWidth(page, 'the Create food dialog');
  await shotOf(dialog, `${w}-label-per-serving`);
  const [created] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/foods') && r.request().method() === 'POST'),
    dialog.getByRole('button', { name: 'Save food' }).click()]);
  assert.equal(created.status(), 201);
  const food = await created.json();
  assert.deepEqual(JSON.parse(created.request().postData()),
    { name, brand: 'Acme', per: 'serving', serving_grams: 40, serving_name: '1 bar', nutrients: { energy: 190, protein: 4, carbohydrate: 27, fat: 7, fat_saturated: 1, sodium: 95 } },
    'only the nutrients typed are sent: the others are unknown, not 0');
  await dialog.waitFor({ state: 'detached' });
  // It opens in the picker at one serving, ready for Lunch.
  await picker.getByRole('heading', { name, level: 3 }).waitFor();
  await picker.getByRole('status').filter({ hasText: `Food "${name}" saved. Add it to Lunch:` }).waitFor();
  assert.equal(await picker.getByLabel('Amount', { exact: true }).inputValue(), '1');
  assert.equal(await picker.getByLabel('Unit', { exact: true }).evaluate((s) => s.selectedOptions[0].textContent), 'serving (1 bar) (40 g)');
  await picker.getByText('40 g, 190 kcal').waitFor();
  assert.equal(await picker.getByLabel('Amount', { exact: true }).evaluate((el) => el === document.activeElement), true,
    'the amount has the focus');
  await shotOf(picker, `${w}-created-in-picker`);
  await picker.getByRole('button', { name: 'Add to Lunch' }).click();
  await picker.waitFor({ state: 'detached' });
  const lunch = page.getByRole('region', { name: 'Lunch' });
  const row = lunch.getByRole('listitem').filter({ hasText: name });
  await row.getByText('190 kcal').waitFor();
  await row.getByText('1 serving (1 bar)', { exact: true }).waitFor();
  await page.waitForFunction((want) => document.querySelector('[aria-label="Calories remaining"]')?.textContent.replace(/,/g, '') === String(want),
    before - 190);
  assert.equal(await kcalLeft(page), before - 190, 'Today\'s calories remaining fall by the serving\'s 190 kcal');
  const day = (await api(page, 'GET', `/diary/${today}`)).body;
  const entry = day.meals.lunch.find((e) => e.food_id === food.id);
  assert.ok(entry, 'the entry is the new food');
  assert.equal(entry.grams, 40);
  // Per 100 g as the server keeps it: the label's serving times 100 / 40.
  const per100 = Object.fromEntries(food.nutrients.map((n) => [n.key, n.per_100g]));
  assert.deepEqual([per100.energy, per100.protein, per100.sodium, per100.fiber], [475, 10, 237.5, null]);
  assert.equal(food.brand, 'Acme');
  // Found by the search, per 100 g from the label: 190 kcal in 40 g = 475.
  const again = await openPicker(page, 'Lunch');
  await again.getByLabel('Search foods').fill(`acme oat bar ${tag(w)}`);  // by its brand too
  await again.getByRole('button', { name: new RegExp(`^${name} \\(Acme\\) 475 kcal per 100 g`) }).waitFor();
  await again.getByRole('status').filter({ hasText: `1 food matches "acme oat bar ${tag(w)}".` }).waitFor();
  await shotOf(again, `${w}-found-by-search`);
  await again.getByRole('button', { name: 'Close' }).click();
  await shot(page, `${w}-today-after-per-serving`);
}

async function per100g(page, w, today) {
  const before = {};
  for (const n of ['Protein', 'Carbohydrate', 'Fat', 'Magnesium']) before[n] = (await stripValue(page, n)) ?? 0;
  const left = await kcalLeft(page);
  const picker = await openPicker(page, 'Lunch');
  await picker.getByRole('button', { name: 'Create food', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create food' });
  const name = `Skyr label ${tag(w)}`;
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('radio', { name: 'per 100 g' }).check();
  assert.equal(await dialog.getByLabel('Serving size (g)').isVisible(), false, 'no serving size for a label per 100 g');
  await dialog.getByRole('heading', { name: 'Nutrition facts per 100 g' }).waitFor();
  await dialog.getByLabel('Calories (kcal)').fill('63');
  await dialog.getByLabel('Protein (g)').fill('11');
  await dialog.getByLabel('Carbohydrate (g)').fill('4');
  await dialog.getByLabel('Fat (g)', { exact: true }).fill('0.2');
  await dialog.getByLabel('Magnesium (mg)').fill('11');
  await fitsWidth(page, 'the Create food dialog per 100 g');
  await shotOf(dialog, `${w}-label-per-100g`);
  await dialog.getByRole('button', { name: 'Save food' }).click();
  await dialog.waitFor({ state: 'detached' });
  await picker.getByRole('heading', { name, level: 3 }).waitFor();
  // No serving: the amount is in grams.
  assert.equal(await picker.getByLabel('Unit', { exact: true }).inputValue(), 'g');
  await picker.getByLabel('Amount', { exact: true }).fill('200');
  await picker.getByText('200 g, 126 kcal').waitFor();
  await picker.getByRole('button', { name: 'Add to Lunch' }).click();
  await picker.waitFor({ state: 'detached' });
  const row = page.getByRole('region', { name: 'Lunch' }).getByRole('listitem').filter({ hasText: name });
  await row.getByText('126 kcal').waitFor();
  await row.getByText('200 g').waitFor();
  await page.waitForFunction((want) => document.querySelector('[aria-label="Calories remaining"]')?.textContent.replace(/,/g, '') === String(want),
    left - 126);
  // The entry's nutrients are the label's times 2: the day's rows rise by them.
  const want = { Protein: 22, Carbohydrate: 8, Fat: 0.4, Magnesium: 22 };
  for (const [n, add] of Object.entries(want)) {
    const now = await stripValue(page, n);
    assert.ok(Math.abs(now - (before[n] + add)) < 0.051, `${n}: ${before[n]} + ${add}, Today shows ${now}`);
  }
  // Fiber, on neither label, is unknown for both entries, not 0.
  const fiber = page.getByRole('group', { name: 'Fiber', exact: true });
  assert.equal(await fiber.locator('strong').textContent(), '—');
  await fiber.getByText('2 not analysed').waitFor();
  const entry = (await api(page, 'GET', `/diary/${today}`)).body.meals.lunch.find((e) => e.name === name);
  assert.equal(entry.energy_kcal, 126);
  await shot(page, `${w}-today-after-per-100g`);
}

async function refused(page, w) {
  const foodsBefore = (await api(page, 'GET', '/custom-foods')).body.foods.length;
  const picker = await openPicker(page, 'Breakfast');
  const opener = picker.getByRole('button', { name: 'Create food', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Create food' });
  const nameBox = dialog.getByLabel('Name', { exact: true });
  const kcal = dialog.getByLabel('Calories (kcal)');
  const refusal = async (control) => {
    const [r] = await Promise.all([
      page.waitForResponse((x) => x.url().endsWith('/api/v1/foods') && x.request().method() === 'POST'),
      dialog.getByRole('button', { name: 'Save food' }).click()]);
    assert.equal(r.status(), 422);
    const { error } = await r.json();
    const alert = dialog.getByRole('alert').filter({ hasText: error.message });
    await alert.waitFor();
    assert.equal(await control.getAttribute('aria-invalid'), 'true', `${error.field} is marked`);
    const id = await alert.getAttribute('id');
    assert.ok((await control.getAttribute('aria-describedby') ?? '').split(' ').includes(id), 'the field is described by the message');
    // Beside the control: in its field, below it.
    assert.equal(await control.evaluate((el, id) => el.closest('.field').contains(document.getElementById(id)), id), true,
      'the message is in its field');
    return { error, id };
  };
  // No name.
  await dialog.getByLabel('Serving size (g)').fill('30');
  await kcal.fill('120');
  const noName = await refusal(nameBox);
  assert.equal(noName.error.field, 'name');
  await fitsWidth(page, 'a refused name');
  await shotOf(dialog, `${w}-refused-name`);
  await nameBox.pressSequentially('Bad');
  assert.equal(await page.locator(`#${noName.id}`).textContent(), '', 'the message clears on the next edit');
  assert.equal(await nameBox.getAttribute('aria-invalid'), null, 'and the field is no longer marked');
  // Negative calories.
  await kcal.fill('-5');
  const negative = await refusal(kcal);
  assert.equal(negative.error.field, 'nutrients.energy');
  await shotOf(dialog, `${w}-refused-calories`);
  await kcal.fill('5');
  assert.equal(await page.locator(`#${negative.id}`).textContent(), '', 'the message clears on the next edit');
  assert.equal(await kcal.getAttribute('aria-invalid'), null);
  // Escape cancels: nothing is made, the focus is back on the button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await picker.waitFor();
  assert.equal(await opener.evaluate((el) => el === document.activeElement), true, 'the focus is back on "Create food"');
  assert.equal((await api(page, 'GET', '/custom-foods')).body.foods.length, foodsBefore, 'nothing was created');
  // The recipe builder too.
  const recipeOpener = picker.getByRole('button', { name: 'Create recipe' });
  await recipeOpener.click();
  const builder = page.getByRole('dialog', { name: 'Create recipe' });
  await builder.waitFor();
  await page.keyboard.press('Escape');
  await builder.waitFor({ state: 'detached' });
  assert.equal(await recipeOpener.evaluate((el) => el === document.activeElement), true, 'the focus is back on "Create recipe"');
  await picker.getByRole('button', { name: 'Close' }).click();
}

async function recipe(page, w, today) {
  const leftExact = (await api(page, 'GET', `/diary/${today}`)).body.remaining_kcal;
  const picker = await openPicker(page, 'Dinner');
  await picker.getByRole('button', { name: 'Create recipe' }).click();
  const builder = page.getByRole('dialog', { name: 'Create recipe' });
  await builder.waitFor();
  const name = `Banana milk ${tag(w)}`;
  await builder.getByLabel('Recipe name').fill(name);
  await builder.getByLabel('Servings', { exact: true }).fill('2');
  // Saving without ingredients: the server's message, beside the list.
  await builder.getByRole('button', { name: 'Save recipe' }).click();
  const none = builder.getByRole('alert').filter({ hasText: 'a recipe needs 1-100 ingredients' });
  await none.waitFor();
  await builder.getByLabel('Servings', { exact: true }).fill('2');
  assert.equal(await none.count(), 0, 'the message clears on the next edit');
  const search = builder.getByLabel('Search ingredients');
  const list = builder.getByRole('list', { name: 'Ingredients' });
  // An ingredient of 0 g: the server's message in that ingredient's row,
  // gone with the row.
  await search.fill('banana raw');
  await builder.getByRole('button', { name: /^Bananas, raw/ }).first().click();
  await builder.getByLabel('Amount of Bananas, raw').fill('0');
  await builder.getByLabel('Unit', { exact: true }).selectOption('g');
  await builder.getByRole('button', { name: 'Add ingredient' }).click();
  const [zero] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/recipes') && r.request().method() === 'POST'),
    builder.getByRole('button', { name: 'Save recipe' }).click()]);
  assert.equal(zero.status(), 422);
  const zeroError = (await zero.json()).error;
  assert.match(zeroError.field, /^ingredients\[0\]/);
  await list.getByRole('listitem').first().getByRole('alert').filter({ hasText: zeroError.message }).waitFor();
  await shotOf(builder, `${w}-recipe-refused-ingredient`);
  await list.getByRole('button', { name: 'Remove Bananas, raw' }).click();
  assert.equal(await builder.getByRole('alert').filter({ hasText: zeroError.message }).count(), 0, 'the message goes with the row');
  await search.fill('banana raw');
  await builder.getByRole('button', { name: /^Bananas, raw/ }).first().click();
  await builder.getByLabel('Amount of Bananas, raw').fill('150');
  await builder.getByLabel('Unit', { exact: true }).selectOption('g');
  assert.equal(await builder.getByLabel('Amount of Bananas, raw').inputValue(), '150', 'the unit keeps the amount typed');
  await builder.getByRole('button', { name: 'Add ingredient' }).click();
  await list.getByText('150 g').waitFor();
  await search.fill('milk whole');
  await builder.getByRole('button', { name: /^Milk, whole, 3\.25% milkfat, with added vitamin D/ }).first().click();
  const milkAmount = builder.getByLabel(/^Amount of Milk, whole/);
  assert.equal(await milkAmount.inputValue(), '1', 'a portion starts at 1');
  await builder.getByLabel('Unit', { exact: true }).selectOption({ label: 'cup (244 g)' });
  await builder.getByRole('button', { name: 'Add ingredient' }).click();
  await list.getByText('1 cup').waitFor();
  assert.equal(await list.getByRole('listitem').count(), 2);
  await everyControlNamed(page);
  await fitsWidth(page, 'the recipe builder');
  await shotOf(builder, `${w}-recipe`);
  const [made] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/recipes') && r.request().method() === 'POST'),
    builder.getByRole('button', { name: 'Save recipe' }).click()]);
  assert.equal(made.status(), 201);
  const saved = await made.json();
  await builder.waitFor({ state: 'detached' });
  // The ingredients' sum over the servings, from the foods themselves.
  const stored = (await api(page, 'GET', `/recipes/${saved.food.id}`)).body;
  assert.deepEqual(stored.ingredients.map((i) => [i.name.split(',')[0], i.grams]), [['Bananas', 150], ['Milk', 244]]);
  let sum = 0;
  for (const i of stored.ingredients) sum += (await api(page, 'GET', `/foods/${i.food_id}`)).body.kcal_per_100g * i.grams / 100;
  const perServing = sum / 2;
  assert.ok(Math.abs(stored.per_serving.energy - perServing) < 1e-6, `${stored.per_serving.energy} vs ${perServing}`);
  // Logged as a food: one serving.
  await picker.getByRole('heading', { name, level: 3 }).waitFor();
  assert.equal(await picker.getByLabel('Amount', { exact: true }).inputValue(), '1');
  assert.match(await picker.getByLabel('Unit', { exact: true }).evaluate((s) => s.selectedOptions[0].textContent), /^serving \(197 g\)$/);
  await shotOf(picker, `${w}-recipe-in-picker`);
  await picker.getByRole('button', { name: 'Add to Dinner' }).click();
  await picker.waitFor({ state: 'detached' });
  const row = page.getByRole('region', { name: 'Dinner' }).getByRole('listitem').filter({ hasText: name });
  await row.getByText(`${fmt0(perServing)} kcal`).waitFor();
  const entry = (await api(page, 'GET', `/diary/${today}`)).body.meals.dinner.find((e) => e.food_id === saved.food.id);
  assert.ok(Math.abs(entry.energy_kcal - perServing) < 1e-6, `the entry has ${entry.energy_kcal} kcal, the ingredients ${sum} / 2`);
  const day = (await api(page, 'GET', `/diary/${today}`)).body;
  assert.equal(await kcalLeft(page), Math.round(day.remaining_kcal), 'Today shows the calories remaining');
  assert.ok(Math.abs(day.remaining_kcal - (leftExact - perServing)) < 1e-6,
    `calories remaining fall by one serving: ${leftExact} - ${perServing}, now ${day.remaining_kcal}`);
  // Found by the search as a food is.
  const again = await openPicker(page, 'Dinner');
  await again.getByLabel('Search foods').fill(`banana milk ${tag(w)}`);
  await again.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
  await again.getByRole('button', { name: 'Close' }).click();
  await shot(page, `${w}-today-after-recipe`);
}

async function at(w) {
  const { page, context, today } = await person(`create-${w}@example.org`, w);
  await point(`${w} px: a food from a label per serving is saved, logged at once to Lunch (calories remaining fall by 190), and found by the search`, () => perServing(page, w, today));
  await point(`${w} px: a food from a label per 100 g, logged as 200 g, adds twice its label's nutrients; what the label left empty is unknown`, () => per100g(page, w, today));
  await point(`${w} px: no name and negative calories show the server's message beside the field, cleared on the next edit; Escape cancels and the focus returns`, () => refused(page, w));
  await point(`${w} px: a recipe of two foods for 2 servings, one serving logged to Dinner: its calories are the ingredients' sum / 2`, () => recipe(page, w, today));
  await context.close();
}

async function main() {
  base = await startServer();
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'create-food-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
