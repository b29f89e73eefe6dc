// Accounts, sign-in and the viewer of a team-mode request. Management is for admins (rights.ts); the command line
// acts as OPERATOR. Secrets are hashed before they reach the store and are never logged or audited.
import type { AccountStore } from '../ports/account-store.ts';
import {
  accountInputSchema,
  accountNameSchema,
  accountPatchSchema,
  accountTarget,
  passwordSchema,
  publicAccount,
  type Account,
  type AccountChange,
  type StoredAccount,
} from './accounts.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { requireRight } from './rights.ts';
import { decoyPasswordHash, hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.ts';
import { parseInput } from './validate.ts';
import type { Viewer } from './visibility.ts';

/** Whoever runs `npm run users` on the server: the operator of the install, with every right. */
export const OPERATOR: Viewer = { id: 'command-line', role: 'admin', canSeeRestricted: true, account: null };

export const DEFAULT_SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
// A session's last-seen time is written at most this often, so reads do not each cost a write.
const TOUCH_EVERY_MS = 60 * 1000;

export function viewerOf(account: StoredAccount): Viewer {
  const { name, role, restrictedAccess } = account;
  return { id: name, role, canSeeRestricted: restrictedAccess, account: { name, role, restrictedAccess } };
}

export interface SignedIn {
  /** The session id for the cookie; only its hash is stored. */
  sessionId: string;
  account: Account;
}

export class AccountService {
  constructor(
    private readonly store: AccountStore,
    private readonly sessionIdleMs: number = DEFAULT_SESSION_IDLE_MS,
  ) {}

  hasAccounts(): Promise<boolean> {
    return this.store.countAccounts().then((n) => n > 0);
  }

  // ---- sign-in -----------------------------------------------------------------------------------------------------

  /**
   * A session for valid credentials of an enabled account, or null: the caller answers every null the same way, so
   * it never says which part was wrong. An unknown name is checked against a decoy hash to take as long.
   */
  async signIn(username: unknown, password: unknown, detail: Record<string, string>): Promise<SignedIn | null> {
    const name = typeof username === 'string' ? username : '';
    const secret = typeof password === 'string' ? password : '';
    const found = accountNameSchema.safeParse(name).success ? await this.store.getAccount(name) : null;
    const matches = await verifyPassword(secret, found?.passwordHash ?? (await decoyPasswordHash()));
    const at = new Date().toISOString();
    if (!found || !matches || found.disabled) {
      // The name is recorded only when the account exists: a mistyped name may be someone's password.
      const targetId = accountTarget(found ? found.name : '(unknown)');
      await this.store.recordAuthEvent({ action: 'auth.sign-in-failed', targetId, actor: found?.name ?? '(unknown)', at, detail });
      return null;
    }
    const sessionId = newSecret('ses');
    await this.store.createSession({ idHash: hashSecret(sessionId), accountName: found.name, createdAt: at, lastSeenAt: at });
    await this.store.recordAuthEvent({ action: 'auth.sign-in', targetId: accountTarget(found.name), actor: found.name, at, detail });
    return { sessionId, account: publicAccount(found) };
  }

  /** The viewer of a live session, or null when it is unknown, idle past SESSION_IDLE, or its account is disabled. */
  async viewerForSession(sessionId: string, now = Date.now()): Promise<Viewer | null> {
    const idHash = hashSecret(sessionId);
    const found = await this.store.findSession(idHash);
    if (!found) return null;
    const lastSeen = Date.parse(found.session.lastSeenAt);
    if (now - lastSeen > this.sessionIdleMs || found.account.disabled) {
      await this.store.deleteSession(idHash);
      return null;
    }
    if (now - lastSeen > TOUCH_EVERY_MS) await this.store.touchSession(idHash, new Date(now).toISOString());
    return viewerOf(found.account);
  }

  async viewerForToken(token: string): Promise<Viewer | null> {
    const account = await this.store.accountByTokenHash(hashSecret(token));
    return account && !account.disabled ? viewerOf(account) : null;
  }

  async signOut(sessionId: string, detail: Record<string, string>): Promise<void> {
    const idHash = hashSecret(sessionId);
    const found = await this.store.findSession(idHash);
    await this.store.deleteSession(idHash);
    if (found) {
      const name = found.account.name;
      await this.store.recordAuthEvent({ action: 'auth.sign-out', targetId: accountTarget(name), actor: name, at: new Date().toISOString(), detail });
    }
  }

  /** Removes sessions idle past SESSION_IDLE. */
  pruneSessions(now = Date.now()): Promise<number> {
    return this.store.deleteIdleSessions(new Date(now - this.sessionIdleMs).toISOString());
  }

  // ---- management --------------------------------------------------------------------------------------------------

  async list(viewer: Viewer): Promise<Account[]> {
    requireRight(viewer, 'manage-accounts', 'Listing accounts');
    return this.store.listAccounts();
  }

  async create(viewer: Viewer, input: unknown): Promise<Account> {
    requireRight(viewer, 'manage-accounts', 'Creating an account');
    const data = parseInput(accountInputSchema, input, ['input']);
    // Nobody hands out more than they hold: restricted access is granted only by an account that has it.
    if (data.restrictedAccess) requireRight(viewer, 'restricted-access', 'Granting restricted access');
    const at = new Date().toISOString();
    return this.store.createAccount(
      {
        name: data.name,
        role: data.role,
        restrictedAccess: data.restrictedAccess,
        disabled: false,
        passwordHash: await hashPassword(data.password),
        tokenHash: null,
        createdAt: at,
        updatedAt: at,
        updatedBy: viewer.id,
      },
      viewer.id,
    );
  }

  async update(viewer: Viewer, name: unknown, patch: unknown): Promise<Account> {
    requireRight(viewer, 'manage-accounts', 'Changing an account');
    const target = parseInput(accountNameSchema, name, ['name']);
    const change = parseInput(accountPatchSchema, patch, ['input']);
    if (change.restrictedAccess === true) requireRight(viewer, 'restricted-access', 'Granting restricted access');
    const before = await this.require(target);
    await this.keepAnAdmin(before, change);
    return this.store.updateAccount(target, change, { action: 'account.update', actor: viewer.id, endSessions: change.disabled === true });
  }

  /** Sets a new password and signs the account out everywhere. */
  async setPassword(viewer: Viewer, name: unknown, password: unknown): Promise<Account> {
    requireRight(viewer, 'manage-accounts', 'Setting a password');
    const target = parseInput(accountNameSchema, name, ['name']);
    const secret = parseInput(passwordSchema, password, ['password']);
    await this.require(target);
    return this.store.updateAccount(target, { passwordHash: await hashPassword(secret) }, { action: 'account.password', actor: viewer.id, endSessions: true });
  }

  /** A new personal API token, replacing any earlier one. The token is returned once and never stored. */
  async issueToken(viewer: Viewer, name: unknown): Promise<{ account: Account; token: string }> {
    requireRight(viewer, 'manage-accounts', 'Issuing a token');
    const target = parseInput(accountNameSchema, name, ['name']);
    await this.require(target);
    const token = newSecret('tok');
    const account = await this.store.updateAccount(target, { tokenHash: hashSecret(token) }, { action: 'account.token', actor: viewer.id, endSessions: false });
    return { account, token };
  }

  async revokeToken(viewer: Viewer, name: unknown): Promise<Account> {
    requireRight(viewer, 'manage-accounts', 'Revoking a token');
    const target = parseInput(accountNameSchema, name, ['name']);
    await this.require(target);
    return this.store.updateAccount(target, { tokenHash: null }, { action: 'account.revoke-token', actor: viewer.id, endSessions: false });
  }

  private async require(name: string): Promise<StoredAccount> {
    const found = await this.store.getAccount(name);
    if (!found) throw new NotFoundError('Account', name, ['name']);
    return found;
  }

  /** A team must keep one enabled admin, or nobody could manage accounts from the client again. */
  private async keepAnAdmin(before: StoredAccount, change: AccountChange): Promise<void> {
    const stopsBeingAdmin = before.role === 'admin' && !before.disabled && ((change.role && change.role !== 'admin') || change.disabled === true);
    if (!stopsBeingAdmin) return;
    const admins = (await this.store.listAccounts()).filter((a) => a.role === 'admin' && !a.disabled);
    if (admins.length <= 1) throw new ConflictError(`${before.name} is the last enabled admin; make another admin first`);
  }
}
