// Weight: log a weight, and a chart of the weights with a trend line (an
// exponentially smoothed average that moves 10% of the way to each new
// weigh-in). The projection comes with the weight model.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { del, get, post } from './api';
import { field, fmt, h } from './dom';
import { isoDate } from './today_view';
import type { Profile } from './types';

interface Weight { id: number; date: string; weight_kg: number }
const KG_PER_LB = 0.45359237;

export function trend(values: number[], alpha = 0.1): number[] {
  const out: number[] = [];
  for (const v of values) out.push(out.length ? out[out.length - 1] + alpha * (v - out[out.length - 1]) : v);
  return out;
}

export async function renderWeight(main: HTMLElement, profile: Profile | null): Promise<void> {
  const metric = profile?.units === 'metric';
  const unit = metric ? 'kg' : 'lb';
  const toUnit = (kg: number) => (metric ? kg : kg / KG_PER_LB);
  const { weights } = await get<{ weights: Weight[] }>('/weights');
  const date = h('input', { type: 'date', value: isoDate(new Date()), required: true });
  const value = h('input', { type: 'number', min: 1, step: 'any', required: true });
  const error = h('p', { role: 'alert', class: 'error' });
  const form = h('form', { class: 'card inline' }, field('Date', date), field(`Weight (${unit})`, value),
    h('button', { type: 'submit', class: 'primary' }, 'Log weight'), error);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const kg = metric ? Number(value.value) : Number(value.value) * KG_PER_LB;
      await post('/weights', { date: date.value, weight_kg: kg });
      const fresh = h('main', { id: 'main' });
      await renderWeight(fresh, profile);
      main.replaceWith(fresh);
    } catch (e) {
      error.textContent = (e as Error).message;
    }
  });
  main.append(h('h1', {}, 'Weight'), form);
  const sorted = [...weights].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) {
    main.append(h('p', {}, 'No weights logged yet.'));
    return;
  }
  const xs = sorted.map((w) => Date.parse(`${w.date}T12:00:00`) / 1000);
  const ys = sorted.map((w) => toUnit(w.weight_kg));
  const chartBox = h('figure', { class: 'card chart' },
    h('figcaption', {}, `Weights and trend (${unit}). The projection appears once the weight model is available.`));
  main.append(chartBox);
  const width = Math.min(chartBox.clientWidth || Math.min(window.innerWidth - 48, 1000), 1000) - 32;
  const day = 86400;
  const lo = Math.min(...ys), hi = Math.max(...ys);
  new uPlot({
    width, height: 260,
    series: [{}, { label: `Weight (${unit})`, stroke: '#8aa390', points: { show: true, size: 6 }, width: 0 },
      { label: 'Trend', stroke: '#2f6b3a', width: 2 }],
    scales: {
      x: { time: true, range: () => [xs[0] - 3 * day, xs[xs.length - 1] + 3 * day] },
      y: { range: () => [Math.floor(lo - 5), Math.ceil(hi + 5)] },
    },
    axes: [{}, { size: 50 }],
  }, [xs, ys, trend(ys)], chartBox);
  main.append(h('section', { class: 'card', 'aria-labelledby': 'wl-h' }, h('h2', { id: 'wl-h' }, 'Logged weights'),
    h('ul', { class: 'entries' }, ...sorted.slice().reverse().map((w) => h('li', { class: 'entry' },
      h('span', { class: 'name' }, w.date), h('span', { class: 'kcal' }, `${fmt(toUnit(w.weight_kg), 1)} ${unit}`),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete the weight of ${w.date}`,
        onclick: async () => { await del(`/weights/${w.id}`); location.reload(); } }, 'Delete'))))));
}
