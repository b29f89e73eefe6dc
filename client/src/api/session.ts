// Who the page reads as: sign-in and sign-out against the server's /auth routes, the audience every request asks
// for ("Preview as public" sends `X-Actornet-Audience: public` on every read), and a signal when the server says the
// session is gone (401), so the page can show its sign-in form.

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';

export interface Me {
  name: string;
  role: Role;
  restrictedAccess: boolean;
}

const AUDIENCE_KEY = 'actornet.audience';
const listeners = new Set<() => void>();

/** Kept for the browser tab, so a reload (which refetches every read) stays in preview. Outside a browser (the API
 * calls run in Node in tests) there is no tab and no preview. */
export function previewingAsPublic(): boolean {
  return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(AUDIENCE_KEY) === 'public';
}

/** Switching the audience reloads the page, so nothing read under the other audience stays on screen or in memory. */
export function setPreviewAsPublic(on: boolean): void {
  if (on) window.sessionStorage.setItem(AUDIENCE_KEY, 'public');
  else window.sessionStorage.removeItem(AUDIENCE_KEY);
  window.location.reload();
}

/** Headers every request to the server carries. */
export function audienceHeaders(): Record<string, string> {
  return previewingAsPublic() ? { 'x-actornet-audience': 'public' } : {};
}

export function reportUnauthenticated(): void {
  for (const l of listeners) l();
}

export function onUnauthenticated(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class SignInError extends Error {
  override name = 'SignInError';
}

export async function signIn(username: string, password: string): Promise<Me> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json().catch(() => ({}))) as { account?: Me; errors?: { message: string }[] };
  if (!res.ok || !body.account) throw new SignInError(body.errors?.[0]?.message ?? `Sign-in failed (HTTP ${res.status})`);
  return body.account;
}

/** Ends the session on the server, then reloads so no data read while signed in stays in the page. */
export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  window.sessionStorage.removeItem(AUDIENCE_KEY);
  window.location.assign('/');
}
