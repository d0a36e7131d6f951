// Nutrients: every tracked nutrient as a bar against its target, today and
// over the last 7 logged days, coloured by status, unknown values flagged; the
// shortfall notes and suggestions (GET /api/v1/nutrients/report, /suggestions).
// Where the server has no nutrient report yet, today's diary totals are shown.
import { ApiError, get, post } from './api';
import { failure, fmt, h } from './dom';
import { serverToday } from './server_today';
import type { Day, TotalKey } from './types';

interface ReportNutrient {
  key: string; name: string; unit: string; mean: number | null; target: number | null;
  percent: number | null; status: string; days_without_value: number; missing_entries: number;
  explanation: string | null;
}
interface Report { from: string; to: string; logged_days: number; nutrients: ReportNutrient[] }
interface Suggestion { food_id: string; name: string; grams: number; portion: string; kcal: number; adds: Record<string, number> }

const STATUS_TEXT: Record<string, string> = {
  'likely-inadequate': 'Likely too low',
  'possibly-inadequate': 'Possibly too low',
  adequate: 'Adequate',
  'cannot-judge': 'Cannot judge',
  'above-ul': 'Above the upper limit',
};

export async function renderNutrients(main: HTMLElement): Promise<void> {
  const today = await serverToday();
  main.append(h('h1', {}, 'Nutrients'));
  let week: Report, day: Report;
  try {
    [day, week] = await Promise.all([
      get<Report>(`/nutrients/report?from=${today}&to=${today}`),
      get<Report>('/nutrients/report'),
    ]);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
    return renderDiaryTotals(main, await get<Day>(`/diary/${today}`));
  }
  main.append(reportSection('Today', day), reportSection(`Last ${week.logged_days} logged days`, week));
  const notes = week.nutrients.filter((n) => n.explanation);
  if (notes.length) {
    main.append(h('section', { class: 'card', 'aria-labelledby': 'short-h' },
      h('h2', { id: 'short-h' }, 'Shortfalls'),
      h('ul', { class: 'notes' }, ...notes.map((n) => h('li', {},
        h('details', {},
          h('summary', {}, `${n.name}: ${STATUS_TEXT[n.status] ?? n.status}`),
          ...markdownParagraphs(n.explanation!))))),
      h('p', { class: 'hint' }, 'Targets: Dietary Reference Intakes (National Academies) for your sex and age.')));
  }
  const names = new Map(week.nutrients.map((n) => [n.key, n.name]));
  await suggestions(main, today, names);
}

// Draws the screen again in place (after a suggestion is added: the bars and
// the suggestions then count it).
async function redraw(main: HTMLElement): Promise<void> {
  const fresh = h('main', { id: 'main' });
  await renderNutrients(fresh);
  main.replaceWith(fresh);
}

// The notes are short Markdown written by us (data/nutrients/explanations/):
// paragraphs and **bold** only. Built as DOM nodes, never as HTML text.
function markdownParagraphs(text: string): HTMLElement[] {
  return text.split(/\n\s*\n/).map((para) => {
    const p = h('p', {});
    para.replace(/\s*\n\s*/g, ' ').split('**').forEach((part, i) => {
      if (part) p.append(i % 2 === 1 ? h('strong', {}, part) : document.createTextNode(part));
    });
    return p;
  });
}

function reportSection(title: string, r: Report): HTMLElement {
  return h('section', { class: 'card', 'aria-label': title },
    h('h2', {}, title),
    h('ul', { class: 'bars' }, ...r.nutrients.map((n) => bar(n))));
}

function bar(n: ReportNutrient): HTMLElement {
  const pct = n.percent ?? 0;
  const unknown = n.days_without_value > 0 || n.missing_entries > 0;
  return h('li', { role: 'group', 'aria-label': n.name, class: `bar ${n.status}` },
    h('span', { class: 'label' }, n.name),
    // No known value: an empty track, not a 0% bar.
    h('span', { class: 'track', 'aria-hidden': 'true' },
      n.percent === null ? null : h('span', { class: 'fill', style: `width:${Math.min(pct, 100)}%` })),
    h('span', { class: 'value' },
      `${fmt(n.mean, 1)} / ${n.target === null ? '?' : fmt(n.target)} ${n.unit}`,
      h('small', {}, ` ${STATUS_TEXT[n.status] ?? n.status}`)),
    unknown ? h('small', { class: 'unknown' }, 'some values unknown') : null);
}

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

async function suggestions(main: HTMLElement, today: string, names: Map<string, string>): Promise<void> {
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
      await redraw(main);
    });
    const adds = addsText(s, r, names);
    section.append(h('div', { class: 'suggestion' },
      h('span', {}, `${s.name}: ${s.portion}, ${fmt(s.kcal)} kcal`, h('br', {}),
        h('small', {}, adds ? `adds ${adds}` : 'adds little of what is short today')),
      meal, add, error.element));
  }
  main.append(section);
}

// Without the nutrient report: today's totals from the diary.
function renderDiaryTotals(main: HTMLElement, day: Day): void {
  const rows: [TotalKey, string, string][] = [
    ['energy_kcal', 'Energy', 'kcal'], ['protein_g', 'Protein', 'g'], ['carbohydrate_g', 'Carbohydrate', 'g'],
    ['fat_g', 'Fat', 'g'], ['fiber_g', 'Fiber', 'g'], ['magnesium_mg', 'Magnesium', 'mg'],
  ];
  main.append(h('section', { class: 'card', 'aria-label': 'Today' },
    h('h2', {}, 'Today'),
    h('p', { class: 'hint' }, 'Targets and the 7-day report need a newer server; these are today\'s totals.'),
    h('ul', { class: 'bars' }, ...rows.map(([key, name, unit]) => h('li', { role: 'group', 'aria-label': name, class: 'bar' },
      h('span', { class: 'label' }, name),
      h('span', { class: 'value' }, `${fmt(day.totals[key], 1)} ${unit}`),
      day.missing_entries[key] ? h('small', { class: 'unknown' }, `${day.missing_entries[key]} entries not analysed`) : null)))));
}
