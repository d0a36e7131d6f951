// The broken points of issue 16 in a real browser, each a step named after
// what broke: the real `platewise serve` on a free port with a temporary
// SQLite file, driven through Debian's Chromium by playwright-core, at phone
// (375 px) and desktop (1280 px) width where layout matters. Screenshots go
// to SCREENSHOT_DIR as fixes-*.png. Every API response is checked against
// the served document, as web_e2e does.
// Usage: node fixes_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-fixes-'));
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
// data a step needs before it looks, and for "another device" changes.
function api(page, method, url, body) {
  return pageApi(page, method, url, body);
}

const PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };

// A new account with a profile, signed in on `page`. Made by the
// administrator's `platewise users add` (sign-up takes 10 accounts per client
// in 15 minutes), then logged in through the form.
async function newUser(page, email, profile = PROFILE) {
  const made = spawnSync(binary, ['users', 'add', email, '--password-stdin', '--db', dbFile],
    { input: 'correct horse battery\n' });
  assert.equal(made.status, 0, String(made.stderr));
  await page.goto(base + '/');
  await page.getByRole('button', { name: 'I already have an account: log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
  assert.equal((await api(page, 'PUT', '/profile', profile)).status, 200);
  await page.goto(base + '/#/today');
  await page.reload();  // a new hash alone is no new load: the app reads the profile anew
  await page.getByRole('region', { name: 'Lunch' }).waitFor();
}

function addDays(iso, n) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `fixes-${name}.png`), fullPage: true });
// No sideways scrolling at this width.
async function fitsWidth(page, what) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `${what}: the page is ${scroll} px wide at ${width} px`);
}

// A new person on a desktop page of their own: each point below starts from
// one, so that a point that fails leaves the others to run and say whether
// they pass.
async function person(email, profile = PROFILE) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  watch(context);
  const page = await context.newPage();
  lastPage = page;
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => { pageErrors.push(e); });
  await newUser(page, email, profile);
  const today = (await api(page, 'GET', '/today')).body.date;
  return { context, page, today, yesterday: addDays(today, -1), lunch: page.getByRole('region', { name: 'Lunch' }),
    exercise: page.getByRole('region', { name: 'Exercise' }), picker: page.getByRole('dialog') };
}

const failed = [];
// Errors thrown in the pages of the point that runs: each fails it.
let pageErrors = [];
// Runs one point; a failure is reported (with a screenshot) and the next runs.
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
    await lastPage?.screenshot({ path: path.join(shotDir, `fixes-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

async function main() {
  base = await startServer();
  contract = await servedContract(base, webPackage);
  browser = await launchChromium(chromium);
  const phoneOf = async (context) => {
    const c = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true,
      storageState: await context.storageState() });
    watch(c);
    const p = await c.newPage();
    p.setDefaultTimeout(15000);
    p.on('pageerror', (e) => { pageErrors.push(e); });
    return p;
  };

  await point('1: at the floor the budget says plainly that she gains (about 0.3 lb a week), not a loss, and that no loss goal fits; "Minus 1,000", not "Plus 145"', async () => {
    // 1. The floor sentence contradicted itself: "Plus 145 kcal a day for your
    // goal" and "you would lose about 0.3 lb a week" while the budget made her gain.
    const desktopContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    watch(desktopContext);
    const page = await desktopContext.newPage();
    lastPage = page;
    page.setDefaultTimeout(15000);
    page.on('pageerror', (e) => { pageErrors.push(e); });
    await page.goto(base + '/');
    await page.getByLabel('Email').fill('floor@example.org');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByLabel('Weekly goal').selectOption({ label: 'Lose 2 pounds per week' });
    await page.getByLabel('Female').check();
    await page.getByLabel('Height (ft)').fill('4');
    await page.getByLabel('Height (in)').fill('11');
    await page.getByLabel('Weight (lb)').fill('100');
    await page.getByLabel('Age (years)').fill('70');
    await page.getByLabel('Activity level').selectOption('sedentary');
    await page.getByRole('button', { name: 'Show my daily budget' }).click();
    await page.getByRole('heading', { name: 'Your daily budget' }).waitFor();
    const budgetCard = page.locator('.budget');
    const floorText = await budgetCard.textContent();
    assert.doesNotMatch(floorText, /Plus 145/);
    assert.doesNotMatch(floorText, /lose about/);
    assert.match(floorText, /Minus 1,000 kcal a day for your goal/);
    assert.match(floorText, /below the floor of 1,200 kcal a day, so your budget is 1,200 kcal/);
    const note = await page.getByRole('note').filter({ hasText: 'floor' }).textContent();
    assert.match(note, /you would gain about 0\.3 pounds a week, not lose 2 pounds/);
    assert.match(note, /No goal of losing or even keeping your weight fits above the floor/);
    await shot(page, 'desktop-floor');
    await page.getByRole('button', { name: 'Continue to Today' }).click();
    await page.getByRole('region', { name: 'Lunch' }).waitFor();
    const floorPhone = await phoneOf(desktopContext);
    await floorPhone.goto(base + '/#/settings');
    await floorPhone.getByRole('note').filter({ hasText: 'you would gain about 0.3 pounds a week' }).waitFor();
    await fitsWidth(floorPhone, 'the floor note');
    await floorPhone.getByRole('note').filter({ hasText: 'floor' }).scrollIntoViewIfNeeded();
    await shot(floorPhone, 'phone-floor');
    await floorPhone.context().close();
    await desktopContext.close();
  });
  await point('8: an empty day shows Food "—", not "?"', async () => {
    // 8 (empty day): Food showed "?" for a day with nothing logged.
    const { page, context } = await person('empty@example.org');
    const foodFigure = page.getByRole('region', { name: 'Calories' }).locator('.fig').filter({ hasText: 'Food' }).locator('strong');
    assert.equal(await foodFigure.textContent(), '—');
    await context.close();
  });
  await point('2: a favourite opens its food (never /foods/undefined), shows "Favourite ★ (remove)", and remove removes it', async () => {
    // 2. Favourites: a favourite in the picker asked for /api/v1/foods/undefined,
    // "remove" added it again, and reopening it said "Add to favourites".
    const { page, context, lunch } = await person('favourites@example.org');
    const asked = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/foods/')) asked.push(new URL(r.url()).pathname); });
    await lunch.getByRole('button', { name: 'Add food to Lunch' }).click();
    const picker = page.getByRole('dialog');
    await page.getByLabel('Search foods').fill('spinach');
    await picker.getByRole('button', { name: /^Spinach, raw/ }).click();
    await picker.getByRole('button', { name: 'Add to favourites' }).click();
    await picker.getByRole('button', { name: 'Favourite ★ (remove)' }).waitFor();
    await picker.getByRole('button', { name: 'Close' }).click();
    await lunch.getByRole('button', { name: 'Add food to Lunch' }).click();
    await picker.getByRole('button', { name: /^Spinach, raw ★ favourite/ }).click();
    await picker.getByRole('heading', { name: 'Spinach, raw' }).waitFor();
    await picker.getByRole('button', { name: 'Favourite ★ (remove)' }).waitFor();
    assert.ok(!asked.includes('/api/v1/foods/undefined'), `asked ${asked.join(', ')}`);
    await shot(page, 'desktop-favourite');
    await picker.getByRole('button', { name: 'Favourite ★ (remove)' }).click();
    await picker.getByRole('button', { name: 'Add to favourites' }).waitFor();
    assert.deepEqual((await api(page, 'GET', '/favourites')).body.foods, []);
    await picker.getByRole('button', { name: 'Close' }).click();
    await lunch.getByRole('button', { name: 'Add food to Lunch' }).click();
    await picker.getByRole('status').filter({ hasText: 'Type to search the foods.' }).waitFor();
    assert.equal(await picker.getByRole('button', { name: /★ favourite/ }).count(), 0);
    await picker.getByRole('button', { name: 'Close' }).click();
    await context.close();
  });
  await point('8: a portion keeps the amount typed; entries read "1 cup" and "2 fl oz" (also one stored as "2 x 1 fl oz"); one "fl oz" and one "cup" choice, each labelled with the grams of one', async () => {
    // 8 (inputs): picking a portion reset the amount typed; entries read
    // "1 x 1 cup" and "2 x 1 fl oz"; "oz (85 g)" for a 3 oz portion; "cup" twice.
    const { page, context, lunch, picker, today } = await person('inputs@example.org');
    await lunch.getByRole('button', { name: 'Add food to Lunch' }).click();
    await page.getByLabel('Search foods').fill('milk whole');
    await picker.getByRole('button', { name: /^Milk, whole, 3\.25% milkfat, with added vitamin D/ }).first().click();
    await page.getByLabel('Amount').fill('2');
    await page.getByLabel('Unit').selectOption({ label: 'fl oz (30.5 g)' });
    assert.equal(await page.getByLabel('Amount').inputValue(), '2');
    await picker.getByText('61 g,').waitFor();
    await page.getByRole('button', { name: 'Add to Lunch' }).click();
    await lunch.getByText('2 fl oz', { exact: true }).waitFor();
    await lunch.getByRole('button', { name: 'Add food to Lunch' }).click();
    await page.getByLabel('Search foods').fill('milk whole');
    await picker.getByRole('button', { name: /^Milk, whole, 3\.25% milkfat, with added vitamin D/ }).first().click();
    await page.getByLabel('Unit').selectOption({ label: 'cup (244 g)' });
    await page.getByLabel('Amount').fill('1');
    await page.getByRole('button', { name: 'Add to Lunch' }).click();
    await lunch.getByText('1 cup', { exact: true }).waitFor();
    assert.equal(await lunch.getByText(/ x /).count(), 0);
    const unitLabels = async (query, name) => {
      await lunch.getByRole('button', { name: 'Add food to Lunch' }).click();
      await page.getByLabel('Search foods').fill(query);
      await picker.getByRole('button', { name }).first().click();
      const labels = await page.getByLabel('Unit').evaluate((s) => [...s.options].map((o) => o.textContent));
      await picker.getByRole('button', { name: 'Close' }).click();
      return labels;
    };
    const coffee = await unitLabels('coffee brewed', /^Coffee, brewed from grounds, prepared with tap water/);
    assert.deepEqual(coffee.filter((l) => l.startsWith('fl oz')), ['fl oz (29.6 g)']);  // not also "fl oz (178 g)"
    const ricotta = await unitLabels('ricotta', /^Cheese, ricotta, whole milk/);
    assert.equal(ricotta.filter((l) => l.startsWith('cup ')).length, 1, ricotta.join(' | '));
    // Text stored before ("2 x 1 fl oz") still reads, in the new form.
    const milkEntry = (await api(page, 'GET', `/diary/${today}`)).body.meals.lunch.find((e) => e.amount === '2 fl oz');
    const old = spawnSync('sqlite3', [dbFile, `UPDATE diary_entries SET amount_text = '2 x 1 fl oz' WHERE id = ${milkEntry.id}`]);
    assert.equal(old.status, 0, String(old.stderr));
    await page.waitForTimeout(150);  // other writers are seen within 100 ms
    await page.reload();
    await lunch.getByText('2 fl oz', { exact: true }).waitFor();
    await context.close();
  });
  await point('4: refused edits, water, exercise, deletes and weights say the server\'s message beside the control, in the person\'s units ("100,000 g", "500 fl oz", "2,200 lb"), cleared on the next edit', async () => {
    // 4. Silent failures: a 422 on editing an entry (100000 g), on copy,
    // delete, water or exercise showed nothing. (Copy: point 7.)
    const { page, context, lunch, today } = await person('failures@example.org');
    await api(page, 'POST', `/diary/${today}/entries`, { meal: 'lunch', food_id: '11457', amount: 1, portion: 'cup' });
    await page.reload();
    await lunch.getByRole('button', { name: 'Edit Spinach, raw' }).click();
    const grams = page.getByLabel('Grams of Spinach, raw');
    await grams.fill('100000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[aria-invalid="true"]').waitFor();
    assert.equal(await grams.getAttribute('aria-invalid'), 'true');
    const said = await page.locator(`#${await grams.getAttribute('aria-errormessage')}`).textContent();
    assert.equal(said, '100,000 g is more than one entry can hold (10,000 g): split it or check for a typo');
    assert.doesNotMatch(said, /e\+/);
    await shot(page, 'desktop-edit-refused');
    await grams.fill('50');
    assert.equal(await grams.getAttribute('aria-invalid'), null);
    assert.equal(await page.getByText('100,000 g is more').count(), 0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await lunch.getByRole('button', { name: 'Edit Spinach, raw' }).waitFor();  // the day drawn again

    const water = page.getByRole('region', { name: 'Water' });
    await water.getByLabel('Water (fl oz)').fill('500');
    await water.getByRole('button', { name: 'Add water' }).click();
    await water.getByText('500 fl oz is more than one entry can hold (338.1 fl oz)').waitFor();
    assert.equal(await water.getByLabel('Water (fl oz)').getAttribute('aria-invalid'), 'true');
    await water.getByLabel('Water (fl oz)').fill('10');
    assert.equal(await water.getByText('500 fl oz is more').count(), 0);

    const exercise = page.getByRole('region', { name: 'Exercise' });
    await exercise.locator('select option').first().waitFor({ state: 'attached' });
    await exercise.getByLabel('Minutes').fill('2000');
    await exercise.getByRole('button', { name: 'Add exercise' }).click();
    await exercise.getByText('2,000 minutes is more than a day holds (1,440 minutes)').waitFor();
    assert.equal(await exercise.getByLabel('Minutes').getAttribute('aria-invalid'), 'true');
    await shot(page, 'desktop-water-exercise-refused');

    // Deleted elsewhere, then deleted here: the server's 404 is said by the row.
    const spinach = (await api(page, 'GET', `/diary/${today}`)).body.meals.lunch[0];
    await api(page, 'DELETE', `/diary/entries/${spinach.id}`);
    await lunch.getByRole('button', { name: 'Delete Spinach, raw' }).click();
    await lunch.getByRole('alert').filter({ hasText: String(spinach.id) }).waitFor();

    const phone = await phoneOf(context);
    await phone.goto(base + '/#/today');
    const phoneWater = phone.getByRole('region', { name: 'Water' });
    await phoneWater.getByLabel('Water (fl oz)').fill('500');
    await phoneWater.getByRole('button', { name: 'Add water' }).click();
    await phoneWater.getByText('500 fl oz is more than one entry can hold').waitFor();
    await fitsWidth(phone, 'a refused water entry');
    await phoneWater.scrollIntoViewIfNeeded();
    await shot(phone, 'phone-water-refused');

    await page.getByRole('link', { name: 'Weight', exact: true }).click();
    await page.getByLabel('Weight (lb)').fill('2200');
    await page.getByRole('button', { name: 'Log weight' }).click();
    const weightMessage = page.getByText('2,200 lb is more than a weight can be (992.1 lb)');
    await weightMessage.waitFor();
    assert.equal(await page.getByText(/weight_kg/).count(), 0);
    assert.equal(await page.getByLabel('Weight (lb)').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Weight (lb)').fill('155');
    assert.equal(await weightMessage.count(), 0);
    await phone.context().close();
    await context.close();
  });
  await point('8 and 6: a weigh-in after today is refused; a new one moves the profile and Today\'s budget, and says so', async () => {
    // 8 (future weigh-in) and 6 (a new weigh-in updates the budget and says so).
    const { page, context, lunch, today } = await person('weighin@example.org');
    await page.getByRole('link', { name: 'Weight', exact: true }).click();
    await page.getByRole('button', { name: 'Log weight' }).waitFor();
    const tomorrow = addDays(today, 1);
    assert.equal(await page.getByLabel('Date').getAttribute('max'), today);
    const future = await api(page, 'POST', '/weights', { date: tomorrow, weight_kg: 70 });
    assert.equal(future.status, 422);
    assert.equal(future.body.error.field, 'date');
    const budgetBefore = (await api(page, 'GET', '/goal')).body.budget_kcal;
    await page.getByLabel('Weight (lb)').fill('150');
    await page.getByRole('button', { name: 'Log weight' }).click();
    const moved = page.getByRole('status').filter({ hasText: "Your profile's weight is now 150 lb" });
    await moved.waitFor();
    const budgetAfter = (await api(page, 'GET', '/goal')).body.budget_kcal;
    assert.ok(budgetAfter < budgetBefore, `${budgetAfter} < ${budgetBefore}`);
    assert.match(await moved.textContent(), new RegExp(`budget is now ${Math.round(budgetAfter).toLocaleString('en-US')} kcal \\(was ${Math.round(budgetBefore).toLocaleString('en-US')}\\)`));
    await shot(page, 'desktop-weigh-in-budget');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    assert.equal(await page.getByLabel('Weight (lb)').inputValue(), '150');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await lunch.waitFor();
    const todayBudget = Number((await page.getByRole('region', { name: 'Calories' }).locator('.fig').filter({ hasText: 'Budget' })
      .locator('strong').textContent()).replace(/,/g, ''));
    assert.equal(todayBudget, Math.round(budgetAfter));
    await context.close();
    return `8 and 6: a weigh-in after today is refused; a new one moves the profile to 150 lb and Today's budget to ${todayBudget} kcal, and says so`;
  });
  await point('6: the Weight screen\'s recalibrated budget can be applied, and Today shows it; back to the formula', async () => {
    // 6 (last part): "the Weight screen offers a recalibrated budget that
    // cannot be applied". Fifteen fully logged days, each with a weigh-in
    // 0.1 kg lower, give the adaptive estimate.
    const { page, context, lunch, today } = await person('adaptive@example.org');
    const food = await api(page, 'POST', '/foods',
      { name: 'Adaptive stew', serving_grams: 100, per: '100g', nutrients: { energy: 500 } });
    assert.equal(food.status, 201);
    for (let offset = -14; offset <= 0; offset++) {
      const date = addDays(today, offset);
      for (const meal of ['breakfast', 'lunch', 'dinner']) {
        assert.equal((await api(page, 'POST', `/diary/${date}/entries`, { meal, food_id: food.body.id, grams: 150 })).status, 201);
      }
      assert.equal((await api(page, 'POST', '/weights', { date, weight_kg: 75 - 0.1 * (offset + 14) })).status, 201);
    }
    const formula = (await api(page, 'GET', '/goal')).body;
    const projection = (await api(page, 'GET', '/projection')).body;
    assert.notEqual(projection.recalibrated_budget_kcal, null);
    const recalibrated = Math.round(projection.recalibrated_budget_kcal);
    assert.notEqual(recalibrated, Math.round(formula.budget_kcal), 'the test needs them apart');
    await page.getByRole('link', { name: 'Weight', exact: true }).click();
    const card = page.getByRole('region', { name: 'What you burn' });
    await card.getByRole('button', { name: 'Use this budget' }).click();
    const said = page.getByRole('status').filter({ hasText: `Your daily budget is now ${recalibrated.toLocaleString('en-US')} kcal` });
    await said.waitFor();
    const goal = (await api(page, 'GET', '/goal')).body;
    assert.equal(goal.maintenance_source, 'adaptive');
    assert.equal(Math.round(goal.budget_kcal), recalibrated);
    await card.getByRole('button', { name: 'Back to the formula' }).waitFor();
    assert.equal(await card.getByRole('button', { name: 'Use this budget' }).count(), 0);
    await shot(page, 'desktop-adaptive-budget');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await lunch.waitFor();
    const todayBudget = Number((await page.getByRole('region', { name: 'Calories' }).locator('.fig').filter({ hasText: 'Budget' })
      .locator('strong').textContent()).replace(/,/g, ''));
    assert.equal(todayBudget, recalibrated);
    await page.getByRole('link', { name: 'Weight', exact: true }).click();
    await card.getByRole('button', { name: 'Back to the formula' }).click();
    await page.getByRole('status').filter({ hasText: "Your daily budget is the formula's again" }).waitFor();
    assert.equal((await api(page, 'GET', '/goal')).body.maintenance_source, 'formula');
    await card.getByRole('button', { name: 'Use this budget' }).waitFor();
    await context.close();
    return `6: the recalibrated budget applied (${recalibrated} kcal, the formula's ${Math.round(formula.budget_kcal)}) is Today's budget; back to the formula`;
  });
  await point('6: the suggestions count exercise as Today does', async () => {
    // 6 (suggestions): they said 0 kcal left while Today said 43 (exercise left out).
    const { page, context, lunch, exercise, today } = await person('kcal-left@example.org');
    await api(page, 'POST', `/diary/${today}/entries`, { meal: 'dinner', food_id: '20037', grams: 150 });
    await page.reload();
    await lunch.waitFor();
    await exercise.locator('select option').first().waitFor({ state: 'attached' });
    await exercise.getByLabel('Minutes').fill('30');
    await exercise.getByRole('button', { name: 'Add exercise' }).click();
    await exercise.getByRole('listitem').first().waitFor();
    const remaining = await page.getByLabel('Calories remaining').textContent();
    await page.getByRole('link', { name: 'Nutrients', exact: true }).click();
    const left = await page.locator('.kcal-left').textContent();
    assert.ok(left.startsWith(`${remaining} kcal left today`), `${left} vs ${remaining} on Today`);
    await context.close();
    return `6: the suggestions count exercise as Today does (${remaining} kcal left on both)`;
  });
  await point('9: "Add" redraws the bars; every suggestion says what it adds; oxalate-rich foods are not counted for calcium or iron, and the note says why', async () => {
    // 9. Suggestions: "Add" left the bars stale; one read just "adds"; spinach
    // was offered for calcium.
    const { page, context, lunch, today } = await person('suggestions@example.org');
    await api(page, 'POST', `/diary/${today}/entries`, { meal: 'dinner', food_id: '20037', grams: 150 });
    await page.getByRole('link', { name: 'Nutrients', exact: true }).click();
    await page.getByRole('heading', { name: 'Suggestions' }).waitFor();
    const small = await page.locator('.suggestion small').allTextContents();
    assert.ok(small.length > 0, 'suggestions shown');
    for (const s of small) assert.match(s, /^adds \S/, `"${s}"`);
    const absorption = page.getByRole('note').filter({ hasText: 'oxalate' });
    await absorption.waitFor();
    for (const row of await page.locator('.suggestion').allTextContents()) {
      if (/^(Spinach|Rhubarb|Beet greens|Chard, swiss),/.test(row)) assert.doesNotMatch(row, /Calcium|Iron/, row);
    }
    const todayBars = page.getByRole('region', { name: 'Today' });
    const magnesiumBefore = await todayBars.getByRole('group', { name: 'Magnesium' }).locator('.value').textContent();
    await page.locator('.suggestion').first().getByRole('button', { name: /^Add / }).click();
    await page.waitForFunction((before) => {
      const v = [...document.querySelectorAll('section[aria-label="Today"] [role="group"][aria-label="Magnesium"] .value')];
      return v.length === 1 && v[0].textContent !== before;
    }, magnesiumBefore);
    await page.getByRole('heading', { name: 'Suggestions' }).waitFor();
    await shot(page, 'desktop-suggestions');
    await page.getByRole('region', { name: 'Suggestions' }).screenshot({ path: path.join(shotDir, 'fixes-desktop-suggestions-card.png') });
    const phoneN = await phoneOf(context);
    await phoneN.goto(base + '/#/nutrients');
    await phoneN.getByRole('heading', { name: 'Suggestions' }).waitFor();
    await fitsWidth(phoneN, 'the suggestions');
    await phoneN.getByRole('region', { name: 'Suggestions' }).screenshot({ path: path.join(shotDir, 'fixes-phone-suggestions-card.png') });
    await phoneN.context().close();
    await context.close();
    return `9: "Add" redraws the bars (magnesium ${magnesiumBefore.trim()} before); every suggestion says what it adds; oxalate-rich foods are not counted for calcium or iron, and the note says why`;
  });
  await point('copy a meal or the whole day to any date, with its undo and the refusal of a second copy', async () => {
    // Issue 16, "Faster logging": copy a meal or a day to any date (only
    // yesterday's meal to the day shown could be copied).
    const { page, context, lunch, today } = await person('copy-any@example.org');
    for (const [meal, food, grams] of [['lunch', '11457', 30], ['lunch', '09003', 182], ['dinner', '01123', 50]]) {
      assert.equal((await api(page, 'POST', `/diary/${today}/entries`, { meal, food_id: food, grams })).status, 201);
    }
    await page.reload();
    await lunch.getByText('Spinach, raw').waitFor();
    const later = addDays(today, 3);
    const longLater = new Date(`${later}T12:00:00`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
    await lunch.getByRole('button', { name: 'Copy Lunch to another date' }).click();
    const form = lunch.getByRole('form', { name: 'Copy Lunch to another date' });
    await form.getByLabel('Copy to date').fill(later);
    await shot(page, 'desktop-copy-to-date');
    await form.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Copied 2 entries from Lunch of` }).filter({ hasText: `to ${longLater}` }).waitFor();
    let copied = (await api(page, 'GET', `/diary/${later}`)).body.meals;
    assert.deepEqual(copied.lunch.map((e) => e.food_id).sort(), ['09003', '11457']);
    assert.equal(copied.dinner.length, 0);
    await page.getByRole('button', { name: 'Undo copy' }).click();
    await page.getByRole('status').filter({ hasText: `Undone: the entries copied to ${longLater} were removed.` }).waitFor();
    assert.equal((await api(page, 'GET', `/diary/${later}`)).body.meals.lunch.length, 0);

    // The whole day, twice: the second is refused until "Copy again".
    const dayCopy = page.getByRole('region', { name: 'Copy this day' });
    for (let i = 0; i < 2; i++) {
      await dayCopy.getByRole('button', { name: 'Copy this day to another date' }).click();
      await dayCopy.getByLabel('Copy to date').fill(later);
      await dayCopy.getByRole('button', { name: 'Copy', exact: true }).click();
      if (i === 0) await page.getByRole('status').filter({ hasText: 'Copied 3 entries from the day' }).waitFor();
    }
    await page.getByRole('alert').filter({ hasText: 'nothing was copied' }).waitFor();
    copied = (await api(page, 'GET', `/diary/${later}`)).body.meals;
    assert.equal(copied.lunch.length + copied.dinner.length, 3);
    // Escape closes the form and gives the focus back to its button.
    const opener = lunch.getByRole('button', { name: 'Copy Lunch to another date' });
    await opener.click();
    await lunch.getByLabel('Copy to date').press('Escape');
    assert.equal(await opener.getAttribute('aria-expanded'), 'false');
    assert.ok(await opener.evaluate((el) => el === document.activeElement));
    const phone = await phoneOf(context);
    await phone.goto(base + '/#/today');
    const phoneLunch = phone.getByRole('region', { name: 'Lunch' });
    await phoneLunch.getByRole('button', { name: 'Copy Lunch to another date' }).click();
    await fitsWidth(phone, 'the copy-to form');
    await shot(phone, 'phone-copy-to-date');
    await phone.context().close();
    await context.close();
    return `copy a meal (2 entries) and the whole day (3) to ${later}, undo, and the second day copy refused`;
  });
  await point('7: copy says what it copied (or that there was nothing), can be undone, is refused the second time unless "Copy again"; a delete can be undone', async () => {
    // 7. Copy yesterday: nothing copied said nothing; twice duplicated the meal.
    const { page, context, lunch, today, yesterday } = await person('copy@example.org');
    await api(page, 'POST', `/diary/${yesterday}/entries`, { meal: 'lunch', food_id: '11457', amount: 1, portion: 'cup' });
    await page.reload();
    await lunch.waitFor();
    const breakfast = page.getByRole('region', { name: 'Breakfast' });
    await breakfast.getByRole('button', { name: "Copy yesterday's Breakfast" }).click();
    await page.getByRole('status').filter({ hasText: "Yesterday's Breakfast has nothing to copy" }).waitFor();
    await lunch.getByRole('button', { name: "Copy yesterday's Lunch" }).click();
    await page.getByRole('status').filter({ hasText: "Copied 1 entry from yesterday's Lunch: Spinach, raw (1 cup)." }).waitFor();
    await lunch.getByText('Spinach, raw').waitFor();
    await page.getByRole('button', { name: 'Undo copy' }).click();
    await lunch.getByText('Nothing logged yet.').waitFor();
    await lunch.getByRole('button', { name: "Copy yesterday's Lunch" }).click();
    await page.getByRole('button', { name: 'Undo copy' }).waitFor();
    await lunch.getByRole('button', { name: "Copy yesterday's Lunch" }).click();
    const refused = page.getByRole('alert').filter({ hasText: `Lunch on ${today} already has Spinach, raw (1 cup)` });
    await refused.waitFor();
    assert.match(await refused.textContent(), /nothing was copied\. Copy again to add it once more\./);
    assert.equal((await api(page, 'GET', `/diary/${today}`)).body.meals.lunch.length, 1);
    await shot(page, 'desktop-copy-twice');
    const phoneC = await phoneOf(context);
    await phoneC.goto(base + '/#/today');
    await phoneC.getByRole('region', { name: 'Lunch' }).getByRole('button', { name: "Copy yesterday's Lunch" }).click();
    await phoneC.getByRole('alert').filter({ hasText: 'nothing was copied' }).waitFor();
    await fitsWidth(phoneC, 'a refused copy');
    await shot(phoneC, 'phone-copy-twice');
    await phoneC.context().close();
    await page.getByRole('button', { name: 'Copy again' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied 1 entry' }).waitFor();
    assert.equal((await api(page, 'GET', `/diary/${today}`)).body.meals.lunch.length, 2);
    await lunch.getByRole('button', { name: 'Delete Spinach, raw' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Deleted Spinach, raw (1 cup).' }).waitFor();
    assert.equal((await api(page, 'GET', `/diary/${today}`)).body.meals.lunch.length, 1);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await page.getByRole('status').filter({ hasText: 'Undone: Spinach, raw is back.' }).waitFor();
    const back = (await api(page, 'GET', `/diary/${today}`)).body.meals.lunch;
    assert.deepEqual(back.map((e) => e.amount), ['1 cup', '1 cup']);
    await context.close();
  });
  await point('10: a week of 23 kcal days earns no budget badge, and its summary says it was below the floor', async () => {
    // 10. Rewards for under-eating: "First week at or under budget" was earned
    // at 23 kcal a day. The finished week before this one, 23 kcal a day in
    // three meals: no badge, and its summary mentions the floor.
    const { page, context, today } = await person('rewards@example.org');
    const monday = (() => { const d = new Date(`${today}T12:00:00Z`); return addDays(today, -((d.getUTCDay() + 6) % 7) - 7); })();
    for (let i = 0; i < 7; i++) {
      for (const meal of ['breakfast', 'lunch', 'dinner']) {
        await api(page, 'POST', `/diary/${addDays(monday, i)}/entries`, { meal, food_id: '11457', grams: 33 });
      }
    }
    await page.getByRole('link', { name: 'Badges', exact: true }).click();
    const weekBadge = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'First week at or under budget' }) });
    await weekBadge.waitFor();
    assert.match(await weekBadge.textContent(), /Progress: 0 of 7/);
    assert.match(await weekBadge.textContent(), /not below your calorie floor/);
    await page.getByRole('button', { name: 'Notifications' }).click();
    const summary = page.getByRole('listitem').filter({ hasText: `Your week of ${monday}` });
    await summary.waitFor();
    assert.match(await summary.textContent(), /floor 1,200 kcal\)\. That is below your floor of 1,200 kcal a day/);
    await page.getByRole('region', { name: 'Notifications panel' }).getByRole('button', { name: 'Close' }).click();
    await context.close();
  });
  await point('5: the notifications panel fits the phone screen and scrolls, has a close button, and a tap outside closes it', async () => {
    // 5. Phone notifications panel: it could not be scrolled, had no close
    // button, and a tap outside did not close it. Many notifications: a day
    // logged on each of the last 60 days.
    const { page, context, today } = await person('panel@example.org');
    for (let i = 2; i <= 60; i++) await api(page, 'POST', `/diary/${addDays(today, -i)}/entries`, { meal: 'snacks', food_id: '12061', grams: 10 });
    const phoneP = await phoneOf(context);
    await phoneP.goto(base + '/#/today');
    await phoneP.getByRole('region', { name: 'Lunch' }).waitFor();
    const bell = phoneP.getByRole('button', { name: 'Notifications' });
    await bell.click();
    const panel = phoneP.getByRole('region', { name: 'Notifications panel' });
    await panel.getByRole('heading', { name: 'Notifications' }).waitFor();
    const box = await panel.boundingBox();
    assert.ok(box.y + box.height <= 812 + 1, `the panel ends at ${box.y + box.height} px, below the 812 px screen`);
    const scroll = await panel.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    assert.ok(scroll.scroll > scroll.client, `enough notifications to scroll (${scroll.scroll} > ${scroll.client})`);
    await shot(phoneP, 'phone-notifications-open');
    await panel.hover();
    await phoneP.mouse.wheel(0, 600);
    await phoneP.waitForFunction(() => document.getElementById('notif-panel').scrollTop > 0);
    await shot(phoneP, 'phone-notifications-scrolled');
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
    await bell.click();
    await panel.waitFor();
    await phoneP.getByRole('region', { name: 'Lunch' }).tap({ position: { x: 20, y: 20 }, force: true });
    await panel.waitFor({ state: 'hidden' });
    assert.equal(await bell.getAttribute('aria-expanded'), 'false');
    await phoneP.context().close();
    await page.reload();
    await page.getByRole('region', { name: 'Lunch' }).waitFor();
    await page.getByRole('button', { name: 'Notifications' }).click();
    const desktopPanel = page.getByRole('region', { name: 'Notifications panel' });
    await desktopPanel.waitFor();
    await shot(page, 'desktop-notifications-open');
    await page.getByRole('heading', { level: 1 }).click();
    await desktopPanel.waitFor({ state: 'hidden' });
    await context.close();
  });
  await point('3: past midnight the open page moves on to the new day and adds to it', async () => {
    // 3. Overnight: a page left open past midnight added to yesterday. The
    // profile's time zone moves from Pago Pago (UTC-11) to Kiritimati
    // (UTC+14), so the server's today moves on a day while the page is open.
    const { page, context } = await person('overnight@example.org');
    assert.equal((await api(page, 'PUT', '/profile', { ...PROFILE, time_zone: 'Pacific/Pago_Pago' })).status, 200);
    const nightContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState: await context.storageState() });
    watch(nightContext);
    const night = await nightContext.newPage();
    night.on('pageerror', (e) => { pageErrors.push(e); });
    await night.clock.install();
    await night.goto(base + '/#/today');
    const before = (await api(night, 'GET', '/today')).body.date;
    const label = (iso) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    await night.getByRole('heading', { name: `Today, ${label(before)}` }).waitFor();
    assert.equal((await api(night, 'PUT', '/profile', { ...PROFILE, time_zone: 'Pacific/Kiritimati' })).status, 200);
    const after = (await api(night, 'GET', '/today')).body.date;
    assert.equal(after, addDays(before, 1));
    await night.clock.fastForward(61_000);
    await night.getByRole('heading', { name: `Today, ${label(after)}` }).waitFor();
    const nightLunch = night.getByRole('region', { name: 'Lunch' });
    await nightLunch.getByRole('button', { name: 'Add food to Lunch' }).click();
    await night.getByLabel('Search foods').fill('spinach');
    await night.getByRole('dialog').getByRole('button', { name: /^Spinach, raw/ }).first().click();
    await night.getByRole('button', { name: 'Add to Lunch' }).click();
    await nightLunch.getByText('Spinach, raw').first().waitFor();
    const newDay = (await api(night, 'GET', `/diary/${after}`)).body.meals.lunch;
    assert.ok(newDay.some((e) => e.name === 'Spinach, raw'), `added to ${after}`);
    await shot(night, 'desktop-after-midnight');
    await nightContext.close();
    await context.close();
    return `3: past midnight (the server's today ${before} -> ${after}) the open page moves on to the new day and adds to it`;
  });

  await Promise.all(pending.splice(0));
  assert.deepEqual(mismatches, [], `responses that do not match docs/openapi.yaml:\n${mismatches.join('\n')}`);
  step('every API response matched docs/openapi.yaml');
  assert.deepEqual(failed, [], `points that failed: ${failed.join("; ")}`);
}

try {
  await main();
  console.log(`${passed} passed, 0 failed`);
} catch (e) {
  console.error(e);
  await lastPage?.screenshot({ path: path.join(shotDir, 'fixes-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, 1 failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
