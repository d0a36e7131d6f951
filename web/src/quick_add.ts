// "Quick add": an entry of calories (and protein, carbs, fat if known)
// without a food, from a meal's card (POST /api/v1/diary/{date}/entries with
// nutrients; what it does not state is unknown, not 0). Offline it waits on
// this device and is sent when the connection returns, as picked foods are.
import { ApiError } from './api';
import { logEntry, newEntryKey } from './offline_queue';
import { field, h } from './dom';
import type { MealName } from './types';

export function openQuickAdd(date: string, meal: MealName, mealLabel: string, onAdded: () => Promise<void>): void {
  const number = (max: number) => h('input', { type: 'number', min: 0, max, step: 'any', inputMode: 'decimal' });
  const name = h('input', { type: 'text', maxLength: 200, placeholder: 'Quick add', autocomplete: 'off' });
  const kcal = h('input', { type: 'number', min: 0, step: 'any', inputMode: 'decimal', required: true });
  const protein = number(1000), carbs = number(1000), fat = number(1000);
  // The server names a refused field as "nutrients.KEY": its control is marked.
  const controls: Record<string, HTMLInputElement> = {
    'nutrients.energy': kcal, 'nutrients.protein': protein, 'nutrients.carbohydrate': carbs, 'nutrients.fat': fat, name,
  };
  const error = h('p', { role: 'alert', class: 'error' });
  const close = h('button', { type: 'button', class: 'link close' }, 'Close');
  const form = h('form', { class: 'amount' },
    field('Name (optional)', name),
    field('Calories (kcal)', kcal),
    h('div', { class: 'row' }, field('Protein (g)', protein), field('Carbs (g)', carbs), field('Fat (g)', fat)),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, `Add to ${mealLabel}`)));
  const dialog = h('dialog', { class: 'picker', 'aria-label': 'Quick add' },
    h('div', { class: 'picker-head' }, h('h2', {}, `Quick add to ${mealLabel}`), close), form);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  const clearError = () => {
    error.textContent = '';
    for (const c of Object.values(controls)) c.removeAttribute('aria-invalid');
  };
  form.addEventListener('input', clearError);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearError();
    const nutrients: Record<string, number> = { energy: Number(kcal.value) };
    if (protein.value) nutrients.protein = Number(protein.value);
    if (carbs.value) nutrients.carbohydrate = Number(carbs.value);
    if (fat.value) nutrients.fat = Number(fat.value);
    try {
      // As a picked food is (offline_queue.ts): with a key of its own, kept on
      // this device and sent later when the server cannot be reached.
      const given = name.value.trim();
      await logEntry({ key: newEntryKey(), date, body: { meal, ...(given ? { name: given } : {}), nutrients },
        name: given || 'Quick add', amount: 'quick add', kcal: Math.round(nutrients.energy) });
      dialog.close();
      await onAdded();
    } catch (e) {
      error.textContent = (e as Error).message;
      const control = e instanceof ApiError && e.field ? controls[e.field] : undefined;
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-errormessage', error.id || (error.id = 'quick-add-error'));
        control.focus();
      }
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  kcal.focus();
}
