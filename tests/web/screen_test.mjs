// The runner of a browser test of screens: what every such test did for
// itself before (the arguments, a temporary SQLite file, the real
// `platewise serve` on a free port, Debian's Chromium, every API response
// checked against the served docs/openapi.yaml, points that fail without
// stopping the others, a screenshot of a failed point, the summary and the
// clean-up) in one place. A test gives its name and a function of the world:
//
//   await screenTest('keyboard', async (world) => {
//     const { page } = await world.person('a@example.com', 375);
//     await world.point('375 px: ...', async () => { ... });
//   });
//
// Usage of such a test: node FILE BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR [EXTRA...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { launchChromium, pageApi, servedContract, startServe, watchResponses } from './browser_world.mjs';
import { accessibilityViolations } from './accessibility.mjs';

export const PASSWORD = 'correct horse battery';

// A woman of 36 in imperial units losing 1 lb a week: women 31-50's DRIs.
export const DEFAULT_PROFILE = { sex: 'female', birth_date: '1990-06-01', height_cm: 167.64, weight_kg: 72.57,
  activity: 'light', weekly_goal_lb: -1, units: 'imperial', time_zone: 'UTC' };

export async function screenTest(name, run) {
  const [binary, dataDir, webDir, webPackage, shotDir, ...extra] = process.argv.slice(2);
  const require = createRequire(path.resolve(webPackage, 'package.json'));
  const { chromium } = require('playwright-core');
  const tmp = mkdtempSync(path.join(tmpdir(), `platewise-${name}-`));
  const dbFile = path.join(tmp, 'p.db');
  mkdirSync(shotDir, { recursive: true });
  const mismatches = [];
  const pending = [];
  const failed = [];
  let passed = 0;
  let pageErrors = [];
  let server;
  let browser;
  let contract;
  let lastPage = null;

  const step = (what) => {
    passed += 1;
    console.log(`ok ${passed} - ${what}`);
  };

  const world = {
    binary, dataDir, webDir, webPackage, shotDir, extra, dbFile, tmp, require,
    base: null,
    get browser() { return browser; },

    step,

    // A page of the width given (a phone's touch screen below 720 px), its
    // API responses checked, its script errors failing the point it is in.
    async newPage(width) {
      const context = await browser.newContext(width < 720
        ? { viewport: { width, height: 812 }, isMobile: true, hasTouch: true }
        : { viewport: { width, height: 900 } });
      watchResponses(context, () => contract, pending, mismatches);
      const page = await context.newPage();
      lastPage = page;
      page.setDefaultTimeout(15000);
      page.on('pageerror', (e) => { pageErrors.push(e); });
      return { context, page };
    },

    // A new account made by `platewise users add` (sign-up is rate limited),
    // with `profile` saved, signed in on a page of the width given, at Today.
    async person(email, width, profile = DEFAULT_PROFILE) {
      const made = spawnSync(binary, ['users', 'add', email, '--password-stdin', '--db', dbFile], { input: `${PASSWORD}\n` });
      assert.equal(made.status, 0, String(made.stderr));
      const { context, page } = await world.newPage(width);
      await page.goto(world.base + '/');
      await page.getByRole('button', { name: 'I already have an account: log in' }).click();
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
      assert.equal((await pageApi(page, 'PUT', '/profile', profile)).status, 200);
      await page.goto(world.base + '/#/today');
      await page.reload();
      await page.getByRole('region', { name: 'Lunch' }).waitFor();
      const today = (await pageApi(page, 'GET', '/today')).body.date;
      return { context, page, today };
    },

    api: (page, method, url, body) => pageApi(page, method, url, body),

    // A screenshot of a page (the whole of it) or of a locator, as NAME-WHAT.png.
    shot(target, what) {
      const file = path.join(shotDir, `${name}-${what}.png`);
      return 'goto' in target ? target.screenshot({ path: file, fullPage: true }) : target.screenshot({ path: file });
    },

    // One point of the test: a failure is reported and the next point runs.
    async point(what, body) {
      pageErrors = [];
      try {
        await body();
        if (pageErrors.length) throw pageErrors[0];
        step(what);
      } catch (e) {
        failed.push(what);
        console.log(`not ok - ${what}`);
        console.error(e);
        const safe = what.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
        await lastPage?.screenshot({ path: path.join(shotDir, `${name}-failed-${safe}.png`), fullPage: true }).catch(() => {});
      }
    },

    // No sideways scrolling at this width, of the page or of an open dialog.
    async fitsWidth(page, what) {
      const wide = await page.evaluate(() => {
        const out = [];
        if (document.documentElement.scrollWidth > innerWidth) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
        for (const d of document.querySelectorAll('dialog[open]')) {
          if (d.scrollWidth > d.clientWidth) out.push(`a dialog is ${d.scrollWidth} px wide in ${d.clientWidth} px`);
        }
        return out;
      });
      assert.deepEqual(wide, [], `${what} at ${await page.evaluate(() => innerWidth)} px`);
    },

    // axe-core's WCAG 2.1 A and AA rules (contrast 4.5:1 among them) on the
    // page as it is now: none may be violated.
    async accessible(page, what) {
      const violations = await accessibilityViolations(page, require);
      assert.deepEqual(violations, [], `${what}: axe-core found:\n${violations.join('\n')}`);
    },
  };

  try {
    const started = await startServe(binary, { dbFile, dataDir, webDir });
    server = started.server;
    world.base = started.base;
    contract = await servedContract(world.base, webPackage);
    browser = await launchChromium(chromium);
    await run(world);
    await Promise.all(pending.splice(0));
    assert.deepEqual(mismatches, [], `responses that do not match docs/openapi.yaml:\n${mismatches.join('\n')}`);
    step('every API response matched docs/openapi.yaml');
    assert.deepEqual(failed, [], `points that failed: ${failed.join('; ')}`);
    console.log(`${passed} passed, 0 failed`);
  } catch (e) {
    console.error(e);
    await lastPage?.screenshot({ path: path.join(shotDir, `${name}-failed.png`), fullPage: true }).catch(() => {});
    console.log(`${passed} passed, ${Math.max(failed.length, 1)} failed`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => {});
    server?.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
}
