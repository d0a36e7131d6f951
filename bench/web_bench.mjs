// `platewise-bench web`: how quick logging is in a real browser (Debian's
// Chromium driven by playwright-core) against the real `platewise serve` on a
// temporary SQLite file, at phone width. Three measurements, each beside its
// baseline taken in the same page in the same run:
//   web_search   from the last keystroke of a query typed in "Search foods"
//                to the frame that shows its results, beside the same search
//                asked of the API by fetch() from that page;
//   web_add      from the click on "Add to Lunch" to the frame that shows the
//                new "Calories remaining", beside the requests the add makes
//                (the entry's POST and the day's GET) by fetch();
//   web_actions  the clicks and key presses it takes to log a recent food
//                again with its last amount, and a day of four meals.
// Target (issue 16): under 100 ms for both times; at most 3 actions for a
// recent food. A benchmark, not a test: it prints and asserts nothing.
// Usage: node web_bench.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT [ROUNDS]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, pageApi, startServe } from '../tests/web/browser_world.mjs';

const [binary, dataDir, webDir, webPackage, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 20);
const require = createRequire(path.resolve(webPackage, 'package.json'));
const { chromium } = require('playwright-core');

// Everyday queries, typed a key at a time as a person types (60 ms apart).
const QUERIES = ['banana', 'chicken breast', 'oatmeal', 'greek yogurt', 'apple', 'brown rice', 'egg', 'salmon',
  'peanut butter', 'milk', 'broccoli', 'cheddar cheese', 'coffee', 'orange juice', 'almonds', 'spinach',
  'ground beef', 'potato', 'bread', 'avocado'];
const KEY_DELAY_MS = 60;
const PASSWORD = 'correct horse battery';

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;

// In the page: the time of each key press and of each frame drawn after the
// results list or the calorie figure changed.
function watchPage() {
  window.__bench = { keys: [], resultFrames: [], totalFrames: [], clicks: [] };
  document.addEventListener('keydown', () => window.__bench.keys.push(performance.now()), true);
  document.addEventListener('click', () => window.__bench.clicks.push(performance.now()), true);
  const frame = (list) => requestAnimationFrame(() => list.push(performance.now()));
  new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (target?.closest('ul.results')) { frame(window.__bench.resultFrames); break; }
    }
  }).observe(document.body, { childList: true, subtree: true });
  let remaining = null;
  new MutationObserver(() => {
    const now = document.querySelector('[aria-label="Calories remaining"]')?.textContent ?? null;
    if (now !== null && now !== remaining) { remaining = now; frame(window.__bench.totalFrames); }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

async function timedFetch(page, method, url, body) {
  return page.evaluate(async ({ method, url, body }) => {
    const { csrf_token: csrf } = await (await fetch('/api/v1/account')).json();
    const start = performance.now();
    const r = await fetch(`/api/v1${url}`, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: body === undefined ? undefined : JSON.stringify(body) });
    await r.text();
    return performance.now() - start;
  }, { method, url, body });
}

async function searchTimes(page) {
  const ui = [];
  const api = [];
  await page.getByRole('button', { name: 'Add food to Lunch' }).click();
  const search = page.getByRole('dialog').getByLabel('Search foods');
  for (let i = 0; i < rounds; ++i) {
    const q = QUERIES[i % QUERIES.length];
    await search.fill('');
    await page.waitForTimeout(300);  // the shortcuts drawn, nothing in flight
    await page.evaluate(() => { window.__bench.keys = []; window.__bench.resultFrames = []; });
    await search.pressSequentially(q, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => {
      const last = window.__bench.keys.at(-1);
      return window.__bench.resultFrames.some((t) => t > last);
    }, null, { timeout: 10000 });
    ui.push(await page.evaluate(() => {
      const last = window.__bench.keys.at(-1);
      return window.__bench.resultFrames.find((t) => t > last) - last;
    }));
    api.push(await timedFetch(page, 'GET', `/foods?q=${encodeURIComponent(q)}&limit=15`));
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  return { ui, api };
}

async function addTimes(page, date) {
  const ui = [];
  const api = [];
  for (let i = 0; i < rounds; ++i) {
    await page.getByRole('button', { name: 'Add food to Lunch' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Search foods').fill('banana raw');
    await dialog.getByRole('list', { name: 'Matching foods' }).getByRole('button').first().click();
    const add = dialog.getByRole('button', { name: 'Add to Lunch' });
    await add.waitFor();
    await page.evaluate(() => { window.__bench.clicks = []; window.__bench.totalFrames = []; });
    await add.click();
    await page.waitForFunction(() => {
      const click = window.__bench.clicks.at(-1);
      return click !== undefined && window.__bench.totalFrames.some((t) => t > click);
    }, null, { timeout: 10000 });
    ui.push(await page.evaluate(() => {
      const click = window.__bench.clicks.at(-1);
      return window.__bench.totalFrames.find((t) => t > click) - click;
    }));
    const post = await timedFetch(page, 'POST', `/diary/${date}/entries`, { meal: 'snack', food_id: '09040', grams: 118 });
    const day = await timedFetch(page, 'GET', `/diary/${date}`);
    api.push(post + day);
  }
  return { ui, api };
}

// The actions a person takes, counted as they are made: each click or key
// press on the page is one.
async function actionCounts(page) {
  const counted = async (run) => {
    await page.evaluate(() => { window.__bench.clicks = []; window.__bench.keys = []; });
    await run();
    return page.evaluate(() => window.__bench.clicks.length + window.__bench.keys.length);
  };
  const lunch = page.getByRole('region', { name: 'Lunch' });
  const before = await lunch.getByRole('listitem').count();
  const recent = await counted(async () => {
    await page.getByRole('button', { name: 'Add food to Dinner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /recent/ }).first().click();
    await dialog.getByRole('button', { name: 'Add to Dinner' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
  const quick = await counted(async () => {
    await page.getByRole('button', { name: 'Quick add for Snack' }).click();
    await page.getByRole('dialog').getByLabel(/Calories/).fill('150');
    await page.getByRole('dialog').getByLabel(/Calories/).press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });
  return { recent, quick, lunchEntries: before };
}

async function main() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-web-bench-'));
  const dbFile = path.join(tmp, 'p.db');
  let server;
  let browser;
  try {
    ({ server } = await startServe(binary, { dbFile, dataDir, webDir }).then((s) => { main.base = s.base; return s; }));
    const made = spawnSync(binary, ['users', 'add', 'bench@example.org', '--password-stdin', '--db', dbFile], { input: `${PASSWORD}\n` });
    if (made.status !== 0) throw new Error(String(made.stderr));
    browser = await launchChromium(chromium);
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    await page.goto(main.base + '/');
    await page.getByRole('button', { name: 'I already have an account: log in' }).click();
    await page.getByLabel('Email').fill('bench@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
    await pageApi(page, 'PUT', '/profile', { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57,
      activity: 'light', weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' });
    await page.goto(main.base + '/#/today');
    await page.reload();
    await page.getByRole('region', { name: 'Lunch' }).waitFor();
    await page.evaluate(watchPage);
    const date = (await pageApi(page, 'GET', '/today')).body.date;

    const s = await searchTimes(page);
    const a = await addTimes(page, date);
    const n = await actionCounts(page);
    const line = (name, t) => `${name}  p50 ${ms(percentile(t.ui, 0.5))}  p95 ${ms(percentile(t.ui, 0.95))}` +
      `  (baseline, the same requests by fetch: p50 ${ms(percentile(t.api, 0.5))}; the app adds ${ms(percentile(t.ui, 0.5) - percentile(t.api, 0.5))} at p50)  target < 100 ms`;
    console.log(line(`web_search ${s.ui.length} queries typed at ${KEY_DELAY_MS} ms a key, last key to results drawn`, s));
    console.log(line(`web_add ${a.ui.length} adds, "Add to Lunch" to "Calories remaining" drawn`, a));
    console.log(`web_actions  a recent food again at its last amount: ${n.recent} actions (target <= 3); quick add of 150 kcal: ${n.quick}`);
  } finally {
    await browser?.close().catch(() => {});
    server?.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
