// "Add food": a dialog with the food search (typeahead while typing), recent
// and favourite foods, "Scan barcode" (barcode_dialog.ts), then the amount in
// grams or a household portion. The shortcuts logged before can be ticked and
// added at once, each with its last amount ("Add 3 foods": one request, all or
// none). "Create food" and "Create recipe"
// (create_food_dialog.ts, recipe_builder.ts) make one of the person's own,
// which then opens here to be added to the meal at once.
import { get, post, put, del } from './api';
import { logEntry, newEntryKey } from './offline_queue';
import { openBarcodeDialog } from './barcode_dialog';
import { openCreateFood } from './create_food_dialog';
import { openRecipeBuilder } from './recipe_builder';
import { failure, field, fmt, h } from './dom';
import { nameWithBrand } from './food_names';
import { nutritionLabel, targetsOf } from './nutrition_label';
import type { BarcodeMatches, DayLine, FoodDetail, FoodSearchResult, FoodSummary, MealName, NutrientTargets, Portion } from './types';

interface LastAmount { amount: number; unit: string }
interface FoodUse { food_id: string; name: string; times?: number; last_amount?: LastAmount | null }

// `onAddedMany(entries)`: after ticked foods were added at once (else onAdded).
export function openFoodPicker(date: string, meal: MealName, mealLabel: string, onAdded: () => Promise<void>,
  onAddedMany?: (entries: DayLine[]) => Promise<void>): void {
  const search = h('input', { type: 'search', autocomplete: 'off', placeholder: 'e.g. spinach raw' });
  const results = h('ul', { class: 'results', 'aria-label': 'Matching foods' });
  const status = h('p', { class: 'hint', role: 'status' });
  const picked = h('div', { class: 'picked' });
  const close = h('button', { type: 'button', class: 'link close' }, 'Close');
  const scan = h('button', { type: 'button' }, 'Scan barcode');
  const createFood = h('button', { type: 'button' }, 'Create food');
  const createRecipe = h('button', { type: 'button' }, 'Create recipe');
  // The ticked shortcuts, by food id, each with the amount it is added with.
  const ticked = new Map<string, { name: string; last: LastAmount }>();
  const addTicked = h('button', { type: 'button', class: 'primary' }, 'Add foods');
  const tickedError = failure();
  const tickedBar = h('div', { class: 'add-ticked actions', hidden: true }, addTicked, tickedError.element);
  const showTicked = () => {
    const n = ticked.size;
    tickedBar.hidden = n === 0;
    addTicked.textContent = `Add ${n} ${n === 1 ? 'food' : 'foods'}`;
    addTicked.setAttribute('aria-label', `Add ${n} ${n === 1 ? 'food' : 'foods'} to ${mealLabel}`);
  };
  addTicked.addEventListener('click', async () => {
    tickedError.clear();
    addTicked.disabled = true;
    const entries = [...ticked.entries()].map(([food_id, t]) => t.last.unit === 'g'
      ? { food_id, grams: t.last.amount } : { food_id, amount: t.last.amount, portion: t.last.unit });
    try {
      const r = await post<{ entries: DayLine[] }>(`/diary/${date}/entries/batch`, { meal, entries });
      dialog.close();
      await (onAddedMany ? onAddedMany(r.entries) : onAdded());
    } catch (e) {
      tickedError.show(e);
    } finally {
      addTicked.disabled = false;
    }
  });
  const dialog = h('dialog', { class: 'picker', 'aria-labelledby': 'picker-h' },
    h('div', { class: 'picker-head' }, h('h2', { id: 'picker-h' }, `Add food to ${mealLabel}`), close),
    h('div', { class: 'search-row' }, field('Search foods', search), scan),
    h('div', { class: 'actions create-row' }, createFood, createRecipe),
    status, results, tickedBar, picked);
  close.addEventListener('click', () => dialog.close());
  scan.addEventListener('click', () => openBarcodeDialog(showBarcodeMatches));
  // A food just made opens at once, at one serving, to add to this meal.
  const created = (what: string) => (food: FoodDetail) => {
    ++ticket;  // a search still in flight must not replace it
    inflight?.abort();
    results.replaceChildren();
    status.textContent = `${what} "${food.name}" saved. Add it to ${mealLabel}:`;
    openFood(food.id, true);
  };
  createFood.addEventListener('click', () => openCreateFood(createFood, created('Food')));
  createRecipe.addEventListener('click', () => openRecipeBuilder(createRecipe, created('Recipe')));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  search.focus();

  // Results on every keystroke. Each search aborts the one before it, and a
  // response is shown only if it answers the latest input (`ticket`): the
  // list never shows results for an older query, whatever order the
  // responses arrive in.
  let ticket = 0;
  let inflight: AbortController | null = null;
  search.addEventListener('input', () => void runSearch());
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      results.querySelector<HTMLButtonElement>('button')?.focus();
    }
  });

  async function runSearch(): Promise<void> {
    const q = search.value.trim();
    const mine = ++ticket;
    inflight?.abort();
    inflight = new AbortController();
    if (!q) return showShortcuts(mine);
    ticked.clear();  // the ticked shortcuts are no longer shown
    showTicked();
    let r: FoodSearchResult;
    try {
      r = await get<FoodSearchResult>(`/foods?q=${encodeURIComponent(q)}&limit=15`, inflight.signal);
    } catch (e) {
      if (mine !== ticket) return;  // aborted by a newer keystroke
      results.replaceChildren();
      status.textContent = (e as Error).message;
      return;
    }
    if (mine !== ticket) return;
    status.textContent = searchStatus(q, r);
    results.replaceChildren(...r.foods.map((f) => resultItem(f.id, nameWithBrand(f),
      f.kcal_per_100g === null ? 'kcal unknown' : `${fmt(f.kcal_per_100g)} kcal per 100 g`)));
  }

  // The person's newest 100 foods, asked once per picker: the first few are
  // the shortcuts, and each says the amount last logged (pick starts there).
  const recentUses = get<{ foods: FoodUse[] }>('/diary/recent-foods?limit=100')
    .catch(() => ({ foods: [] as FoodUse[] }));

  async function showShortcuts(mine: number): Promise<void> {
    const [recent, frequent, favs, uses] = await Promise.all([
      recentUses.then((r) => ({ foods: r.foods.slice(0, 8) })),
      get<{ foods: FoodUse[] }>('/diary/frequent-foods?limit=8'),
      favourites(),
      lastUses,
    ]);
    if (mine !== ticket) return;  // the person typed meanwhile
    results.replaceChildren();
    ticked.clear();
    showTicked();
    const shown = new Set<string>();
    // A food logged before (its last amount known) gets a box to tick.
    const add = (f: FoodUse, detail: string) => {
      if (shown.has(f.food_id)) return;
      shown.add(f.food_id);
      const last = uses.get(f.food_id) ?? null;
      const item = resultItem(f.food_id, f.name, last ? `${detail}, last ${fmt(last.amount, 2)} ${last.unit}` : detail);
      if (last) {
        const box = h('input', { type: 'checkbox', 'aria-label': `Select ${f.name}` });
        box.addEventListener('change', () => {
          if (box.checked) ticked.set(f.food_id, { name: f.name, last });
          else ticked.delete(f.food_id);
          tickedError.clear();
          showTicked();
        });
        item.classList.add('pickable');
        item.prepend(h('label', { class: 'tick' }, box));
      }
      results.append(item);
    };
    status.textContent = recent.foods.length || favs.foods.length ? 'Your favourite, recent and frequent foods:' : 'Type to search the foods.';
    for (const f of favs.foods) add(f, '★ favourite');
    for (const f of recent.foods) add(f, 'recent');
    for (const f of frequent.foods) add(f, `logged ${f.times} times`);
  }

  // The foods a barcode found: one opens as a picked search result does;
  // several (two datasets may have the code) are listed to pick from.
  function showBarcodeMatches(found: BarcodeMatches, code: string): void {
    ++ticket;  // a search still in flight must not replace these
    inflight?.abort();
    const kcal = (f: FoodSummary) => f.kcal_per_100g === null ? 'kcal unknown' : `${fmt(f.kcal_per_100g)} kcal per 100 g`;
    if (found.foods.length === 1) {
      const only = found.foods[0];
      status.textContent = `Barcode ${code}: ${nameWithBrand(only)}.`;
      results.replaceChildren();
      openFood(only.id);
      return;
    }
    status.textContent = `${found.foods.length} foods have barcode ${code}:`;
    results.replaceChildren(...found.foods.map((f) => resultItem(f.id, nameWithBrand(f), kcal(f))));
  }

  // pick, with a failure said in the status line rather than lost.
  function openFood(id: string, atServing = false): void {
    pick(id, atServing).catch((e: Error) => {
      picked.replaceChildren();
      status.textContent = `The food could not be opened: ${e.message}`;
    });
  }

  function resultItem(id: string, name: string, detail: string): HTMLElement {
    const button = h('button', { type: 'button', class: 'result', onclick: () => openFood(id) },
      h('span', { class: 'name' }, name), h('small', {}, detail));
    button.addEventListener('keydown', (ev) => {
      const li = button.parentElement!;
      const target = ev.key === 'ArrowDown' ? li.nextElementSibling : ev.key === 'ArrowUp' ? li.previousElementSibling : null;
      if (ev.key === 'ArrowUp' && !li.previousElementSibling) { ev.preventDefault(); search.focus(); return; }
      if (target) { ev.preventDefault(); target.querySelector('button')?.focus(); }
    });
    return h('li', {}, button);
  }

  // Favourites are food summaries (`id`, not `food_id` as the diary's lists).
  async function favourites(): Promise<{ foods: FoodUse[] }> {
    const r = await get<{ foods: FoodSummary[] }>('/favourites').catch(() => ({ foods: [] as FoodSummary[] }));
    return { foods: r.foods.map((f) => ({ food_id: f.id, name: f.name })) };
  }

  // The amount this person last logged each of their newest 100 foods in.
  const lastUses = recentUses.then((r) => new Map(r.foods.map((f) => [f.food_id, f.last_amount ?? null])));

  // The person's DRI targets, asked once per picker, for the nutrition label's
  // percentages; without them (no profile yet) the label shows amounts only.
  const targets = get<NutrientTargets>('/nutrients/targets')
    .then((r) => targetsOf(r.targets)).catch(() => targetsOf([]));

  // `atServing`: a food just made starts at one of its first portion (its
  // serving), not 100 g.
  async function pick(id: string, atServing = false): Promise<void> {
    const [food, uses, favs, dris] = await Promise.all([get<FoodDetail>(`/foods/${encodeURIComponent(id)}`), lastUses, favourites(), targets]);
    // One choice per unit name (SR24 has "1 cup" and "0.5 cup" of one food;
    // the server reads "cup" as the first), labelled with the grams of one
    // unit: the amount counts units, so "oz (85 g)" for a 3 oz portion would
    // contradict what is logged.
    const units: Portion[] = [];
    for (const p of food.portions) if (p.amount > 0 && !units.some((u) => u.unit === p.unit)) units.push(p);
    const perUnit = (p: Portion) => p.grams / p.amount;
    // The portion this person last logged the food in comes first and is
    // chosen, with the amount they used; otherwise 100 g.
    const last = uses.get(food.id) ?? null;
    const lastPortion = last ? units.findIndex((p) => p.unit === last.unit) : -1;
    const order = units.map((_, i) => i);
    if (lastPortion > 0) order.unshift(...order.splice(lastPortion, 1));
    const amount = h('input', { type: 'number', min: 0.01, step: 'any', required: true, value: '100' });
    const gramsOption = h('option', { value: 'g' }, 'grams (g)');
    const portionOptions = order.map((i) => h('option', { value: String(i) }, `${units[i].unit} (${fmt(perUnit(units[i]), 1)} g)`));
    const unit = lastPortion >= 0 ? h('select', {}, ...portionOptions, gramsOption) : h('select', {}, gramsOption, ...portionOptions);
    // Whether the person typed an amount: picking a unit then keeps it.
    let typed = false;
    if (last && (lastPortion >= 0 || last.unit === 'g')) {
      unit.value = lastPortion >= 0 ? String(lastPortion) : 'g';
      amount.value = String(last.amount);
      typed = true;
    } else if (atServing && units.length) {
      unit.value = String(order[0]);
      amount.value = '1';
    }
    const preview = h('p', { class: 'hint' });
    const grams = () => unit.value === 'g' ? Number(amount.value) : Number(amount.value) * perUnit(units[Number(unit.value)]);
    // On a phone the label starts closed behind its disclosure.
    const label = nutritionLabel(food, dris, matchMedia('(max-width: 719px)').matches);
    const portionText = () => unit.value === 'g' ? `${fmt(grams(), 1)} g`
      : `${fmt(Number(amount.value), 2)} ${units[Number(unit.value)].unit} (${fmt(grams(), 1)} g)`;
    const update = () => {
      preview.textContent = food.kcal_per_100g === null ? 'Calories not analysed for this food.'
        : `${fmt(grams(), 1)} g, ${fmt(food.kcal_per_100g * grams() / 100)} kcal`;
      label.update(grams(), portionText());
    };
    unit.addEventListener('change', () => {
      if (!typed) amount.value = unit.value === 'g' ? '100' : '1';
      update();
    });
    amount.addEventListener('input', () => { typed = true; update(); });
    const error = failure();
    // The favourite state is the server's: shown as it is, toggled by what it is.
    let isFavourite = favs.foods.some((f) => f.food_id === food.id);
    const favourite = h('button', { type: 'button', class: 'link', 'aria-pressed': String(isFavourite) });
    const showFavourite = () => {
      favourite.textContent = isFavourite ? 'Favourite ★ (remove)' : 'Add to favourites';
      favourite.setAttribute('aria-pressed', String(isFavourite));
    };
    showFavourite();
    favourite.addEventListener('click', async () => {
      error.clear();
      try {
        if (isFavourite) await del(`/favourites/${encodeURIComponent(food.id)}`);
        else await put(`/favourites/${encodeURIComponent(food.id)}`);
        isFavourite = !isFavourite;
        showFavourite();
      } catch (e) {
        error.show(e);
      }
    });
    const form = h('form', { class: 'amount' },
      h('h3', {}, food.name),
      h('div', { class: 'row' }, field('Amount', amount), field('Unit', unit)),
      preview, label.element, error.element,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, `Add to ${mealLabel}`), favourite));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const body = unit.value === 'g'
        ? { meal, food_id: food.id, grams: Number(amount.value) }
        : { meal, food_id: food.id, amount: Number(amount.value), portion: units[Number(unit.value)].unit };
      // Sent with a key of its own: offline (or when the answer is lost) it
      // waits on this device and is sent later, never twice (offline_queue.ts).
      const unitText = unit.value === 'g' ? `${fmt(Number(amount.value), 1)} g` : `${fmt(Number(amount.value), 2)} ${units[Number(unit.value)].unit}`;
      try {
        await logEntry({ key: newEntryKey(), date, body, name: food.name, amount: unitText,
          kcal: food.kcal_per_100g === null ? null : Math.round(food.kcal_per_100g * grams() / 100) });
        dialog.close();
        await onAdded();
      } catch (e) {
        error.show(e, amount);
      }
    });
    picked.replaceChildren(form);
    update();
    amount.focus();
    amount.select();
  }

  void showShortcuts(ticket);
}

// What the status line says of a search: nothing found, or the server's note
// on how the query was answered (relaxed, everyday names), or how many matched.
export function searchStatus(q: string, r: FoodSearchResult): string {
  if (!r.foods.length) return `No food matches "${q}".`;
  return r.note || (r.foods.length === 1 ? `1 food matches "${q}".` : `${r.foods.length} foods match "${q}".`);
}
