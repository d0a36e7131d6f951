// "Add food": a dialog with the food search (typeahead while typing), recent
// and favourite foods, then the amount in grams or a household portion.
import { get, post, put, del } from './api';
import { field, fmt, h } from './dom';
import type { FoodDetail, FoodSummary, MealName } from './types';

interface FoodUse { food_id: string; name: string }

export function openFoodPicker(date: string, meal: MealName, mealLabel: string, onAdded: () => Promise<void>): void {
  const search = h('input', { type: 'search', autocomplete: 'off', placeholder: 'e.g. spinach raw' });
  const results = h('ul', { class: 'results', 'aria-label': 'Matching foods' });
  const status = h('p', { class: 'hint', role: 'status' });
  const picked = h('div', { class: 'picked' });
  const close = h('button', { type: 'button', class: 'link close' }, 'Close');
  const dialog = h('dialog', { class: 'picker', 'aria-labelledby': 'picker-h' },
    h('div', { class: 'picker-head' }, h('h2', { id: 'picker-h' }, `Add food to ${mealLabel}`), close),
    field('Search foods', search), status, results, picked);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  search.focus();

  let ticket = 0;
  let timer = 0;
  search.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void runSearch(), 150);
  });
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      results.querySelector<HTMLButtonElement>('button')?.focus();
    }
  });

  async function runSearch(): Promise<void> {
    const q = search.value.trim();
    const mine = ++ticket;
    if (!q) return showShortcuts();
    const r = await get<{ foods: FoodSummary[] }>(`/foods?q=${encodeURIComponent(q)}&limit=15`);
    if (mine !== ticket) return;
    status.textContent = r.foods.length ? `${r.foods.length} foods match "${q}".` : `No food matches "${q}".`;
    results.replaceChildren(...r.foods.map((f) => resultItem(f.id, f.name,
      f.kcal_per_100g === null ? 'kcal unknown' : `${fmt(f.kcal_per_100g)} kcal per 100 g`)));
  }

  async function showShortcuts(): Promise<void> {
    const [recent, favs] = await Promise.all([
      get<{ foods: FoodUse[] }>('/diary/recent-foods?limit=8'),
      get<{ foods: FoodUse[] }>('/favourites').catch(() => ({ foods: [] as FoodUse[] })),
    ]);
    results.replaceChildren();
    status.textContent = recent.foods.length || favs.foods.length ? 'Recent and favourite foods:' : 'Type to search the foods.';
    for (const f of favs.foods) results.append(resultItem(f.food_id, f.name, '★ favourite'));
    for (const f of recent.foods) results.append(resultItem(f.food_id, f.name, 'recent'));
  }

  function resultItem(id: string, name: string, detail: string): HTMLElement {
    const button = h('button', { type: 'button', class: 'result', onclick: () => void pick(id) },
      h('span', { class: 'name' }, name), h('small', {}, detail));
    button.addEventListener('keydown', (ev) => {
      const li = button.parentElement!;
      const target = ev.key === 'ArrowDown' ? li.nextElementSibling : ev.key === 'ArrowUp' ? li.previousElementSibling : null;
      if (ev.key === 'ArrowUp' && !li.previousElementSibling) { ev.preventDefault(); search.focus(); return; }
      if (target) { ev.preventDefault(); target.querySelector('button')?.focus(); }
    });
    return h('li', {}, button);
  }

  async function pick(id: string): Promise<void> {
    const food = await get<FoodDetail>(`/foods/${encodeURIComponent(id)}`);
    const amount = h('input', { type: 'number', min: 0.01, step: 'any', required: true, value: '100' });
    const unit = h('select', {}, h('option', { value: 'g' }, 'grams (g)'),
      ...food.portions.map((p, i) => h('option', { value: String(i) }, `${p.unit} (${fmt(p.grams, 1)} g)`)));
    const preview = h('p', { class: 'hint', 'aria-live': 'polite' });
    const grams = () => unit.value === 'g' ? Number(amount.value) : Number(amount.value) * food.portions[Number(unit.value)].grams / food.portions[Number(unit.value)].amount;
    const update = () => {
      preview.textContent = food.kcal_per_100g === null ? 'Calories not analysed for this food.'
        : `${fmt(grams(), 1)} g, ${fmt(food.kcal_per_100g * grams() / 100)} kcal`;
    };
    unit.addEventListener('change', () => {
      amount.value = unit.value === 'g' ? '100' : String(food.portions[Number(unit.value)].amount);
      update();
    });
    amount.addEventListener('input', update);
    const error = h('p', { role: 'alert', class: 'error' });
    const favourite = h('button', { type: 'button', class: 'link' }, 'Add to favourites');
    favourite.addEventListener('click', async () => {
      try { await put(`/favourites/${encodeURIComponent(food.id)}`); favourite.textContent = 'Favourite ★ (remove)'; }
      catch { await del(`/favourites/${encodeURIComponent(food.id)}`); favourite.textContent = 'Add to favourites'; }
    });
    const form = h('form', { class: 'amount' },
      h('h3', {}, food.name),
      h('div', { class: 'row' }, field('Amount', amount), field('Unit', unit)),
      preview, error,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, `Add to ${mealLabel}`), favourite));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const body = unit.value === 'g'
        ? { meal, food_id: food.id, grams: Number(amount.value) }
        : { meal, food_id: food.id, amount: Number(amount.value), portion: food.portions[Number(unit.value)].unit };
      try {
        await post(`/diary/${date}/entries`, body);
        dialog.close();
        await onAdded();
      } catch (e) {
        error.textContent = (e as Error).message;
      }
    });
    picked.replaceChildren(form);
    update();
    amount.focus();
    amount.select();
  }

  void showShortcuts();
}
