// "Install": shown when the browser offers to install the app (its
// `beforeinstallprompt` event), hidden otherwise and once installed. The
// event is kept from the moment the page loads (it may come before anyone
// signs in), and the button of every header drawn since follows it.

// The event as Chromium gives it (not in TypeScript's DOM types).
interface InstallPrompt extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offered: InstallPrompt | null = null;
const buttons = new Set<HTMLButtonElement>();

function showAll(): void {
  for (const b of buttons) {
    if (!b.isConnected) buttons.delete(b);
    else b.hidden = offered === null;
  }
}

export function watchInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (ev) => {
    ev.preventDefault();  // no mini-infobar: the header's button asks
    offered = ev as InstallPrompt;
    showAll();
  });
  window.addEventListener('appinstalled', () => {
    offered = null;
    showAll();
  });
}

export function installButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'small install';
  button.textContent = 'Install';
  button.hidden = offered === null;
  button.addEventListener('click', async () => {
    const prompt = offered;
    if (!prompt) return;
    // A prompt can be shown once; the browser offers again if it will.
    offered = null;
    showAll();
    await prompt.prompt();
    await prompt.userChoice.catch(() => undefined);
  });
  buttons.add(button);
  return button;
}
