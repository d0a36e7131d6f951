// "Create food": a custom food from a nutrition label, per serving or per
// 100 g (POST /api/v1/foods). A nutrient left empty is unknown, never 0. The
// server checks what is typed; its message is shown beside the control it
// names (or as an alert), and clears on the next edit. Escape or Close
// cancels; focus goes back to the button that opened the dialog.
import { ApiError, post } from './api';
import { failure, field, h } from './dom';
import type { FoodDetail } from './types';

// The label's nutrients as a label lists them, with the API's keys and the
// catalog's units.
export const LABEL_NUTRIENTS: { key: string; label: string; unit: string }[] = [
  { key: 'protein', label: 'Protein', unit: 'g' },
  { key: 'carbohydrate', label: 'Carbohydrate', unit: 'g' },
  { key: 'fat', label: 'Fat', unit: 'g' },
  { key: 'fat_saturated', label: 'Saturated fat', unit: 'g' },
  { key: 'fat_trans', label: 'Trans fat', unit: 'g' },
  { key: 'sugars', label: 'Sugars', unit: 'g' },
  { key: 'fiber', label: 'Fiber', unit: 'g' },
  { key: 'cholesterol', label: 'Cholesterol', unit: 'mg' },
  { key: 'sodium', label: 'Sodium', unit: 'mg' },
  { key: 'potassium', label: 'Potassium', unit: 'mg' },
  { key: 'calcium', label: 'Calcium', unit: 'mg' },
  { key: 'iron', label: 'Iron', unit: 'mg' },
  { key: 'magnesium', label: 'Magnesium', unit: 'mg' },
  { key: 'vitamin_c', label: 'Vitamin C', unit: 'mg' },
];

// An amount input: decimal keyboard on phones; the server, not the browser,
// says what is wrong with it (the form is novalidate).
export function amountInput(): HTMLInputElement {
  return h('input', { type: 'number', step: 'any', inputMode: 'decimal', autocomplete: 'off' });
}

// A modal dialog that gives the focus back to `opener` when it is cancelled
// (Escape or Close), and removes itself. `done()` closes it leaving the focus
// to what comes next (the food just made, opened to log).
export function modal(label: string, title: string, opener: HTMLElement, ...body: HTMLElement[]): { dialog: HTMLDialogElement; done: () => void } {
  const closeButton = h('button', { type: 'button', class: 'link close' }, 'Close');
  const dialog = h('dialog', { class: 'picker create', 'aria-label': label },
    h('div', { class: 'picker-head' }, h('h2', {}, title), closeButton), ...body);
  let returnFocus = true;
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (returnFocus && opener.isConnected) opener.focus();
  });
  const done = () => {
    returnFocus = false;
    dialog.close();
  };
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, done };
}

export function openCreateFood(opener: HTMLElement, onCreated: (food: FoodDetail) => Promise<void> | void): void {
  const name = h('input', { type: 'text', maxLength: 200, autocomplete: 'off', required: true });
  const brand = h('input', { type: 'text', maxLength: 200, autocomplete: 'off' });
  const servingName = h('input', { type: 'text', maxLength: 50, autocomplete: 'off', placeholder: 'e.g. 1 bar' });
  const perServing = h('input', { type: 'radio', name: 'label-per', value: 'serving', checked: true });
  const per100 = h('input', { type: 'radio', name: 'label-per', value: '100g' });
  const servingGrams = amountInput();
  const kcal = amountInput();
  const amounts = LABEL_NUTRIENTS.map((n) => ({ ...n, input: amountInput() }));
  const servingRow = h('div', { class: 'row serving-row' },
    field('Serving size (g)', servingGrams, 'As the label says: "Serving size 1 bar (40 g)" is 40.'),
    field('Serving name', servingName, 'Optional: what one serving is, "1 bar".'));
  const error = failure();
  const per = h('fieldset', { class: 'choice' },
    h('legend', {}, 'The label gives its numbers'),
    h('label', {}, perServing, 'per serving'), h('label', {}, per100, 'per 100 g'));
  const heading = h('h3', { id: 'create-food-label' }, 'Nutrition facts per serving');
  const form = h('form', { class: 'amount create-food', noValidate: true },
    h('div', { class: 'row' }, field('Name', name), field('Brand (optional)', brand)),
    per, servingRow,
    h('section', { 'aria-labelledby': 'create-food-label' },
      heading,
      h('p', { class: 'hint' }, 'Leave a nutrient empty when the label does not give it: it is then unknown, not 0.'),
      h('div', { class: 'nutrient-grid' },
        field('Calories (kcal)', kcal),
        ...amounts.map((n) => field(`${n.label} (${n.unit})`, n.input)))),
    error.element,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save food')));
  const { done } = modal('Create food', 'Create food', opener, form);
  const showPer = () => {
    const serving = perServing.checked;
    servingRow.hidden = !serving;
    heading.textContent = serving ? 'Nutrition facts per serving' : 'Nutrition facts per 100 g';
  };
  perServing.addEventListener('change', () => { error.clear(); showPer(); });
  per100.addEventListener('change', () => { error.clear(); showPer(); });
  form.addEventListener('input', () => error.clear());

  // The server names a refused field: its control is marked and the message
  // goes right below it, in its field.
  const controls: Record<string, HTMLInputElement> = {
    name, brand, serving_grams: servingGrams, serving_name: servingName, 'nutrients.energy': kcal,
  };
  for (const n of amounts) controls[`nutrients.${n.key}`] = n.input;
  const placeError = (control: HTMLInputElement | undefined) => {
    const wrap = control?.closest('.field');
    if (wrap) wrap.append(error.element);
    else form.querySelector('.actions')!.before(error.element);
  };

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.clear();
    // What the browser could not read as a number ("1,5e") is said here: sent,
    // it would be an empty field, taken as unknown.
    const unreadable = [servingGrams, kcal, ...amounts.map((n) => n.input)].find((i) => i.validity.badInput);
    if (unreadable) {
      placeError(unreadable);
      error.show(new Error(`${unreadable.labels?.[0]?.textContent ?? 'This'}: type a number, like 12.5.`), unreadable);
      unreadable.focus();
      return;
    }
    const nutrients: Record<string, number> = {};
    // An empty calories field is sent as no energy: the server says what a
    // custom food needs.
    if (kcal.value.trim() !== '') nutrients.energy = Number(kcal.value);
    for (const n of amounts) if (n.input.value.trim() !== '') nutrients[n.key] = Number(n.input.value);
    const body: Record<string, unknown> = { name: name.value.trim(), nutrients, per: perServing.checked ? 'serving' : '100g' };
    if (brand.value.trim()) body.brand = brand.value.trim();
    if (perServing.checked) {
      if (servingGrams.value.trim() !== '') body.serving_grams = Number(servingGrams.value);
      if (servingName.value.trim()) body.serving_name = servingName.value.trim();
    }
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.disabled = true;
    let food: FoodDetail;
    try {
      food = await post<FoodDetail>('/foods', body);
    } catch (e) {
      submit.disabled = false;
      const control = e instanceof ApiError && e.field ? controls[e.field] : undefined;
      placeError(control);
      error.show(e, control ?? null);
      control?.focus();
      return;
    }
    done();
    await onCreated(food);
  });
  showPer();
  name.focus();
}
