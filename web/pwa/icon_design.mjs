// Platewise's icon, made here: a white plate seen from above, on the app's
// green, holding a green leaf. One description drawn two ways: as SVG (the
// favicon) and as pixels (the PNG icons of the manifest). Coordinates are in
// a 512-unit square. The plate stays inside the maskable icons' safe zone
// (a circle of 40% of the size), so the maskable icon is the same drawing
// with the green to the edges instead of rounded corners.

export const GREEN = '#2f6b3a';
const WELL = '#e7f1e8';
const WHITE = '#ffffff';

const PLATE = { cx: 256, cy: 256, r: 170 };
const WELL_CIRCLE = { cx: 256, cy: 256, r: 122 };
// The leaf: where two circles overlap, pointing up and to the right.
const LEAF_A = { cx: 234, cy: 234, r: 92 };
const LEAF_B = { cx: 282, cy: 282, r: 92 };
const TIPS = leafTips();  // (x1, y1) the lower left tip, where the stem is
// Its vein, from near the stem most of the way to the far tip, and the stem
// beyond the lower tip.
const along = (t) => ({ x: TIPS.x1 + t * (TIPS.x2 - TIPS.x1), y: TIPS.y1 + t * (TIPS.y2 - TIPS.y1) });
const VEIN = { from: along(0.08), to: along(0.78), width: 8 };
const STEM = { from: along(-0.2), to: along(0.02), width: 11 };
const CORNER = 96;  // rounded corners of the plain icon

function leafTips() {
  const dx = LEAF_B.cx - LEAF_A.cx;
  const dy = LEAF_B.cy - LEAF_A.cy;
  const d = Math.hypot(dx, dy);
  const half = Math.sqrt(LEAF_A.r ** 2 - (d / 2) ** 2);
  const mx = (LEAF_A.cx + LEAF_B.cx) / 2;
  const my = (LEAF_A.cy + LEAF_B.cy) / 2;
  const px = -dy / d;
  const py = dx / d;
  // px, py points down-left to up-right; the lower left tip first.
  const a = { x: mx - px * half, y: my - py * half };
  const b = { x: mx + px * half, y: my + py * half };
  return a.y > b.y ? { x1: a.x, y1: a.y, x2: b.x, y2: b.y } : { x1: b.x, y1: b.y, x2: a.x, y2: a.y };
}

const inCircle = (c, x, y) => (x - c.cx) ** 2 + (y - c.cy) ** 2 <= c.r ** 2;
const inLeaf = (x, y) => inCircle(LEAF_A, x, y) && inCircle(LEAF_B, x, y);

function nearSegment({ from, to, width }, x, y) {
  const vx = to.x - from.x;
  const vy = to.y - from.y;
  const t = Math.max(0, Math.min(1, ((x - from.x) * vx + (y - from.y) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (from.x + t * vx), y - (from.y + t * vy)) <= width / 2;
}

function inBackground(x, y, maskable) {
  if (maskable) return x >= 0 && y >= 0 && x <= 512 && y <= 512;
  const cx = Math.min(Math.max(x, CORNER), 512 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 512 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

// The colour at (x, y), or null where the icon is transparent.
function colourAt(x, y, maskable) {
  if (!inBackground(x, y, maskable)) return null;
  if (inLeaf(x, y)) return nearSegment(VEIN, x, y) ? WELL : GREEN;
  if (nearSegment(STEM, x, y)) return GREEN;
  if (inCircle(WELL_CIRCLE, x, y)) return WELL;
  if (inCircle(PLATE, x, y)) return WHITE;
  return GREEN;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

// The icon as RGBA pixels, `size` square, each pixel the mean of 4 x 4
// samples (smooth edges).
export function iconPixels(size, { maskable = false } = {}) {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0; let g = 0; let b = 0; let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(((px + (sx + 0.5) / n) * 512) / size, ((py + (sy + 0.5) / n) * 512) / size, maskable);
          if (!c) continue;
          const [cr, cg, cb] = rgb(c);
          r += cr; g += cg; b += cb; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a) { out[i] = Math.round(r / a); out[i + 1] = Math.round(g / a); out[i + 2] = Math.round(b / a); }
      out[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return out;
}

const f = (v) => Math.round(v * 10) / 10;

// The same drawing as an SVG document (the favicon).
export function iconSvg() {
  const { x1, y1, x2, y2 } = TIPS;
  const leaf = `M${f(x1)} ${f(y1)}A${LEAF_A.r} ${LEAF_A.r} 0 0 0 ${f(x2)} ${f(y2)}` +
    `A${LEAF_B.r} ${LEAF_B.r} 0 0 0 ${f(x1)} ${f(y1)}Z`;
  const line = ({ from, to, width }, colour) => `<line x1="${f(from.x)}" y1="${f(from.y)}" x2="${f(to.x)}" ` +
    `y2="${f(to.y)}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" rx="${CORNER}" fill="${GREEN}"/>` +
    `<circle cx="${PLATE.cx}" cy="${PLATE.cy}" r="${PLATE.r}" fill="${WHITE}"/>` +
    `<circle cx="${WELL_CIRCLE.cx}" cy="${WELL_CIRCLE.cy}" r="${WELL_CIRCLE.r}" fill="${WELL}"/>` +
    `<path d="${leaf}" fill="${GREEN}"/>${line(STEM, GREEN)}${line(VEIN, WELL)}</svg>\n`;
}
