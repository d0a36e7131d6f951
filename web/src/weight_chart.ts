// The Weight screen's chart, drawn as SVG: the weigh-ins as points, the
// trend and, on demand, the projection's lines. Its range is the weigh-ins'
// dates until the projection is shown, then it runs to the projection's end.
// Hovering the plot, or focusing a weigh-in (Tab to the points, then the
// arrow keys, Home and End), shows that date's values in a tooltip. The
// legend names the lines shown.
import { fmt, h, uid } from './dom';

export interface ChartPoint { date: string; value: number }
export interface ChartLine {
  label: string;         // in the legend
  one?: string;          // one of its points, in the tooltip ("Weigh-in"); else the label
  style: 'points' | 'line' | 'dashed';
  color: string;
  points: ChartPoint[];  // oldest first
  projection: boolean;   // shown only with the projection
}

const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 86_400_000;
const HEIGHT = 260;
const MARGIN = { left: 46, right: 12, top: 12, bottom: 28 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

// Days since 1970-01-01 of an ISO date, free of time zones and daylight saving.
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function dateOf(day: number, options: Intl.DateTimeFormatOptions): string {
  return new Date(day * DAY_MS).toLocaleDateString('en-US', { timeZone: 'UTC', ...options });
}

export const longDate = (date: string) =>
  dateOf(dayNumber(date), { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

// About `count` round steps over [lo, hi]: 1, 2, 2.5 or 5 times a power of ten.
export function valueTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

// Dates for the x axis over the days [lo, hi], at most `count` of them:
// every 1, 2, 3, 7 or 14 days, else on the first of every 1, 2, 3, 6 or 12 months.
export function dateTicks(lo: number, hi: number, count: number): { day: number; label: string }[] {
  const span = hi - lo;
  const dayStep = [1, 2, 3, 7, 14].find((s) => span / s <= count);
  if (dayStep !== undefined) {
    const ticks = [];
    for (let d = Math.ceil(lo); d <= hi; d += dayStep) ticks.push({ day: d, label: dateOf(d, { month: 'short', day: 'numeric' }) });
    return ticks;
  }
  const monthStep = [1, 2, 3, 6, 12].find((s) => span / (30.44 * s) <= count) ?? 12 * Math.ceil(span / (365.25 * 12 * count));
  // The first of the months 0, step, 2 step... of each year (Date.UTC carries
  // a month past December into the next year).
  const start = new Date(lo * DAY_MS);
  const year = start.getUTCFullYear();
  const ticks = [];
  for (let m = Math.ceil(start.getUTCMonth() / monthStep) * monthStep; ; m += monthStep) {
    const day = Date.UTC(year, m, 1) / DAY_MS;
    if (day > hi) break;
    if (day >= lo) ticks.push({ day, label: dateOf(day, monthStep >= 12 ? { year: 'numeric' } : { month: 'short', year: 'numeric' }) });
  }
  return ticks;
}

export interface WeightChart {
  element: HTMLElement;
  showProjection(shown: boolean): void;
}

// Drawn by the first showProjection(), and again when its width changes.
export function weightChart(lines: ChartLine[], unit: string, digits: number): WeightChart {
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' });
  const tip = h('div', { class: 'chart-tip', role: 'tooltip', id: uid('tip'), hidden: true });
  const plot = h('div', { class: 'plot' });
  const element = h('div', { class: 'weight-chart' }, legend, plot);
  let shown = false;
  let drawnWidth = 0;

  const draw = () => {
    const width = Math.max(plot.clientWidth || Math.min(window.innerWidth - 48, 1000), 200);
    drawnWidth = width;
    const visible = lines.filter((l) => shown || !l.projection);
    legend.replaceChildren(...visible.filter((l) => l.points.length).map((l) => h('li', {}, swatch(l), l.label)));
    // The range: the weigh-ins' dates (all visible lines' with the projection).
    const ranged = shown ? visible : visible.filter((l) => l.style === 'points');
    const days = (ranged.some((l) => l.points.length) ? ranged : visible).flatMap((l) => l.points.map((p) => dayNumber(p.date)));
    if (days.length === 0) { plot.replaceChildren(tip); return; }
    const first = Math.min(...days), last = Math.max(...days);
    const pad = Math.max(1, Math.round((last - first) * 0.03));
    const x0 = first - pad, x1 = last + pad;
    const inRange = (p: ChartPoint) => { const d = dayNumber(p.date); return d >= x0 && d <= x1; };
    const values = visible.flatMap((l) => l.points.filter(inRange).map((p) => p.value));
    let y0 = Math.min(...values), y1 = Math.max(...values);
    const yPad = Math.max((y1 - y0) * 0.1, 1);
    y0 -= yPad; y1 += yPad;
    const innerW = width - MARGIN.left - MARGIN.right, innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
    const x = (day: number) => MARGIN.left + ((day - x0) / (x1 - x0)) * innerW;
    const y = (v: number) => MARGIN.top + ((y1 - v) / (y1 - y0)) * innerH;

    const clipId = uid('clip');
    const root = svg('svg', { width, height: HEIGHT, class: 'chart-svg', role: 'group',
      'aria-label': `Weight chart in ${unit}, ${dateOf(x0 + pad, { month: 'short', day: 'numeric', year: 'numeric' })} ` +
        `to ${dateOf(x1 - pad, { month: 'short', day: 'numeric', year: 'numeric' })}` },
    svg('defs', {}, svg('clipPath', { id: clipId },
      svg('rect', { x: MARGIN.left, y: MARGIN.top, width: innerW, height: innerH }))));
    const axes = svg('g', { class: 'axes', 'aria-hidden': 'true' });
    for (const v of valueTicks(y0, y1, 4)) {
      axes.append(svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(v), y2: y(v), class: 'grid' }),
        svg('text', { x: MARGIN.left - 6, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, fmt(v, 1)));
    }
    for (const t of dateTicks(x0, x1, Math.max(2, Math.floor(innerW / 60)))) {
      axes.append(svg('line', { x1: x(t.day), x2: x(t.day), y1: HEIGHT - MARGIN.bottom, y2: HEIGHT - MARGIN.bottom + 4, class: 'tick' }),
        // A label centred on a tick near the right edge was cut ("Dec 5" read
        // "Dec !"): there it ends at its tick instead.
        svg('text', { x: x(t.day), y: HEIGHT - 8, 'text-anchor': x(t.day) > width - MARGIN.right - 24 ? 'end' : 'middle' },
          t.label));
    }
    axes.append(svg('text', { x: 4, y: MARGIN.top - 2, class: 'unit' }, unit));
    const guide = svg('line', { y1: MARGIN.top, y2: HEIGHT - MARGIN.bottom, class: 'guide', visibility: 'hidden' });
    const drawn = svg('g', { 'clip-path': `url(#${clipId})` });
    for (const l of visible.filter((l) => l.style !== 'points' && l.points.length)) {
      const d = l.points.map((p, i) => `${i ? 'L' : 'M'}${x(dayNumber(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join('');
      drawn.append(svg('path', { d, fill: 'none', stroke: l.color, 'stroke-width': 2,
        ...(l.style === 'dashed' ? { 'stroke-dasharray': '6 4' } : {}) }));
    }
    root.append(axes, guide, drawn);

    // The tooltip: the date nearest `day` among the lines shown, with each line's value there.
    const dates = [...new Set(visible.flatMap((l) => l.points.filter(inRange).map((p) => p.date)))].sort();
    const byDate = visible.map((l) => new Map(l.points.map((p) => [p.date, p.value])));
    const say = (date: string) => {
      const rows = visible.map((l, i) => ({ l, v: byDate[i].get(date) })).filter((r) => r.v !== undefined);
      tip.replaceChildren(h('strong', {}, longDate(date)),
        ...rows.map((r) => h('span', {}, `${r.l.one ?? r.l.label}: ${fmt(r.v, digits)} ${unit}`)));
      tip.hidden = false;
      const at = x(dayNumber(date));
      guide.setAttribute('x1', String(at));
      guide.setAttribute('x2', String(at));
      guide.setAttribute('visibility', 'visible');
      // Beside the date, inside the plot.
      tip.style.left = `${Math.min(Math.max(at - tip.offsetWidth / 2, 0), width - tip.offsetWidth)}px`;
    };
    const hide = () => { tip.hidden = true; guide.setAttribute('visibility', 'hidden'); };
    const nearest = (px: number) => {
      const day = x0 + ((px - MARGIN.left) / innerW) * (x1 - x0);
      let best = dates[0];
      for (const d of dates) if (Math.abs(dayNumber(d) - day) < Math.abs(dayNumber(best) - day)) best = d;
      return best;
    };
    // On a weigh-in, its own date; elsewhere the nearest one.
    const follow = (ev: PointerEvent) => {
      const on = (ev.target as SVGElement).dataset?.date;
      if (on || dates.length) say(on ?? nearest(ev.clientX - root.getBoundingClientRect().left));
    };
    root.addEventListener('pointermove', follow);
    root.addEventListener('pointerdown', follow);  // a tap on a phone
    root.addEventListener('pointerleave', () => { if (!root.contains(document.activeElement)) hide(); });

    // The weigh-ins: one tab stop (the newest), the arrow keys move along them.
    const weighIns = visible.find((l) => l.style === 'points');
    const marks = (weighIns?.points ?? []).filter(inRange).map((p, i, all) => {
      const c = svg('circle', { cx: x(dayNumber(p.date)), cy: y(p.value), r: 4.5, fill: weighIns!.color,
        class: 'weigh-in', tabindex: i === all.length - 1 ? 0 : -1, role: 'img',
        'aria-label': `${weighIns!.one ?? weighIns!.label} ${longDate(p.date)}: ${fmt(p.value, digits)} ${unit}`,
        'aria-describedby': tip.id, 'data-date': p.date });
      c.addEventListener('focus', () => say(p.date));
      c.addEventListener('blur', hide);
      return c;
    });
    root.addEventListener('keydown', (ev) => {
      const at = marks.indexOf(document.activeElement as SVGCircleElement);
      if (at < 0) return;
      const to = { ArrowLeft: at - 1, ArrowDown: at - 1, ArrowRight: at + 1, ArrowUp: at + 1, Home: 0, End: marks.length - 1 }[ev.key];
      if (to === undefined || to < 0 || to >= marks.length) return;
      ev.preventDefault();
      marks[at].setAttribute('tabindex', '-1');
      marks[to].setAttribute('tabindex', '0');
      marks[to].focus();
    });
    root.append(svg('g', { class: 'points' }, ...marks));
    plot.replaceChildren(root, tip);
  };

  new ResizeObserver(() => { if (drawnWidth && plot.clientWidth && plot.clientWidth !== drawnWidth) draw(); }).observe(plot);
  return {
    element,
    showProjection(on: boolean) { shown = on; draw(); },
  };
}

function swatch(l: ChartLine): SVGSVGElement {
  const mark = l.style === 'points'
    ? svg('circle', { cx: 12, cy: 6, r: 4.5, fill: l.color })
    : svg('line', { x1: 0, x2: 24, y1: 6, y2: 6, stroke: l.color, 'stroke-width': 2,
      ...(l.style === 'dashed' ? { 'stroke-dasharray': '6 4' } : {}) });
  return svg('svg', { width: 24, height: 12, class: 'swatch', 'aria-hidden': 'true' }, mark);
}
