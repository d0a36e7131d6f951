// Copies of the few API answers the app needs to open, and to log a food,
// offline: who is signed in, the profile, today, a diary day, the person's
// food lists and the details of foods opened. Kept by api() on each answer
// (Cache Storage, "platewise-api") and used only when no answer comes and the
// browser says it is offline: online the app never sees a kept one, so it
// never shows stale data (a server that is down is said as such). Nothing else of the API is kept (searches,
// reports, exports), and the service worker never touches /api/.
//
// The copies are the signed-in person's: api() drops them all when anyone
// signs in, signs up or out, deletes the account, or an answer is 401 (the
// session is gone), so the next person on the device never sees them.

const STORE = 'platewise-api';
const KEPT: RegExp[] = [
  /^\/account$/,
  /^\/profile$/,
  /^\/today$/,
  /^\/diary\/\d{4}-\d{2}-\d{2}$/,
  /^\/diary\/(recent|frequent)-foods$/,
  /^\/favourites$/,
  /^\/foods\/[^/]+$/,
  /^\/exercise\/activities$/,
];
const SESSION_CHANGES: RegExp[] = [/^\/(login|signup|logout)$/];

// Cache Storage is there on https:// and localhost only (as service workers).
const usable = () => typeof caches !== 'undefined';
const pathOf = (path: string) => path.split('?')[0];
const keyOf = (path: string) => new URL(`/api/v1${path}`, location.origin).href;

export const isKept = (method: string, path: string) => method === 'GET' && KEPT.some((r) => r.test(pathOf(path)));

// Whether the answers after `method path` (answered `status`) are someone
// else's, or no one's.
export const endsSession = (method: string, path: string, status: number) =>
  status === 401 || (method !== 'GET' && SESSION_CHANGES.some((r) => r.test(pathOf(path)))) ||
  (method === 'DELETE' && pathOf(path) === '/account');

export async function keep(path: string, data: unknown): Promise<void> {
  if (!usable()) return;
  const store = await caches.open(STORE);
  await store.put(keyOf(path), new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } }));
}

// The kept answer to `path`, or undefined.
export async function keptAnswer(path: string): Promise<unknown> {
  if (!usable()) return undefined;
  const hit = await caches.match(keyOf(path), { cacheName: STORE });
  return hit ? hit.json() : undefined;
}

export async function forgetKept(): Promise<void> {
  if (usable()) await caches.delete(STORE);
}
