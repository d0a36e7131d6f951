// "Copy to another date" for a meal or the whole day shown: a button that
// opens a small form (the date, Copy, Cancel). The copy itself, its status
// line and its undo are the Today screen's (today_view.ts copyEntries); a
// refusal is shown in the form, beside the date, and cleared on the next edit.
import { failure, field, h } from './dom';

// `what`: "Lunch" or "this day", for the names ("Copy Lunch to another date");
// `text`: the button's words (a meal's card says whose it is; the day's
// button says "Copy this day to…"). `copy(to)` resolves when copied; it
// throws the server's refusal.
export function copyToForm(what: string, text: string, from: string, copy: (to: string) => Promise<void>): HTMLElement {
  const opener = h('button', { type: 'button', 'aria-label': `Copy ${what} to another date`, 'aria-expanded': 'false' },
    text);
  const date = h('input', { type: 'date', required: true, value: from });
  const error = failure();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Copy');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h('form', { class: 'copy-to', hidden: true, 'aria-label': `Copy ${what} to another date` },
    field('Copy to date', date), submit, cancel, error.element);
  const close = () => {
    form.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    error.clear();
    opener.focus();
  };
  opener.addEventListener('click', () => {
    form.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    date.focus();
  });
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') { ev.preventDefault(); close(); } });
  date.addEventListener('input', () => error.clear());
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    submit.disabled = true;
    try {
      await copy(date.value);
    } catch (e) {
      error.show(e, date);
    } finally {
      submit.disabled = false;
    }
  });
  return h('div', { class: 'copy-to-wrap' }, opener, form);
}
