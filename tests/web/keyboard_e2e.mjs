// Issue 16's keyboard and accessibility points in a real browser, at phone
// (375 px) and desktop (1280 px) width: the focus moves to the next useful
// control after each step (after sign-up, after the budget, after adding a
// food, after an edit, after a delete), a skip link, Escape cancels an edit,
// the focus is visible inside the food results' scrolling list, only the
// status line is a live region (not the whole app), the phone header is one
// row, and axe-core finds no WCAG 2.1 A/AA violation (contrast among them) on
// any screen. Everything is done with the keyboard once the page is open.
// Screenshots go to SCREENSHOT_DIR as keyboard-*.png.
// Usage: node keyboard_e2e.mjs BINARY DATA_DIR WEB_DIR NODE_MODULES_PARENT SCREENSHOT_DIR
import assert from 'node:assert/strict';
import { PASSWORD, screenTest } from './screen_test.mjs';

// Whether the element a locator finds (by role and accessible name, as a
// person's screen reader would) has the keyboard focus.
async function assertFocused(locator, what) {
  assert.equal(await locator.evaluate((el) => el === document.activeElement), true,
    `${what} does not have the focus; ${await locator.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 120))} has`);
}

// The screens reached from the header, each checked by axe-core.
const SCREENS = ['Today', 'Nutrients', 'Supplements', "Doctor's report", 'Weight', 'Badges', 'Import', 'Settings'];

await screenTest('keyboard', async (world) => {
  for (const width of [375, 1280]) {
    const w = `${width} px`;
    const { context, page } = await world.newPage(width);
    await page.goto(world.base + '/');
    await page.getByRole('button', { name: 'Sign up' }).waitFor();

    await world.point(`${w}: the sign-up screen has no axe-core violation`, () => world.accessible(page, 'sign-up'));

    await world.point(`${w}: after sign-up the focus is on the onboarding form's first field (Weekly goal)`, async () => {
      await page.getByLabel('Email').fill(`keys${width}@example.org`);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByLabel('Password').press('Enter');
      await page.getByRole('heading', { name: 'Welcome to Platewise' }).waitFor();
      await assertFocused(page.getByLabel('Weekly goal'), 'Weekly goal');
      await world.accessible(page, 'onboarding');
    });

    await world.point(`${w}: after the budget, "Continue to Today" leaves the focus on adding breakfast`, async () => {
      await page.getByLabel('Weekly goal').selectOption({ label: 'Lose 1 pound per week' });
      await page.getByLabel('Female').check();
      await page.getByLabel('Height (ft)').fill('5');
      await page.getByLabel('Height (in)').fill('6');
      await page.getByLabel('Weight (lb)').fill('160');
      await page.getByLabel('Age (years)').fill('35');
      await page.getByLabel('Activity level').selectOption('light');
      await page.getByRole('button', { name: 'Show my daily budget' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Your daily budget' }).waitFor();
      await assertFocused(page.getByRole('heading', { name: 'Your daily budget' }), 'the budget heading');
      await world.accessible(page, 'the budget');
      await page.getByRole('button', { name: 'Continue to Today' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Lunch' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Add food to Breakfast');
      await world.accessible(page, 'Today');
    });

    await world.point(`${w}: the app is not one live region; only the status line is`, async () => {
      const live = await page.evaluate(() => ({
        app: document.getElementById('app').hasAttribute('aria-live'),
        regions: [...document.querySelectorAll('[aria-live], [role=status], [role=log]')]
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }));
      assert.equal(live.app, false, 'the whole app is aria-live');
      assert.deepEqual(live.regions, ['div.status-line']);
    });

    await world.point(`${w}: the skip link is the first control, seen when focused, and leads past the header`, async () => {
      await page.reload();
      await page.getByRole('region', { name: 'Lunch' }).waitFor();
      await page.keyboard.press('Tab');
      await assertFocused(page.getByRole('link', { name: 'Skip to content' }), 'the skip link');
      const box = await page.getByRole('link', { name: 'Skip to content' }).boundingBox();
      assert.ok(box && box.y >= 0 && box.height > 10, `the focused skip link is out of sight: ${JSON.stringify(box)}`);
      await world.shot(page, `skip-link-${width}`);
      await page.keyboard.press('Enter');
      await assertFocused(page.getByRole('main'), 'the screen');
      assert.equal(page.url().endsWith('#/today'), true, `the skip link changed the screen: ${page.url()}`);
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      assert.equal(inMain, true, 'Tab after the skip link is not in the screen');
    });

    let foodName = '';
    await world.point(`${w}: a food added with the keyboard alone; the focus is visible in the results and back on "Add food" after`, async () => {
      await page.getByRole('button', { name: 'Add food to Breakfast' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await assertFocused(dialog.getByLabel('Search foods'), 'Search foods');
      await page.keyboard.type('banana raw');
      const results = dialog.getByRole('list', { name: 'Matching foods' });
      // The results of the whole query, not of a prefix still answering:
      // those are replaced when the last answer comes, and the focus with them.
      await dialog.getByText('match "banana raw"', { exact: false }).waitFor();
      await results.getByRole('button').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const ring = await page.evaluate(() => {
        const button = document.activeElement;
        const list = button.closest('ul');
        const style = getComputedStyle(button);
        const b = button.getBoundingClientRect();
        const l = list.getBoundingClientRect();
        const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        return { inList: Boolean(list), style: style.outlineStyle, width: parseFloat(style.outlineWidth),
          outside: { left: l.left - (b.left - reach), right: (b.right + reach) - l.right } };
      });
      assert.equal(ring.inList, true, 'ArrowDown did not move into the results');
      assert.notEqual(ring.style, 'none', 'the focused result has no outline');
      assert.ok(ring.width >= 2, `outline ${ring.width} px`);
      assert.ok(ring.outside.left <= 0 && ring.outside.right <= 0,
        `the outline is drawn outside the scrolling list, which cuts it: ${JSON.stringify(ring.outside)}`);
      await world.shot(dialog, `result-focus-${width}`);
      foodName = (await page.evaluate(() => document.activeElement.textContent)).trim();
      await world.accessible(page, 'the food picker with results');
      await page.keyboard.press('Enter');
      await assertFocused(dialog.getByLabel('Amount'), 'Amount');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('region', { name: 'Breakfast' }).getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Edit / }) }).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Add food to Breakfast');
    });

    const breakfast = page.getByRole('region', { name: 'Breakfast' });
    const entries = async () => (await world.api(page, 'GET', `/diary/${(await world.api(page, 'GET', '/today')).body.date}`)).body.meals.breakfast;

    await world.point(`${w}: Escape cancels an edit, changes nothing, and returns the focus to its Edit button`, async () => {
      assert.ok(foodName, 'no food was added');
      const before = await entries();
      assert.equal(before.length, 1);
      await breakfast.getByRole('button', { name: /^Edit / }).focus();
      await page.keyboard.press('Enter');
      await assertFocused(breakfast.getByLabel(/^Grams of /), 'the grams field');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('999');
      await page.keyboard.press('Escape');
      await breakfast.getByRole('button', { name: /^Edit / }).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Edit '));
      assert.equal((await entries())[0].grams, before[0].grams, 'Escape saved the edit');
    });

    await world.point(`${w}: an edit saved with Enter keeps the focus on its Edit button`, async () => {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('150');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Edit '));
      assert.equal((await entries())[0].grams, 150);
    });

    await world.point(`${w}: after a delete the focus is on "Undo delete", and Enter brings the entry back`, async () => {
      await breakfast.getByRole('button', { name: /^Delete / }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.textContent === 'Undo delete');
      assert.equal((await entries()).length, 0);
      await page.keyboard.press('Enter');
      await breakfast.getByRole('button', { name: /^Edit / }).waitFor();
      assert.equal((await entries()).length, 1);
    });

    if (width < 720) {
      await world.point(`${w}: the phone header is one row`, async () => {
        const rows = await page.evaluate(() => {
          const header = document.querySelector('header.top');
          const tops = [...header.children].filter((c) => c.getClientRects().length && !['absolute', 'fixed'].includes(getComputedStyle(c).position))
            .map((c) => Math.round(c.getBoundingClientRect().top));
          return { tops, height: header.getBoundingClientRect().height };
        });
        assert.ok(Math.max(...rows.tops) - Math.min(...rows.tops) < 8, `the header's parts are on several rows: ${rows.tops}`);
        assert.ok(rows.height < 64, `the header is ${rows.height} px high`);
        await world.shot(page.locator('header.top'), 'phone-header');
      });
    }

    for (const screen of SCREENS.slice(1)) {
      await world.point(`${w}: ${screen} has no axe-core violation`, async () => {
        await page.getByRole('link', { name: screen, exact: true }).click();
        await page.waitForFunction((s) => document.querySelector('nav a[aria-current=page]')?.textContent === s, screen);
        await page.locator('main h1, main h2').first().waitFor();
        await page.waitForLoadState('networkidle');
        await world.accessible(page, screen);
      });
    }
    await world.shot(page, `settings-${width}`);
    await context.close();
  }
});
