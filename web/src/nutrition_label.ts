// The food picker's nutrition label: a compact panel in the style of the US
// Nutrition Facts label for the amount chosen, before the food is added, and
// the nutrients it is "rich in". Amounts are the API's per 100 g (GET
// /api/v1/foods/{id}) times the grams chosen; the percentages are of the
// person's effective targets (GET /api/v1/nutrients/targets: `target`, their
// own where they set one, else the DRI's RDA or AI), shown only where a
// target exists. A nutrient the food was not analysed
// for says so: an unknown amount is never shown as 0.
import { fmt, h } from './dom';
import type { FoodDetail, NutrientTarget } from './types';

// "Rich in": the FDA's "high in" rule, 20% of the daily value, here of the
// person's own target.
export const RICH_SHARE = 0.2;

// A nutrient key to the person's target in the nutrient's unit, and its name.
export type Targets = Map<string, { amount: number; name: string }>;

export function targetsOf(list: NutrientTarget[]): Targets {
  const out: Targets = new Map();
  for (const t of list) {
    const amount = t.target;
    if (amount !== null && amount > 0) out.set(t.key, { amount, name: t.name });
  }
  return out;
}

// The label's lines, in the Nutrition Facts panel's order; `sub` lines are
// indented under the line before.
const LINES: { key: string; label: string; sub?: boolean; rule?: boolean }[] = [
  { key: 'fat', label: 'Total fat' },
  { key: 'fat_saturated', label: 'Saturated fat', sub: true },
  { key: 'fat_trans', label: 'Trans fat', sub: true },
  { key: 'cholesterol', label: 'Cholesterol' },
  { key: 'sodium', label: 'Sodium' },
  { key: 'carbohydrate', label: 'Total carbohydrate' },
  { key: 'fiber', label: 'Dietary fiber', sub: true },
  { key: 'sugars', label: 'Total sugars', sub: true },
  { key: 'protein', label: 'Protein' },
  { key: 'vitamin_d', label: 'Vitamin D', rule: true },
  { key: 'calcium', label: 'Calcium' },
  { key: 'iron', label: 'Iron' },
  { key: 'potassium', label: 'Potassium' },
  { key: 'magnesium', label: 'Magnesium' },
];

// Limits rather than goals: reaching 20% of these is not a merit to list.
const NOT_RICH = new Set(['sodium', 'cholesterol', 'fat_saturated', 'fat_trans', 'sugars']);

// How many "rich in" nutrients the sentence names before "and N more".
const RICH_SHOWN = 5;

// "a", "a and b", "a, b and c".
function inWords(parts: string[]): string {
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const UNIT_TEXT: Record<string, string> = { ug: 'µg' };

// As labels round: kcal whole; other amounts to 1 decimal below 10, whole
// from 10.
export function labelAmount(n: number, unit: string): string {
  if (unit === 'kcal') return fmt(n);
  return fmt(n, Math.abs(n) < 10 ? 1 : 0);
}

// A share of a target as a label prints it: whole percent, "<1%" for a
// little above none.
function share(of: number): string {
  return of > 0 && of < 0.005 ? '<1%' : `${fmt(100 * of)}%`;
}

// "Vitamin K" -> "vitamin K", "Magnesium" -> "magnesium", "Total fiber" ->
// "fiber": a name inside a sentence.
function inSentence(full: string): string {
  const name = full.replace(/^Total (?=\w)/, '');  // "Total fiber" -> "fiber"
  const first = name.split(/[ ,]/)[0];
  return first.length > 1 && first.slice(1) === first.slice(1).toLowerCase()
    ? name[0].toLowerCase() + name.slice(1) : name;
}

export interface NutritionLabel {
  element: HTMLElement;
  // Shows the label for `grams` of the food, described as `portion` ("1 cup
  // (30 g)"); a grams value that is not a positive number shows dashes.
  update(grams: number, portion: string): void;
}

// `collapsed`: the panel starts closed behind its "Nutrition facts"
// disclosure (phones); "Rich in" stays in view either way.
export function nutritionLabel(food: FoodDetail, targets: Targets, collapsed: boolean): NutritionLabel {
  const per100 = new Map(food.nutrients.map((n) => [n.key, n]));
  const serving = h('p', { class: 'serving' });
  const calories = h('td', {});
  const rows = LINES.map((line) => ({ line, amount: h('td', {}), share: h('td', { class: 'dv' }) }));
  const rich = h('div', { class: 'rich' });
  const table = h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, h('span', { class: 'unseen' }, 'Nutrient')),
      h('th', { scope: 'col' }, h('span', { class: 'unseen' }, 'Amount')),
      h('th', { scope: 'col', class: 'dv' }, h('span', {}, '% of your target')))),
    h('tbody', {},
      h('tr', { class: 'calories' }, h('th', { scope: 'row' }, 'Calories'), calories, h('td', {})),
      ...rows.map((r) => h('tr', { class: [r.line.sub ? 'sub' : '', r.line.rule ? 'rule' : ''].join(' ').trim() || undefined },
        h('th', { scope: 'row' }, r.line.label), r.amount, r.share))));
  const details = h('details', { open: !collapsed },
    h('summary', {}, 'Nutrition facts'), serving, table,
    h('p', { class: 'hint' }, '% of your target: your Dietary Reference Intake (RDA, else AI) for your sex and age.'));
  const element = h('section', { class: 'nutrition-label', 'aria-label': 'Nutrition facts' }, details, rich);

  // The amount in `grams` of the nutrient `key`, or null if not analysed.
  const amountIn = (key: string, grams: number): number | null => {
    const v = per100.get(key)?.per_100g;
    return v === null || v === undefined ? null : v * grams / 100;
  };
  const unitOf = (key: string) => {
    const u = per100.get(key)?.unit ?? '';
    return UNIT_TEXT[u] ?? u;
  };

  function update(grams: number, portion: string): void {
    const ok = Number.isFinite(grams) && grams > 0;
    serving.textContent = ok ? `Amount: ${portion}` : 'Amount: enter an amount';
    const kcal = ok ? amountIn('energy', grams) : null;
    calories.textContent = !ok ? '—' : kcal === null ? 'not analysed' : labelAmount(kcal, 'kcal');
    for (const r of rows) {
      const v = ok ? amountIn(r.line.key, grams) : null;
      const target = targets.get(r.line.key);
      r.amount.textContent = !ok ? '—' : v === null ? 'not analysed' : `${labelAmount(v, unitOf(r.line.key))} ${unitOf(r.line.key)}`;
      r.share.textContent = ok && v !== null && target ? share(v / target.amount) : '';
    }
    rich.replaceChildren(...(ok ? richIn(grams) : []));
  }

  // Every nutrient of the food with a target (not only the label's lines)
  // whose amount is at least RICH_SHARE of it, the largest share first: the
  // first RICH_SHOWN in the sentence, any others behind "and N more" (a
  // leafy vegetable reaches 20% of a dozen or more).
  function richIn(grams: number): Node[] {
    const found: { name: string; pct: number }[] = [];
    for (const [key, target] of targets) {
      if (NOT_RICH.has(key)) continue;
      const v = amountIn(key, grams);
      if (v !== null && v >= RICH_SHARE * target.amount) found.push({ name: inSentence(target.name), pct: 100 * v / target.amount });
    }
    if (!found.length) {
      return targets.size ? [h('p', {}, `No nutrient reaches ${fmt(100 * RICH_SHARE)}% of your target in this amount.`)] : [];
    }
    found.sort((a, b) => b.pct - a.pct);
    const parts = found.map((f, i) => `${f.name} (${fmt(f.pct)}%${i === 0 ? ' of your target' : ''})`);
    if (parts.length <= RICH_SHOWN + 1) return [h('p', {}, `Rich in ${inWords(parts)}.`)];
    const rest = parts.slice(RICH_SHOWN);
    return [h('details', {},
      h('summary', {}, `Rich in ${parts.slice(0, RICH_SHOWN).join(', ')} and ${rest.length} more`),
      h('p', {}, `Also ${inWords(rest)}.`))];
  }

  return { element, update };
}
