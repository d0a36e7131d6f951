// Sign up and log in. On success the server sets the session cookie and
// answers the CSRF token, which the API client sends with every change.
import { ApiError, get, post, setCsrfToken } from './api';
import { field, h } from './dom';
import type { Session } from './types';

// The server's sign-up policy (serve --signup): "invite" adds the invite code
// field, "closed" leaves only logging in.
type SignupPolicy = 'open' | 'invite' | 'closed';

export function renderAuth(onSignedIn: (email: string) => Promise<void>): HTMLElement {
  let mode: 'login' | 'signup' = 'signup';
  let policy: SignupPolicy = 'open';
  const invite = h('input', { type: 'text', autocomplete: 'off', spellcheck: false });
  const inviteField = field('Invite code', invite, 'From the administrator of this server.');
  const closedNote = h('p', { class: 'note' }, 'Sign-up is closed on this server: ask its administrator for an account.');
  const email = h('input', { type: 'email', required: true, autocomplete: 'email' });
  const password = h('input', { type: 'password', required: true, minLength: 10, autocomplete: 'new-password' });
  const error = h('p', { role: 'alert', class: 'error' });
  const title = h('h1', {});
  const submit = h('button', { type: 'submit', class: 'primary' });
  const switcher = h('button', { type: 'button', class: 'link' });
  const passwordField = field('Password', password, 'At least 10 characters.');

  function show(): void {
    if (policy === 'closed') mode = 'login';
    inviteField.hidden = !(mode === 'signup' && policy === 'invite');
    invite.required = !inviteField.hidden;
    closedNote.hidden = policy !== 'closed';
    switcher.hidden = policy === 'closed';
    title.textContent = mode === 'signup' ? 'Create your Platewise account' : 'Log in to Platewise';
    submit.textContent = mode === 'signup' ? 'Sign up' : 'Log in';
    switcher.textContent = mode === 'signup' ? 'I already have an account: log in' : 'New here? Create an account';
    password.autocomplete = mode === 'signup' ? 'new-password' : 'current-password';
    error.textContent = '';
  }
  switcher.addEventListener('click', () => {
    mode = mode === 'signup' ? 'login' : 'signup';
    show();
  });

  const form = h('form', { class: 'card' },
    field('Email', email), passwordField, inviteField, error, submit, switcher, closedNote);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    try {
      const body: Record<string, string> = { email: email.value.trim(), password: password.value };
      if (mode === 'signup' && policy === 'invite') body.invite = invite.value.trim();
      const session = await post<Session>(mode === 'signup' ? '/signup' : '/login', body);
      setCsrfToken(session.csrf_token);
      await onSignedIn(session.user.email);
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : `Could not reach the server: ${(e as Error).message}`;
    } finally {
      submit.disabled = false;
    }
  });
  show();
  // When the policy cannot be read the form stays as for an open server;
  // the server refuses what its policy does not allow, and says why.
  get<{ signup: SignupPolicy }>('/signup-policy').then((p) => {
    policy = p.signup;
    show();
  }).catch(() => undefined);
  return h('main', { class: 'narrow' },
    h('p', { class: 'brand big' }, 'Platewise'),
    title,
    h('p', {}, 'Track calories and nutrients, on your own server.'),
    form);
}
