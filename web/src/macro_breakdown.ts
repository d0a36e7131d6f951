// Today's "Macros": protein, carbohydrate and fat eaten against the person's
// targets (the day's `macros`, core/diary/macro_breakdown.h), in grams and in
// percent of energy. The server works every number out; this only shows them.
import { fmt, h } from './dom';
import type { Day } from './types';

type Macros = NonNullable<Day['macros']>;
type DayMacro = Macros['protein'];

const ROWS: { key: 'protein' | 'carbohydrate' | 'fat'; label: string }[] = [
  { key: 'protein', label: 'Protein' },
  { key: 'carbohydrate', label: 'Carbohydrate' },
  { key: 'fat', label: 'Fat' },
];

function row(label: string, m: DayMacro): HTMLElement {
  const eaten = m.grams === null ? '—' : `${fmt(m.grams, 1)} g`;
  const share = m.grams === null || m.target_grams <= 0 ? 0 : Math.min(1, m.grams / m.target_grams);
  const bar = h('span', { class: 'macro-bar', 'aria-hidden': 'true' },
    h('span', { class: `macro-fill${m.grams !== null && m.grams > m.target_grams ? ' over' : ''}`,
      style: `width: ${Math.round(share * 100)}%` }));
  return h('tr', {},
    h('th', { scope: 'row' }, label),
    h('td', { class: 'macro-grams' }, `${eaten} of ${fmt(m.target_grams)} g`, bar,
      m.missing_entries ? h('small', { class: 'unknown' }, `${m.missing_entries} not analysed`) : null),
    h('td', { class: 'macro-percent' }, `${m.percent === null ? '—' : `${fmt(m.percent)}%`} of ${fmt(m.target_percent)}%`));
}

// Null without a profile (no budget, so no targets).
export function macroBreakdown(day: Day): HTMLElement | null {
  const macros = day.macros;
  if (!macros) return null;
  return h('section', { class: 'card macros', 'aria-labelledby': 'macros-h' },
    h('h2', { id: 'macros-h' }, 'Macros'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Nutrient'), h('th', { scope: 'col' }, 'Eaten of target'),
        h('th', { scope: 'col' }, 'Energy of target'))),
      h('tbody', {}, ...ROWS.map((r) => row(r.label, macros[r.key])))),
    ...macros.notes.map((n) => h('p', { class: 'note', role: 'note' }, `${n[0].toUpperCase()}${n.slice(1)}.`)),
    h('a', { href: '#/settings' }, 'Change macro targets'));
}
