// The day's suggestions: up to 3 foods with portions that close today's
// shortfalls within the calories left (GET /api/v1/nutrients/suggestions),
// each added to a meal in one tap; the screen is drawn again after an add.
import { get, post } from './api';
import { failure, fmt, h } from './dom';

interface Suggestion { food_id: string; name: string; grams: number; portion: string; kcal: number; adds: Record<string, number> }
interface Suggestions {
  kcal_left: number; gaps: { key: string; unit: string; amount: number }[]; suggestions: Suggestion[];
  note: string | null; absorption_note: string | null;
}

// What a suggestion adds, by nutrient name with its unit ("Magnesium 233 mg");
// amounts under 1 keep a decimal, so nothing reads as 0.
// The five it closes most of, by share of each gap.
function addsText(s: Suggestion, r: Suggestions, names: Map<string, string>): string {
  const unit = new Map(r.gaps.map((g) => [g.key, g.unit]));
  const gap = new Map(r.gaps.map((g) => [g.key, g.amount]));
  const share = (k: string, v: number) => v / (gap.get(k) ?? Infinity);
  return Object.entries(s.adds).filter(([, v]) => v > 0)
    .sort(([a, va], [b, vb]) => share(b, vb) - share(a, va)).slice(0, 5)
    .map(([k, v]) => `${names.get(k) ?? k.replace(/_/g, ' ')} ${fmt(v, v < 10 ? 1 : 0)} ${unit.get(k) ?? ''}`.trim())
    .join(', ');
}

export async function suggestions(main: HTMLElement, today: string, names: Map<string, string>,
  redraw: () => Promise<void>): Promise<void> {
  const r = await get<Suggestions>(`/nutrients/suggestions?date=${today}`);
  const section = h('section', { class: 'card', 'aria-labelledby': 'sugg-h' }, h('h2', { id: 'sugg-h' }, 'Suggestions'),
    // The calories left are the diary day's (budget + exercise - food), as on Today.
    h('p', { class: 'hint kcal-left' }, `${fmt(r.kcal_left)} kcal left today (budget + exercise − food, as on Today).`));
  if (r.note) section.append(h('p', {}, r.note));
  if (r.absorption_note) section.append(h('p', { class: 'note absorption-note', role: 'note' }, r.absorption_note));
  for (const s of r.suggestions) {
    const meal = h('select', { 'aria-label': `Meal for ${s.name}` },
      ...['breakfast', 'lunch', 'dinner', 'snacks'].map((m) => h('option', { value: m }, m[0].toUpperCase() + m.slice(1))));
    meal.value = 'snacks';
    const add = h('button', { type: 'button', class: 'primary small', 'aria-label': `Add ${s.name}` }, 'Add');
    const error = failure();
    add.addEventListener('click', async () => {
      error.clear();
      add.disabled = true;
      try {
        await post(`/diary/${today}/entries`, { meal: meal.value, food_id: s.food_id, grams: s.grams });
      } catch (e) {
        add.disabled = false;
        error.show(e);
        return;
      }
      await redraw();
    });
    const adds = addsText(s, r, names);
    section.append(h('div', { class: 'suggestion' },
      h('span', {}, `${s.name}: ${s.portion}, ${fmt(s.kcal)} kcal`, h('br', {}),
        h('small', {}, adds ? `adds ${adds}` : 'adds little of what is short today')),
      meal, add, error.element));
  }
  main.append(section);
}
