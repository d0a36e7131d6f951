// Saved meals on Today: "Save as meal" on a meal with entries (a small form
// for the name, like copy_to_form.ts), and the "Saved meals" region, where
// one tap adds a saved meal to the meal chosen there, with rename and delete.
// What an add did, and its undo, are said in Today's status line
// (today_view.ts); a refusal is shown beside its control, as an alert or on
// the name field.
import { del, get, patch, post } from './api';
import { failure, field, fmt, h } from './dom';
import { MEALS, type DayLine, type MealName, type SavedMeal } from './types';

// `label`: the meal's name ("Lunch"). `saved(meal)` is called once the
// server has saved it.
export function saveAsMealForm(label: string, meal: MealName, date: string,
  saved: (m: SavedMeal) => Promise<void>): HTMLElement {
  const opener = h('button', { type: 'button', 'aria-label': `Save ${label} as a meal`, 'aria-expanded': 'false' },
    'Save as meal');
  const name = h('input', { type: 'text', required: true, maxLength: 60, autocomplete: 'off', value: label });
  const error = failure();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Save');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h('form', { class: 'copy-to save-meal', hidden: true, 'aria-label': `Save ${label} as a meal` },
    field('Name of the saved meal', name), submit, cancel, error.element);
  const close = () => {
    form.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    error.clear();
    opener.focus();
  };
  opener.addEventListener('click', () => {
    form.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    name.focus();
    name.select();
  });
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') { ev.preventDefault(); close(); } });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    submit.disabled = true;
    try {
      const m = await post<SavedMeal>('/saved-meals', { name: name.value, date, meal });
      await saved(m);
    } catch (e) {
      error.show(e, name);  // a taken or empty name: on the field, until it is edited
    } finally {
      submit.disabled = false;
    }
  });
  return h('div', { class: 'copy-to-wrap' }, opener, form);
}

// The meal a saved meal is added to unless the person picks another: the
// one of the time of day (before 10:30 breakfast, 15:00 lunch, 21:00 dinner).
function mealOfTheHour(now = new Date()): MealName {
  const t = now.getHours() * 60 + now.getMinutes();
  return t < 630 ? 'breakfast' : t < 900 ? 'lunch' : t < 1260 ? 'dinner' : 'snacks';
}
let chosenMeal: MealName | null = null;  // kept across redraws of the day

// What adding a saved meal logged, for the status line and its undo.
export interface SavedMealAdded { meal: SavedMeal; to: MealName; toLabel: string; entries: DayLine[] }

// The "Saved meals" region. `added` says what an add did (status line,
// undo); `changed` draws the day again after a rename or delete.
export function savedMealsSection(date: string, added: (a: SavedMealAdded) => Promise<void>,
  changed: (note: string) => Promise<void>): HTMLElement {
  const list = h('ul', { class: 'saved-meals' });
  const error = failure();
  const target = h('select', {}, ...MEALS.map((m) => h('option', { value: m.key }, m.label)));
  target.value = chosenMeal ?? mealOfTheHour();
  const labelOf = (m: MealName) => MEALS.find((x) => x.key === m)?.label ?? m;
  const section = h('section', { class: 'card saved-meals-card', 'aria-labelledby': 'saved-meals-h' },
    h('div', { class: 'meal-head' }, h('h2', { id: 'saved-meals-h' }, 'Saved meals'),
      h('div', { class: 'add-to' }, field('Add to', target))),
    list, error.element);
  let meals: SavedMeal[] = [];
  const draw = () => {
    list.replaceChildren();
    if (!meals.length) {
      list.append(h('li', { class: 'empty' }, 'No saved meals yet: "Save as meal" on a meal with entries keeps it here, to add again in one tap.'));
      return;
    }
    for (const m of meals) list.append(row(m));
  };
  target.addEventListener('change', () => { chosenMeal = target.value as MealName; error.clear(); draw(); });

  function row(m: SavedMeal): HTMLElement {
    const gone = m.items.filter((i) => i.name === null).length;
    const kcal = m.energy_kcal === null ? 'kcal unknown' : `${fmt(m.energy_kcal)} kcal`;
    const what = `${m.items.length} ${m.items.length === 1 ? 'food' : 'foods'}, ${kcal}`;
    const to = target.value as MealName;
    const add = h('button', { type: 'button', class: 'primary small', 'aria-label': `Add ${m.name} to ${labelOf(to)}` }, 'Add');
    add.addEventListener('click', async () => {
      error.clear();
      add.disabled = true;
      try {
        const r = await post<{ entries: DayLine[] }>(`/diary/${date}/saved-meals/${m.id}`, { meal: to });
        await added({ meal: m, to, toLabel: labelOf(to), entries: r.entries });
      } catch (e) {
        add.disabled = false;
        error.show(e);
      }
    });
    const rename = h('button', { type: 'button', class: 'small', 'aria-label': `Rename ${m.name}` }, 'Rename');
    const remove = h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${m.name}` }, 'Delete');
    const li = h('li', { class: 'saved-meal' },
      h('span', { class: 'name' }, m.name),
      h('small', { class: 'what', title: m.items.map((i) => `${i.name ?? 'a food that no longer exists'} (${i.amount})`).join('; ') },
        what, gone ? ` (${gone} no longer ${gone === 1 ? 'exists' : 'exist'})` : ''),
      h('span', { class: 'row-actions' }, add, rename, remove));
    remove.addEventListener('click', async () => {
      error.clear();
      try {
        await del(`/saved-meals/${m.id}`);
      } catch (e) {
        error.show(e);
        return;
      }
      await changed(`Deleted the saved meal "${m.name}"; the entries logged from it stay.`);
    });
    rename.addEventListener('click', () => {
      const name = h('input', { type: 'text', required: true, maxLength: 60, value: m.name, autocomplete: 'off' });
      const renameError = failure();
      const form = h('form', { class: 'inline' }, field(`New name for ${m.name}`, name),
        h('button', { type: 'submit', class: 'primary small' }, 'Save'),
        h('button', { type: 'button', class: 'small', onclick: () => draw() }, 'Cancel'),
        renameError.element);
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        renameError.clear();
        try {
          const renamed = await patch<SavedMeal>(`/saved-meals/${m.id}`, { name: name.value });
          await changed(`Renamed "${m.name}" to "${renamed.name}".`);
        } catch (e) {
          renameError.show(e, name);
        }
      });
      li.replaceChildren(form);
      name.focus();
      name.select();
    });
    return li;
  }

  get<{ saved_meals: SavedMeal[] }>('/saved-meals')
    .then((r) => { meals = r.saved_meals; draw(); })
    .catch((e) => error.show(e));
  return section;
}
