// "Report for your doctor": one printable page for a chosen period (the
// browser's Print gives the PDF). Everything on it is the server's report
// (GET /api/v1/reports/doctor): per nutrient the mean from food and, apart,
// from supplements, the target with its kind (RDA or AI) and where it comes
// from, the EAR and the UL, the days below the EAR and above the UL (partly
// logged days marked), the supplements taken, the weight over the period, and
// "not a diagnosis". Nothing is computed here but the person's units and the
// layout. A target the person set themselves (a `source` on
// GET /api/v1/nutrients/targets, e.g. "doctor's advice") is named by that
// source. The print stylesheet (style.css, @media print) hides the header,
// the navigation and the controls.
import { ApiError, get } from './api';
import { failure, field, fmt, h } from './dom';
import type { components } from './generated/api-types';
import { serverToday } from './server_today';
import { KG_PER_LB } from './units';
import type { Profile } from './types';

type DoctorReport = components['schemas']['DoctorReport'];
type Target = components['schemas']['NutrientTargets']['targets'][number];

// Kept while the page is open: the period chosen.
let chosen: { from: string; to: string } | null = null;

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateText = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));

function daysBefore(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

export async function renderDoctorReport(main: HTMLElement, profile: Profile | null): Promise<void> {
  const today = await serverToday();
  const period = chosen ?? { from: daysBefore(today, 6), to: today };
  const section = h('section', { class: 'doctor-report', 'aria-labelledby': 'doctor-h' },
    h('h1', { id: 'doctor-h' }, 'Report for your doctor'));
  main.append(section);
  const error = failure();
  section.append(periodForm(main, profile, period, today, error));
  let report: DoctorReport;
  let targets: Target[] = [];
  try {
    [report, targets] = await Promise.all([
      get<DoctorReport>(`/reports/doctor?from=${period.from}&to=${period.to}`),
      get<{ targets: Target[] }>('/nutrients/targets').then((t) => t.targets),
    ]);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 400 || e.status === 422)) { error.show(e); return; }
    throw e;
  }
  section.append(
    summary(report, targets),
    nutrientTable(report, targets),
    supplementsTaken(report),
    weightSection(report, profile),
    h('section', { class: 'card not-diagnosis', 'aria-label': 'Not a diagnosis' },
      h('p', {}, h('strong', {}, report.not_a_diagnosis)),
      h('p', {}, 'Platewise adds up what you logged; it cannot examine you. Take this page to your doctor and talk to ' +
        'your doctor about any shortfall or excess before you change what you eat or take.')),
  );
}

function periodForm(main: HTMLElement, profile: Profile | null, period: { from: string; to: string }, today: string,
  error: ReturnType<typeof failure>): HTMLElement {
  const from = h('input', { type: 'date', value: period.from, max: today, required: true });
  const to = h('input', { type: 'date', value: period.to, required: true });
  const form = h('form', { class: 'card period no-print', 'aria-label': 'Report period', novalidate: true },
    h('div', { class: 'row' }, field('From', from), field('To', to)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary small' }, 'Show report'),
      h('button', { type: 'button', class: 'small', onclick: () => window.print() }, 'Print or save as PDF')),
    error.element);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!from.value || !to.value) { error.show(new Error('Give both dates.'), from.value ? to : from); return; }
    chosen = { from: from.value, to: to.value };
    const fresh = h('main', { id: 'main' });
    await renderDoctorReport(fresh, profile);
    main.replaceWith(fresh);
  });
  return form;
}

function summary(r: DoctorReport, targets: Target[]): HTMLElement {
  const rep = r.report;
  const partial = rep.partly_logged_days;
  return h('section', { class: 'card', 'aria-label': 'Period' },
    h('p', { class: 'period-line' }, h('strong', {}, `${dateText(r.from)} to ${dateText(r.to)}`),
      `: ${rep.logged_days} ${rep.logged_days === 1 ? 'day' : 'days'} logged` +
      (rep.days_not_logged ? `, ${rep.days_not_logged} not logged (left out of the means)` : '') + '.'),
    partial.length
      ? h('p', { class: 'partly-logged' }, `Partly logged (not every meal logged): ${partial.map(dateText).join(', ')}. ` +
        'A shortfall on those days may be the meals not logged.')
      : h('p', { class: 'hint' }, 'Every logged day has its meals logged.'),
    targets[0] ? h('p', { class: 'hint' }, `Targets for ${targets[0].group}.`) : null);
}

const amount = (v: number | null | undefined, unit: string) => (v === null || v === undefined ? '–' : `${fmt(v, v < 10 ? 1 : 0)} ${unit}`);

// The targets' sources, numbered in order of first use, for the footnotes.
function sourceNumbers(r: DoctorReport, targets: Target[]): { of: (key: string) => number; list: string[] } {
  const own = new Map<string, string>();
  for (const t of targets) {
    // The person's own targets are named for who set them; a DRI target
    // ("dri") keeps the table's source.
    const s = (t as Target & { source?: unknown }).source;
    if (s === 'doctor') own.set(t.key, "Your doctor's advice, entered by you");
    else if (s === 'own') own.set(t.key, 'Your own target, entered by you');
  }
  const list: string[] = [];
  const numbers = new Map<string, number>();
  for (const l of r.report.nutrients) {
    const s = own.get(l.key) ?? r.target_sources[l.key] ?? 'Dietary Reference Intakes';
    if (!list.includes(s)) list.push(s);
    numbers.set(l.key, list.indexOf(s) + 1);
  }
  return { of: (key) => numbers.get(key) ?? 1, list };
}

const ulScopeText: Record<string, string> = {
  'all-sources': 'food and supplements', supplements: 'supplements only', retinol: 'preformed vitamin A',
  synthetic: 'supplements only',
};

function nutrientTable(r: DoctorReport, targets: Target[]): HTMLElement {
  const sources = sourceNumbers(r, targets);
  const days = r.report.logged_days;
  const head = ['Nutrient', 'From food (a day)', 'From supplements (a day)', 'Target', 'EAR', 'UL', 'Days below EAR',
    'Days above UL'];
  const rows = r.report.nutrients.map((l) => {
    const kind = l.target_kind ? l.target_kind.toUpperCase() : '';
    const below = l.ear === null ? '–'
      : `${l.days_below_ear} of ${days}` + (l.partly_logged_below_ear ? ` (${l.partly_logged_below_ear} partly logged)` : '');
    const above = l.ul === null ? '–' : `${l.days_above_ul} of ${days}`;
    const cells: [string, string | HTMLElement][] = [
      [head[1], amount(l.mean_food, l.unit) + (l.missing_entries ? ' or more' : '')],
      [head[2], amount(l.mean_supplements, l.unit)],
      [head[3], l.target === null ? '–'
        : h('span', {}, `${amount(l.target, l.unit)} ${kind} `, h('sup', {}, `[${sources.of(l.key)}]`))],
      [head[4], amount(l.ear, l.unit)],
      [head[5], l.ul === null ? '–' : `${amount(l.ul, l.unit)} (${ulScopeText[l.ul_scope ?? 'all-sources']})`],
      [head[6], below],
      [head[7], above],
    ];
    const flagged = l.days_below_ear > 0 || l.days_above_ul > 0;
    return h('tr', { 'data-key': l.key, class: flagged ? 'flagged' : undefined },
      h('th', { scope: 'row' }, l.name),
      ...cells.map(([label, v], i) => h('td', { 'data-label': label, 'data-col': String(i + 1) }, v)));
  });
  return h('section', { class: 'card', 'aria-labelledby': 'intake-h' },
    h('h2', { id: 'intake-h' }, 'Intake against targets'),
    h('p', { class: 'hint' }, 'Means over the logged days. Supplements are listed apart from food. EAR: the intake that ' +
      'meets the needs of half of the group; RDA: of nearly all; AI: where no RDA is set; UL: the upper limit.'),
    h('div', { class: 'table-wrap' },
      h('table', { class: 'doctor-table' },
        h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...rows))),
    h('h3', {}, 'Sources of the targets'),
    h('ol', { class: 'sources' }, ...sources.list.map((s) => h('li', {}, s))));
}

function supplementsTaken(r: DoctorReport): HTMLElement {
  const section = h('section', { class: 'card', 'aria-labelledby': 'supp-h' },
    h('h2', { id: 'supp-h' }, 'Supplements taken'));
  if (r.supplements.length === 0) {
    section.append(h('p', {}, 'No supplement logged in this period.'));
    return section;
  }
  const names = new Map(r.report.nutrients.map((l) => [l.key, l]));
  section.append(h('ul', { class: 'supplements-taken' }, ...r.supplements.map((s) => {
    const per = Object.entries(s.per_unit)
      .map(([k, v]) => `${names.get(k)?.name ?? k} ${fmt(v, 1)} ${names.get(k)?.unit ?? ''}`.trim()).join(', ');
    return h('li', { 'aria-label': s.name },
      h('strong', {}, s.name), ` (per ${s.unit}: ${per}): ${fmt(s.units, 2)} ${s.unit}${s.units === 1 ? '' : 's'} ` +
      `in ${s.doses} ${s.doses === 1 ? 'dose' : 'doses'}, on ${s.days} of ${r.report.logged_days} logged days.`);
  })));
  return section;
}

function weightSection(r: DoctorReport, profile: Profile | null): HTMLElement {
  const section = h('section', { class: 'card', 'aria-labelledby': 'weight-h' }, h('h2', { id: 'weight-h' }, 'Weight'));
  const w = r.weight;
  if (!w) {
    section.append(h('p', {}, 'No weigh-in in this period.'));
    return section;
  }
  const metric = profile?.units !== 'imperial';
  const unit = metric ? 'kg' : 'lb';
  const show = (kg: number) => fmt(metric ? kg : kg / KG_PER_LB, 1);
  const signed = (kg: number) => `${kg > 0 ? '+' : kg < 0 ? '−' : ''}${show(Math.abs(kg))} ${unit}`;
  section.append(h('dl', { class: 'weight-trend' },
    h('dt', {}, 'First weigh-in'), h('dd', {}, `${show(w.first.weight_kg)} ${unit} on ${dateText(w.first.date)}`),
    h('dt', {}, 'Last weigh-in'), h('dd', {}, `${show(w.last.weight_kg)} ${unit} on ${dateText(w.last.date)}`),
    h('dt', {}, 'Change'), h('dd', { class: 'change' }, signed(w.change_kg)),
    h('dt', {}, 'Rate'), h('dd', { class: 'rate' }, w.kg_per_week === null ? '– (one day)' : `${signed(w.kg_per_week)} a week`),
    h('dt', {}, 'Weigh-ins'), h('dd', {}, String(w.weigh_ins))));
  return section;
}
