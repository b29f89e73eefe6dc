// The part of the graph store that keeps accounts, sign-in sessions and personal API tokens. Secrets reach it only
// as hashes. Every change to an account is one transaction with its audit event, whose snapshots hold no hash.
import type { Account, AccountChange, Session, StoredAccount } from '../domain/accounts.ts';
import type { Actor } from './graph-store.ts';

/** Audited sign-in events; `targetId` names the account (or `account:(unknown)` for a name that does not exist). */
export interface AuthEvent {
  action: 'auth.sign-in' | 'auth.sign-in-failed' | 'auth.sign-out';
  targetId: string;
  actor: Actor;
  at: string;
  /** Context such as the client address; never a password, token or session id. */
  detail: Record<string, string>;
}

export interface AccountStore {
  countAccounts(): Promise<number>;
  getAccount(name: string): Promise<StoredAccount | null>;
  /** Every account, by name. */
  listAccounts(): Promise<Account[]>;
  /** ConflictError when the name is taken. Audited as `account.create`. */
  createAccount(account: StoredAccount, actor: Actor): Promise<Account>;
  /**
   * Applies the change (NotFoundError for an unknown name), audited as `action` with before and after (no hashes).
   * `endSessions` signs the account out everywhere in the same transaction.
   */
  updateAccount(name: string, change: AccountChange, options: { action: string; actor: Actor; endSessions: boolean }): Promise<Account>;
  accountByTokenHash(tokenHash: string): Promise<StoredAccount | null>;

  createSession(session: Session): Promise<void>;
  /** The session and its account, or null when there is no such session. */
  findSession(idHash: string): Promise<{ session: Session; account: StoredAccount } | null>;
  touchSession(idHash: string, lastSeenAt: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Removes sessions last seen before `before`; returns how many. */
  deleteIdleSessions(before: string): Promise<number>;

  recordAuthEvent(event: AuthEvent): Promise<void>;
}
