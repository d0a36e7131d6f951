// A camera picture of a barcode for Chromium's fake camera
// (--use-file-for-fake-video-capture): one Y4M frame, which Chromium shows
// over and over, of an EAN-13 drawn black on white with quiet zones.
import { writeFileSync } from 'node:fs';

// Each digit's 7 modules (1 = bar): the left half's odd (L) and even (G)
// parity codes, and the right half's (R).
const L = ['0001101', '0011001', '0010011', '0111101', '0100011', '0110001', '0101111', '0111011', '0110111', '0001011'];
const R = L.map((c) => [...c].map((b) => (b === '1' ? '0' : '1')).join(''));
const G = R.map((c) => [...c].reverse().join(''));
// Which left digits are G, by the first digit (which is encoded by them).
const PARITY = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLL', 'LGLGLG', 'LGLGGL', 'LGGLGL'];

// The 95 modules of the 13-digit code `digits` (its check digit included).
export function ean13Modules(digits) {
  if (!/^\d{13}$/.test(digits)) throw new Error(`not 13 digits: ${digits}`);
  const d = [...digits].map(Number);
  let bits = '101';
  for (let i = 1; i <= 6; i += 1) bits += (PARITY[d[0]][i - 1] === 'L' ? L : G)[d[i]];
  bits += '01010';
  for (let i = 7; i <= 12; i += 1) bits += R[d[i]];
  return bits + '101';
}

// Writes the Y4M file: `width` x `height`, each module `module` px wide.
export function writeBarcodeVideo(file, digits, { width = 640, height = 480, module = 5 } = {}) {
  const bits = ean13Modules(digits);
  const left = Math.floor((width - bits.length * module) / 2);
  if (left < 10 * module) throw new Error('the picture is too narrow for the quiet zones');
  const luma = Buffer.alloc(width * height, 235);
  for (let y = Math.floor(height * 0.2); y < Math.floor(height * 0.8); y += 1) {
    for (let m = 0; m < bits.length; m += 1) {
      if (bits[m] === '1') luma.fill(16, y * width + left + m * module, y * width + left + (m + 1) * module);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  writeFileSync(file, Buffer.concat([header, luma, chroma]));
}
