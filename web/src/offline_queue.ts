// Diary entries made while the server cannot be reached: kept on this device
// (localStorage, under the signed-in account's email, so they are only ever
// sent as the person who made them), shown as "waiting to sync", and sent
// when the connection returns (the `online` event, and at start).
//
// No entry is logged twice, however often a send is retried: each entry has
// an idempotency key from the moment it is first sent (the first try too),
// and the server logs one entry per key (Idempotency-Key, docs/openapi.yaml).
// So an entry whose first answer was lost (it reached the server, the reply
// did not reach the phone) is queued with its key, and sending it again only
// returns the entry the server already has.
import { ApiError, get, isOffline, postOnce } from './api';

export interface PendingEntry {
  key: string;
  date: string;
  body: Record<string, unknown> & { meal: string };
  // For showing it until it is synced.
  name: string;
  amount: string;
  kcal: number | null;
}

export interface SyncResult {
  sent: PendingEntry[];
  // Entries the server refused (a food no longer there, say), with its
  // message: they are dropped, and said.
  refused: { entry: PendingEntry; message: string }[];
}

let owner: string | null = null;

const storageKey = () => `platewise.pending:${owner}`;

// Whose entries are read and sent: the signed-in account (null: nobody).
export function setQueueOwner(email: string | null): void {
  owner = email;
}

export function pendingEntries(): PendingEntry[] {
  if (owner === null) return [];
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey()) ?? '[]');
    return Array.isArray(stored) ? stored : [];
  } catch {
    return [];
  }
}

function save(entries: PendingEntry[]): void {
  if (owner === null) return;
  if (entries.length) localStorage.setItem(storageKey(), JSON.stringify(entries));
  else localStorage.removeItem(storageKey());
}

// A new key for an entry about to be sent (random; getRandomValues works on
// plain-HTTP pages too, where crypto.randomUUID does not).
export function newEntryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

// Sends the entry with its key; when no answer comes (offline), keeps it to
// send later and resolves to false. Any answer from the server (an entry, or
// a refusal, which is thrown) resolves as api() does.
export async function logEntry(entry: PendingEntry): Promise<boolean> {
  try {
    await postOnce(`/diary/${entry.date}/entries`, entry.body, entry.key);
    keepRecentFoods();
    return true;
  } catch (e) {
    if (!isOffline(e) || owner === null) throw e;
    save([...pendingEntries(), entry]);
    return false;
  }
}

// The person's recent foods (as the picker asks for them) asked again after
// an entry is logged, in the background, so the copy kept for offline
// (kept_answers.ts) has the food just logged: offline it is one to pick.
function keepRecentFoods(): void {
  get('/diary/recent-foods?limit=100').catch(() => undefined);
}

// One sync at a time: a second call while one runs gets the same result.
let running: Promise<SyncResult> | null = null;

// Sends the queued entries, oldest first, each with its key; stops at the
// first that gets no answer (still offline) and keeps the rest.
export function syncPending(): Promise<SyncResult> {
  running ??= send().finally(() => { running = null; });
  return running;
}

async function send(): Promise<SyncResult> {
  const result: SyncResult = { sent: [], refused: [] };
  for (const entry of pendingEntries()) {
    try {
      await postOnce(`/diary/${entry.date}/entries`, entry.body, entry.key);
      result.sent.push(entry);
      keepRecentFoods();
    } catch (e) {
      // No answer, or signed out (401): kept, for the next try.
      if (isOffline(e) || (e instanceof ApiError && e.status === 401)) break;
      result.refused.push({ entry, message: (e as Error).message });
    }
    const done = entry.key;
    save(pendingEntries().filter((p) => p.key !== done));
  }
  return result;
}
