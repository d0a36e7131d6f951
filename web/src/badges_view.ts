// Badges: earned and still to earn, with the streak rule stated.
import { get } from './api';
import { h } from './dom';
import type { Badge } from './types';

export const STREAK_RULE =
  'A day counts when you log anything: a food, water, exercise or a weight. Your streak is the run of ' +
  'consecutive days you logged; a day with nothing logged ends it and the next logged day starts again at 1. ' +
  'Today does not break your streak until it is over. Badges you earned stay yours.';

export async function renderBadges(main: HTMLElement): Promise<void> {
  const r = await get<{ streak_days: number; badges: Badge[] }>('/badges');
  main.append(
    h('h1', {}, 'Badges'),
    h('p', { class: 'streak' }, h('strong', {}, `${r.streak_days}-day`), ' logging streak'),
    h('p', { class: 'hint' }, STREAK_RULE),
    h('ul', { class: 'badges' }, ...r.badges.map((b) => h('li', { class: `badge-card ${b.earned ? 'earned' : ''} ${b.key}` },
      h('span', { class: 'medal', 'aria-hidden': 'true' }, b.earned ? '\u2605' : '\u25CB'),  // ★ or ○: in every font
      h('div', {},
        h('h2', {}, b.name),
        h('p', {}, b.description),
        h('p', { class: 'hint' }, b.earned ? `Earned on ${b.earned_on}` : `Progress: ${b.progress} of ${b.goal}`))))));
}
