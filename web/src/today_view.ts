// Today: the date (previous, next, calendar), the calorie figures, the macros
// against their targets (macro_breakdown.ts), the four
// meals with their entries, water and exercise. Every failed action says the
// server's message beside its control; copying and deleting can be undone
// from the status line.
import { ApiError, del, get, patch, post } from './api';
import { append, failure, field, fmt, h } from './dom';
import { openFoodPicker } from './food_picker';
import { copyToForm } from './copy_to_form';
import { saveAsMealForm, savedMealsSection, type SavedMealAdded } from './saved_meals';
import { openQuickAdd } from './quick_add';
import { serverToday } from './server_today';
import { pendingEntries, type PendingEntry, type SyncResult } from './offline_queue';
import { MEALS, type Day, type DayLine, type MealName, type Profile, type TotalKey } from './types';
import { waterAndExercise } from './water_exercise';
import { applyFocusAfterDraw, byLabel, focusAfterDraw } from './focus_after_draw';
import { macroBreakdown } from './macro_breakdown';

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
// True while the day shown is the server's today: then the page moves on to
// the new day at midnight (in the profile's time zone, as the server says).
let followingToday = true;
let todayShown: string | null = null;
let redrawToday: (() => Promise<void>) | null = null;

// What the status line says after the next draw, with an optional action
// (undo a copy or a delete, copy again).
// `refused`: the action failed (the server's message), said as an alert.
interface StatusNote { text: string; refused?: boolean; action?: { label: string; run: () => Promise<void> } }
let pendingStatus: StatusNote | null = null;

// Said once, above the day, the next time it is drawn (an edit that could not
// be saved because the entry had changed elsewhere).
let pendingNotice: string | null = null;

// The day on screen (set by renderToday before any of its controls exist).
function dateShown(): string {
  if (currentDate === null) throw new Error('the diary day is not loaded yet');
  return currentDate;
}

// Asks the server for today once a minute and when the page is shown again
// (a laptop waking up): past midnight, a page that showed today shows the new
// today, so nothing is added to yesterday by a page left open.
async function checkToday(): Promise<void> {
  if (!redrawToday || !document.getElementById('today-screen')) return;
  const today = await serverToday().catch(() => null);
  if (today === null || today === todayShown) return;
  if (followingToday) currentDate = today;
  await redrawToday();
}
let watching = false;
function watchMidnight(): void {
  if (watching) return;
  watching = true;
  setInterval(() => void checkToday(), 60_000);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) void checkToday(); });
  window.addEventListener('focus', () => void checkToday());
}

// Draws Today again if it is on screen (offline or back online: its status
// line says which).
export async function redrawTodayIfShown(): Promise<void> {
  if (redrawToday) await redrawToday();
}

// What a sync of the entries made offline did, said in the status line
// (as an alert when the server refused some), and the day drawn again.
export async function afterSync(result: SyncResult): Promise<void> {
  const plural = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const names = (list: PendingEntry[]) => list.map((p) => `${p.name} (${p.amount})`).join('; ');
  if (result.refused.length) {
    const why = result.refused.map((r) => `${r.entry.name}: ${r.message}`).join('; ');
    pendingStatus = { refused: true, text: `${plural(result.refused.length)} made offline could not be logged: ${why}.` +
      (result.sent.length ? ` Synced ${plural(result.sent.length)}: ${names(result.sent)}.` : '') };
  } else if (result.sent.length) {
    pendingStatus = { text: `Synced ${plural(result.sent.length)} made offline: ${names(result.sent)}.` };
  }
  await redrawTodayIfShown();
}

// `units`: the profile's, for the water.
export async function renderToday(main: HTMLElement, onChange: () => void,
  units: Profile['units'] | undefined): Promise<void> {
  // The day shown before is asked for beside today (one round trip, not two,
  // on every redraw: after each add); only when today has moved on (past
  // midnight) is the new day asked for after.
  const before = currentDate;
  const [today, dayBefore] = await Promise.all([serverToday(), before === null ? null : get<Day>(`/diary/${before}`)]);
  if (currentDate === null || followingToday) currentDate = today;
  const shown = currentDate;
  const day = dayBefore !== null && shown === before ? dayBefore : await get<Day>(`/diary/${shown}`);
  // Draws the day again in place of the one on screen (not `main`, which an
  // earlier redraw may have replaced: an undo runs after one).
  const rerender = async () => {
    const fresh = h('main', { id: 'main', tabindex: -1 });
    await renderToday(fresh, onChange, units);
    (document.getElementById('main') ?? main).replaceWith(fresh);
    applyFocusAfterDraw();
    onChange();
  };
  todayShown = today;
  redrawToday = async () => {
    if (!document.getElementById('today-screen')) return;
    await rerender();
  };
  watchMidnight();
  const go = async (date: string) => { currentDate = date; followingToday = date === today; await rerender(); };

  const calendar = h('input', { type: 'date', value: shown, 'aria-label': 'Pick a date' });
  calendar.addEventListener('change', () => { if (calendar.value) void go(calendar.value); });
  const nav = h('div', { class: 'date-nav' },
    h('button', { type: 'button', 'aria-label': 'Previous day', onclick: () => go(addDays(shown, -1)) }, '‹ Previous'),
    h('h1', {}, shown === today ? `Today, ${longDate(shown)}` : longDate(shown)),
    h('button', { type: 'button', 'aria-label': 'Next day', onclick: () => go(addDays(shown, 1)) }, 'Next ›'),
    h('label', { class: 'calendar' }, 'Calendar ', calendar));

  const eaten = day.totals['energy_kcal'];
  const remaining = day.remaining_kcal;
  const summary = h('section', { class: 'summary card', 'aria-label': 'Calories' },
    figure('Budget', day.budget_kcal),
    h('span', { class: 'op', 'aria-hidden': 'true' }, '−'),
    figure('Food', eaten, '—'),
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

  const waiting = pendingEntries().filter((p) => p.date === shown);
  const meals = MEALS.map((m) => mealSection(m.key, m.label, day.meals[m.key] ?? [], rerender,
    waiting.filter((p) => p.body.meal === m.key)));
  const notice = pendingNotice === null ? null : h('p', { role: 'alert', class: 'error changed-elsewhere' }, pendingNotice);
  pendingNotice = null;
  main.append(h('span', { id: 'today-screen', hidden: true }));
  const anyEntry = MEALS.some((m) => (day.meals[m.key] ?? []).length > 0);
  const dayCopy = anyEntry
    ? h('section', { class: 'card day-copy', 'aria-label': 'Copy this day' },
      copyToForm('this day', 'Copy this day to…', shown, (to) => copyEntries({ from: shown, to, meal: null, label: 'this day' }, false, rerender)))
    : null;
  const saved = savedMealsSection(shown, (a) => savedMealAdded(a, rerender),
    async (note) => { pendingStatus = { text: note }; await rerender(); });
  append(main, [nav, statusLine(), notice, summary, unknownNote, macroBreakdown(day), h('div', { class: 'meals' }, ...meals), saved, dayCopy,
    nutrientStrip(day), waterAndExercise(day, units, rerender)]);
}

// `none`: what a value that is not known shows ("—" for the food of a day with
// nothing logged: no total, not an unknown one).
function figure(label: string, value: number | null, none = '?'): HTMLElement {
  return h('div', { class: 'fig' }, h('strong', {}, value === null ? none : fmt(value)), h('span', {}, label));
}

// The status line: what the last copy, delete or sync did, with its undo;
// whether the page is offline (the day as this device last saw it) and how
// many entries made offline wait to be sent.
// The status line's button (Undo, Copy again) once drawn: where the focus goes
// after an action that offers one.
const statusAction = () => document.querySelector<HTMLElement>('.status-line button');

function statusLine(): HTMLElement {
  const note = pendingStatus;
  pendingStatus = null;
  const line = h('div', { class: `status-line${note?.refused ? ' refused' : ''}`, role: note?.refused ? 'alert' : 'status' });
  const waiting = pendingEntries().length;
  if (!navigator.onLine) line.append(h('span', {}, 'Offline: this is the day as this device last saw it. '));
  if (waiting) {
    line.append(h('span', { class: 'waiting' },
      `${waiting} ${waiting === 1 ? 'entry' : 'entries'} waiting to sync: sent when the connection returns. `));
  }
  if (note) {
    line.append(h('span', {}, note.text));
    if (note.action) {
      const { label, run } = note.action;
      const button = h('button', { type: 'button', class: 'small' }, label);
      const error = failure();
      button.addEventListener('click', async () => {
        button.disabled = true;
        try { await run(); } catch (e) { button.disabled = false; error.show(e); line.append(error.element); }
      });
      line.append(' ', button);
    }
  }
  return line;
}

// The fields to add an entry again as it was logged: its amount as the
// person gave it ("2 cup", "150 g"), else its grams.
function entryBody(l: DayLine, meal: MealName): Record<string, unknown> {
  const m = /^(\d+(?:\.\d+)?) (.+)$/.exec(l.amount ?? '');
  if (m && m[2] !== 'g') return { meal, food_id: l.food_id, amount: Number(m[1]), portion: m[2] };
  return { meal, food_id: l.food_id, grams: l.grams };
}

// `waiting`: this meal's entries made offline, not yet on the server (so not
// in its totals), listed after the others.
function mealSection(meal: MealName, label: string, lines: DayLine[], rerender: () => Promise<void>,
  waiting: PendingEntry[]): HTMLElement {
  const headingId = `meal-${meal}`;
  // Entries whose energy is not analysed are not 0: an all-unknown meal shows
  // "—", a partly known one its known part with a "+".
  const unknown = lines.filter((l) => l.energy_kcal === null).length;
  const known = lines.reduce((s, l) => s + (l.energy_kcal ?? 0), 0);
  const kcal = lines.length > 0 && unknown === lines.length ? '—' : `${fmt(known)}${unknown ? '+' : ''}`;
  const waitingKcal = waiting.reduce((sum, p) => sum + (p.kcal ?? 0), 0);
  const waitingNote = waitingKcal > 0 ? ` (+${fmt(waitingKcal)} waiting)` : '';
  const list = h('ul', { class: 'entries' }, ...lines.map((l) => entryRow(l, meal, rerender)),
    ...waiting.map(pendingRow));
  if (!lines.length && !waiting.length) list.append(h('li', { class: 'empty' }, 'Nothing logged yet.'));
  // After an entry is added the focus is back on the control that added it,
  // ready for the next food of the meal.
  const again = (control: string) => { focusAfterDraw(() => byLabel(control)); return rerender(); };
  return h('section', { class: 'meal card', 'aria-labelledby': headingId },
    h('div', { class: 'meal-head' }, h('h2', { id: headingId }, label), h('span', { class: 'kcal', title: unknown ? `${unknown} entries not analysed for energy` : null }, `${kcal} kcal${waitingNote}`)),
    list,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'aria-label': `Add food to ${label}`,
        onclick: () => openFoodPicker(dateShown(), meal, label, () => again(`Add food to ${label}`),
          (entries) => addedAtOnce(entries, `Added ${entries.length} ${entries.length === 1 ? 'food' : 'foods'} to ${label}`, rerender)) }, 'Add food'),
      h('button', { type: 'button', 'aria-label': `Quick add for ${label}`,
        onclick: () => openQuickAdd(dateShown(), meal, label, () => again(`Quick add for ${label}`)) }, 'Quick add'),
      copyButton(meal, label, rerender),
      lines.length ? copyToForm(label, 'Copy to…', dateShown(), (to) => copyEntries({ from: dateShown(), to, meal, label }, false, rerender)) : null,
      lines.length ? saveAsMealForm(label, meal, dateShown(), async (m) => {
        const kcal = m.energy_kcal === null ? '' : `, ${fmt(m.energy_kcal)} kcal`;
        pendingStatus = { text: `Saved ${label} as the meal "${m.name}" (${m.items.length} ${m.items.length === 1 ? 'food' : 'foods'}${kcal}): add it to any meal from Saved meals.` };
        await rerender();
      }) : null),
    copyErrorMeal === meal ? copyError.element : null);
}

function copyButton(meal: MealName, label: string, rerender: () => Promise<void>): HTMLElement {
  return h('button', { type: 'button', 'aria-label': `Copy yesterday's ${label}`,
    onclick: () => copyYesterday(meal, label, rerender) }, 'Copy yesterday');
}

async function copyYesterday(meal: MealName, label: string, rerender: () => Promise<void>): Promise<void> {
  const to = dateShown();
  copyError.clear();
  try {
    await copyEntries({ from: addDays(to, -1), to, meal, label }, false, rerender);
  } catch (e) {
    copyErrorMeal = meal;
    copyError.show(e);
    await rerender();
  }
}

// A copy of one meal (or, with meal null, the whole day) from one date to
// another. Says what was copied (or that there was nothing), with an undo;
// a copy already made is refused by the server (409), which the status line
// says, and the person may copy again. Other refusals are thrown to the
// caller, which shows them beside its control.
interface CopyRequest { from: string; to: string; meal: MealName | null; label: string }
async function copyEntries(req: CopyRequest, again: boolean, rerender: () => Promise<void>): Promise<void> {
  const { from, to, meal, label } = req;
  const yesterday = from === addDays(to, -1) && to === dateShown() && meal !== null;
  const source = yesterday ? `yesterday's ${label}` : meal === null ? `the day ${longDate(from)}` : `${label} of ${longDate(from)}`;
  let copied: DayLine[];
  try {
    const body: Record<string, unknown> = { to };
    if (meal !== null) body.meal = meal;
    if (again) body.again = true;
    copied = (await post<{ entries: DayLine[] }>(`/diary/${from}/copy`, body)).entries;
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      pendingStatus = { text: e.message, refused: true,
        action: { label: 'Copy again', run: () => copyEntries(req, true, rerender) } };
      return rerender();
    }
    throw e;
  }
  const target = to === dateShown() ? '' : ` to ${longDate(to)}`;
  if (copied.length === 0) {
    pendingStatus = { text: `${source[0].toUpperCase()}${source.slice(1)} has nothing to copy: nothing was added.` };
  } else {
    const what = copied.map((c) => `${c.name} (${c.amount})`).join('; ');
    pendingStatus = {
      text: `Copied ${copied.length} ${copied.length === 1 ? 'entry' : 'entries'} from ${source}${target}: ${what}.`,
      action: removeAgain('Undo copy', copied,
        `Undone: the ${copied.length === 1 ? 'entry' : 'entries'} copied${target || ` to ${label}`} ${copied.length === 1 ? 'was' : 'were'} removed.`, rerender),
    };
    focusAfterDraw(statusAction);
  }
  await rerender();
}

// The undo of entries just added (a copy, a saved meal, ticked foods): each
// deleted again (one already deleted elsewhere is fine), then `undone` said.
function removeAgain(label: string, added: DayLine[], undone: string, rerender: () => Promise<void>): StatusNote['action'] {
  return { label, run: async () => {
    for (const c of added) await del(`/diary/entries/${c.id}`).catch((e) => { if (!(e instanceof ApiError && e.status === 404)) throw e; });
    pendingStatus = { text: undone };
    await rerender();
  } };
}

// What several entries added at once were, and their kcal: "Rice (1 cup);
// Spinach (30 g), 212 kcal".
function addedText(entries: DayLine[]): string {
  const what = entries.map((e) => `${e.name} (${e.amount})`).join('; ');
  const known = entries.filter((e) => e.energy_kcal !== null);
  const kcal = known.reduce((s, e) => s + (e.energy_kcal ?? 0), 0);
  return known.length ? `${what}, ${fmt(kcal)} kcal${known.length < entries.length ? ' known' : ''}` : what;
}

// Entries added at once from the food picker's ticked foods.
async function addedAtOnce(entries: DayLine[], said: string, rerender: () => Promise<void>): Promise<void> {
  pendingStatus = { text: `${said}: ${addedText(entries)}.`,
    action: removeAgain('Undo', entries, `Undone: the ${entries.length === 1 ? 'food was' : `${entries.length} foods were`} removed.`, rerender) };
  focusAfterDraw(statusAction);
  await rerender();
}

// A saved meal added from the "Saved meals" region.
async function savedMealAdded(a: SavedMealAdded, rerender: () => Promise<void>): Promise<void> {
  pendingStatus = { text: `Added "${a.meal.name}" to ${a.toLabel}: ${addedText(a.entries)}.`,
    action: removeAgain('Undo', a.entries, `Undone: "${a.meal.name}" was removed from ${a.toLabel}.`, rerender) };
  focusAfterDraw(statusAction);
  await rerender();
}
// A failed copy's message, kept for the next draw beside that meal's buttons.
let copyErrorMeal: MealName | null = null;
const copyError = failure();

function pendingRow(p: PendingEntry): HTMLElement {
  return h('li', { class: 'entry pending' },
    h('span', { class: 'name' }, p.name),
    h('span', { class: 'amount' }, p.amount),
    h('span', { class: 'kcal' }, p.kcal === null ? 'kcal unknown' : `${fmt(p.kcal)} kcal`),
    h('span', { class: 'row-actions' }, h('small', { class: 'waiting' }, 'waiting to sync')));
}

function entryRow(l: DayLine, meal: MealName, rerender: () => Promise<void>): HTMLElement {
  const deleteError = failure();
  const row = h('li', { class: 'entry' },
    h('span', { class: 'name' }, l.name),
    h('span', { class: 'amount' }, l.amount || `${fmt(l.grams)} g`),
    h('span', { class: 'kcal' }, l.energy_kcal === null ? 'kcal unknown' : `${fmt(l.energy_kcal)} kcal`),
    h('span', { class: 'row-actions' },
      h('button', { type: 'button', class: 'small', 'aria-label': `Edit ${l.name}`, 'data-entry': l.id, onclick: () => edit() }, 'Edit'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${l.name}`, onclick: () => remove() }, 'Delete')),
    deleteError.element);
  async function remove(): Promise<void> {
    deleteError.clear();
    try {
      await del(`/diary/entries/${l.id}`);
    } catch (e) {
      deleteError.show(e);
      return;
    }
    const date = dateShown();
    pendingStatus = { text: `Deleted ${l.name} (${l.amount || `${fmt(l.grams)} g`}).`, action: { label: 'Undo delete', run: async () => {
      await post(`/diary/${date}/entries`, entryBody(l, meal));
      pendingStatus = { text: `Undone: ${l.name} is back.` };
      await rerender();
    } } };
    focusAfterDraw(statusAction);
    await rerender();
  }
  function edit(): void {
    const grams = h('input', { type: 'number', min: 0.1, step: 'any', value: String(Math.round(l.grams * 10) / 10), required: true });
    const error = failure();
    // Saved or cancelled (Cancel, or Escape anywhere in the form), the focus
    // is back on this entry's Edit button.
    const backToEntry = () => { focusAfterDraw(() => document.querySelector<HTMLElement>(`[data-entry="${CSS.escape(String(l.id))}"]`)); return rerender(); };
    const form = h('form', { class: 'inline' }, field(`Grams of ${l.name}`, grams),
      h('button', { type: 'submit', class: 'primary small' }, 'Save'),
      h('button', { type: 'button', class: 'small', onclick: () => void backToEntry() }, 'Cancel'),
      error.element);
    form.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape') return;
      ev.preventDefault();
      void backToEntry();
    });
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      error.clear();
      try {
        // Only if the entry is still the one shown: else the server changes nothing (412).
        await patch(`/diary/entries/${l.id}`, { grams: Number(grams.value) }, `"${l.version}"`);
      } catch (e) {
        if (!(e instanceof ApiError && (e.status === 412 || e.status === 404))) {
          error.show(e, grams);  // stays open, the field marked, until the next edit
          return;
        }
        pendingNotice = e.status === 404
          ? `${l.name} was deleted elsewhere (perhaps on another device), so your edit was not saved.`
          : `${l.name} was changed elsewhere (perhaps on another device) after this page showed it, ` +
            'so your edit was not saved. The day below shows it as it is now; edit it again if you still want to.';
      }
      await backToEntry();
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
    h('div', { class: 'strip-figures' }, ...STRIP.map((n) => {
      const missing = day.missing_entries[n.key] ?? 0;
      return h('div', { role: 'group', 'aria-label': n.label },
        h('span', {}, n.label),
        h('strong', {}, day.totals[n.key] === null ? '—' : `${fmt(day.totals[n.key], 1)} ${n.unit}`),
        missing ? h('small', { class: 'unknown' }, `${missing} not analysed`) : null);
    })),
    h('a', { href: '#/nutrients' }, 'All nutrients and targets'));
}
