// Nutrients: the report of a period (today, the last 7 logged days, or any
// from-to range: GET /api/v1/nutrients/report) as bars against the person's
// targets, grouped as Cronometer groups them (General, Vitamins, Minerals,
// Lipids), coloured by status, unknown values flagged; the shortfall notes
// and the day's suggestions. A period of only partly logged days (the
// server's partly_logged_days) marks a shortfall "partial", not "too low":
// the meals not logged may make it up. Upper limits (UL, and sodium's CDRR)
// are flagged above them, never "Adequate". On a phone the groups with
// nothing to look at start closed, so the screen is short.
// A target the person set (a doctor's advice, or their own) is marked in its
// row; the targets themselves are edited in the "Nutrient targets" section
// (nutrient_targets.ts).
// Where the server has no nutrient report yet, today's diary totals are shown.
import { ApiError, get } from './api';
import { failure, field, fmt, h } from './dom';
import type { components } from './generated/api-types';
import { groupLines, isShortfall, needsAttention, type NutrientGroup, type ReportLine } from './nutrient_groups';
import { suggestions } from './nutrient_suggestions';
import { sourceText, targetsSection } from './nutrient_targets';
import { richFoodsPanel } from './rich_foods';
import { serverToday } from './server_today';
import type { Day, TotalKey } from './types';

type Report = components['schemas']['NutrientReport'];

type Period = { kind: 'today' } | { kind: 'last-logged' } | { kind: 'range'; from: string; to: string };

// Kept while the page is open: the period shown and the groups opened or
// closed by hand, so a redraw (after an add) keeps what the person chose.
let period: Period = { kind: 'today' };
const opened = new Map<string, boolean>();

const STATUS_TEXT: Record<string, string> = {
  'likely-inadequate': 'Likely too low',
  'possibly-inadequate': 'Possibly too low',
  adequate: 'Adequate',
  'cannot-judge': 'Cannot judge',
  'above-ul': 'Above the upper limit',
  'above-cdrr': 'Above the upper limit',
  'above-limit': 'Above your upper bound',
};

const phone = () => window.matchMedia('(max-width: 719px)').matches;

export async function renderNutrients(main: HTMLElement): Promise<void> {
  const today = await serverToday();
  main.append(h('h1', {}, 'Nutrients'));
  const formError = failure();
  main.append(periodForm(main, today, formError));
  let report: Report;
  try {
    report = await get<Report>(reportPath(today));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return renderDiaryTotals(main, await get<Day>(`/diary/${today}`));
    if (e instanceof ApiError && e.status === 400) { formError.show(e); return; }
    throw e;
  }
  const redrawn = () => redraw(main);
  main.append(reportSection(report, today, redrawn));
  main.append(...shortfallNotes(report));
  const names = new Map(report.nutrients.map((n) => [n.key, n.name]));
  await suggestions(main, today, names, redrawn);
  main.append(await targetsSection(phone(), redrawn));
}

function reportPath(today: string): string {
  if (period.kind === 'today') return `/nutrients/report?from=${today}&to=${today}`;
  if (period.kind === 'range') return `/nutrients/report?from=${period.from}&to=${period.to}`;
  return '/nutrients/report';
}

// Draws the screen again in place (after an add: the bars and the
// suggestions then count it; after a new period).
async function redraw(main: HTMLElement): Promise<void> {
  const fresh = h('main', { id: 'main', tabindex: -1 });
  await renderNutrients(fresh);
  main.replaceWith(fresh);
}

// From and To (any range the server takes: up to 366 days), and the two
// usual periods in one tap. A refused range shows the server's message.
function periodForm(main: HTMLElement, today: string, error: ReturnType<typeof failure>): HTMLElement {
  const range = period.kind === 'range' ? period : { from: today, to: today };
  const from = h('input', { type: 'date', value: range.from, max: today, required: true });
  const to = h('input', { type: 'date', value: range.to, required: true });
  const show = (p: Period) => { period = p; void redraw(main); };
  const form = h('form', { class: 'card period', 'aria-label': 'Report period', novalidate: true },
    h('div', { class: 'row' }, field('From', from), field('To', to)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary small' }, 'Show report'),
      h('button', { type: 'button', class: 'small', 'aria-pressed': String(period.kind === 'today'),
        onclick: () => show({ kind: 'today' }) }, 'Today'),
      h('button', { type: 'button', class: 'small', 'aria-pressed': String(period.kind === 'last-logged'),
        onclick: () => show({ kind: 'last-logged' }) }, 'Last 7 logged days')),
    error.element);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!from.value || !to.value) { error.show(new Error('Give both dates.'), from.value ? to : from); return; }
    show({ kind: 'range', from: from.value, to: to.value });
  });
  return form;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateText = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));
const plural = (n: number, one: string, many: string) => `${fmt(n)} ${n === 1 ? one : many}`;

function title(r: Report): string {
  if (period.kind === 'today') return 'Today';
  if (period.kind === 'last-logged') return r.logged_days === 1 ? 'Your last logged day' : `Last ${r.logged_days} logged days`;
  return r.from === r.to ? dateText(r.from) : `${dateText(r.from)} to ${dateText(r.to)}`;
}

// Every logged day of the period is partly logged: a shortfall may be the
// meals not logged yet.
const allPartial = (r: Report) => r.logged_days > 0 && r.partly_logged_days.length === r.logged_days;

// "1 logged day (partial: ...)", "7 logged days, 1 partial ...", with the
// days left out.
function daysSentence(r: Report): string {
  if (r.logged_days === 0) return 'Nothing logged in this period.';
  let s = plural(r.logged_days, 'logged day', 'logged days');
  const partial = r.partly_logged_days.length;
  if (allPartial(r)) {
    s += r.logged_days === 1 ? ', partial' : ', all partial';
    s += ' (not every meal logged): amounts under a target are not judged until the meals are in.';
  } else if (partial > 0) {
    s += `, ${fmt(partial)} of them partial (not every meal logged; ${partial === 1 ? 'it lowers' : 'they lower'} the means).`;
  } else {
    s += '.';
  }
  if (period.kind !== 'today' && r.days_not_logged > 0) {
    s += ` ${plural(r.days_not_logged, 'day', 'days')} with nothing logged ${r.days_not_logged === 1 ? 'is' : 'are'} left out.`;
  }
  return s;
}

function reportSection(r: Report, today: string, redrawn: () => Promise<void>): HTMLElement {
  const name = title(r);
  const partial = allPartial(r);
  return h('section', { class: 'card report', 'aria-label': name },
    h('h2', {}, name),
    h('p', { class: 'report-days' }, daysSentence(r)),
    h('div', { class: 'groups' }, ...groupLines(r.nutrients).map((g) => groupSection(g, partial, today, redrawn))));
}

// A group as a disclosure: its heading's button opens and closes its rows. On
// a phone a group starts closed unless a row needs attention.
function groupSection(g: NutrientGroup, partial: boolean, today: string, redrawn: () => Promise<void>): HTMLElement {
  const attention = g.lines.filter(needsAttention).length;
  const open = opened.get(g.name) ?? (!phone() || attention > 0);
  const listId = `group-${g.name.toLowerCase()}`;
  // Rows are groups (a name and its figures), so the container is not a list.
  const list = h('div', { class: 'bars', id: listId, hidden: !open }, ...g.lines.map((n) => bar(n, partial, today, redrawn)));
  // The arrow is drawn, not named: the button's name is the group's.
  const toggle = h('button', { type: 'button', class: 'group-toggle', 'aria-expanded': String(open), 'aria-controls': listId },
    h('span', { class: 'arrow', 'aria-hidden': 'true' }), g.name);
  toggle.addEventListener('click', () => {
    const now = toggle.getAttribute('aria-expanded') !== 'true';
    opened.set(g.name, now);
    toggle.setAttribute('aria-expanded', String(now));
    list.hidden = !now;
  });
  const count = attention ? `${fmt(attention)} to look at` : 'nothing to look at';
  return h('section', { class: 'group', 'aria-label': g.name },
    h('h3', {}, toggle, h('small', { class: 'hint' }, ` ${count}, ${plural(g.lines.length, 'nutrient', 'nutrients')}`)),
    list);
}

function statusText(n: ReportLine, partial: boolean): string {
  if (partial && isShortfall(n)) return 'Partial day';
  if (n.status === 'above-cdrr' && n.cdrr !== null) return `Above the upper limit (${fmt(n.cdrr)} ${n.unit})`;
  if (n.status === 'above-ul' && n.ul !== null) return `Above the upper limit (${fmt(n.ul)} ${n.unit})`;
  if (n.status === 'above-limit' && n.upper !== null) return `Above your upper bound (${fmt(n.upper)} ${n.unit})`;
  return STATUS_TEXT[n.status] ?? n.status;
}

function bar(n: ReportLine, partial: boolean, today: string, redrawn: () => Promise<void>): HTMLElement {
  const pct = n.percent ?? 0;
  const unknown = n.days_without_value > 0 || n.missing_entries > 0;
  const status = partial && isShortfall(n) ? 'partial' : n.status;
  const rich = h('button', { type: 'button', class: 'small rich-toggle', 'aria-expanded': 'false',
    'aria-label': `Foods rich in ${n.name}` }, 'Foods');
  const row = h('div', { role: 'group', 'aria-label': n.name, class: `bar ${status}` },
    h('span', { class: 'label' }, n.name,
      n.target_source === 'dri' ? null : h('small', { class: `target-mark ${n.target_source}` }, ` ${sourceText({ source: n.target_source })}`)),
    h('span', { class: 'value' }, `${fmt(n.mean, 1)} / ${n.target === null ? '?' : fmt(n.target)} ${n.unit}`),
    rich,
    // No known value: an empty track, not a 0% bar.
    h('span', { class: 'track', 'aria-hidden': 'true' },
      n.percent === null ? null : h('span', { class: 'fill', style: `width:${Math.min(pct, 100)}%` })),
    h('small', { class: 'status' }, statusText(n, partial)),
    unknown ? h('small', { class: 'unknown' }, 'some values unknown') : null);
  let panel: HTMLElement | null = null;
  rich.addEventListener('click', () => {
    const open = rich.getAttribute('aria-expanded') !== 'true';
    rich.setAttribute('aria-expanded', String(open));
    if (open) row.append(panel = richFoodsPanel(n.key, n.name, today, redrawn));
    else panel?.remove();
  });
  return row;
}

// The notes of the period's shortfalls, each a disclosure. Over partly
// logged days only they are what is short so far.
function shortfallNotes(r: Report): HTMLElement[] {
  const notes = r.nutrients.filter((n) => n.explanation);
  if (!notes.length) return [];
  const partial = allPartial(r);
  // On a phone the list starts closed (one line, not one a nutrient).
  return [h('section', { class: 'card', 'aria-labelledby': 'short-h' },
    h('h2', { id: 'short-h' }, partial ? 'Short so far' : 'Shortfalls'),
    h('details', { class: 'notes-list', open: !phone() },
      h('summary', {}, `${plural(notes.length, 'note', 'notes')}: what each nutrient does and where to find it`),
    h('ul', { class: 'notes' }, ...notes.map((n) => h('li', {},
      h('details', {},
        h('summary', {}, `${n.name}: ${partial ? 'short so far' : STATUS_TEXT[n.status] ?? n.status}`),
        ...markdownParagraphs(n.explanation!)))))),
    h('p', { class: 'hint' }, 'Targets: Dietary Reference Intakes (National Academies) for your sex and age.'))];
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

// Without the nutrient report: today's totals from the diary.
function renderDiaryTotals(main: HTMLElement, day: Day): void {
  const rows: [TotalKey, string, string][] = [
    ['energy_kcal', 'Energy', 'kcal'], ['protein_g', 'Protein', 'g'], ['carbohydrate_g', 'Carbohydrate', 'g'],
    ['fat_g', 'Fat', 'g'], ['fiber_g', 'Fiber', 'g'], ['magnesium_mg', 'Magnesium', 'mg'],
  ];
  main.append(h('section', { class: 'card', 'aria-label': 'Today' },
    h('h2', {}, 'Today'),
    h('p', { class: 'hint' }, 'Targets and the 7-day report need a newer server; these are today\'s totals.'),
    h('div', { class: 'bars' }, ...rows.map(([key, name, unit]) => h('div', { role: 'group', 'aria-label': name, class: 'bar' },
      h('span', { class: 'label' }, name),
      h('span', { class: 'value' }, `${fmt(day.totals[key], 1)} ${unit}`),
      day.missing_entries[key] ? h('small', { class: 'unknown' }, `${day.missing_entries[key]} entries not analysed`) : null)))));
}
