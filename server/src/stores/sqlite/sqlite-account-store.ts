// Accounts, sessions and tokens in the embedded store's SQLite file. Every change to an account is one immediate
// transaction with its audit event.
import type { Database, Statement } from 'better-sqlite3';
import { accountTarget, publicAccount, type Account, type AccountChange, type Session, type StoredAccount } from '../../domain/accounts.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { newAuditId } from '../../domain/ids.ts';
import type { AccountStore, AuthEvent } from '../../ports/account-store.ts';
import type { Actor } from '../../ports/graph-store.ts';
import { toDomainError } from './driver-errors.ts';
import { auditParams } from './rows.ts';

interface AccountRow {
  name: string;
  role: StoredAccount['role'];
  restricted_access: number;
  disabled: number;
  password_hash: string;
  token_hash: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

interface SessionRow {
  id_hash: string;
  account_name: string;
  created_at: string;
  last_seen_at: string;
}

const toAccount = (r: AccountRow): StoredAccount => ({
  name: r.name,
  role: r.role,
  restrictedAccess: r.restricted_access === 1,
  disabled: r.disabled === 1,
  passwordHash: r.password_hash,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

const accountParams = (a: StoredAccount) => ({
  name: a.name,
  role: a.role,
  restrictedAccess: a.restrictedAccess ? 1 : 0,
  disabled: a.disabled ? 1 : 0,
  passwordHash: a.passwordHash,
  tokenHash: a.tokenHash,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  updatedBy: a.updatedBy,
});

const toSession = (r: SessionRow): Session => ({ idHash: r.id_hash, accountName: r.account_name, createdAt: r.created_at, lastSeenAt: r.last_seen_at });

export class SqliteAccountStore implements AccountStore {
  private readonly st: Record<
    | 'count'
    | 'byName'
    | 'byToken'
    | 'list'
    | 'insert'
    | 'update'
    | 'insertSession'
    | 'sessionWithAccount'
    | 'touchSession'
    | 'deleteSession'
    | 'deleteSessionsOf'
    | 'deleteIdle'
    | 'insertAudit',
    Statement
  >;

  constructor(private readonly db: Database) {
    const columns = 'name, role, restricted_access, disabled, password_hash, token_hash, created_at, updated_at, updated_by';
    this.st = {
      count: db.prepare('SELECT count(*) AS n FROM accounts'),
      byName: db.prepare(`SELECT ${columns} FROM accounts WHERE name = ?`),
      byToken: db.prepare(`SELECT ${columns} FROM accounts WHERE token_hash = ?`),
      list: db.prepare(`SELECT ${columns} FROM accounts ORDER BY name`),
      insert: db.prepare(`INSERT INTO accounts (${columns})
        VALUES (@name, @role, @restrictedAccess, @disabled, @passwordHash, @tokenHash, @createdAt, @updatedAt, @updatedBy)`),
      update: db.prepare(`UPDATE accounts SET role = @role, restricted_access = @restrictedAccess, disabled = @disabled,
        password_hash = @passwordHash, token_hash = @tokenHash, updated_at = @updatedAt, updated_by = @updatedBy WHERE name = @name`),
      insertSession: db.prepare(`INSERT INTO sessions (id_hash, account_name, created_at, last_seen_at)
        VALUES (@idHash, @accountName, @createdAt, @lastSeenAt)`),
      sessionWithAccount: db.prepare(`SELECT s.id_hash, s.account_name, s.created_at AS session_created_at, s.last_seen_at,
        ${columns.split(', ').map((c) => `a.${c}`).join(', ')}
        FROM sessions s JOIN accounts a ON a.name = s.account_name WHERE s.id_hash = ?`),
      touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?'),
      deleteSession: db.prepare('DELETE FROM sessions WHERE id_hash = ?'),
      deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE account_name = ?'),
      deleteIdle: db.prepare('DELETE FROM sessions WHERE last_seen_at < ?'),
      insertAudit: db.prepare(`INSERT INTO audit_events (id, at, actor, action, target_id, before_json, after_json)
        VALUES (@id, @at, @actor, @action, @targetId, @before, @after)`),
    };
  }

  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(toDomainError(error));
    }
  }

  private write<T>(fn: () => T): Promise<T> {
    return this.guard(() => this.db.transaction(fn).immediate());
  }

  private audit(action: string, targetId: string, actor: Actor, before: unknown, after: unknown, at: string): void {
    this.st.insertAudit.run(auditParams({ id: newAuditId(), at, actor, action, targetId, before, after }));
  }

  private load(name: string): StoredAccount | null {
    const row = this.st.byName.get(name) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  countAccounts(): Promise<number> {
    return this.guard(() => (this.st.count.get() as { n: number }).n);
  }

  getAccount(name: string): Promise<StoredAccount | null> {
    return this.guard(() => this.load(name));
  }

  listAccounts(): Promise<Account[]> {
    return this.guard(() => (this.st.list.all() as AccountRow[]).map((r) => publicAccount(toAccount(r))));
  }

  createAccount(account: StoredAccount, actor: Actor): Promise<Account> {
    return this.write(() => {
      if (this.load(account.name)) throw new ConflictError(`An account named ${account.name} already exists`);
      this.st.insert.run(accountParams(account));
      const created = publicAccount(account);
      this.audit('account.create', accountTarget(account.name), actor, null, created, account.createdAt);
      return created;
    });
  }

  updateAccount(name: string, change: AccountChange, options: { action: string; actor: Actor; endSessions: boolean }): Promise<Account> {
    return this.write(() => {
      const before = this.load(name);
      if (!before) throw new NotFoundError('Account', name, ['name']);
      const at = new Date().toISOString();
      const next: StoredAccount = { ...before, ...change, updatedAt: at, updatedBy: options.actor };
      this.st.update.run(accountParams(next));
      if (options.endSessions) this.st.deleteSessionsOf.run(name);
      const after = publicAccount(next);
      this.audit(options.action, accountTarget(name), options.actor, publicAccount(before), after, at);
      return after;
    });
  }

  accountByTokenHash(tokenHash: string): Promise<StoredAccount | null> {
    return this.guard(() => {
      const row = this.st.byToken.get(tokenHash) as AccountRow | undefined;
      return row ? toAccount(row) : null;
    });
  }

  createSession(session: Session): Promise<void> {
    return this.write(() => {
      this.st.insertSession.run(session);
    });
  }

  findSession(idHash: string): Promise<{ session: Session; account: StoredAccount } | null> {
    return this.guard(() => {
      const row = this.st.sessionWithAccount.get(idHash) as (SessionRow & AccountRow & { session_created_at: string }) | undefined;
      if (!row) return null;
      return { session: toSession({ ...row, created_at: row.session_created_at }), account: toAccount(row) };
    });
  }

  touchSession(idHash: string, lastSeenAt: string): Promise<void> {
    return this.guard(() => {
      this.st.touchSession.run(lastSeenAt, idHash);
    });
  }

  deleteSession(idHash: string): Promise<void> {
    return this.guard(() => {
      this.st.deleteSession.run(idHash);
    });
  }

  deleteIdleSessions(before: string): Promise<number> {
    return this.guard(() => this.st.deleteIdle.run(before).changes);
  }

  recordAuthEvent(event: AuthEvent): Promise<void> {
    return this.write(() => {
      this.audit(event.action, event.targetId, event.actor, null, event.detail, event.at);
    });
  }
}
