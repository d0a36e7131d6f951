// "Create recipe": a name, the servings it makes, and ingredients picked with
// the food search (an amount in grams or a household portion), saved with
// POST /api/v1/recipes; the server computes the nutrients per serving. The
// server's message for a refused field is shown beside it, and clears on the
// next edit. Escape or Close cancels; focus goes back to the opener.
import { ApiError, get, post } from './api';
import { amountInput, modal } from './create_food_dialog';
import { failure, field, fmt, h, uid } from './dom';
import { nameWithBrand } from './food_names';
import { searchStatus } from './food_picker';
import type { FoodDetail, FoodSearchResult, Portion } from './types';

interface Ingredient {
  food: FoodDetail;
  grams: number;        // for the running total shown; the server computes its own
  body: { food_id: string; grams: number } | { food_id: string; amount: number; portion: string };
  text: string;         // "2 slice", "150 g"
}

interface RecipeResult { food: FoodDetail; servings: number; serving_grams: number }

// One choice per unit name, labelled with the grams of one unit (as the food
// picker's amount form).
function portionUnits(food: FoodDetail): Portion[] {
  const units: Portion[] = [];
  for (const p of food.portions) if (p.amount > 0 && !units.some((u) => u.unit === p.unit)) units.push(p);
  return units;
}

export function openRecipeBuilder(opener: HTMLElement, onCreated: (food: FoodDetail) => Promise<void> | void): void {
  const name = h('input', { type: 'text', maxLength: 200, autocomplete: 'off', required: true });
  const servings = amountInput();
  servings.value = '1';
  const search = h('input', { type: 'search', autocomplete: 'off', placeholder: 'e.g. oats' });
  const status = h('p', { class: 'hint', role: 'status' });
  const results = h('ul', { class: 'results', 'aria-label': 'Matching ingredients' });
  const picked = h('div', { class: 'picked' });
  const list = h('ul', { class: 'entries ingredients', 'aria-label': 'Ingredients' });
  const summary = h('p', { class: 'recipe-total' });
  const error = failure();
  const ingredients: Ingredient[] = [];
  // The search comes between the ingredients and "Save recipe" but outside
  // the form (Enter there must not save): the button is the form's by id.
  const form = h('form', { class: 'amount', noValidate: true, id: uid('recipe') },
    h('div', { class: 'row' }, field('Recipe name', name), field('Servings', servings, 'How many servings the recipe makes.')),
    h('h3', {}, 'Ingredients'), list, summary, error.element);
  const finder = h('section', { class: 'ingredient-search', 'aria-label': 'Add an ingredient' },
    field('Search ingredients', search), status, results, picked);
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Save recipe');
  submit.setAttribute('form', form.id);
  const { done } = modal('Create recipe', 'Create recipe', opener, form, finder, h('div', { class: 'actions save-row' }, submit));
  form.addEventListener('input', () => error.clear());

  const drawList = () => {
    list.replaceChildren(...ingredients.map((ing, i) => h('li', { class: 'entry' },
      h('span', { class: 'name' }, nameWithBrand(ing.food)),
      h('span', { class: 'amount' }, ing.text),
      h('span', { class: 'kcal' }, ing.food.kcal_per_100g === null ? 'kcal unknown' : `${fmt(ing.food.kcal_per_100g * ing.grams / 100)} kcal`),
      h('span', { class: 'row-actions' }, h('button', { type: 'button', class: 'small danger', 'aria-label': `Remove ${ing.food.name}`,
        onclick: () => { error.clear(); ingredients.splice(i, 1); drawList(); search.focus(); } }, 'Remove')))));
    if (!ingredients.length) list.append(h('li', { class: 'empty' }, 'No ingredients yet: search for one below.'));
    const known = ingredients.every((i) => i.food.kcal_per_100g !== null);
    const total = ingredients.reduce((s, i) => s + (i.food.kcal_per_100g ?? 0) * i.grams / 100, 0);
    const n = Number(servings.value);
    summary.textContent = !ingredients.length || !known ? ''
      : `In all ${fmt(total)} kcal${n > 0 ? `; one serving ${fmt(total / n)} kcal` : ''}.`;
  };
  servings.addEventListener('input', drawList);
  drawList();

  // Results on every keystroke; only the answer to the latest input is shown.
  let ticket = 0;
  let inflight: AbortController | null = null;
  search.addEventListener('input', async () => {
    const q = search.value.trim();
    const mine = ++ticket;
    inflight?.abort();
    inflight = new AbortController();
    if (!q) { results.replaceChildren(); status.textContent = ''; return; }
    let r: FoodSearchResult;
    try {
      r = await get<FoodSearchResult>(`/foods?q=${encodeURIComponent(q)}&limit=15`, inflight.signal);
    } catch (e) {
      if (mine !== ticket) return;
      results.replaceChildren();
      status.textContent = (e as Error).message;
      return;
    }
    if (mine !== ticket) return;
    status.textContent = searchStatus(q, r);
    results.replaceChildren(...r.foods.map((f) => h('li', {}, h('button', { type: 'button', class: 'result',
      onclick: () => choose(f.id).catch((e: Error) => { status.textContent = `The food could not be opened: ${e.message}`; }) },
    h('span', { class: 'name' }, nameWithBrand(f)),
    h('small', {}, f.kcal_per_100g === null ? 'kcal unknown' : `${fmt(f.kcal_per_100g)} kcal per 100 g`)))));
  });

  // A food picked from the results: its amount, then "Add ingredient".
  async function choose(id: string): Promise<void> {
    const food = await get<FoodDetail>(`/foods/${encodeURIComponent(id)}`);
    const units = portionUnits(food);
    const perUnit = (p: Portion) => p.grams / p.amount;
    const amount = amountInput();
    amount.value = units.length ? '1' : '100';
    const unit = h('select', {}, ...units.map((p, i) => h('option', { value: String(i) }, `${p.unit} (${fmt(perUnit(p), 1)} g)`)),
      h('option', { value: 'g' }, 'grams (g)'));
    let typed = false;
    amount.addEventListener('input', () => { typed = true; });
    unit.addEventListener('change', () => { if (!typed) amount.value = unit.value === 'g' ? '100' : '1'; });
    const add = h('button', { type: 'button', class: 'primary' }, 'Add ingredient');
    amount.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); add.click(); } });
    const addError = failure();
    add.addEventListener('click', () => {
      const n = Number(amount.value);
      // The amount is the server's to check when the recipe is saved; only an
      // amount that is not a number at all is refused here.
      if (amount.value.trim() === '' || !Number.isFinite(n)) {
        addError.show(new Error('Type the amount of this ingredient, a number.'), amount);
        amount.focus();
        return;
      }
      const grams = unit.value === 'g' ? n : n * perUnit(units[Number(unit.value)]);
      const body = unit.value === 'g' ? { food_id: food.id, grams: n }
        : { food_id: food.id, amount: n, portion: units[Number(unit.value)].unit };
      ingredients.push({ food, grams, body, text: unit.value === 'g' ? `${fmt(n, 1)} g` : `${fmt(n, 2)} ${units[Number(unit.value)].unit}` });
      error.clear();
      drawList();
      picked.replaceChildren();
      results.replaceChildren();
      search.value = '';
      status.textContent = `Added ${food.name} to the recipe.`;
      search.focus();
    });
    picked.replaceChildren(h('div', { class: 'amount ingredient-amount' },
      h('h3', {}, food.name),
      h('div', { class: 'row' }, field(`Amount of ${food.name}`, amount), field('Unit', unit)),
      addError.element,
      h('div', { class: 'actions' }, add)));
    amount.focus();
    amount.select();
  }

  // A refused field: "name", "servings", "ingredients" or "ingredients[i]...".
  function placeError(e: unknown): HTMLInputElement | null {
    const f = e instanceof ApiError ? e.field ?? '' : '';
    if (f === 'name') { name.closest('.field')!.append(error.element); return name; }
    if (f === 'servings') { servings.closest('.field')!.append(error.element); return servings; }
    const m = /^ingredients\[(\d+)\]/.exec(f);
    const row = m ? list.children[Number(m[1])] : null;
    if (row) row.append(error.element);
    else if (f === 'ingredients') list.after(error.element);
    else form.append(error.element);
    return null;
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    submit.disabled = true;
    let recipe: RecipeResult;
    try {
      recipe = await post<RecipeResult>('/recipes', {
        name: name.value.trim(), servings: Number(servings.value), ingredients: ingredients.map((i) => i.body),
      });
    } catch (e) {
      submit.disabled = false;
      const control = placeError(e);
      error.show(e, control);
      control?.focus();
      return;
    }
    done();
    await onCreated(recipe.food);
  });
  name.focus();
}
