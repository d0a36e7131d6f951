// Today: the date (previous, next, calendar), the calorie figures, the four
// meals with their entries, water and exercise.
import { ApiError, del, get, patch, post } from './api';
import { append, field, fmt, h } from './dom';
import { openFoodPicker } from './food_picker';
import { openQuickAdd } from './quick_add';
import { serverToday } from './server_today';
import { MEALS, type Day, type DayLine, type MealName, type TotalKey } from './types';

export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDate(new Date(y, m - 1, d + n));
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
}

// The day shown; the server's today until the person picks another.
let currentDate: string | null = null;

// Said once, above the day, the next time it is drawn (an edit that could not
// be saved because the entry had changed elsewhere).
let pendingNotice: string | null = null;

// The day on screen (set by renderToday before any of its controls exist).
function dateShown(): string {
  if (currentDate === null) throw new Error('the diary day is not loaded yet');
  return currentDate;
}

export async function renderToday(main: HTMLElement, onChange: () => void): Promise<void> {
  const today = await serverToday();
  if (currentDate === null) currentDate = today;
  const shown = currentDate;
  const day = await get<Day>(`/diary/${shown}`);
  const rerender = async () => {
    const fresh = h('main', { id: 'main' });
    await renderToday(fresh, onChange);
    main.replaceWith(fresh);
    onChange();
  };
  const go = async (date: string) => { currentDate = date; await rerender(); };

  const calendar = h('input', { type: 'date', value: shown, 'aria-label': 'Pick a date' });
  calendar.addEventListener('change', () => { if (calendar.value) void go(calendar.value); });
  const nav = h('div', { class: 'date-nav' },
    h('button', { type: 'button', 'aria-label': 'Previous day', onclick: () => go(addDays(shown, -1)) }, '‹ Prev'),
    h('h1', {}, shown === today ? `Today, ${longDate(shown)}` : longDate(shown)),
    h('button', { type: 'button', 'aria-label': 'Next day', onclick: () => go(addDays(shown, 1)) }, 'Next ›'),
    h('label', { class: 'calendar' }, 'Calendar ', calendar));

  const eaten = day.totals['energy_kcal'];
  const remaining = day.remaining_kcal;
  const summary = h('section', { class: 'summary card', 'aria-label': 'Calories' },
    figure('Budget', day.budget_kcal),
    h('span', { class: 'op', 'aria-hidden': 'true' }, '−'),
    figure('Food', eaten),
    h('span', { class: 'op', 'aria-hidden': 'true' }, '+'),
    figure('Exercise', day.exercise_kcal),
    h('span', { class: 'op', 'aria-hidden': 'true' }, '='),
    h('div', { class: `fig remaining ${remaining !== null && remaining < 0 ? 'over' : ''}` },
      h('output', { 'aria-label': 'Calories remaining' }, fmt(remaining)),
      h('span', { 'aria-hidden': 'true' }, 'Remaining')));
  const unknown = day.missing_entries['energy_kcal'] ?? 0;
  const unknownNote = unknown > 0
    ? h('p', { class: 'note' }, `${unknown} entr${unknown === 1 ? 'y has' : 'ies have'} no calorie value; the totals leave ${unknown === 1 ? 'it' : 'them'} out.`)
    : null;

  const meals = MEALS.map((m) => mealSection(m.key, m.label, day.meals[m.key] ?? [], rerender));
  const notice = pendingNotice === null ? null : h('p', { role: 'alert', class: 'error changed-elsewhere' }, pendingNotice);
  pendingNotice = null;
  append(main, [nav, notice, summary, unknownNote, h('div', { class: 'meals' }, ...meals),
    nutrientStrip(day), waterAndExercise(day, rerender)]);
}

function figure(label: string, value: number | null): HTMLElement {
  return h('div', { class: 'fig' }, h('strong', {}, fmt(value)), h('span', {}, label));
}

function mealSection(meal: MealName, label: string, lines: DayLine[], rerender: () => Promise<void>): HTMLElement {
  const headingId = `meal-${meal}`;
  // Entries whose energy is not analysed are not 0: an all-unknown meal shows
  // "—", a partly known one its known part with a "+".
  const unknown = lines.filter((l) => l.energy_kcal === null).length;
  const known = lines.reduce((s, l) => s + (l.energy_kcal ?? 0), 0);
  const kcal = lines.length > 0 && unknown === lines.length ? '—' : `${fmt(known)}${unknown ? '+' : ''}`;
  const list = h('ul', { class: 'entries' }, ...lines.map((l) => entryRow(l, rerender)));
  if (!lines.length) list.append(h('li', { class: 'empty' }, 'Nothing logged yet.'));
  return h('section', { class: 'meal card', 'aria-labelledby': headingId },
    h('div', { class: 'meal-head' }, h('h2', { id: headingId }, label), h('span', { class: 'kcal', title: unknown ? `${unknown} entries not analysed for energy` : null }, `${kcal} kcal`)),
    list,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'aria-label': `Add food to ${label}`,
        onclick: () => openFoodPicker(dateShown(), meal, label, rerender) }, 'Add food'),
      h('button', { type: 'button', 'aria-label': `Quick add for ${label}`,
        onclick: () => openQuickAdd(dateShown(), meal, label, rerender) }, 'Quick add'),
      h('button', { type: 'button', 'aria-label': `Copy yesterday's ${label}`,
        onclick: async () => {
          await post(`/diary/${addDays(dateShown(), -1)}/copy`, { to: dateShown(), meal });
          await rerender();
        } }, 'Copy yesterday')));
}

function entryRow(l: DayLine, rerender: () => Promise<void>): HTMLElement {
  const row = h('li', { class: 'entry' },
    h('span', { class: 'name' }, l.name),
    h('span', { class: 'amount' }, l.amount || `${fmt(l.grams)} g`),
    h('span', { class: 'kcal' }, l.energy_kcal === null ? 'kcal unknown' : `${fmt(l.energy_kcal)} kcal`),
    h('span', { class: 'row-actions' },
      h('button', { type: 'button', class: 'small', 'aria-label': `Edit ${l.name}`, onclick: () => edit() }, 'Edit'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${l.name}`,
        onclick: async () => { await del(`/diary/entries/${l.id}`); await rerender(); } }, 'Delete')));
  function edit(): void {
    const grams = h('input', { type: 'number', min: 0.1, step: 'any', value: String(Math.round(l.grams * 10) / 10), required: true });
    const form = h('form', { class: 'inline' }, field(`Grams of ${l.name}`, grams),
      h('button', { type: 'submit', class: 'primary small' }, 'Save'),
      h('button', { type: 'button', class: 'small', onclick: () => void rerender() }, 'Cancel'));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        // Only if the entry is still the one shown: else the server changes nothing (412).
        await patch(`/diary/entries/${l.id}`, { grams: Number(grams.value) }, `"${l.version}"`);
      } catch (e) {
        if (!(e instanceof ApiError && (e.status === 412 || e.status === 404))) throw e;
        pendingNotice = e.status === 404
          ? `${l.name} was deleted elsewhere (perhaps on another device), so your edit was not saved.`
          : `${l.name} was changed elsewhere (perhaps on another device) after this page showed it, ` +
            'so your edit was not saved. The day below shows it as it is now; edit it again if you still want to.';
      }
      await rerender();
    });
    row.replaceChildren(form);
    grams.focus();
  }
  return row;
}

const STRIP: { key: TotalKey; label: string; unit: string }[] = [
  { key: 'protein_g', label: 'Protein', unit: 'g' },
  { key: 'carbohydrate_g', label: 'Carbohydrate', unit: 'g' },
  { key: 'fat_g', label: 'Fat', unit: 'g' },
  { key: 'fiber_g', label: 'Fiber', unit: 'g' },
  { key: 'magnesium_mg', label: 'Magnesium', unit: 'mg' },
];

function nutrientStrip(day: Day): HTMLElement {
  return h('section', { class: 'card strip', 'aria-labelledby': 'strip-h' },
    h('h2', { id: 'strip-h' }, 'Nutrients today'),
    h('ul', {}, ...STRIP.map((n) => {
      const missing = day.missing_entries[n.key] ?? 0;
      return h('li', { role: 'group', 'aria-label': n.label },
        h('span', {}, n.label),
        h('strong', {}, day.totals[n.key] === null ? '—' : `${fmt(day.totals[n.key], 1)} ${n.unit}`),
        missing ? h('small', { class: 'unknown' }, `${missing} not analysed`) : null);
    })),
    h('a', { href: '#/nutrients' }, 'All nutrients and targets'));
}

function waterAndExercise(day: Day, rerender: () => Promise<void>): HTMLElement {
  const minutes = h('input', { type: 'number', min: 1, max: 1440, step: 1, required: true, value: '30' });
  const activity = h('select', {});
  void get<{ activities: { key: string; description: string }[] }>('/exercise/activities').then((r) => {
    activity.append(...r.activities.map((a) => h('option', { value: a.key }, a.description)));
  });
  const exForm = h('form', { class: 'inline exercise-form' }, field('Activity', activity), field('Minutes', minutes),
    h('button', { type: 'submit' }, 'Add exercise'));
  exForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    await post(`/diary/${dateShown()}/exercise`, { activity: activity.value, minutes: Number(minutes.value) });
    await rerender();
  });
  return h('div', { class: 'extras' },
    h('section', { class: 'card', 'aria-labelledby': 'water-h' },
      h('h2', { id: 'water-h' }, 'Water'),
      h('p', {}, h('strong', {}, `${fmt(day.water_ml)} ml`), ' today'),
      h('button', { type: 'button', onclick: async () => { await post(`/diary/${dateShown()}/water`, { ml: 250 }); await rerender(); } },
        'Add a glass (250 ml)'),
      day.water.length
        ? h('button', { type: 'button', class: 'link', onclick: async () => { await del(`/water/${day.water[day.water.length - 1].id}`); await rerender(); } },
          'Remove the last glass')
        : null),
    h('section', { class: 'card', 'aria-labelledby': 'exercise-h' },
      h('h2', { id: 'exercise-h' }, 'Exercise'),
      h('ul', { class: 'entries' }, ...day.exercise.map((e) => h('li', { class: 'entry' },
        h('span', { class: 'name' }, e.description || e.activity),
        h('span', { class: 'amount' }, e.minutes ? `${fmt(e.minutes)} min` : ''),
        h('span', { class: 'kcal' }, `${fmt(e.kcal)} kcal`),
        h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${e.description || e.activity}`,
          onclick: async () => { await del(`/exercise/${e.id}`); await rerender(); } }, 'Delete')))),
      exForm));
}
