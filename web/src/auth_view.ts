// Sign up and log in. On success the server sets the session cookie and
// answers the CSRF token, which the API client sends with every change.
import { ApiError, post, setCsrfToken } from './api';
import { field, h } from './dom';
import type { Session } from './types';

export function renderAuth(onSignedIn: (email: string) => Promise<void>): HTMLElement {
  let mode: 'login' | 'signup' = 'signup';
  const email = h('input', { type: 'email', required: true, autocomplete: 'email' });
  const password = h('input', { type: 'password', required: true, minLength: 10, autocomplete: 'new-password' });
  const error = h('p', { role: 'alert', class: 'error' });
  const title = h('h1', {});
  const submit = h('button', { type: 'submit', class: 'primary' });
  const switcher = h('button', { type: 'button', class: 'link' });
  const passwordField = field('Password', password, 'At least 10 characters.');

  function show(): void {
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
    field('Email', email), passwordField, error, submit, switcher);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    try {
      const session = await post<Session>(mode === 'signup' ? '/signup' : '/login',
        { email: email.value.trim(), password: password.value });
      setCsrfToken(session.csrf_token);
      await onSignedIn(session.user.email);
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : `Could not reach the server: ${(e as Error).message}`;
    } finally {
      submit.disabled = false;
    }
  });
  show();
  return h('main', { class: 'narrow' },
    h('p', { class: 'brand big' }, 'Platewise'),
    title,
    h('p', {}, 'Track calories and nutrients, on your own server.'),
    form);
}
