// Where the keyboard focus goes once a screen is drawn again. An action that
// redraws the screen (adding a food, saving or cancelling an edit, deleting)
// replaces the control that had the focus, which would leave it on the page's
// body: the action names the next useful control, found in the new drawing,
// and the screen calls applyFocusAfterDraw() when it has been drawn.

let wanted: (() => HTMLElement | null | undefined) | null = null;

// `find` runs after the next draw; it may find nothing (then the focus stays).
export function focusAfterDraw(find: () => HTMLElement | null | undefined): void {
  wanted = find;
}

export function applyFocusAfterDraw(): void {
  const find = wanted;
  wanted = null;
  find?.()?.focus();
}

// The element with this aria-label (a control named for its meal or entry).
export function byLabel(label: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`);
}
