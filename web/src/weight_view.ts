// Weight: log a weight, and a chart of the weights with their trend and, on
// demand ("Show projection"), from today the weight model's projection next
// to the 3500 kcal/lb straight line (GET /api/v1/projection), with the
// sentence on why they differ; and the adaptive estimate of what the person
// burns (docs/weight.md).
import { ApiError, del, get, post, put } from './api';
import { failure, field, fmt, h } from './dom';
import { serverToday } from './server_today';
import type { Goal, Profile, Projection } from './types';
import { KG_PER_LB } from './units';
import { weightChart, type ChartLine } from './weight_chart';

interface Weight { id: number; date: string; weight_kg: number }
interface LoggedWeight extends Weight {
  profile_weight_updated: boolean; budget_kcal_before: number | null; budget_kcal: number | null;
}
// Said above the form after the screen is drawn again (a weigh-in that moved
// the profile's weight and the budget).
let pendingSaid: string | null = null;
// Whether the chart shows the projection: kept while the screen is drawn again.
let projectionShown = false;
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

// The chart's lines: the weigh-ins, their trend (the server's, else the local
// one) and the projection's two lines.
function chartLines(weights: Weight[], projection: Projection | null, toUnit: (kg: number) => number): ChartLine[] {
  const trendKg = projection
    ? projection.trend.map((t) => ({ date: t.date, kg: t.trend_kg }))
    : trend(weights.map((w) => w.weight_kg)).map((kg, i) => ({ date: weights[i].date, kg }));
  const days = projection?.days ?? [];
  return [
    { label: 'Weigh-ins', one: 'Weigh-in', style: 'points', color: '#4f7a5a', projection: false,
      points: weights.map((w) => ({ date: w.date, value: toUnit(w.weight_kg) })) },
    { label: 'Trend', style: 'line', color: '#2f6b3a', projection: false,
      points: trendKg.map((t) => ({ date: t.date, value: toUnit(t.kg) })) },
    { label: 'Projection: body model', style: 'line', color: '#1f5fa8', projection: true,
      points: days.map((d) => ({ date: d.date, value: toUnit(d.model_kg) })) },
    { label: 'Projection: 3500 kcal/lb line', style: 'dashed', color: '#b5542d', projection: true,
      points: days.map((d) => ({ date: d.date, value: toUnit(d.straight_line_kg) })) },
  ];
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

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

// The goal weight's dates (set in Settings, Goals), always in view once there
// is a goal, with what the weekly goal does not do about it.
function goalCard(p: Projection, unit: string, toUnit: (kg: number) => number): HTMLElement | null {
  if (p.goal_weight_kg === null) return null;
  const when = (d: string | null) => (d === null ? 'not within ten years' : `on ${longDate(d)}`);
  return h('section', { class: 'card goal-dates', 'aria-labelledby': 'gd-h' },
    h('h2', { id: 'gd-h' }, 'Your goal'),
    h('p', {}, `Goal weight ${fmt(toUnit(p.goal_weight_kg), 1)} ${unit}: at your recent intake the body model reaches it `,
      h('strong', { class: 'goal-date' }, when(p.model_goal_date)),
      `, the 3500 kcal/lb line ${when(p.straight_line_goal_date)}.`),
    ...p.goal_notes.map((n) => h('p', { class: 'note', role: 'note' }, `${n[0].toUpperCase()}${n.slice(1)}.`)),
    h('a', { href: '#/settings' }, 'Change the goal weight'));
}

// The budget on what the person burns, chosen here (PUT and DELETE
// /api/v1/goal/adaptive-maintenance); `changed` redraws the app with the new
// budget, which every screen then shows.
function budgetChoice(p: Projection, profile: Profile | null, changed: (said: string) => Promise<void>): HTMLElement[] {
  const chosen = profile?.adaptive_maintenance ?? null;
  const error = failure();
  const act = (method: 'use' | 'formula') => async () => {
    error.clear();
    let goal: Goal;
    try {
      goal = method === 'use' ? await put<Goal>('/goal/adaptive-maintenance') : await del<Goal>('/goal/adaptive-maintenance');
    } catch (e) { error.show(e); return; }
    await changed(method === 'use'
      ? `Your daily budget is now ${fmt(goal.budget_kcal)} kcal, from what you burn; it stays until you choose again.`
      : `Your daily budget is the formula's again: ${fmt(goal.budget_kcal)} kcal.`);
  };
  const out: HTMLElement[] = [];
  if (chosen) {
    out.push(h('p', { class: 'note' }, `Your budget stands on what your log says you burn: ${fmt(chosen.kcal)} kcal ` +
      `a day (chosen ${chosen.set_on}), so ${fmt(p.budget_kcal)} kcal a day for your weekly goal.`));
  }
  const recalibrated = p.recalibrated_budget_kcal;
  const newer = recalibrated !== null && Math.round(recalibrated) !== Math.round(p.budget_kcal);
  if (recalibrated !== null && (newer || !chosen)) {
    out.push(h('p', { class: 'note' }, `Recalibrated budget: ${fmt(recalibrated)} kcal a day for your weekly goal, ` +
      `instead of ${chosen ? 'the chosen' : 'the formula\'s'} ${fmt(p.budget_kcal)}.`));
  }
  const buttons: HTMLElement[] = [];
  if (recalibrated !== null && (newer || !chosen)) {
    buttons.push(h('button', { type: 'button', class: 'primary', onclick: act('use') }, 'Use this budget'));
  }
  if (chosen) buttons.push(h('button', { type: 'button', onclick: act('formula') }, 'Back to the formula'));
  if (buttons.length) out.push(h('p', { class: 'actions' }, ...buttons), error.element);
  return out;
}

function expenditureCard(p: Projection, profile: Profile | null, changed: (said: string) => Promise<void>): HTMLElement {
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
  lines.push(...budgetChoice(p, profile, changed));
  return h('section', { class: 'card', 'aria-labelledby': 'we-h' },
    h('h2', { id: 'we-h' }, 'What you burn'), ...lines);
}

// `onProfileChanged`: called when a weigh-in moved the profile's weight, so
// the rest of the app (Settings, Today's budget) shows the profile as it is.
export async function renderWeight(main: HTMLElement, profile: Profile | null,
  onProfileChanged: () => Promise<Profile | null> = async () => profile): Promise<void> {
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
  // Drawn again with the profile as the server has it now, when it changed.
  const redraw = async (now: Profile | null = profile) => {
    const fresh = h('main', { id: 'main', tabindex: -1 });
    await renderWeight(fresh, now, onProfileChanged);
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
  // Without weigh-ins there is only the projection to show.
  const withProjection = projection !== null && (projectionShown || sorted.length === 0);
  const chart = weightChart(chartLines(sorted, projection, toUnit), unit, 1);
  const caption = h('figcaption', {});
  const explanation = projection
    ? h('p', { class: 'explanation' }, `The projection runs a year from today.${intake}${goalText(projection, unit, toUnit)} ` +
      inUnits(projection.explanation, unit, toUnit))
    : null;
  const show = (on: boolean) => {
    caption.textContent = on ? `Weigh-ins, trend and projection (${unit}).`
      : `Weigh-ins and trend (${unit}).${projection ? '' : ' Set your profile to see a projection.'}`;
    if (explanation) explanation.hidden = !on;
    chart.showProjection(on);
  };
  const toggle = h('input', { type: 'checkbox', checked: withProjection });
  toggle.addEventListener('change', () => { projectionShown = toggle.checked; show(toggle.checked); });
  const toggleLabel = projection && sorted.length > 0
    ? h('label', { class: 'check projection-toggle' }, toggle, 'Show projection (a year ahead)') : null;
  main.append(h('figure', { class: 'card chart' }, caption, toggleLabel, chart.element, explanation));
  const goal = projection ? goalCard(projection, unit, toUnit) : null;
  if (goal) main.append(goal);
  show(withProjection);
  if (projection) {
    main.append(expenditureCard(projection, profile, async (said) => {
      pendingSaid = said;
      await redraw(await onProfileChanged());
    }));
  }
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
