// Issue 16, "installable on a phone", in a real browser: the web app
// manifest (its fields, icons fetched at the sizes it says), the favicon, the
// service worker (served as JavaScript with no-cache; it registers and
// controls the page), a reload with the context offline still showing the
// app, an entry added offline shown as waiting to sync, and, back online,
// synced once, even when the answer to the first sync is lost and the entry
// is sent again (the diary from the API has it exactly once); and the
// "Install" control, there only while the browser offers to install. At
// phone (375 px) and desktop (1280 px) width, each with a person of its own.
// The real `platewise serve` on a free port with a temporary SQLite file,
// driven through Debian's Chromium by playwright-core; screenshots go to
// SCREENSHOT_DIR as installable-*.png. Every API response is checked against
// the served document, as web_e2e does.
// Usage: node installable_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
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

const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-installable-'));
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

function step(name) {
  passed += 1;
  console.log(`ok ${passed} - ${name}`);
}

const shot = (page, name) => page.screenshot({ path: path.join(shotDir, `installable-${name}.png`), fullPage: true });

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
    await lastPage?.screenshot({ path: path.join(shotDir, `installable-failed-${safe}.png`), fullPage: true }).catch(() => {});
  }
}

// The width and height a PNG says it has.
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

async function getFile(url) {
  const r = await fetch(new URL(url, base));
  return { status: r.status, type: r.headers.get('content-type') ?? '', cache: r.headers.get('cache-control') ?? '',
    bytes: Buffer.from(await r.arrayBuffer()) };
}

// The manifest the page links, its fields and every icon it names; the
// worker's script and the favicon, as the server sends them.
async function manifestAndFiles(page) {
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  assert.ok(href, 'the page links a manifest');
  const file = await getFile(href);
  assert.equal(file.status, 200);
  assert.equal(file.type, 'application/manifest+json');
  const manifest = JSON.parse(file.bytes.toString('utf8'));
  assert.equal(manifest.name, 'Platewise');
  assert.equal(manifest.short_name, 'Platewise');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  const themeMeta = await page.locator('meta[name=theme-color]').getAttribute('content');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  assert.equal(manifest.theme_color, themeMeta, 'the page and the manifest have one theme colour');
  const icons = [];
  for (const icon of manifest.icons) {
    const got = await getFile(icon.src);
    assert.equal(got.status, 200, icon.src);
    assert.equal(got.type, icon.type, icon.src);
    assert.equal(pngSize(got.bytes), icon.sizes, `${icon.src} is the size the manifest says`);
    icons.push(`${icon.sizes} ${icon.purpose ?? 'any'}`);
  }
  for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(icons.includes(want), `an icon ${want}: ${icons}`);
  const worker = await getFile('/sw.js');
  assert.equal(worker.status, 200);
  assert.match(worker.type, /^text\/javascript/);
  assert.equal(worker.cache, 'no-cache', 'the worker is asked again every time');
  assert.equal(file.cache, 'no-cache', 'the manifest is asked again every time');
  const iconHref = await page.locator('link[rel=icon]').getAttribute('href');
  const favicon = await getFile(iconHref);
  assert.equal(favicon.status, 200, 'the favicon is served');
  assert.equal(favicon.type, 'image/svg+xml');
  assert.match(favicon.bytes.toString('utf8'), /^<svg /);
  const ico = await getFile('/favicon.ico');
  assert.equal(ico.status, 200, '/favicon.ico too, for whatever asks for it');
  assert.equal(ico.type, 'image/x-icon');
  // The icons as a person sees them, to look at.
  const view = await browser.newPage({ viewport: { width: 560, height: 290 } });
  await view.setContent(`<body style="margin:0;padding:16px;background:#ddd;display:flex;gap:16px;align-items:start">
    <img src="${base}/icon-192.png"><img src="${base}/icon-maskable-512.png" width="256" style="border-radius:50%">
    <img src="${base}${iconHref}" width="48"><img src="${base}${iconHref}" width="16"></body>`);
  await view.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await view.screenshot({ path: path.join(shotDir, 'installable-icons.png') });
  await view.close();
}

// An account made by the administrator's `platewise users add`, with a
// profile, signed in on a page of the width given, at Today.
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
  await page.getByRole('button', { name: 'I already have an account: log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
  assert.equal((await pageApi(page, 'PUT', '/profile', PROFILE)).status, 200);
  await page.goto(base + '/#/today');
  await page.reload();
  await page.getByRole('region', { name: 'Lunch' }).waitFor();
  const today = (await pageApi(page, 'GET', '/today')).body.date;
  return { context, page, today };
}

// The day as the server has it, asked from node with the page's session
// cookie (the page itself may be offline).
async function serverDay(context, date) {
  const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ');
  const r = await fetch(`${base}/api/v1/diary/${date}`, { headers: { Cookie: cookie, Accept: 'application/json' } });
  assert.equal(r.status, 200);
  return r.json();
}

const statusLine = (page) => page.locator('.status-line');

async function workerControls(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${base}/`, 'the worker serves the whole app');
}

async function logSpinach(page, mealLabel, { search }) {
  const meal = page.getByRole('region', { name: mealLabel });
  await meal.getByRole('button', { name: `Add food to ${mealLabel}` }).click();
  const picker = page.getByRole('dialog');
  if (search) await page.getByLabel('Search foods').fill('spinach');
  await picker.getByRole('button', { name: /^Spinach, raw/ }).first().click();
  await picker.getByRole('heading', { name: 'Spinach, raw' }).waitFor();
  await page.getByLabel('Amount').fill('60');
  await page.getByLabel('Unit').selectOption('g');
  await picker.getByRole('button', { name: `Add to ${mealLabel}` }).click();
  await picker.waitFor({ state: 'detached' });
  return meal;
}

async function offlineAndBack(w) {
  const { context, page, today } = await person(`installable-${w}@example.org`, w);
  await point(`${w} px: the service worker registers and controls the page`, () => workerControls(page));

  await point(`${w} px: with the context offline, a reload still shows the app (the day as last seen); an entry added offline is shown as waiting to sync`, async () => {
    // Online first: a food logged (so it is a recent food), and a reload
    // through the worker, which keeps what the app needs offline.
    const lunch = await logSpinach(page, 'Lunch', { search: true });
    await lunch.getByText('Spinach, raw').waitFor();
    await page.reload();
    await lunch.getByText('Spinach, raw').waitFor();
    // The page keeps its recent foods again once a food is logged.
    await page.waitForFunction(async () => {
      const hit = await caches.match(`${location.origin}/api/v1/diary/recent-foods?limit=100`, { cacheName: 'platewise-api' });
      return hit !== undefined && (await hit.json()).foods.some((f) => f.food_id === '11457');
    });
    await context.setOffline(true);
    const reloaded = await page.reload();
    assert.equal(reloaded.fromServiceWorker(), true, 'the page came from the service worker');
    await lunch.getByText('Spinach, raw').waitFor();
    await statusLine(page).getByText('Offline: this is the day as this device last saw it.').waitFor();
    const reached = await page.evaluate(() => fetch('/api/v1/today').then(() => true, () => false));
    assert.equal(reached, false, 'the server cannot be reached: the day shown is the one kept');
    await shot(page, `${w}-offline`);
    const dinner = await logSpinach(page, 'Dinner', { search: false });
    const row = dinner.locator('li.entry.pending');
    await row.filter({ hasText: 'Spinach, raw' }).getByText('waiting to sync').waitFor();
    await statusLine(page).getByText('1 entry waiting to sync').waitFor();
    await dinner.getByText('0 kcal (+14 waiting)').waitFor();  // not in the totals until synced
    assert.equal((await serverDay(context, today)).meals.dinner.length, 0, 'nothing reached the server');
    await shot(page, `${w}-pending`);
    // Still waiting after a reload offline: kept on the device.
    await page.reload();
    await dinner.locator('li.entry.pending').getByText('waiting to sync').waitFor();
  });

  await point(`${w} px: back online the entry is synced once, also when the first sync's answer is lost and it is sent again`, async () => {
    // The first sync reaches the server, which logs the entry, but its answer
    // never reaches the page; the page sends it again (at the next start).
    // `answered`: the server has answered the first send (counted after it
    // answers, not when it is sent: checking the diary between the two found
    // nothing there yet, a race of this test seen under load).
    let posts = 0;
    let answered = 0;
    await context.route('**/api/v1/diary/*/entries', async (route) => {
      posts += 1;
      if (posts === 1) {
        const answer = await route.fetch();
        assert.equal(answer.status(), 201);
        answered += 1;
        await route.abort('failed');
      } else {
        await route.continue();
      }
    });
    await context.setOffline(false);
    await page.waitForFunction(() => navigator.onLine);
    const dinner = page.getByRole('region', { name: 'Dinner' });
    await expectPoll(() => answered >= 1, 'the sync reached the server when the connection returned');
    assert.equal((await serverDay(context, today)).meals.dinner.length, 1, 'the lost answer\'s entry is on the server');
    await dinner.locator('li.entry.pending').getByText('waiting to sync').waitFor();
    await page.reload();  // the sync at start sends it again, with its key
    await statusLine(page).getByText('Synced 1 entry made offline: Spinach, raw (60 g).').waitFor();
    assert.equal(await dinner.locator('li.entry.pending').count(), 0, 'nothing waits any more');
    await dinner.getByText('Spinach, raw').waitFor();
    assert.ok(posts >= 2, `sent ${posts} times`);
    const day = await serverDay(context, today);
    assert.equal(day.meals.dinner.length, 1, `the diary has the entry once: ${JSON.stringify(day.meals.dinner)}`);
    assert.equal(day.meals.dinner[0].grams, 60);
    assert.equal(day.meals.lunch.length, 1);
    await context.unroute('**/api/v1/diary/*/entries');
    await shot(page, `${w}-synced`);
    // The API is never answered by the service worker.
    const [answer] = await Promise.all([page.waitForResponse('**/api/v1/today'), page.evaluate(() => fetch('/api/v1/today'))]);
    assert.equal(answer.fromServiceWorker(), false);
  });

  await point(`${w} px: a quick add made offline waits on the device and is synced once when the connection returns`, async () => {
    // Quick add did not go through the queue: offline it failed with "Failed to fetch".
    await context.setOffline(true);
    await page.reload().catch(() => undefined);
    const snacks = page.getByRole('region', { name: 'Snacks' });
    await snacks.waitFor();
    await page.getByRole('button', { name: 'Quick add for Snacks' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quick add' });
    await dialog.getByLabel('Name (optional)').fill('Trail mix');
    await dialog.getByLabel('Calories (kcal)').fill('250');
    await dialog.getByRole('button', { name: 'Add to Snacks' }).click();
    await dialog.waitFor({ state: 'detached' });
    await snacks.locator('li.entry.pending').filter({ hasText: 'Trail mix' }).getByText('waiting to sync').waitFor();
    await snacks.getByText('0 kcal (+250 waiting)').waitFor();
    assert.equal((await serverDay(context, today)).meals.snacks.length, 0, 'nothing reached the server');
    await context.setOffline(false);
    await page.waitForFunction(() => navigator.onLine);
    await statusLine(page).getByText('Synced 1 entry made offline: Trail mix (quick add).').waitFor();
    const day = await serverDay(context, today);
    assert.equal(day.meals.snacks.length, 1, `the snack is on the server once: ${JSON.stringify(day.meals.snacks)}`);
    assert.equal(day.meals.snacks[0].energy_kcal, 250);
    await snacks.getByText('250 kcal').first().waitFor();
  });

  await point(`${w} px: "Install" appears only while the browser offers to install, and asks the browser`, async () => {
    await page.reload();
    await page.getByRole('region', { name: 'Lunch' }).waitFor();
    const install = page.getByRole('button', { name: 'Install' });
    assert.equal(await install.count(), 0, 'no Install control before the browser offers');
    await page.evaluate(() => {
      const offer = new Event('beforeinstallprompt', { cancelable: true });
      offer.prompt = async () => { window.installAsked = (window.installAsked ?? 0) + 1; };
      offer.userChoice = Promise.resolve({ outcome: 'accepted' });
      window.dispatchEvent(offer);
      window.offerPrevented = offer.defaultPrevented;
    });
    await install.waitFor();
    assert.equal(await page.evaluate(() => window.offerPrevented), true, 'the app keeps the offer for its button');
    await page.locator('header').screenshot({ path: path.join(shotDir, `installable-${w}-install.png`) });
    await install.click();
    await page.waitForFunction(() => window.installAsked === 1);
    await install.waitFor({ state: 'hidden' });
    // Drawn again (another screen): still hidden, the offer was used.
    await page.evaluate(() => { location.hash = '#/settings'; });
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    assert.equal(await install.count(), 0);
  });

  await point(`${w} px: logging out drops the answers kept for offline: the next person on the device never sees them`, async () => {
    const keptNow = () => page.evaluate(async () => (await caches.open('platewise-api')).keys().then((k) => k.length));
    assert.ok(await keptNow() > 0, 'answers are kept while signed in');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Create your Platewise account' }).waitFor();
    assert.equal(await keptNow(), 0, 'nothing of the last person is kept');
  });
  await context.close();
}

async function expectPoll(check, what) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => { setTimeout(r, 100); });
  }
  assert.fail(`timed out: ${what}`);
}

async function main() {
  base = await startServe(binary, { dbFile, dataDir, webDir }).then((s) => { server = s.server; return s.base; });
  contract = await servedContract(base, webPackage);
  browser = await launchChromium(chromium);
  const first = await browser.newPage();
  await first.goto(base + '/');
  await point('the manifest is linked and valid, its icons are fetched at the sizes it says, the worker is JavaScript with no-cache, and the favicon is served',
    () => manifestAndFiles(first));
  await first.close();
  await offlineAndBack(375);
  await offlineAndBack(1280);
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
  await lastPage?.screenshot({ path: path.join(shotDir, 'installable-failed.png'), fullPage: true }).catch(() => {});
  console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
