// The AccountStore contract: accounts, sessions and tokens behave the same on every engine, and every account change
// is audited without any hash of a secret.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredAccount } from '../../server/src/domain/accounts.ts';
import { ConflictError, NotFoundError } from '../../server/src/domain/errors.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import type { OpenStore } from './context.ts';

const AT = '2026-01-01T00:00:00.000Z';

function stored(name: string, overrides: Partial<StoredAccount> = {}): StoredAccount {
  return {
    name,
    role: 'editor',
    restrictedAccess: false,
    disabled: false,
    passwordHash: `scrypt$hash-of-${name}`,
    tokenHash: null,
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'contract-test',
    ...overrides,
  };
}

export function describeAccountStoreContract(name: string, open: OpenStore): void {
  describe(`AccountStore contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await cleanup();
    });

    it('creates, reads and lists accounts, refusing a taken name', async () => {
      expect(await store.accounts.countAccounts()).toBe(0);
      const created = await store.accounts.createAccount(stored('bea', { role: 'admin', restrictedAccess: true }), 'op');
      expect(created).toEqual({ name: 'bea', role: 'admin', restrictedAccess: true, disabled: false, hasToken: false, createdAt: AT, updatedAt: AT });
      await store.accounts.createAccount(stored('al'), 'op');
      await expect(store.accounts.createAccount(stored('al'), 'op')).rejects.toBeInstanceOf(ConflictError);
      expect(await store.accounts.countAccounts()).toBe(2);
      expect((await store.accounts.listAccounts()).map((a) => a.name)).toEqual(['al', 'bea']);
      expect(await store.accounts.getAccount('bea')).toEqual(stored('bea', { role: 'admin', restrictedAccess: true }));
      expect(await store.accounts.getAccount('nobody')).toBeNull();
      // Accounts are not graph content: an empty graph with accounts still seeds on first start.
      expect(await store.isEmpty()).toBe(true);
    });

    it('updates an account, audits before and after without hashes, and refuses an unknown name', async () => {
      await store.accounts.createAccount(stored('al', { tokenHash: 'tok-hash-1' }), 'op');
      const updated = await store.accounts.updateAccount('al', { role: 'viewer', restrictedAccess: true, passwordHash: 'scrypt$new' }, { action: 'account.update', actor: 'admin-x', endSessions: false });
      expect(updated).toMatchObject({ name: 'al', role: 'viewer', restrictedAccess: true, hasToken: true });
      expect((await store.accounts.getAccount('al'))?.passwordHash).toBe('scrypt$new');
      expect((await store.accounts.getAccount('al'))?.updatedBy).toBe('admin-x');
      await expect(store.accounts.updateAccount('ghost', { role: 'admin' }, { action: 'account.update', actor: 'op', endSessions: false })).rejects.toBeInstanceOf(NotFoundError);

      const events = await store.history('account:al');
      expect(events.map((e) => [e.action, e.actor])).toEqual([
        ['account.create', 'op'],
        ['account.update', 'admin-x'],
      ]);
      expect(events[1]?.before).toMatchObject({ role: 'editor', restrictedAccess: false });
      expect(events[1]?.after).toMatchObject({ role: 'viewer', restrictedAccess: true });
      const text = JSON.stringify(events);
      expect(text).not.toContain('scrypt$');
      expect(text).not.toContain('tok-hash-1');
    });

    it('finds an account by the hash of its token, and no longer once the token is removed', async () => {
      await store.accounts.createAccount(stored('al', { tokenHash: 'tok-hash-1' }), 'op');
      expect((await store.accounts.accountByTokenHash('tok-hash-1'))?.name).toBe('al');
      expect(await store.accounts.accountByTokenHash('tok-hash-2')).toBeNull();
      await store.accounts.updateAccount('al', { tokenHash: null }, { action: 'account.revoke-token', actor: 'op', endSessions: false });
      expect(await store.accounts.accountByTokenHash('tok-hash-1')).toBeNull();
      expect((await store.accounts.getAccount('al'))?.tokenHash).toBeNull();
    });

    it('keeps sessions with their account, touches, deletes and prunes them', async () => {
      await store.accounts.createAccount(stored('al'), 'op');
      await store.accounts.createAccount(stored('bea'), 'op');
      await store.accounts.createSession({ idHash: 's1', accountName: 'al', createdAt: AT, lastSeenAt: AT });
      await store.accounts.createSession({ idHash: 's2', accountName: 'al', createdAt: AT, lastSeenAt: '2026-01-02T00:00:00.000Z' });
      await store.accounts.createSession({ idHash: 's3', accountName: 'bea', createdAt: AT, lastSeenAt: '2026-01-03T00:00:00.000Z' });
      const found = await store.accounts.findSession('s1');
      expect(found?.session).toEqual({ idHash: 's1', accountName: 'al', createdAt: AT, lastSeenAt: AT });
      expect(found?.account.name).toBe('al');
      expect(await store.accounts.findSession('nope')).toBeNull();

      await store.accounts.touchSession('s1', '2026-01-05T00:00:00.000Z');
      expect((await store.accounts.findSession('s1'))?.session.lastSeenAt).toBe('2026-01-05T00:00:00.000Z');
      expect(await store.accounts.deleteIdleSessions('2026-01-02T12:00:00.000Z')).toBe(1);
      expect(await store.accounts.findSession('s2')).toBeNull();
      await store.accounts.deleteSession('s1');
      expect(await store.accounts.findSession('s1')).toBeNull();
      expect(await store.accounts.findSession('s3')).not.toBeNull();
    });

    it('ends every session of an account in the same change that disables it', async () => {
      await store.accounts.createAccount(stored('al'), 'op');
      await store.accounts.createAccount(stored('bea'), 'op');
      await store.accounts.createSession({ idHash: 's1', accountName: 'al', createdAt: AT, lastSeenAt: AT });
      await store.accounts.createSession({ idHash: 's2', accountName: 'al', createdAt: AT, lastSeenAt: AT });
      await store.accounts.createSession({ idHash: 's3', accountName: 'bea', createdAt: AT, lastSeenAt: AT });
      await store.accounts.updateAccount('al', { disabled: true }, { action: 'account.update', actor: 'op', endSessions: true });
      expect(await store.accounts.findSession('s1')).toBeNull();
      expect(await store.accounts.findSession('s2')).toBeNull();
      expect(await store.accounts.findSession('s3')).not.toBeNull();
      expect((await store.accounts.getAccount('al'))?.disabled).toBe(true);
    });

    it('audits sign-in events with their detail and nothing else', async () => {
      await store.accounts.recordAuthEvent({ action: 'auth.sign-in-failed', targetId: 'account:al', actor: 'al', at: AT, detail: { address: '127.0.0.1' } });
      const [event] = await store.history('account:al');
      expect(event).toMatchObject({ action: 'auth.sign-in-failed', actor: 'al', at: AT, targetId: 'account:al', before: null, after: { address: '127.0.0.1' } });
    });
  });
}
