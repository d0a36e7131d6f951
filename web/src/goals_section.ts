// Settings' Goals: the macro targets (percent of the budget or grams a day;
// the AMDR-based default until set: GET/PUT /api/v1/goal/macros) and the goal
// weight and date (GET/PUT/DELETE /api/v1/goal/weight), weights in the
// person's units. The server checks every value and words every message
// (core/energy/macro_targets.h, core/weight/weight_goal.h); a refusal shows
// its message beside the field it names.
import { ApiError, del, get, put } from './api';
import { failure, field, fmt, h, uid } from './dom';
import type { MacroGoal, Profile, WeightGoal } from './types';
import { KG_PER_LB } from './units';

type MacroKey = 'protein' | 'carbohydrate' | 'fat';
const MACROS: { key: MacroKey; label: string }[] = [
  { key: 'protein', label: 'Protein' },
  { key: 'carbohydrate', label: 'Carbohydrate' },
  { key: 'fat', label: 'Fat' },
];

export interface GoalsContext {
  profile: Profile;
  // Where the section says what it did (the screen's one status line).
  say(section: HTMLElement, text: string): void;
}

function sentence(note: string): string {
  return `${note[0].toUpperCase()}${note.slice(1)}.`;
}

function num(value: number): HTMLInputElement {
  return h('input', { type: 'number', inputMode: 'decimal', min: 0, step: 'any', required: true,
    value: String(Math.round(value * 10) / 10) });
}

function macroForm(ctx: GoalsContext, section: () => HTMLElement, goal: MacroGoal): HTMLElement {
  const unit = h('select', {}, h('option', { value: 'percent' }, 'Percent of my calories'),
    h('option', { value: 'grams' }, 'Grams a day'));
  unit.value = goal.unit;
  const inputs = Object.fromEntries(MACROS.map((m) => [m.key, num(goal[m.key])])) as Record<MacroKey, HTMLInputElement>;
  const fields = MACROS.map((m) => field(`${m.label} (${goal.unit === 'grams' ? 'g' : '%'})`, inputs[m.key],
    `Advised for adults: ${goal.targets[m.key].amdr_low_percent}-${goal.targets[m.key].amdr_high_percent}% of energy.`));
  const targets = h('ul', { class: 'targets' });
  const notes = h('div', {});
  const error = failure();
  let shown = goal;
  const showTargets = (g: MacroGoal) => {
    shown = g;
    targets.replaceChildren(...MACROS.map((m) => h('li', {},
      `${m.label}: ${fmt(g.targets[m.key].grams)} g, ${fmt(g.targets[m.key].percent)}% of ${fmt(g.budget_kcal)} kcal`)));
    notes.replaceChildren(...g.notes.map((n) => h('p', { class: 'note', role: 'note' }, sentence(n))));
  };
  // Switching grams and percent converts what is shown on the current budget.
  unit.addEventListener('change', () => {
    const grams = unit.value === 'grams';
    MACROS.forEach((m, i) => {
      const t = shown.targets[m.key];
      inputs[m.key].value = String(Math.round((grams ? t.grams : t.percent) * 10) / 10);
      fields[i].querySelector('label')!.textContent = `${m.label} (${grams ? 'g' : '%'})`;
    });
  });
  const save = h('button', { type: 'submit', class: 'primary' }, 'Save macro targets');
  const defaults = h('button', { type: 'button' }, 'Use the defaults');
  const form = h('form', { 'aria-label': 'Macro targets' },
    h('h3', {}, 'Macro targets'),
    h('p', { class: 'hint' }, `The default is ${goal.defaults.protein}% protein, ${goal.defaults.carbohydrate}% carbohydrate ` +
      `and ${goal.defaults.fat}% fat, inside the ranges advised for adults (AMDR). Percent targets follow your budget.`),
    field('Targets as', unit), h('div', { class: 'row' }, ...fields), targets, notes, error.element,
    h('div', { class: 'actions' }, save, defaults));
  const send = async (body: Record<string, unknown>) => {
    error.clear();
    save.disabled = true;
    try {
      const saved = await put<MacroGoal>('/goal/macros', body);
      showTargets(saved);
      ctx.say(section(), `Saved macro targets: ${MACROS.map((m) => `${m.label.toLowerCase()} ` +
        `${fmt(saved.targets[m.key].grams)} g`).join(', ')}.`);
    } catch (e) {
      const named = e instanceof ApiError && (e.field === 'protein' || e.field === 'carbohydrate' || e.field === 'fat')
        ? inputs[e.field as MacroKey] : null;
      error.show(e, named);
    } finally {
      save.disabled = false;
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void send({ unit: unit.value, ...Object.fromEntries(MACROS.map((m) => [m.key, Number(inputs[m.key].value)])) });
  });
  defaults.addEventListener('click', () => {
    unit.value = goal.defaults.unit;
    for (const m of MACROS) inputs[m.key].value = String(goal.defaults[m.key]);
    unit.dispatchEvent(new Event('change'));
    for (const m of MACROS) inputs[m.key].value = String(goal.defaults[m.key]);
    void send(goal.defaults);
  });
  showTargets(goal);
  return form;
}

function weightForm(ctx: GoalsContext, section: () => HTMLElement, goal: WeightGoal): HTMLElement {
  const metric = ctx.profile.units === 'metric';
  const unit = metric ? 'kg' : 'lb';
  const toUnit = (kg: number) => (metric ? kg : kg / KG_PER_LB);
  const weight = h('input', { type: 'number', inputMode: 'decimal', min: 1, step: 'any',
    value: goal.goal_weight_kg === null ? '' : String(Math.round(toUnit(goal.goal_weight_kg) * 10) / 10) });
  const date = h('input', { type: 'date', value: goal.goal_date ?? '' });
  const summary = h('div', {});
  const error = failure();
  const show = (g: WeightGoal) => {
    const when = (d: string | null) => d ?? 'not within ten years';
    summary.replaceChildren(
      g.goal_weight_kg === null ? h('p', { class: 'hint' }, 'No goal weight set.')
        : h('p', {}, `Goal ${fmt(toUnit(g.goal_weight_kg), 1)} ${unit}: the projection reaches it ${when(g.model_goal_date)} ` +
          `(the 3500 kcal/lb line ${when(g.straight_line_goal_date)}).`),
      ...g.notes.map((n) => h('p', { class: 'note', role: 'note' }, sentence(n))));
  };
  const save = h('button', { type: 'submit', class: 'primary' }, 'Save goal weight');
  const clear = h('button', { type: 'button' }, 'Clear goal weight');
  const form = h('form', { 'aria-label': 'Goal weight and date' },
    h('h3', {}, 'Goal weight'),
    h('div', { class: 'row' },
      field('Goal weight', weight, `In ${metric ? 'kilograms' : 'pounds'}.`),
      field('Goal date', date, 'Optional: the day you want to reach it by.')),
    summary, error.element, h('div', { class: 'actions' }, save, clear));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    save.disabled = true;
    try {
      const kg = weight.value === '' ? null : (metric ? Number(weight.value) : Number(weight.value) * KG_PER_LB);
      const saved = await put<WeightGoal>('/goal/weight', { goal_weight_kg: kg, goal_date: date.value || null });
      show(saved);
      ctx.say(section(), saved.goal_weight_kg === null ? 'Goal weight cleared.'
        : `Saved goal weight ${fmt(toUnit(saved.goal_weight_kg), 1)} ${unit}.`);
    } catch (e) {
      error.show(e, e instanceof ApiError && e.field === 'goal_date' ? date : weight);
    } finally {
      save.disabled = false;
    }
  });
  clear.addEventListener('click', async () => {
    error.clear();
    try {
      const saved = await del<WeightGoal>('/goal/weight');
      weight.value = '';
      date.value = '';
      show(saved);
      ctx.say(section(), 'Goal weight cleared.');
    } catch (e) {
      error.show(e);
    }
  });
  show(goal);
  return form;
}

export async function goalsSection(ctx: GoalsContext): Promise<HTMLElement> {
  const [macros, weight] = await Promise.all([get<MacroGoal>('/goal/macros'), get<WeightGoal>('/goal/weight')]);
  const id = uid('settings');
  let s: HTMLElement | null = null;
  const section = () => s!;
  s = h('section', { class: 'card settings-section goals-section', 'aria-labelledby': id }, h('h2', { id }, 'Goals'),
    macroForm(ctx, section, macros), weightForm(ctx, section, weight));
  return s;
}
