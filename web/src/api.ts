// The HTTP API client: JSON in and out, the session's CSRF token on every
// change, errors as ApiError with the server's message (a 412 is an edit made
// against a version the resource no longer has: see patch's ifMatch; status
// 0 is no answer at all, as offline).

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public field?: string,
  ) {
    super(message);
  }
}

import { endsSession, forgetKept, isKept, keep, keptAnswer } from './kept_answers';

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export async function api<T = unknown>(method: string, path: string, body?: unknown,
  extra: Record<string, string> = {}, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    // No answer at all: status 0 (a write may still have reached the
    // server; see offline_queue.ts). Only when the browser is offline, a kept
    // answer instead (kept_answers.ts); a server that is down, or a request
    // that failed otherwise, is said, never covered with an old answer.
    const kept = !navigator.onLine && isKept(method, path) ? await keptAnswer(path).catch(() => undefined) : undefined;
    if (kept !== undefined) return kept as T;
    throw new ApiError(0, 'offline', 'the server could not be reached: you may be offline');
  }
  if (endsSession(method, path, res.status)) await forgetKept().catch(() => undefined);
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => null);
  if (res.ok && isKept(method, path)) keep(path, data).catch(() => undefined);
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'unknown', e.message ?? `HTTP ${res.status}`, e.field);
  }
  return data as T;
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, undefined, {}, signal);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
// A POST safe to send again: the server does what the first one with this
// key did, once (Idempotency-Key; docs/openapi.yaml, addEntry).
export const postOnce = <T>(path: string, body: unknown, key: string) =>
  api<T>('POST', path, body, { 'Idempotency-Key': key });
export const isOffline = (e: unknown) => e instanceof ApiError && e.status === 0;
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, body ?? {});
// With `ifMatch` (an ETag, e.g. `"17"`), the server applies the change only
// if the resource is still that version, else answers 412 and changes nothing.
export const patch = <T>(path: string, body: unknown, ifMatch?: string) =>
  api<T>('PATCH', path, body, ifMatch === undefined ? {} : { 'If-Match': ifMatch });
export const del = <T>(path: string) => api<T>('DELETE', path);

// POSTs `file` as the whole request body (not JSON: an import's file, which
// may be large), reporting the share sent (0 to 1) as it goes. fetch() tells
// nothing of an upload's progress, so this one is an XMLHttpRequest; its
// errors are ApiErrors as api()'s are.
export function upload<T>(path: string, file: Blob, onProgress: (sent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the file could not be sent: the server did not answer'));
    xhr.onload = () => {
      let data: { error?: { code?: string; message?: string; field?: string } } | null = null;
      try { data = JSON.parse(xhr.responseText); } catch { data = null; }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      const e = data?.error ?? {};
      reject(new ApiError(xhr.status, e.code ?? 'unknown', e.message ?? `HTTP ${xhr.status}`, e.field));
    };
    xhr.send(file);
  });
}
