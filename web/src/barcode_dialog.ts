// "Scan barcode": a dialog over the food picker that reads a package's code
// with the camera where the browser can (barcode_reader.ts), and always takes
// it typed, then looks it up (GET /api/v1/foods?barcode=). The foods found go
// to `onFound` (the dialog closes first); a code no food has, a malformed one
// (the server's message), a camera that cannot be used and a reader that
// fails are each said in the dialog: nothing fails silently.
import { get } from './api';
import { makeCodeReader, type CodeReader } from './barcode_reader';
import { failure, field, h } from './dom';
import type { BarcodeMatches } from './types';

const SCAN_EVERY_MS = 250;

export function openBarcodeDialog(onFound: (found: BarcodeMatches, code: string) => void): void {
  const code = h('input', { type: 'text', inputMode: 'numeric', autocomplete: 'off', maxLength: 40,
    placeholder: 'e.g. 036000291452' });
  const lookUp = h('button', { type: 'submit', class: 'primary' }, 'Look up');
  const error = failure();
  const answer = h('p', { class: 'answer', role: 'status' });
  const camera = h('p', { class: 'hint', role: 'status' });
  const video = h('video', { class: 'camera', muted: true, playsInline: true, hidden: true, 'aria-label': 'Camera picture' });
  const close = h('button', { type: 'button', class: 'link close' }, 'Close');
  const form = h('form', { class: 'barcode-form' },
    h('div', { class: 'search-row' }, field('Barcode', code, 'The digits under the bars: 8 to 14 of them.'), lookUp),
    error.element, answer);
  const dialog = h('dialog', { class: 'picker barcode', 'aria-labelledby': 'barcode-h' },
    h('div', { class: 'picker-head' }, h('h2', { id: 'barcode-h' }, 'Scan barcode'), close),
    video, camera, form);

  let closed = false;
  let stream: MediaStream | null = null;
  let timer: number | undefined;
  let busy = false;
  let lastScanned = '';
  const stopCamera = () => {
    window.clearTimeout(timer);
    stream?.getTracks().forEach((t) => t.stop());
    stream = null;
    video.hidden = true;
  };
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    closed = true;
    stopCamera();
    dialog.remove();
  });

  async function lookUpCode(text: string): Promise<void> {
    const typed = text.trim();
    answer.textContent = '';
    error.clear();
    if (!typed) {
      error.show(new Error('Type the digits under the bars, e.g. 036000291452.'), code);
      return;
    }
    busy = true;
    lookUp.disabled = true;
    try {
      const found = await get<BarcodeMatches>(`/foods?barcode=${encodeURIComponent(typed)}`);
      if (closed) return;
      if (!found.foods.length) {
        answer.textContent = `No food has barcode ${typed}. Search for it by name instead.`;
        return;
      }
      dialog.close();
      onFound(found, typed);
    } catch (e) {
      if (!closed) error.show(e, code);
    } finally {
      busy = false;
      lookUp.disabled = false;
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void lookUpCode(code.value);
  });

  async function startCamera(): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) {
      camera.textContent = window.isSecureContext
        ? 'This browser cannot use a camera here: type the code below.'
        : 'The camera needs a secure (HTTPS) connection to Platewise: type the code below.';
      return;
    }
    camera.textContent = 'Starting the camera…';
    let reader: CodeReader;
    try {
      reader = await makeCodeReader();
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    } catch (e) {
      if (!closed) camera.textContent = cameraProblem(e);
      return;
    }
    if (closed) { stopCamera(); return; }
    video.srcObject = stream;
    video.hidden = false;
    try {
      await video.play();
    } catch (e) {
      stopCamera();
      camera.textContent = cameraProblem(e);
      return;
    }
    camera.textContent = `Hold the barcode up to the camera (read by ${reader.name}), or type it below.`;
    const scan = async () => {
      if (closed || !stream) return;
      if (!busy) {
        try {
          const seen = await reader.read(video);
          // A code not found stays said until another one is in the picture.
          if (seen && seen !== lastScanned && !closed) {
            lastScanned = seen;
            code.value = seen;
            await lookUpCode(seen);
          }
        } catch (e) {
          stopCamera();
          camera.textContent = `Reading the camera picture failed (${(e as Error).message}): type the code below.`;
          return;
        }
      }
      timer = window.setTimeout(() => void scan(), SCAN_EVERY_MS);
    };
    void scan();
  }

  document.body.append(dialog);
  dialog.showModal();
  code.focus();
  void startCamera();
}

// What to tell the person when the camera or the reader cannot be used.
function cameraProblem(e: unknown): string {
  const name = e instanceof DOMException ? e.name : '';
  const then = 'type the code below.';
  if (name === 'NotAllowedError') return `The camera was not allowed: ${then} (Allow it in the browser and open Scan barcode again to scan.)`;
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return `No camera was found: ${then}`;
  if (name === 'NotReadableError') return `The camera is in use by another app: ${then}`;
  return `The camera could not be used (${(e as Error)?.message || String(e)}): ${then}`;
}
