// Today's water and exercise. Water in the person's units (fl oz with US
// units, ml with metric; the API stores ml): quick amounts and one typed,
// the day's total in the same unit. Exercise from the list of activities
// with its minutes, or the person's own kcal ("Other"). A refusal shows the
// server's message beside its control (the server words water in the
// profile's units).
import { ApiError, del, get, post } from './api';
import { failure, field, fmt, h } from './dom';
import type { Day, Profile } from './types';
import { waterUnit } from './units';

// The activity list's choice for an entry of the person's own kcal.
const CUSTOM = 'custom';

export function waterAndExercise(day: Day, units: Profile['units'] | undefined,
  rerender: () => Promise<void>): HTMLElement {
  return h('div', { class: 'extras' }, waterCard(day, units, rerender), exerciseCard(day, rerender));
}

function waterCard(day: Day, units: Profile['units'] | undefined, rerender: () => Promise<void>): HTMLElement {
  const unit = waterUnit(units);
  const amountText = (ml: number) => `${fmt(unit.fromMl(ml), unit.digits)} ${unit.name}`;
  const error = failure();
  // No min or max here: the server holds the rule and says it (a 422 with its message).
  const amount = h('input', { type: 'number', step: 'any', inputMode: 'decimal', required: true });
  const form = h('form', { class: 'inline water-form' }, field(`Water (${unit.name})`, amount),
    h('button', { type: 'submit' }, 'Add water'), error.element);
  const add = async (typed: number, control: HTMLInputElement | null) => {
    error.clear();
    try {
      await post(`/diary/${day.date}/water`, { ml: unit.toMl(typed) });
    } catch (e) {
      error.show(e, control);
      return;
    }
    await rerender();
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); void add(Number(amount.value), amount); });
  const last = day.water[day.water.length - 1];
  const removeLast = async () => {
    error.clear();
    try {
      await del(`/water/${last.id}`);
    } catch (e) {
      error.show(e);
      return;
    }
    await rerender();
  };
  return h('section', { class: 'card', 'aria-labelledby': 'water-h' },
    h('h2', { id: 'water-h' }, 'Water'),
    h('p', {}, h('strong', { class: 'water-total' }, amountText(day.water_ml)), ' today'),
    h('div', { class: 'actions' },
      ...unit.quick.map((q) => h('button', { type: 'button', onclick: () => add(q.amount, null) },
        `Add ${q.what} (${fmt(q.amount)} ${unit.name})`)),
      last ? h('button', { type: 'button', class: 'link', onclick: removeLast },
        `Remove the last (${amountText(last.ml)})`) : null),
    form);
}

function exerciseCard(day: Day, rerender: () => Promise<void>): HTMLElement {
  const activity = h('select', {});
  // No max here: the server holds the rule and says it (a 422 with its message).
  const minutes = h('input', { type: 'number', min: 1, step: 1, required: true, value: '30' });
  const description = h('input', { type: 'text', maxLength: 200, autocomplete: 'off', placeholder: 'e.g. Dancing' });
  const kcal = h('input', { type: 'number', step: 'any', inputMode: 'decimal' });
  const minutesField = field('Minutes', minutes);
  const own = h('div', { class: 'row exercise-own' }, field('Description', description),
    field('Calories burned (kcal)', kcal));
  // "Other": a description and the person's own kcal, in place of the minutes.
  const showChoice = () => {
    const custom = activity.value === CUSTOM;
    own.hidden = !custom;
    minutesField.hidden = custom;
    description.required = kcal.required = custom;
    minutes.required = !custom;
  };
  activity.addEventListener('change', showChoice);
  const other = () => h('option', { value: CUSTOM }, 'Other: enter the kcal yourself');
  void get<{ activities: { key: string; description: string }[] }>('/exercise/activities').then((r) => {
    activity.append(...r.activities.map((a) => h('option', { value: a.key }, a.description)), other());
  }, () => { activity.append(other()); }).then(showChoice);
  showChoice();
  const error = failure();
  const form = h('form', { class: 'inline exercise-form' }, field('Activity', activity), minutesField, own,
    h('button', { type: 'submit' }, 'Add exercise'), error.element);
  const controls: Record<string, HTMLInputElement | HTMLSelectElement> = { activity, minutes, description, kcal };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    const custom = activity.value === CUSTOM;
    const body = custom
      ? { activity: CUSTOM, description: description.value.trim(), kcal: Number(kcal.value) }
      : { activity: activity.value, minutes: Number(minutes.value) };
    try {
      await post(`/diary/${day.date}/exercise`, body);
    } catch (e) {
      const named = e instanceof ApiError && e.field ? controls[e.field] : undefined;
      error.show(e, named ?? (custom ? kcal : minutes));
      return;
    }
    await rerender();
  });
  return h('section', { class: 'card', 'aria-labelledby': 'exercise-h' },
    h('h2', { id: 'exercise-h' }, 'Exercise'),
    h('ul', { class: 'entries' }, ...day.exercise.map((e) => exerciseRow(e, rerender))),
    form);
}

function exerciseRow(e: Day['exercise'][number], rerender: () => Promise<void>): HTMLElement {
  const error = failure();
  const name = e.description || e.activity;
  return h('li', { class: 'entry' },
    h('span', { class: 'name' }, name),
    h('span', { class: 'amount' }, e.minutes ? `${fmt(e.minutes)} min` : ''),
    h('span', { class: 'kcal' }, `${fmt(e.kcal)} kcal`),
    h('span', { class: 'row-actions' },
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${name}`,
        onclick: async () => {
          error.clear();
          try { await del(`/exercise/${e.id}`); } catch (err) { error.show(err); return; }
          await rerender();
        } }, 'Delete')),
    error.element);
}
