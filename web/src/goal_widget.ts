// The goal widget (onboarding and Settings): weekly goal, sex, height, weight,
// age or birth date, activity. Saves the profile, then shows the daily budget
// and how it was worked out (docs/science.md), with the floor note when it applies.
import { ApiError, get, put } from './api';
import { append, field, fmt, h } from './dom';
import type { Goal, Profile, ProfileInput } from './types';

export const WEEKLY_GOALS: { lb: number; label: string }[] = [2, 1.5, 1, 0.5, 0, -0.5, -1, -1.5, -2].map((lb) => ({
  lb,
  label: lb === 0 ? 'Maintain my current weight'
    : `${lb > 0 ? 'Gain' : 'Lose'} ${Math.abs(lb)} pound${Math.abs(lb) === 1 ? '' : 's'} per week`,
}));

const ACTIVITIES: { key: string; label: string }[] = [
  { key: 'sedentary', label: 'Sedentary: little or no exercise' },
  { key: 'light', label: 'Lightly active: light exercise 1-3 days a week' },
  { key: 'moderate', label: 'Moderately active: exercise 3-5 days a week' },
  { key: 'active', label: 'Active: hard exercise 6-7 days a week' },
  { key: 'very-active', label: 'Very active: hard daily exercise and a physical job' },
];

const CM_PER_IN = 2.54;
const KG_PER_LB = 0.45359237;

function today(): Date {
  return new Date();
}

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function select(options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const s = h('select', {}, ...options.map((o) => h('option', { value: o.value }, o.label)));
  s.value = value;
  return s;
}

function num(attrs: Record<string, unknown>): HTMLInputElement {
  return h('input', { type: 'number', inputMode: 'decimal', ...attrs });
}

export function renderGoalWidget(
  current: Profile | null,
  onSaved: (p: Profile) => Promise<void>,
  onContinue: (() => Promise<void>) | null,
  // Settings sets the units in a section of its own: there the widget keeps
  // the profile's units and shows no Units control of its own.
  options: { unitsShown?: boolean } = {},
): HTMLElement {
  const metric = current?.units === 'metric';
  const goal = select(WEEKLY_GOALS.map((g) => ({ value: String(g.lb), label: g.label })),
    String(current?.weekly_goal_lb ?? 0));
  const sex = h('fieldset', { class: 'choice' }, h('legend', {}, 'Sex'),
    ...['female', 'male'].map((s) => h('label', {},
      h('input', { type: 'radio', name: 'sex', value: s, checked: (current?.sex ?? '') === s, required: true }),
      s === 'female' ? 'Female' : 'Male')));
  const units = select([{ value: 'imperial', label: 'ft, in and lb' }, { value: 'metric', label: 'cm and kg' }],
    metric ? 'metric' : 'imperial');
  const totalIn = current ? current.height_cm / CM_PER_IN : 0;
  const ft = num({ min: 3, max: 8, step: 1, value: current ? String(Math.floor(totalIn / 12)) : '' });
  const inch = num({ min: 0, max: 11.9, step: 'any', value: current ? String(Math.round((totalIn % 12) * 10) / 10) : '' });
  const cm = num({ min: 50, max: 250, step: 'any', value: current ? String(Math.round(current.height_cm * 10) / 10) : '' });
  const weight = num({ min: 1, step: 'any', required: true });
  const ageOrBirth = select([{ value: 'age', label: 'my age' }, { value: 'birth', label: 'my birth date' }], 'age');
  const age = num({ min: 18, max: 120, step: 1, value: current?.age !== undefined ? String(current.age) : '' });
  const birth = h('input', { type: 'date', value: current?.birth_date ?? '' });
  const activity = select(ACTIVITIES.map((a) => ({ value: a.key, label: a.label })), current?.activity ?? 'sedentary');

  const imperialHeight = h('div', { class: 'row' }, field('Height (ft)', ft), field('Height (in)', inch));
  const metricHeight = h('div', { class: 'row' }, field('Height (cm)', cm));
  const weightField = field('Weight (lb)', weight);
  const ageField = field('Age (years)', age);
  const birthField = field('Birth date', birth);

  function showUnits(): void {
    const m = units.value === 'metric';
    imperialHeight.hidden = m;
    metricHeight.hidden = !m;
    weightField.querySelector('label')!.textContent = m ? 'Weight (kg)' : 'Weight (lb)';
    ft.required = inch.required = !m;
    cm.required = m;
  }
  function setWeight(): void {
    if (!current) return;
    weight.value = String(Math.round((units.value === 'metric' ? current.weight_kg : current.weight_kg / KG_PER_LB) * 10) / 10);
  }
  units.addEventListener('change', () => { showUnits(); setWeight(); });
  function showAge(): void {
    ageField.hidden = ageOrBirth.value !== 'age';
    birthField.hidden = ageOrBirth.value === 'age';
    age.required = ageOrBirth.value === 'age';
    birth.required = ageOrBirth.value !== 'age';
  }
  ageOrBirth.addEventListener('change', showAge);

  const unitsField = field('Units', units);
  unitsField.hidden = options.unitsShown === false;
  const error = h('p', { role: 'alert', class: 'error' });
  // Not a live region: after a save the focus moves to its heading.
  const explanation = h('div', { class: 'budget' });
  const save = h('button', { type: 'submit', class: 'primary' }, current ? 'Save goal' : 'Show my daily budget');
  const form = h('form', { class: 'card goal' },
    field('Weekly goal', goal), sex, unitsField, imperialHeight, metricHeight, weightField,
    field('I will enter', ageOrBirth), ageField, birthField, field('Activity level', activity), error, save);

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const m = units.value === 'metric';
    const heightCm = m ? Number(cm.value) : (Number(ft.value) * 12 + Number(inch.value || 0)) * CM_PER_IN;
    const weightKg = m ? Number(weight.value) : Number(weight.value) * KG_PER_LB;
    let birthDate = birth.value;
    if (ageOrBirth.value === 'age') {
      const d = today();
      d.setFullYear(d.getFullYear() - Number(age.value));
      birthDate = isoDate(d);
    }
    const chosenSex = (form.querySelector('input[name=sex]:checked') as HTMLInputElement | null)?.value;
    const profile: ProfileInput = {
      sex: chosenSex as ProfileInput['sex'], birth_date: birthDate, height_cm: heightCm, weight_kg: weightKg,
      activity: activity.value as ProfileInput['activity'], weekly_goal_lb: Number(goal.value), units: m ? 'metric' : 'imperial',
      time_zone: current?.time_zone ?? timeZone(),
    };
    save.disabled = true;
    try {
      await put('/profile', profile);
      const saved = await get<Profile>('/profile');
      await onSaved(saved);
      showBudget(await get<Goal>('/goal'), true);
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : String(e);
    } finally {
      save.disabled = false;
    }
  });

  // `focus`: after a save, the budget's heading takes the focus (not when
  // the screen opens, which would scroll to it).
  function showBudget(g: Goal, focus = false): void {
    // The steps as the server works them out: the goal's adjustment before the
    // floor, then the floor when it holds the budget up, with the server's
    // sentence on what that means (core/energy/calorie_goal.h).
    const adj = g.goal_adjustment_kcal;
    explanation.replaceChildren();
    explanation.classList.add('card');
    append(explanation, [
      h('h2', {}, 'Your daily budget'),
      h('p', { class: 'figure' }, h('strong', {}, fmt(g.budget_kcal)), ' kcal a day'),
      h('ol', { class: 'steps' },
        h('li', {}, `Resting energy (Mifflin-St Jeor, from sex, age ${g.age}, height and weight): ${fmt(g.bmr_kcal)} kcal.`),
        h('li', {}, `Times your activity factor (${g.activity}): ${fmt(g.maintenance_kcal)} kcal to keep your weight.`),
        h('li', {}, g.goal === 'maintain' ? 'Your goal is to maintain, so nothing is added or taken away.'
          : `${adj < 0 ? 'Minus' : 'Plus'} ${fmt(Math.abs(adj))} kcal a day for your goal ` +
            `(3,500 kcal per pound, spread over 7 days), which leaves ${fmt(g.maintenance_kcal + adj)} kcal.`),
        g.floor_applied
          ? h('li', {}, `That is below the floor of ${fmt(g.floor_kcal)} kcal a day, so your budget is ${fmt(g.budget_kcal)} kcal.`)
          : null),
      g.floor_note ? h('p', { class: 'note floor-note', role: 'note' }, g.floor_note) : null,
      onContinue ? h('button', { type: 'button', class: 'primary', onclick: onContinue }, 'Continue to Today') : null,
    ]);
    const heading = explanation.querySelector<HTMLElement>('h2')!;
    heading.tabIndex = -1;
    if (focus) heading.focus();
  }

  setWeight();
  showUnits();
  showAge();
  if (current) void get<Goal>('/goal').then((g) => showBudget(g)).catch(() => undefined);
  return h('div', { class: 'goal-widget' }, form, explanation);
}
