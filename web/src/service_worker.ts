// Registers the service worker (web/pwa/sw.js, which the build writes to the
// root, so its scope is the whole app): the app then opens offline. Under
// `vite` dev there is no sw.js, and the app works as before, online only.

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

