// "Foods rich in X" for one nutrient row: the foods the server ranks highest
// in it (GET /api/v1/nutrients/{key}/foods), per 100 g, per portion or per
// 100 kcal, richest first, each one tap to add (its usual portion, or 100 g)
// to a meal of today.
import { get, post } from './api';
import { failure, fmt, h } from './dom';
import type { components } from './generated/api-types';

type RankedFoods = components['schemas']['RankedFoods'];
type RankedFood = components['schemas']['RankedFood'];

const LIMIT = 10;
const BASES: [RankedFoods['per'], string][] = [['100g', 'per 100 g'], ['portion', 'per portion'], ['100kcal', 'per 100 kcal']];

function portionText(f: RankedFood): string {
  if (!f.portion) return '100 g';
  const { amount, unit, grams } = f.portion;
  const g = fmt(grams, grams < 10 ? 1 : 0);
  return unit === 'g' ? `${g} g` : `${fmt(amount, 2)} ${unit} (${g} g)`;
}

// The panel under a row; `onAdded` redraws the screen after an add.
export function richFoodsPanel(key: string, name: string, today: string, onAdded: () => Promise<void>): HTMLElement {
  const per = h('select', { 'aria-label': `Rank foods rich in ${name}` },
    ...BASES.map(([value, label]) => h('option', { value }, label)));
  const list = h('ol', { class: 'rich-foods', 'aria-label': `Foods rich in ${name}` });
  const error = failure();
  const panel = h('div', { class: 'rich-panel' }, h('div', { class: 'rich-head' }, h('strong', {}, `Foods rich in ${name}`), per),
    list, error.element);
  const load = async () => {
    error.clear();
    list.replaceChildren(h('li', { class: 'hint' }, 'Loading…'));
    let r: RankedFoods;
    try {
      r = await get<RankedFoods>(`/nutrients/${encodeURIComponent(key)}/foods?per=${per.value}&limit=${LIMIT}`);
    } catch (e) {
      list.replaceChildren();
      error.show(e);
      return;
    }
    list.replaceChildren(...r.foods.map((f) => foodItem(f, r, name, today, onAdded)));
    if (!r.foods.length) list.append(h('li', { class: 'hint' }, 'No food has a value for it.'));
  };
  per.addEventListener('change', () => { void load(); });
  void load();
  return panel;
}

function foodItem(f: RankedFood, r: RankedFoods, name: string, today: string, onAdded: () => Promise<void>): HTMLElement {
  const grams = f.portion?.grams ?? 100;
  const add = h('button', { type: 'button', class: 'small', 'aria-label': `Add ${f.name} to Snacks` }, 'Add');
  const error = failure();
  add.addEventListener('click', async () => {
    error.clear();
    add.disabled = true;
    try {
      await post(`/diary/${today}/entries`, { meal: 'snacks', food_id: f.food_id, grams });
    } catch (e) {
      add.disabled = false;
      error.show(e);
      return;
    }
    await onAdded();
  });
  const basis = BASES.find(([v]) => v === r.per)?.[1] ?? '';
  return h('li', { class: 'rich-food' },
    h('span', { class: 'rich-name' }, f.name, h('br', {}), h('small', { class: 'hint' }, `portion ${portionText(f)}`)),
    h('span', { class: 'rich-amount', 'aria-label': `${name} ${fmt(f.amount, 1)} ${r.unit} ${basis}` },
      h('data', { value: String(f.amount) }, `${fmt(f.amount, 1)} ${r.unit}`)),
    add, error.element);
}
