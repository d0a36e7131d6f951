// The person's nutrient targets on the Nutrients screen (GET
// /api/v1/nutrients/targets): each nutrient's effective target and where it
// comes from (the DRI, a doctor's advice, their own choice), with the DRI's
// beside an own one and the UL warning beside a target above the UL (only a
// doctor's can be: the server refuses the others). Edit one (amount a day,
// "Advised by my doctor"): PUT /nutrients/targets/{key}; reset it to the DRI:
// DELETE. A refused edit shows the server's message on the amount field
// (role alert), cleared on the next edit. After a change the whole screen is
// drawn again, so the report's bars and statuses follow the new target. The
// rules (bounds, the UL) are the server's: none is repeated here.
import { del, get, put } from './api';
import { failure, field, fmt, h } from './dom';
import type { components } from './generated/api-types';

type Target = components['schemas']['NutrientTarget'];
type Targets = components['schemas']['NutrientTargets'];

// The list starts closed on a phone unless the person has set a target of
// their own; kept while the page is open.
let listOpen: boolean | undefined;

const SOURCE_TEXT: Record<Target['source'], string> = {
  dri: 'DRI',
  doctor: "doctor's target",
  own: 'your target',
};

export function sourceText(t: Pick<Target, 'source'>): string {
  return SOURCE_TEXT[t.source];
}

export async function targetsSection(phone: boolean, redrawn: () => Promise<void>): Promise<HTMLElement> {
  const { targets } = await get<Targets>('/nutrients/targets');
  const shown = targets.filter((t) => t.target !== null);
  const own = shown.filter((t) => t.source !== 'dri').length;
  const open = listOpen ?? (!phone || own > 0);
  const group = shown[0]?.group ?? '';
  // The hint is inside the disclosure: closed, the section is two lines.
  const details = h('details', { class: 'targets-list', open },
    h('summary', {}, `${fmt(shown.length)} nutrients${own ? `, ${fmt(own)} set by you` : ''}`),
    h('p', { class: 'hint' },
      `Dietary Reference Intakes for ${group || 'your sex and age'}. Where your doctor advises another amount, set it here: ` +
      'the report then judges against it. The upper limit (UL) is still checked.'),
    h('div', { class: 'targets' }, ...shown.map((t) => targetRow(t, redrawn))));
  details.addEventListener('toggle', () => { listOpen = details.open; });
  return h('section', { class: 'card nutrient-targets', 'aria-labelledby': 'targets-h' },
    h('h2', { id: 'targets-h' }, 'Nutrient targets'),
    details);
}

function amountText(t: Target): string {
  let s = `${fmt(t.target, 1)} ${t.unit} a day`;
  if (t.upper !== null) s += `, at most ${fmt(t.upper, 1)} ${t.unit}`;
  return s;
}

function targetRow(t: Target, redrawn: () => Promise<void>): HTMLElement {
  const edit = h('button', { type: 'button', class: 'small edit', 'aria-expanded': 'false',
    'aria-label': `Edit ${t.name} target` }, 'Edit');
  const row = h('div', { role: 'group', 'aria-label': t.name, class: `target ${t.source}` },
    h('span', { class: 'label' }, t.name),
    h('span', { class: 'value' }, amountText(t)),
    h('small', { class: 'source' }, sourceText(t)),
    edit,
    t.source === 'dri' ? null : h('small', { class: 'dri' }, `DRI: ${fmt(t.dri_target, 1)} ${t.unit}`),
    t.above_ul && t.ul !== null
      ? h('small', { class: 'ul-warning' }, `Above the upper limit (UL) of ${fmt(t.ul, 1)} ${t.unit}` +
        (t.ul_scope === 'supplements' ? ' from supplements' : '') + ': follow your doctor\u2019s advice on it.')
      : null);
  if (t.source !== 'dri') {
    row.append(h('button', { type: 'button', class: 'small reset', 'aria-label': `Reset ${t.name} target to DRI`,
      onclick: async (ev: Event) => {
        const button = ev.currentTarget as HTMLButtonElement;
        button.disabled = true;
        const error = failure();
        row.append(error.element);
        try {
          await del(`/nutrients/targets/${encodeURIComponent(t.key)}`);
          await redrawn();
        } catch (e) {
          error.show(e);
          button.disabled = false;
        }
      } }, 'Reset to DRI'));
  }
  let form: HTMLFormElement | null = null;
  edit.addEventListener('click', () => {
    const opening = !form;
    edit.setAttribute('aria-expanded', String(opening));
    if (form) { form.remove(); form = null; return; }
    form = editForm(t, redrawn, () => { form?.remove(); form = null; edit.setAttribute('aria-expanded', 'false'); edit.focus(); });
    row.append(form);
    form.querySelector('input')?.focus();
  });
  return row;
}

function editForm(t: Target, redrawn: () => Promise<void>, close: () => void): HTMLFormElement {
  const amount = h('input', { type: 'number', inputMode: 'decimal', step: 'any', required: true,
    value: t.target === null ? '' : String(t.target) });
  const doctor = h('input', { type: 'checkbox', checked: t.source === 'doctor' });
  const error = failure();
  const save = h('button', { type: 'submit', class: 'primary small' }, 'Save target');
  const form = h('form', { class: 'target-edit', 'aria-label': `${t.name} target`, novalidate: true },
    field(`Daily target (${t.unit})`, amount),
    h('label', { class: 'check' }, doctor, ' Advised by my doctor'),
    h('div', { class: 'actions' }, save,
      h('button', { type: 'button', class: 'small', onclick: close }, 'Cancel')),
    error.element);
  doctor.addEventListener('change', () => error.clear());
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    const value = amount.value.trim() === '' ? NaN : Number(amount.value);
    if (!Number.isFinite(value)) { error.show(new Error(`Give the daily target in ${t.unit}.`), amount); return; }
    save.disabled = true;
    try {
      // The upper bound the person set is kept as it was.
      await put(`/nutrients/targets/${encodeURIComponent(t.key)}`,
        { amount: value, upper: t.upper, source: doctor.checked ? 'doctor' : 'own' });
      await redrawn();
    } catch (e) {
      error.show(e, amount);
      save.disabled = false;
    }
  });
  return form;
}
