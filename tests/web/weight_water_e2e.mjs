// Issue 16's Weight chart, water in the person's units and exercise with the
// person's own kcal, in a real browser at phone (375 px) and desktop
// (1280 px) width, each with people of their own: one with US units (fl oz,
// lb) and one metric (ml). The real `platewise serve` on a free port with a
// temporary SQLite file, driven through Debian's Chromium by playwright-core;
// screenshots go to SCREENSHOT_DIR as weight-water-*.png. Every API response
// is checked against the served document, as web_e2e does.
// Usage: node weight_water_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-weight-water-'));
const dbFile = path.join(tmp, 'p.db');
mkdirSync(shotDir, { recursive: true });
let server, browser, base, contract, lastPage;
let passed = 0;
const mismatches = [];
const pending = [];
const failed = [];
let pageErrors = [];

const PASSWORD = 'correct horse battery';
const ML_PER_FL_OZ = 29.5735295625;
const US = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57, activity: 'light',
  weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };
const METRIC = { ...US, units: 'metric' };

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// As the app writes a date in the tooltip: "Mon, Jan 5, 2026".
const longDate = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US',
  { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

async function logIn(page, email) {
  await page.getByRole('button', { name: 'I already have an account: log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

// An account made by the administrator's `platewise users add` (sign-up
// takes 10 accounts per client in 15 minutes), with `profile`, signed in on
// a page of the width given and open at Today.
async function person(email, width, profile) {
  const made = spawnSync(binary, ['users', 'add', email, '--password-stdin', '--db', dbFile], { input: `${PASSWORD}\n` });
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
  await logIn(page, email);
  await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
  assert.equal((await pageApi(page, 'PUT', '/profile', profile)).status, 200);
  await page.goto(base + '/#/today');
  await page.reload();
  await page.getByRole('region', { name: 'Water' }).waitFor();
  const today = (await pageApi(page, 'GET', '/today')).body.date;
  return { context, page, today };
}

// The whole page, or one card of it (a locator).
const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `weight-water-${name}.png`), fullPage: true });
const shotOf = (card, name) => card.screenshot({ path: path.join(shotDir, `weight-water-${name}.png`) });

async function fitsWidth(page, what) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `${what}: the page is ${scroll} px wide at ${width} px`);
}

const REMAINING = 'output[aria-label="Calories remaining"]';
const remaining = async (page) => Number((await page.locator(REMAINING).textContent()).replace(/,/g, ''));

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
    await lastPage?.screenshot({ path: path.join(shotDir, `weight-water-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

// A refusal of the amount typed: the server's message, an alert in the Water
// card, the field marked and described by it; gone on the next edit.
async function refused(page, typed, message) {
  const water = page.getByRole('region', { name: 'Water' });
  const amount = water.getByRole('spinbutton', { name: /^Water \(/ });
  await amount.fill(typed);
  await water.getByRole('button', { name: 'Add water' }).click();
  await water.getByRole('alert').filter({ hasText: message }).waitFor();
  const id = await water.getByRole('alert').getAttribute('id');
  const alert = page.locator(`#${id}`);
  assert.equal(await alert.textContent(), message);
  assert.equal(await amount.getAttribute('aria-invalid'), 'true', 'the amount is marked');
  assert.ok((await amount.getAttribute('aria-describedby') ?? '').split(' ').includes(id), 'described by the message');
  return async () => {
    await amount.fill('1');
    assert.equal(await alert.textContent(), '', 'the message clears on the next edit');
    assert.equal(await amount.getAttribute('aria-invalid'), null);
    await amount.fill('');
  };
}

async function usWater(page, w) {
  const water = page.getByRole('region', { name: 'Water' });
  const total = water.locator('.water-total');
  assert.equal(await total.textContent(), '0 fl oz');
  await water.getByRole('button', { name: 'Add a bottle (16 fl oz)' }).click();
  await total.filter({ hasText: /^16 fl oz$/ }).waitFor();
  await water.getByLabel('Water (fl oz)').fill('10');
  await water.getByRole('button', { name: 'Add water' }).click();
  await total.filter({ hasText: /^26 fl oz$/ }).waitFor();
  await water.getByRole('button', { name: 'Remove the last (10 fl oz)' }).waitFor();
  // Stored as ml unrounded: 26 fl oz are 768.91 ml, not 26 x 29.6 or 780.
  const day = (await pageApi(page, 'GET', `/diary/${(await pageApi(page, 'GET', '/today')).body.date}`)).body;
  assert.ok(Math.abs(day.water_ml - 26 * ML_PER_FL_OZ) < 1e-6, `water_ml ${day.water_ml}`);
  await fitsWidth(page, `water at ${w} px`);
  await shotOf(water, `${w}-water-us`);
  return `${w} px: 16 fl oz and 10 fl oz typed show 26 fl oz (${day.water_ml} ml stored)`;
}

async function usRefused(page, w) {
  const water = page.getByRole('region', { name: 'Water' });
  const clear = await refused(page, '500', '500 fl oz is more than one entry can hold (338.1 fl oz)');
  await fitsWidth(page, `a refused amount at ${w} px`);
  await shotOf(water, `${w}-water-refused`);
  await clear();
  const clearNegative = await refused(page, '-8', 'water must be more than 0 fl oz, got -8 fl oz');
  await clearNegative();
  await water.locator('.water-total').filter({ hasText: /^26 fl oz$/ }).waitFor();
}

async function customExercise(page, w) {
  const exercise = page.getByRole('region', { name: 'Exercise' });
  const activity = exercise.getByLabel('Activity');
  await activity.locator('option').nth(1).waitFor({ state: 'attached' });
  const before = await remaining(page);
  await activity.selectOption({ label: 'Other: enter the kcal yourself' });
  assert.equal(await exercise.getByLabel('Minutes').isVisible(), false, 'no minutes for my own kcal');
  await exercise.getByLabel('Description').fill('Dancing');
  await exercise.getByLabel('Calories burned (kcal)').fill('150');
  await exercise.getByRole('button', { name: 'Add exercise' }).click();
  await exercise.getByRole('listitem').filter({ hasText: 'Dancing' }).filter({ hasText: '150 kcal' }).waitFor();
  await page.waitForFunction(([sel, b]) => Number(document.querySelector(sel)?.textContent?.replace(/,/g, '')) !== b,
    [REMAINING, before]);
  const after = await remaining(page);
  assert.equal(after, before + 150, `calories remaining ${before} -> ${after}`);
  // A refused kcal: the server's message beside the kcal field.
  const select = exercise.getByLabel('Activity');
  await select.selectOption({ label: 'Other: enter the kcal yourself' });
  await exercise.getByLabel('Description').fill('Marathon');
  await exercise.getByLabel('Calories burned (kcal)').fill('25000');
  await exercise.getByRole('button', { name: 'Add exercise' }).click();
  await exercise.getByRole('alert').filter({ hasText: 'kcal must be more than 0 and at most 20000' }).waitFor();
  assert.equal(await exercise.getByLabel('Calories burned (kcal)').getAttribute('aria-invalid'), 'true');
  await fitsWidth(page, `exercise at ${w} px`);
  await shotOf(exercise, `${w}-exercise-custom`);
  return `${w} px: 150 kcal of my own raise calories remaining from ${before} to ${after}; 25,000 kcal is refused beside the field`;
}

async function metricWater(page, w) {
  const water = page.getByRole('region', { name: 'Water' });
  const total = water.locator('.water-total');
  assert.equal(await total.textContent(), '0 ml');
  assert.equal(await water.getByText(/fl oz/).count(), 0, 'no fl oz for a metric person');
  await water.getByRole('button', { name: 'Add a glass (250 ml)' }).click();
  await total.filter({ hasText: /^250 ml$/ }).waitFor();
  await water.getByLabel('Water (ml)').fill('330');
  await water.getByRole('button', { name: 'Add water' }).click();
  await total.filter({ hasText: /^580 ml$/ }).waitFor();
  const clear = await refused(page, '20000', '20,000 ml is more than one entry can hold (10,000 ml)');
  await shotOf(water, `${w}-water-metric`);
  await clear();
}

// The chart's lines and points as drawn.
async function drawn(page) {
  return page.locator('.weight-chart').evaluate((chart) => {
    const svg = chart.querySelector('svg.chart-svg');
    const width = Number(svg.getAttribute('width'));
    return {
      legend: [...chart.querySelectorAll('ul.legend li')].map((li) => li.textContent),
      lines: svg.querySelectorAll('path').length,
      points: [...svg.querySelectorAll('circle.weigh-in')].map((c) => Number(c.getAttribute('cx')) / width),
      label: svg.getAttribute('aria-label'),
    };
  });
}

async function weightChart(page, today, w) {
  const dates = [addDays(today, -21), addDays(today, -14), addDays(today, -7), today];
  const pounds = [162, 161, 160.4, 159];
  for (let i = 0; i < dates.length; i++) {
    const r = await pageApi(page, 'POST', '/weights', { date: dates[i], weight_kg: pounds[i] * 0.45359237 });
    assert.equal(r.status, 201);
  }
  await page.goto(base + '/#/weight');
  await page.getByRole('heading', { name: 'Weight', level: 1 }).waitFor();
  await page.locator('circle.weigh-in').nth(3).waitFor();
  // By default: the weigh-ins' dates, their trend, no projection.
  const toggle = page.getByRole('checkbox', { name: 'Show projection (a year ahead)' });
  assert.equal(await toggle.isChecked(), false, 'the projection is off by default');
  let d = await drawn(page);
  assert.deepEqual(d.legend, ['Weigh-ins', 'Trend']);
  assert.equal(d.lines, 1, 'the trend alone');
  assert.equal(d.points.length, 4);
  assert.ok(d.points[0] < 0.2 && d.points[3] > 0.85, `the weigh-ins span the chart: ${d.points}`);
  const short = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US',
    { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
  assert.equal(d.label, `Weight chart in lb, ${short(dates[0])} to ${short(today)}`);
  await page.getByRole('figure').getByText(/^Weigh-ins and trend \(lb\)\.$/).waitFor();
  // A point's date and weight on hover (and on a phone, on a tap).
  const tip = page.getByRole('tooltip');
  const second = page.locator('circle.weigh-in').nth(1);
  if (w < 720) await second.tap(); else await second.hover();
  await tip.filter({ hasText: longDate(dates[1]) }).waitFor();
  assert.match(await tip.textContent(), /Weigh-in: 161 lb/);
  assert.equal(await second.getAttribute('aria-label'), `Weigh-in ${longDate(dates[1])}: 161 lb`);
  await fitsWidth(page, `the weight chart at ${w} px`);
  await shot(page, `${w}-chart`);
  // And on focus: one tab stop, the newest; the arrow keys move along.
  await page.mouse.move(0, 0);
  const newest = page.locator('circle.weigh-in[tabindex="0"]');
  assert.equal(await newest.count(), 1, 'one tab stop among the points');
  assert.equal(await newest.getAttribute('data-date'), today);
  await newest.focus();
  await tip.filter({ hasText: longDate(today) }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await tip.filter({ hasText: longDate(dates[2]) }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-date')), dates[2]);
  await page.keyboard.press('Home');
  await tip.filter({ hasText: longDate(dates[0]) }).waitFor();
  // The projection only after the toggle: its two lines, a year past today.
  await toggle.check();
  d = await drawn(page);
  assert.deepEqual(d.legend, ['Weigh-ins', 'Trend', 'Projection: body model', 'Projection: 3500 kcal/lb line']);
  assert.equal(d.lines, 3);
  assert.equal(d.label, `Weight chart in lb, ${short(dates[0])} to ${short(addDays(today, 365))}`);
  assert.ok(d.points[3] < 0.25, `the weigh-ins are the chart's first weeks now: ${d.points}`);
  await page.getByText(/^The projection runs a year from today\./).waitFor();
  await shot(page, `${w}-chart-projection`);
  // Kept while the screen is drawn again (a new weigh-in), and off again on request.
  await page.getByLabel('Weight (lb)').fill('158.6');
  await page.getByRole('button', { name: 'Log weight' }).click();
  await page.getByRole('status').filter({ hasText: "Your profile's weight is now 158.6 lb" }).waitFor();
  assert.equal(await toggle.isChecked(), true);
  assert.equal((await drawn(page)).lines, 3);
  await toggle.uncheck();
  d = await drawn(page);
  assert.deepEqual(d.legend, ['Weigh-ins', 'Trend']);
  assert.equal(await page.getByText(/^The projection runs a year from today\./).isVisible(), false);
  return `${w} px: the chart spans the weigh-ins (${d.label}), legend ${d.legend.join(', ')}, dates on hover and focus, the projection after the toggle`;
}

async function at(w) {
  const us = await person(`us-${w}@example.org`, w, US);
  await point(`${w} px: a person with US units logs 16 fl oz and 10 fl oz typed and sees 26 fl oz`, () => usWater(us.page, w));
  await point(`${w} px: a refused amount shows the server's message in fl oz as an alert, cleared on the next edit`, () => usRefused(us.page, w));
  await point(`${w} px: exercise of my own kcal raises calories remaining by that amount`, () => customExercise(us.page, w));
  await point(`${w} px: the weight chart spans the weigh-ins, names its lines, dates a point on hover and focus, the projection on demand`,
    () => weightChart(us.page, us.today, w));
  await us.context.close();
  const metric = await person(`metric-${w}@example.org`, w, METRIC);
  await point(`${w} px: a metric person sees ml (250 ml, 330 ml typed: 580 ml; 20,000 ml refused in ml)`, () => metricWater(metric.page, w));
  await metric.context.close();
}

async function main() {
  ({ server, base } = await startServe(binary, { dbFile, dataDir, webDir }));
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'weight-water-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
