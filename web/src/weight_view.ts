// Weight: log a weight, and a chart of the weights with their trend and, from
// today, the weight model's projection next to the 3500 kcal/lb straight line
// (GET /api/v1/projection), with the sentence on why they differ and the
// adaptive estimate of what the person burns (docs/weight.md).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { ApiError, del, get, post } from './api';
import { failure, field, fmt, h } from './dom';
import { serverToday } from './server_today';
import type { Profile, Projection } from './types';

interface Weight { id: number; date: string; weight_kg: number }
interface LoggedWeight extends Weight {
  profile_weight_updated: boolean; budget_kcal_before: number | null; budget_kcal: number | null;
}
// Said above the form after the screen is drawn again (a weigh-in that moved
// the profile's weight and the budget).
let pendingSaid: string | null = null;
const KG_PER_LB = 0.45359237;
const PROJECTION_DAYS = 365;

// The local trend, for users without a profile (the server's trend needs one).
export function trend(values: number[], alpha = 0.1): number[] {
  const out: number[] = [];
  for (const v of values) out.push(out.length ? out[out.length - 1] + alpha * (v - out[out.length - 1]) : v);
  return out;
}

async function loadProjection(): Promise<Projection | null> {
  try {
    return await get<Projection>(`/projection?days=${PROJECTION_DAYS}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;  // no profile yet
    throw e;
  }
}

const seconds = (date: string) => Date.parse(`${date}T12:00:00`) / 1000;

// One x axis for every series: the dates of weights, trend and projection.
function chartData(weights: Weight[], projection: Projection | null, toUnit: (kg: number) => number) {
  const rows = new Map<string, (number | null)[]>();
  const row = (date: string) => {
    let r = rows.get(date);
    if (!r) rows.set(date, (r = [null, null, null, null]));
    return r;
  };
  for (const w of weights) row(w.date)[0] = toUnit(w.weight_kg);
  if (projection) {
    for (const t of projection.trend) row(t.date)[1] = toUnit(t.trend_kg);
    for (const d of projection.days) {
      row(d.date)[2] = toUnit(d.model_kg);
      row(d.date)[3] = toUnit(d.straight_line_kg);
    }
  } else {
    const local = trend(weights.map((w) => w.weight_kg));
    weights.forEach((w, i) => { row(w.date)[1] = toUnit(local[i]); });
  }
  const dates = [...rows.keys()].sort();
  const data: (number | null)[][] = [dates.map(seconds)];
  for (let s = 0; s < 4; s++) data.push(dates.map((d) => rows.get(d)![s]));
  return data;
}

// The server's sentence gives weights as "97.8 kg"; shown in the user's unit.
function inUnits(sentence: string, unit: string, toUnit: (kg: number) => number): string {
  if (unit === 'kg') return sentence;
  return sentence.replace(/(\d+(?:\.\d+)?) kg\b/g, (_, kg: string) => `${fmt(toUnit(Number(kg)), 1)} ${unit}`);
}

function goalText(p: Projection, unit: string, toUnit: (kg: number) => number): string {
  if (p.goal_weight_kg === null) return '';
  const when = (d: string | null) => d ?? 'not within ten years';
  return ` Goal ${fmt(toUnit(p.goal_weight_kg), 1)} ${unit}: the model reaches it ${when(p.model_goal_date)}, ` +
    `the straight line ${when(p.straight_line_goal_date)}.`;
}

function expenditureCard(p: Projection): HTMLElement {
  const e = p.expenditure;
  const lines: HTMLElement[] = [];
  if (e.observed_kcal === null) {
    lines.push(h('p', {}, `Estimated expenditure ${fmt(e.estimate_kcal)} kcal a day, from the formula. ` +
      `Days with both food fully logged and a weigh-in: ${e.days_with_both} of the ${e.days_needed} needed ` +
      'to learn it from your log.'));
  } else {
    lines.push(h('p', {}, `You burn about ${fmt(e.estimate_kcal)} ± ${fmt(e.estimate_sd_kcal)} kcal a day, ` +
      `learned from ${e.days_with_both} days of food and weights (the formula says ${fmt(e.formula_kcal)}).`));
  }
  if (p.recalibrated_budget_kcal !== null) {
    lines.push(h('p', { class: 'note' }, `Recalibrated budget: ${fmt(p.recalibrated_budget_kcal)} kcal a day ` +
      `for your weekly goal, instead of the formula's ${fmt(p.budget_kcal)}.`));
  }
  return h('section', { class: 'card', 'aria-labelledby': 'we-h' },
    h('h2', { id: 'we-h' }, 'What you burn'), ...lines);
}

// `onProfileChanged`: called when a weigh-in moved the profile's weight, so
// the rest of the app (Settings, Today's budget) shows the profile as it is.
export async function renderWeight(main: HTMLElement, profile: Profile | null,
  onProfileChanged: () => Promise<void> = async () => undefined): Promise<void> {
  const metric = profile?.units === 'metric';
  const unit = metric ? 'kg' : 'lb';
  const toUnit = (kg: number) => (metric ? kg : kg / KG_PER_LB);
  const [{ weights }, projection, today] = await Promise.all([get<{ weights: Weight[] }>('/weights'), loadProjection(), serverToday()]);
  // Not after today: the server refuses a weigh-in in the future, and the
  // calendar does not offer one.
  const date = h('input', { type: 'date', value: today, max: today, required: true });
  const value = h('input', { type: 'number', min: 1, step: 'any', required: true });
  const error = failure();
  const form = h('form', { class: 'card inline' }, field('Date', date), field(`Weight (${unit})`, value),
    h('button', { type: 'submit', class: 'primary' }, 'Log weight'), error.element);
  const redraw = async () => {
    const fresh = h('main', { id: 'main' });
    await renderWeight(fresh, profile, onProfileChanged);
    main.replaceWith(fresh);
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    let logged: LoggedWeight;
    try {
      const kg = metric ? Number(value.value) : Number(value.value) * KG_PER_LB;
      logged = await post<LoggedWeight>('/weights', { date: date.value, weight_kg: kg });
    } catch (e) {
      error.show(e, e instanceof ApiError && e.field === 'date' ? date : value);
      return;
    }
    if (logged.profile_weight_updated && logged.budget_kcal !== null && logged.budget_kcal_before !== null) {
      const w = `${fmt(toUnit(logged.weight_kg), 1)} ${unit}`;
      pendingSaid = logged.budget_kcal === logged.budget_kcal_before
        ? `Your profile's weight is now ${w}; your daily budget stays ${fmt(logged.budget_kcal)} kcal.`
        : `Your profile's weight is now ${w}, so your daily budget is now ${fmt(logged.budget_kcal)} kcal ` +
          `(was ${fmt(logged.budget_kcal_before)}).`;
      await onProfileChanged();
    }
    await redraw();
  });
  const said = pendingSaid === null ? null : h('p', { class: 'budget-moved', role: 'status' }, pendingSaid);
  pendingSaid = null;
  main.append(h('h1', {}, 'Weight'), said ?? '', form);
  const sorted = [...weights].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0 && !projection) {
    main.append(h('p', {}, 'No weights logged yet.'));
    return;
  }
  const intake = projection
    ? ` Both lines assume ${fmt(projection.intake_kcal)} kcal a day (${projection.intake_source === 'logged'
      ? `the mean of your last ${projection.intake_days} fully logged days` : 'your budget: no fully logged days yet'}).`
    : '';
  const caption = projection
    ? `Weights, trend and projection (${unit}).${intake}${goalText(projection, unit, toUnit)}`
    : `Weights and trend (${unit}). Set your profile to see a projection.`;
  const chartBox = h('figure', { class: 'card chart' }, h('figcaption', {}, caption));
  main.append(chartBox);
  if (projection) main.append(h('p', { class: 'card explanation' }, inUnits(projection.explanation, unit, toUnit)));
  const width = Math.min(chartBox.clientWidth || Math.min(window.innerWidth - 48, 1000), 1000) - 32;
  const data = chartData(sorted, projection, toUnit);
  const values = data.slice(1).flat().filter((v): v is number => v !== null);
  const lo = Math.min(...values), hi = Math.max(...values);
  const xs = data[0] as number[];
  const day = 86400;
  new uPlot({
    width, height: 280,
    series: [{},
      { label: `Weight (${unit})`, stroke: '#8aa390', points: { show: true, size: 6 }, width: 0 },
      { label: 'Trend', stroke: '#2f6b3a', width: 2, spanGaps: true },
      { label: 'Model', stroke: '#1f5fa8', width: 2, spanGaps: true },
      { label: '3500 kcal/lb line', stroke: '#b5542d', width: 2, dash: [6, 4], spanGaps: true }],
    scales: {
      x: { time: true, range: () => [xs[0] - 3 * day, xs[xs.length - 1] + 3 * day] },
      y: { range: () => [Math.floor(lo - 2), Math.ceil(hi + 2)] },
    },
    axes: [{}, { size: 50 }],
  }, data as uPlot.AlignedData, chartBox);
  if (projection) main.append(expenditureCard(projection));
  if (sorted.length === 0) return;
  main.append(h('section', { class: 'card', 'aria-labelledby': 'wl-h' }, h('h2', { id: 'wl-h' }, 'Logged weights'),
    h('ul', { class: 'entries' }, ...sorted.slice().reverse().map((w) => h('li', { class: 'entry' },
      h('span', { class: 'name' }, w.date), h('span', { class: 'kcal' }, `${fmt(toUnit(w.weight_kg), 1)} ${unit}`),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete the weight of ${w.date}`,
        onclick: async () => {
          try { await del(`/weights/${w.id}`); } catch (e) { error.show(e); return; }
          await onProfileChanged();
          await redraw();
        } }, 'Delete'))))));
}
