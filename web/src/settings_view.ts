// Settings: the goal widget, the Goals (macro targets, goal weight and date:
// goals_section.ts), then time zone and units (PUT /profile), the
// password (PUT /account/password), personal API tokens (/tokens), the
// export (GET /export) and deleting the account (DELETE /account). One status
// line says what the last action did, beside its section; a failed action
// shows the server's message beside its control (dom.ts failure()).
import { api, ApiError, del, get, post, put, setCsrfToken } from './api';
import { failure, field, h, uid } from './dom';
import type { Failure } from './dom';
import { renderGoalWidget } from './goal_widget';
import { goalsSection } from './goals_section';
import type { Profile, ProfileInput } from './types';

export interface SettingsContext {
  email: string;
  profile: Profile;
  onProfile(p: Profile): void;
  // The account is gone: back to the sign-in form.
  onSignedOut(): void;
}

interface Token { id: number; name: string; created_at: number }
interface NewToken extends Token { token: string }

// The one live region of the screen, moved into the section that acted.
class StatusLine {
  readonly element = h('p', { class: 'status-line', role: 'status' });
  begin(section: HTMLElement): void {
    this.element.textContent = '';
    if (this.element.parentElement !== section) section.append(this.element);
  }
  say(text: string): void {
    this.element.textContent = text;
  }
}

// A card with its heading; the heading names the region.
function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('settings');
  const s = h('section', { class: 'card settings-section', 'aria-labelledby': id }, h('h2', { id }, title));
  for (const c of children) if (c) s.append(c);
  return s;
}

// The failure's message right under the field it is about.
function besideField(error: Failure, e: unknown, control: HTMLInputElement | HTMLSelectElement): void {
  control.closest('.field')?.after(error.element);
  error.show(e, control);
}

// A profile set with an age and no birth date (`platewise profile --age`)
// is sent back with the birth date that age gives today, as the goal widget does.
function birthDateOf(p: Profile): string {
  if (p.birth_date) return p.birth_date;
  const d = new Date();
  d.setFullYear(d.getFullYear() - p.age);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function profileInput(p: Profile, change: Partial<ProfileInput>): ProfileInput {
  return {
    sex: p.sex, birth_date: birthDateOf(p), height_cm: p.height_cm, weight_kg: p.weight_kg,
    activity: p.activity, weekly_goal_lb: p.weekly_goal_lb, units: p.units, time_zone: p.time_zone, ...change,
  };
}

export function timeZones(current: string): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = new Set(intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : []);
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}

function deviceZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const UNITS: { value: Profile['units']; label: string }[] = [
  { value: 'imperial', label: 'US: pounds, feet and inches' },
  { value: 'metric', label: 'Metric: kilograms and centimetres' },
];

function preferencesSection(ctx: SettingsContext, status: StatusLine, onSaved: (p: Profile) => void): HTMLElement {
  const zone = h('select', { autocomplete: 'off' },
    ...timeZones(ctx.profile.time_zone).map((z) => h('option', { value: z }, z.replace(/_/g, ' '))));
  zone.value = ctx.profile.time_zone;
  const units = h('select', {}, ...UNITS.map((u) => h('option', { value: u.value }, u.label)));
  units.value = ctx.profile.units;
  const error = failure();
  const save = h('button', { type: 'submit', class: 'primary' }, 'Save time zone and units');
  const form = h('form', {},
    field('Time zone', zone, `Your days start at midnight here. This device is set to ${deviceZone()}.`),
    field('Units', units, 'For heights and weights everywhere in the app.'),
    error.element, h('div', { class: 'actions' }, save));
  const s = section('Time zone and units', form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    status.begin(s);
    error.clear();
    save.disabled = true;
    try {
      const saved = await put<Profile>('/profile', profileInput(ctx.profile, {
        time_zone: zone.value, units: units.value as Profile['units'] }));
      onSaved(saved);
      status.say(`Saved: time zone ${saved.time_zone.replace(/_/g, ' ')}, ${saved.units === 'metric' ? 'metric' : 'US'} units.`);
    } catch (e) {
      besideField(error, e, e instanceof ApiError && e.field === 'units' ? units : zone);
    } finally {
      save.disabled = false;
    }
  });
  return s;
}

function passwordInput(autocomplete: string): HTMLInputElement {
  return h('input', { type: 'password', required: true, autocomplete, maxLength: 1024 });
}

function passwordSection(status: StatusLine, onTokensEnded: () => void): HTMLElement {
  const current = passwordInput('current-password');
  const next = passwordInput('new-password');
  next.minLength = 10;
  const keep = h('input', { type: 'checkbox' });
  const error = failure();
  const save = h('button', { type: 'submit', class: 'primary' }, 'Change password');
  const form = h('form', {},
    field('Current password', current),
    field('New password', next, 'At least 10 characters.'),
    h('label', { class: 'check' }, keep, 'Keep my API tokens working'),
    error.element, h('div', { class: 'actions' }, save));
  const s = section('Password', h('p', { class: 'hint' },
    'Changing it signs out your other sessions and, unless you keep them, revokes your API tokens.'), form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    status.begin(s);
    error.clear();
    save.disabled = true;
    try {
      await put('/account/password', { current_password: current.value, new_password: next.value,
        keep_api_tokens: keep.checked });
      form.reset();
      status.say(keep.checked ? 'Password changed. Your other sessions are signed out.'
        : 'Password changed. Your other sessions are signed out and your API tokens revoked.');
      onTokensEnded();
    } catch (e) {
      const onNew = e instanceof ApiError && e.field === 'new_password';
      besideField(error, e, onNew ? next : current);
      (onNew ? next : current).focus();
    } finally {
      save.disabled = false;
    }
  });
  return s;
}

function formatCreated(t: Token): string {
  return new Date(t.created_at * 1000).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

// Copies `input`'s value; the Clipboard API needs a secure context, else the
// browser's copy command on the selected text.
async function copyFrom(input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.select();
    return document.execCommand('copy');
  }
}

function newTokenBox(made: NewToken, status: StatusLine, s: HTMLElement): HTMLElement {
  const value = h('input', { type: 'text', readOnly: true, value: made.token, class: 'token-value', spellcheck: false });
  const copy = h('button', { type: 'button' }, 'Copy token');
  copy.addEventListener('click', async () => {
    status.begin(s);
    status.say(await copyFrom(value) ? `Token "${made.name}" copied.` : 'Could not copy: select the token and copy it.');
  });
  return h('div', { class: 'new-token note' },
    h('p', {}, `Your new token "${made.name}". Copy it now: it is shown only once.`),
    h('div', { class: 'token-row' }, field(`Token "${made.name}"`, value), copy));
}

class TokensSection {
  readonly element: HTMLElement;
  private readonly list = h('ul', { class: 'tokens' });
  private readonly shown = h('div', {});
  private readonly listError = failure();

  constructor(private readonly status: StatusLine) {
    const name = h('input', { type: 'text', required: true, maxLength: 100, autocomplete: 'off' });
    const error = failure();
    const create = h('button', { type: 'submit', class: 'primary' }, 'Create token');
    const form = h('form', {}, field('Token name', name, 'What it is for, e.g. "phone".'),
      h('div', { class: 'actions' }, create));
    this.element = section('API tokens',
      h('p', { class: 'hint' }, 'For scripts and other apps: send a token as "Authorization: Bearer TOKEN".'),
      this.list, this.listError.element, form, error.element, this.shown);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      this.status.begin(this.element);
      error.clear();
      create.disabled = true;
      try {
        const made = await post<NewToken>('/tokens', { name: name.value.trim() });
        form.reset();
        this.shown.replaceChildren(newTokenBox(made, this.status, this.element));
        this.status.say(`Token "${made.name}" created.`);
        await this.load();
        // Ready to copy: the token selected, its Copy button next.
        const value = this.shown.querySelector<HTMLInputElement>('input')!;
        value.focus();
        value.select();
      } catch (e) {
        besideField(error, e, name);
      } finally {
        create.disabled = false;
      }
    });
  }

  async load(): Promise<void> {
    const { tokens } = await get<{ tokens: Token[] }>('/tokens');
    this.list.replaceChildren(...(tokens.length ? tokens.map((t) => this.row(t))
      : [h('li', { class: 'empty' }, 'No API tokens.')]));
  }

  // After a password change that revoked the tokens: the list as it is now.
  async reload(): Promise<void> {
    this.shown.replaceChildren();
    await this.load().catch((e) => this.listError.show(e));
  }

  private row(t: Token): HTMLElement {
    const revoke = h('button', { type: 'button', class: 'small danger', 'aria-label': `Revoke token "${t.name}"` }, 'Revoke');
    revoke.addEventListener('click', async () => {
      this.status.begin(this.element);
      this.listError.clear();
      try {
        await del(`/tokens/${t.id}`);
        this.shown.replaceChildren();
        this.status.say(`Token "${t.name}" revoked: it no longer works.`);
        await this.load();
      } catch (e) {
        this.listError.show(e);
      }
    });
    return h('li', {}, h('span', { class: 'name' }, t.name), h('span', { class: 'hint' }, `created ${formatCreated(t)}`), revoke);
  }
}

const CSV_TABLES: { file: string; label: string }[] = [
  { file: 'diary_entries.csv', label: 'Diary entries' },
  { file: 'water.csv', label: 'Water' },
  { file: 'exercise.csv', label: 'Exercise' },
  { file: 'weights.csv', label: 'Weigh-ins' },
  { file: 'custom_foods.csv', label: 'Custom foods' },
  { file: 'favourites.csv', label: 'Favourites' },
];

function exportSection(): HTMLElement {
  return section('Export',
    h('p', {}, 'Everything your account holds: profile, diary, water, exercise, weigh-ins, foods, supplements and imports.'),
    h('p', {}, h('a', { class: 'button primary', href: '/api/v1/export', download: 'platewise-export.json' },
      'Download all my data (JSON)')),
    h('p', { class: 'hint' }, 'Or one table as CSV, for a spreadsheet:'),
    h('ul', { class: 'csv-links' }, ...CSV_TABLES.map((t) =>
      h('li', {}, h('a', { href: `/api/v1/export/${t.file}`, download: t.file }, `${t.label} (CSV)`)))));
}

function deleteSection(ctx: SettingsContext, status: StatusLine): HTMLElement {
  const email = h('input', { type: 'email', required: true, autocomplete: 'off', spellcheck: false });
  const password = passwordInput('current-password');
  const error = failure();
  const go = h('button', { type: 'submit', class: 'danger' }, 'Delete my account');
  const form = h('form', {},
    field('Type your email to confirm', email, `Your email is ${ctx.email}.`),
    field('Your password', password),
    error.element, h('div', { class: 'actions' }, go));
  const s = section('Delete account', h('p', {},
    'This deletes your account and everything in it, for good. Download your data first if you want to keep it.'), form);
  s.classList.add('danger-zone');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    status.begin(s);
    error.clear();
    if (email.value.trim().toLowerCase() !== ctx.email.toLowerCase()) {
      besideField(error, new Error(`Type your email, ${ctx.email}, to confirm.`), email);
      email.focus();
      return;
    }
    go.disabled = true;
    try {
      await api('DELETE', '/account', { password: password.value });
      setCsrfToken('');
      ctx.onSignedOut();
    } catch (e) {
      besideField(error, e, password);
      password.focus();
    } finally {
      go.disabled = false;
    }
  });
  return s;
}

export async function renderSettings(main: HTMLElement, ctx: SettingsContext): Promise<void> {
  const status = new StatusLine();
  const tokens = new TokensSection(status);
  const goalSlot = h('div', {});
  const showGoal = () => {
    goalSlot.replaceChildren(renderGoalWidget(ctx.profile, async (p) => { setProfile(p); }, null, { unitsShown: false }));
  };
  const setProfile = (p: Profile) => {
    ctx.profile = p;
    ctx.onProfile(p);
  };
  const preferences = preferencesSection(ctx, status, (p) => {
    setProfile(p);
    showGoal();  // its heights and weights in the new units, saved with the new zone
  });
  showGoal();
  // The goal widget brings its own cards: its section is none.
  const goalId = uid('settings');
  const goal = h('section', { class: 'settings-goal', 'aria-labelledby': goalId },
    h('h2', { id: goalId }, 'Goal and body'), goalSlot);
  const goals = await goalsSection({ profile: ctx.profile, say: (sec, text) => { status.begin(sec); status.say(text); } });
  main.append(
    h('h1', {}, 'Settings'),
    h('p', {}, `Signed in as ${ctx.email}.`),
    goal,
    goals,
    h('div', { class: 'settings-grid' },
      preferences,
      passwordSection(status, () => { void tokens.reload(); }),
      tokens.element,
      exportSection(),
      deleteSection(ctx, status)),
  );
  await tokens.load();
}
