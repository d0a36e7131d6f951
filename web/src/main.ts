// The app shell: who is signed in, the header (navigation, Install,
// notifications, log out) and which screen shows. Screens are chosen by the
// URL hash. It registers the service worker and sends the entries made
// offline at start and when the connection returns (offline_queue.ts).
import './style.css';
import { ApiError, get, isOffline, post, setCsrfToken } from './api';
import { h } from './dom';
import { renderAuth } from './auth_view';
import { renderGoalWidget } from './goal_widget';
import { renderToday } from './today_view';
import { renderWeight } from './weight_view';
import { renderNutrients } from './nutrients_view';
import { renderSupplements } from './supplements_view';
import { renderDoctorReport } from './doctor_report_view';
import { renderBadges } from './badges_view';
import { renderImport } from './import_view';
import { renderSettings } from './settings_view';
import { NotificationBell } from './notifications';
import { installButton, watchInstallPrompt } from './install';
import { pendingEntries, setQueueOwner, syncPending } from './offline_queue';
import { registerServiceWorker } from './service_worker';
import { afterSync, redrawTodayIfShown } from './today_view';
import { applyFocusAfterDraw, byLabel, focusAfterDraw } from './focus_after_draw';
import type { Profile } from './types';

export interface AppState {
  email: string;
  profile: Profile | null;
}

const root = document.getElementById('app')!;
let state: AppState | null = null;
let bell: NotificationBell | null = null;

const SCREENS: { hash: string; label: string }[] = [
  { hash: '#/today', label: 'Today' },
  { hash: '#/nutrients', label: 'Nutrients' },
  { hash: '#/supplements', label: 'Supplements' },
  { hash: '#/report', label: 'Doctor\'s report' },
  { hash: '#/weight', label: 'Weight' },
  { hash: '#/badges', label: 'Badges' },
  { hash: '#/import', label: 'Import' },
  { hash: '#/settings', label: 'Settings' },
];

async function boot(): Promise<void> {
  try {
    const account = await get<{ email: string; csrf_token?: string }>('/account');
    setCsrfToken(account.csrf_token ?? '');
    await signedIn(account.email, false);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return showAuth();
    showFatal(e);
  }
}

function showAuth(): void {
  setQueueOwner(null);
  state = null;
  bell = null;
  root.replaceChildren(renderAuth(async (email) => signedIn(email, true)));
}

// `fromForm`: signed in just now by the log-in form (then the focus moves on
// to the first meal), not a page opened with a session (then the focus
// starts at the top, where the skip link is).
async function signedIn(email: string, fromForm: boolean): Promise<void> {
  let profile: Profile | null = null;
  try {
    profile = await get<Profile>('/profile');
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
  state = { email, profile };
  setQueueOwner(email);
  if (!profile) return showOnboarding();
  const hash = !location.hash || location.hash === '#/onboarding' ? '#/today' : location.hash;
  if (fromForm && hash === '#/today') focusAfterDraw(() => byLabel('Add food to Breakfast'));
  await showScreen(hash);
  if (pendingEntries().length) sync().catch(() => undefined);  // entries left from an earlier visit offline
}

// Sends the entries made offline, then says so on Today (which is drawn
// again in any case: back online, its status line says so).
async function sync(): Promise<void> {
  if (!state) return;
  const result = pendingEntries().length ? await syncPending() : { sent: [], refused: [] };
  await afterSync(result);
}

// After sign-up the focus is on the form's first field; once the budget is
// set, on adding the first meal.
function showOnboarding(): void {
  const main = h('main', { class: 'narrow', id: 'main', tabindex: -1 },
    h('h1', {}, 'Welcome to Platewise'),
    h('p', {}, 'Tell us your goal and a few facts about you; we work out your daily calorie budget.'),
    renderGoalWidget(null, async (profile) => {
      state!.profile = profile;
    }, async () => {
      focusAfterDraw(() => byLabel('Add food to Breakfast'));
      await showScreen('#/today');
    }),
  );
  root.replaceChildren(main);
  main.querySelector<HTMLElement>('select, input')?.focus();
}

// Shows the screen of `hash`, drawn once: a new hash draws it through the
// hashchange event; the hash already shown is drawn again here.
async function showScreen(hash: string): Promise<void> {
  if (location.hash !== hash) location.hash = hash;
  else await route();
}

// The first control of every screen: past the header to the screen itself.
// Not a fragment link's default (the hash is the screen's route).
function skipLink(): HTMLElement {
  return h('a', { class: 'skip-link', href: '#main', onclick: (ev: Event) => {
    ev.preventDefault();
    document.getElementById('main')?.focus();
  } }, 'Skip to content');
}

function header(active: string): HTMLElement {
  bell = new NotificationBell();
  const logout = h('button', { type: 'button', class: 'link', onclick: logOut }, 'Log out');
  return h('header', { class: 'top' },
    skipLink(),
    h('div', { class: 'brand' }, 'Platewise'),
    h('nav', { 'aria-label': 'Main' },
      h('ul', {}, ...SCREENS.map((s) =>
        h('li', {}, h('a', { href: s.hash, 'aria-current': s.hash === active ? 'page' : undefined }, s.label))))),
    installButton(),
    h('div', { class: 'tools' }, bell.element, logout),
  );
}

async function logOut(): Promise<void> {
  await post('/logout');
  setCsrfToken('');
  location.hash = '';
  showAuth();
}

async function route(): Promise<void> {
  if (!state) return;
  if (!state.profile) return showOnboarding();
  const hash = SCREENS.some((s) => s.hash === location.hash) ? location.hash : '#/today';
  const main = h('main', { id: 'main', tabindex: -1 });
  root.replaceChildren(header(hash), main);
  // Offline the bell keeps what it showed (its list is not kept for offline).
  const refreshBell = () => bell?.refresh().catch((e) => { if (!isOffline(e)) throw e; });
  // The profile as the server has it now (a weigh-in moves its weight).
  const reloadProfile = async (): Promise<Profile | null> => {
    if (!state) return null;
    state.profile = await get<Profile>('/profile');
    return state.profile;
  };
  try {
    if (hash === '#/settings') await reloadProfile();
    if (hash === '#/today') await renderToday(main, refreshBell, state.profile.units);
    else if (hash === '#/nutrients') await renderNutrients(main);
    else if (hash === '#/supplements') await renderSupplements(main);
    else if (hash === '#/report') await renderDoctorReport(main, state.profile);
    else if (hash === '#/weight') await renderWeight(main, state.profile, reloadProfile);
    else if (hash === '#/badges') await renderBadges(main);
    else if (hash === '#/import') renderImport(main);
    else if (hash === '#/settings') {
      await renderSettings(main, {
        email: state.email, profile: state.profile,
        onProfile: (p) => { if (state) state.profile = p; },
        onSignedOut: () => { location.hash = ''; showAuth(); },
      });
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return showAuth();
    main.append(h('p', { role: 'alert', class: 'error' }, String((e as Error).message)));
  }
  applyFocusAfterDraw();
  await refreshBell();
}

function showFatal(e: unknown): void {
  root.replaceChildren(h('p', { role: 'alert', class: 'error' }, `Platewise could not start: ${(e as Error).message}`));
}

window.addEventListener('hashchange', () => { void route(); });
watchInstallPrompt();
registerServiceWorker();
// Offline and back: Today's status line says which, and what waits to sync.
// A day that cannot be drawn again (offline, never seen here) stays as it was.
window.addEventListener('online', () => { sync().catch(() => undefined); });
window.addEventListener('offline', () => { redrawTodayIfShown().catch(() => undefined); });
void boot();
