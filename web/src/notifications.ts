// The bell: an unread count, and a panel with badges earned, shortfalls found
// and weekly summaries. Opening the panel marks what it shows as read. The
// panel scrolls within the screen, has a close button, and closes on Escape
// or a tap outside it.
import { get, post } from './api';
import { h } from './dom';
import type { Notification } from './types';

// An inline SVG bell (no icon font or emoji font needed).
function bellIcon(): SVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = '<path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"/>';
  return svg;
}

export class NotificationBell {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly count: HTMLElement;
  private readonly panel: HTMLElement;
  private items: Notification[] = [];

  constructor() {
    this.count = h('span', { class: 'count', id: 'notif-count', hidden: true });
    // Named by what it shows ("Notifications", "Notifications 2 unread"), so
    // that the name a person hears holds the text they see.
    this.button = h('button', { type: 'button', class: 'bell', 'aria-expanded': 'false', 'aria-controls': 'notif-panel' },
      bellIcon(), h('span', { class: 'bell-text' }, 'Notifications'), ' ', this.count);
    this.panel = h('section', { id: 'notif-panel', class: 'panel card', hidden: true, 'aria-label': 'Notifications panel' });
    this.button.addEventListener('click', () => void this.toggle());
    this.panel.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') { this.close(); this.button.focus(); }
    });
    this.element = h('div', { class: 'notif' }, this.button, this.panel);
    // A tap or click outside the bell and its panel closes it.
    document.addEventListener('pointerdown', (ev) => {
      if (!this.panel.hidden && !this.element.contains(ev.target as Node)) this.close();
    });
  }

  async refresh(): Promise<void> {
    const r = await get<{ unread: number; notifications: Notification[] }>('/notifications');
    this.items = r.notifications;
    this.count.hidden = r.unread === 0;
    // "3 unread"; on a phone the word is out of sight (the header is one row)
    // but still read out and found, as the count's text.
    this.count.replaceChildren(...(r.unread ? [String(r.unread), h('span', { class: 'word' }, ' unread')] : []));
  }

  private close(): void {
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }

  private async toggle(): Promise<void> {
    if (!this.panel.hidden) return this.close();
    await this.refresh();
    const unread = this.items.filter((n) => !n.read);
    const close = h('button', { type: 'button', class: 'small close' }, 'Close');
    close.addEventListener('click', () => { this.close(); this.button.focus(); });
    this.panel.replaceChildren(h('div', { class: 'panel-head' }, h('h2', {}, 'Notifications'), close));
    if (unread.length === 0) {
      this.panel.append(h('p', { class: 'caught-up' }, "You're all caught up!"));
    }
    const shown = unread.length ? unread : [];
    this.panel.append(h('ul', {}, ...shown.map((n) => h('li', { class: `notification ${n.kind}` },
      h('strong', {}, n.title), h('p', {}, n.body), h('small', {}, n.date)))));
    const earlier = this.items.filter((n) => n.read).slice(0, 5);
    if (earlier.length) {
      this.panel.append(h('details', {}, h('summary', {}, 'Earlier'),
        h('ul', {}, ...earlier.map((n) => h('li', { class: `notification read ${n.kind}` }, h('strong', {}, n.title), h('p', {}, n.body))))));
    }
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    (this.panel.querySelector('h2') as HTMLElement).tabIndex = -1;
    (this.panel.querySelector('h2') as HTMLElement).focus();
    if (unread.length) {
      await post('/notifications/read', { ids: unread.map((n) => n.id) });
      this.count.hidden = true;
      this.count.textContent = '';
    }
  }
}
