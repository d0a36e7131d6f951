// A tiny element builder: h('button', {onclick}, 'Save').
type Attrs = Record<string, unknown>;
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (key === 'class') {
      el.className = String(value);
    } else if (key in el && !key.includes('-') && key !== 'list') {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

let nextId = 0;
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

// A labelled form field: the label is visible and tied to the control.
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid('f');
  control.id = id;
  const wrap = h('div', { class: 'field' }, h('label', { htmlFor: id }, label), control);
  if (hint) {
    const hintId = uid('hint');
    control.setAttribute('aria-describedby', hintId);
    wrap.append(h('small', { id: hintId, class: 'hint' }, hint));
  }
  return wrap;
}

export function fmt(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined) return '?';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

// What a failed action says, beside its control: the server's message
// (ApiError.message, which the server words in the person's units). With a
// field, the field is marked aria-invalid and described by the message; the
// message clears on the field's next edit. Without one, the message is an
// element with role "alert". `clear()` takes it away.
export interface Failure {
  element: HTMLElement;
  show(e: unknown, field?: HTMLInputElement | HTMLSelectElement | null): void;
  clear(): void;
}

export function failure(): Failure {
  const element = h('p', { class: 'error', role: 'alert', id: uid('err') });
  let marked: HTMLElement | null = null;
  const clear = () => {
    element.textContent = '';
    if (marked) {
      marked.removeAttribute('aria-invalid');
      marked.removeAttribute('aria-errormessage');
      const ids = (marked.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== element.id);
      if (ids.length) marked.setAttribute('aria-describedby', ids.join(' '));
      else marked.removeAttribute('aria-describedby');
      marked = null;
    }
  };
  return {
    element,
    clear,
    show(e, field) {
      clear();
      element.textContent = e instanceof Error ? e.message : String(e);
      if (field) {
        marked = field;
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-errormessage', element.id);
        const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        field.setAttribute('aria-describedby', [...ids, element.id].join(' '));
        field.addEventListener('input', clear, { once: true });
        field.addEventListener('change', clear, { once: true });
      }
    },
  };
}
