// Supplements: the person's products (name, unit, nutrients per unit), a dose
// of one logged for today in one tap, and today's upper-limit check. The
// check is the server's nutrient report of today (GET /api/v1/nutrients/report):
// it counts food and supplements against each UL as its scope says (some ULs
// are for supplements alone), so this screen judges nothing itself; it lists
// the nutrients the report finds above the UL with today's supplements.
import { del, get, post } from './api';
import { failure, field, fmt, h } from './dom';
import type { components } from './generated/api-types';
import { serverToday } from './server_today';

type Supplement = components['schemas']['Supplement'];
type Dose = components['schemas']['SupplementDose'];
type Target = components['schemas']['NutrientTargets']['targets'][number];
type Report = components['schemas']['NutrientReport'];
type Line = Report['nutrients'][number];

export async function renderSupplements(main: HTMLElement): Promise<void> {
  const today = await serverToday();
  const [products, doses, targets, report] = await Promise.all([
    get<{ supplements: Supplement[] }>('/supplements'),
    get<{ doses: Dose[] }>(`/supplement-doses?from=${today}&to=${today}`),
    get<{ targets: Target[] }>('/nutrients/targets'),
    get<Report>(`/nutrients/report?from=${today}&to=${today}`),
  ]);
  const redraw = async () => {
    const fresh = h('main', { id: 'main' });
    await renderSupplements(fresh);
    main.replaceWith(fresh);
  };
  const units = new Map(targets.targets.map((t) => [t.key, t]));
  main.append(
    h('h1', {}, 'Supplements'),
    h('p', { class: 'hint' },
      'Supplements are kept apart from food: some upper limits (magnesium\'s, for one) are for supplements alone. ',
      h('a', { href: '#/report' }, 'Report for your doctor'), ' lists them apart too.'),
    ulCheck(report),
    productList(products.supplements, doses.doses, units, today, redraw),
    addForm(targets.targets, redraw),
  );
}

// "Magnesium 200 mg, Vitamin D 25 ug" per unit.
function amountsText(s: Supplement, targets: Map<string, Target>): string {
  return Object.entries(s.per_unit)
    .map(([key, amount]) => `${targets.get(key)?.name ?? key} ${fmt(amount, 1)} ${targets.get(key)?.unit ?? ''}`.trim())
    .join(', ');
}

const unitsText = (n: number, unit: string) => `${fmt(n, 2)} ${unit}${n === 1 ? '' : 's'}`;

// Today's check: each nutrient the report finds above its UL (the intake in
// the UL's scope: ul_intake), said with the amounts; else that today's
// supplements keep within every UL.
function ulCheck(report: Report): HTMLElement {
  const over = report.nutrients.filter((l) => l.status === 'above-ul' && l.ul !== null);
  const taken = report.nutrients.filter((l) => l.mean_supplements !== null);
  const section = h('section', { class: 'card ul-check', 'aria-labelledby': 'ul-h' },
    h('h2', { id: 'ul-h' }, 'Upper limits today'));
  if (over.length === 0) {
    section.append(h('p', {}, taken.length
      ? 'With today\'s food and supplements, no nutrient is above its upper limit (UL).'
      : 'No supplement logged today.'));
    return section;
  }
  section.append(h('ul', { class: 'over-ul' }, ...over.map((l) => h('li', {},
    h('strong', {}, `${l.name}: above the UL${l.mean_supplements !== null ? ' with supplements' : ''}`), ' ',
    overText(l)))));
  section.append(h('p', { class: 'hint' }, 'An intake above the UL over time can harm. Talk to your doctor before taking more.'));
  return section;
}

// "400 mg counted today (400 mg from supplements); the UL is 350 mg
// (supplements only)." What counts is the UL's scope: ul_intake.
function overText(l: Line): string {
  const scope = l.ul_scope === 'all-sources' ? 'food and supplements' : l.ul_scope === 'retinol'
    ? 'preformed vitamin A' : 'supplements only';
  const counted = l.ul_scope === 'all-sources' ? 'in all' : 'counted';
  const from = l.mean_supplements !== null ? ` (${fmt(l.mean_supplements, 0)} ${l.unit} from supplements)` : '';
  return `${fmt(l.ul_intake, 0)} ${l.unit} ${counted} today${from}; the UL is ${fmt(l.ul, 0)} ${l.unit} (${scope}).`;
}

function productList(products: Supplement[], doses: Dose[], targets: Map<string, Target>, today: string,
  redraw: () => Promise<void>): HTMLElement {
  const section = h('section', { class: 'card', 'aria-labelledby': 'yours-h' }, h('h2', { id: 'yours-h' }, 'Your supplements'));
  if (products.length === 0) {
    section.append(h('p', {}, 'None yet: add one below.'));
    return section;
  }
  const error = failure();
  const act = async (what: () => Promise<unknown>) => {
    error.clear();
    try {
      await what();
      await redraw();
    } catch (e) {
      error.show(e);
    }
  };
  const list = h('ul', { class: 'supplements' });
  for (const s of products) {
    const mine = doses.filter((d) => d.supplement_id === s.id);
    const takenUnits = mine.reduce((sum, d) => sum + d.units, 0);
    list.append(h('li', { class: 'supplement', 'aria-label': s.name },
      h('div', { class: 'what' },
        h('strong', {}, s.name),
        h('span', { class: 'hint' }, ` per ${s.unit}: ${amountsText(s, targets)}`),
        h('div', { class: 'taken' }, mine.length ? `Today: ${unitsText(takenUnits, s.unit)}` : 'Not taken today')),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary small', 'aria-label': `Log 1 ${s.unit} of ${s.name} today`,
          onclick: () => act(() => post('/supplement-doses', { supplement_id: s.id, units: 1, date: today })) },
        `Took 1 ${s.unit}`),
        mine.length ? h('button', { type: 'button', class: 'small', 'aria-label': `Remove today's last dose of ${s.name}`,
          onclick: () => act(() => del(`/supplement-doses/${mine[mine.length - 1].id}`)) }, 'Undo') : null,
        h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${s.name}`,
          onclick: () => {
            if (!confirm(`Delete ${s.name} and every dose logged of it?`)) return;
            void act(() => del(`/supplements/${s.id}`));
          } }, 'Delete'))));
  }
  section.append(list, error.element);
  return section;
}

// Name, unit, and nutrient rows (a nutrient of the DRI table and its amount
// per unit in the table's unit); "Add a nutrient" adds a row. The server
// checks everything and its refusal is shown beside the field it names.
function addForm(targets: Target[], redraw: () => Promise<void>): HTMLElement {
  const name = h('input', { type: 'text', autocomplete: 'off', required: true, maxLength: 200 });
  const unit = h('input', { type: 'text', value: 'tablet', required: true, maxLength: 40 });
  const rows = h('div', { class: 'nutrient-rows' });
  const error = failure();
  const selects: { key: HTMLSelectElement; amount: HTMLInputElement }[] = [];
  const addRow = () => {
    const n = selects.length + 1;
    const key = h('select', {}, ...targets.map((t) => h('option', { value: t.key }, `${t.name} (${t.unit})`)));
    key.value = n === 1 && targets.some((t) => t.key === 'magnesium') ? 'magnesium' : targets[0]?.key ?? '';
    const amount = h('input', { type: 'number', min: '0', step: 'any', inputMode: 'decimal', required: true });
    const amountField = field('', amount);
    const label = amountField.querySelector('label')!;
    const relabel = () => {
      const unitName = targets.find((t) => t.key === key.value)?.unit ?? '';
      label.textContent = `${n === 1 ? 'Amount' : `Amount ${n}`} per unit (${unitName})`;
    };
    relabel();
    key.addEventListener('change', relabel);
    selects.push({ key, amount });
    rows.append(h('div', { class: 'row nutrient-row' }, field(`Nutrient ${n}`, key), amountField));
  };
  addRow();
  const form = h('form', { class: 'card', 'aria-labelledby': 'add-supp-h', novalidate: true },
    h('h2', { id: 'add-supp-h' }, 'Add a supplement'),
    h('div', { class: 'row' }, field('Name', name, 'As on the label, e.g. Magnesium citrate 200 mg'),
      field('Unit', unit, 'What one dose is: tablet, capsule, ml')),
    rows,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'small', onclick: addRow }, 'Add a nutrient'),
      h('button', { type: 'submit', class: 'primary' }, 'Add supplement')),
    error.element);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    const per_unit: Record<string, number> = {};
    for (const r of selects) {
      if (r.amount.value === '') continue;
      const v = Number(r.amount.value);
      if (!Number.isFinite(v)) { error.show(new Error('Give the amount as a number, e.g. 200.'), r.amount); return; }
      per_unit[r.key.value] = (per_unit[r.key.value] ?? 0) + v;
    }
    try {
      await post('/supplements', { name: name.value, unit: unit.value, per_unit });
      await redraw();
    } catch (e) {
      const f = (e as { field?: string }).field;
      error.show(e, f === 'name' ? name : f === 'unit' ? unit : selects[0]?.amount);
    }
  });
  return form;
}
