// Accounts, sessions and tokens on Neo4j: `(:Account {name, ...})` and `(:Session {idHash, accountName, ...})`, each
// found through a unique constraint or an index. Every change to an account is one transaction with its audit event.
import { accountTarget, publicAccount, type Account, type AccountChange, type Session, type StoredAccount } from '../../domain/accounts.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import type { AccountStore, AuthEvent } from '../../ports/account-store.ts';
import type { Actor } from '../../ports/graph-store.ts';
import { integer, type CypherRunner, type CypherTx, type Row } from './cypher-runner.ts';
import { ACCOUNT_KEYS, SESSION_KEYS, type PropsOf } from './records.ts';

/** Appends audit events inside the caller's transaction; the graph store owns their ordering. */
export type AuditWriter = (
  tx: CypherTx,
  events: { action: string; targetId: string; actor: Actor; before: unknown; after: unknown; at: string }[],
) => Promise<void>;

// An account manager lists every account; no team has more, and the bound keeps the read plan bounded.
const MAX_ACCOUNTS = 10_000;
// Sessions of one account, or idle ones, removed per statement; an account never holds this many.
const SESSION_BATCH = 10_000;

const text = (p: Row, key: string): string => String(p[key]);

function toStoredAccount(row: Row): StoredAccount {
  const p = row.account as Row;
  return {
    name: text(p, 'name'),
    role: text(p, 'role') as StoredAccount['role'],
    restrictedAccess: p.restrictedAccess === true,
    disabled: p.disabled === true,
    passwordHash: text(p, 'passwordHash'),
    tokenHash: typeof p.tokenHash === 'string' ? p.tokenHash : null,
    createdAt: text(p, 'createdAt'),
    updatedAt: text(p, 'updatedAt'),
    updatedBy: text(p, 'updatedBy'),
  };
}

function toSession(row: Row): Session {
  const p = row.session as Row;
  return { idHash: text(p, 'idHash'), accountName: text(p, 'accountName'), createdAt: text(p, 'createdAt'), lastSeenAt: text(p, 'lastSeenAt') };
}

/** Property maps hold no nulls: a token that is gone is a property removed (`SET a += {tokenHash: null}`). */
function accountProps(a: StoredAccount): PropsOf<typeof ACCOUNT_KEYS> {
  const { name, role, restrictedAccess, disabled, passwordHash, tokenHash, createdAt, updatedAt, updatedBy } = a;
  return { name, role, restrictedAccess, disabled, passwordHash, tokenHash, createdAt, updatedAt, updatedBy };
}

function sessionProps(s: Session): PropsOf<typeof SESSION_KEYS> {
  const { idHash, accountName, createdAt, lastSeenAt } = s;
  return { idHash, accountName, createdAt, lastSeenAt };
}

export class Neo4jAccountStore implements AccountStore {
  constructor(
    private readonly cypher: CypherRunner,
    private readonly audit: AuditWriter,
  ) {}

  private async load(tx: CypherTx, name: string): Promise<StoredAccount | null> {
    const rows = await tx.run('account/get-account', { name });
    return rows[0] ? toStoredAccount(rows[0]) : null;
  }

  async countAccounts(): Promise<number> {
    const rows = await this.cypher.read((tx) => tx.run('account/count-accounts'));
    return Number(rows[0]?.n ?? 0);
  }

  getAccount(name: string): Promise<StoredAccount | null> {
    return this.cypher.read((tx) => this.load(tx, name));
  }

  async listAccounts(): Promise<Account[]> {
    const rows = await this.cypher.read((tx) => tx.run('account/list-accounts', { first: integer(MAX_ACCOUNTS) }));
    return rows.map((r) => publicAccount(toStoredAccount(r)));
  }

  createAccount(account: StoredAccount, actor: Actor): Promise<Account> {
    return this.cypher.write(async (tx) => {
      if (await this.load(tx, account.name)) throw new ConflictError(`An account named ${account.name} already exists`);
      await tx.run('account/create-account', { props: accountProps(account) });
      const created = publicAccount(account);
      await this.audit(tx, [{ action: 'account.create', targetId: accountTarget(account.name), actor, before: null, after: created, at: account.createdAt }]);
      return created;
    });
  }

  updateAccount(name: string, change: AccountChange, options: { action: string; actor: Actor; endSessions: boolean }): Promise<Account> {
    return this.cypher.write(async (tx) => {
      const before = await this.load(tx, name);
      if (!before) throw new NotFoundError('Account', name, ['name']);
      const at = new Date().toISOString();
      const next: StoredAccount = { ...before, ...change, updatedAt: at, updatedBy: options.actor };
      await tx.run('account/set-account', { name, props: accountProps(next) });
      if (options.endSessions) await tx.run('session/delete-account-sessions', { accountName: name, batch: integer(SESSION_BATCH) });
      const after = publicAccount(next);
      await this.audit(tx, [{ action: options.action, targetId: accountTarget(name), actor: options.actor, before: publicAccount(before), after, at }]);
      return after;
    });
  }

  async accountByTokenHash(tokenHash: string): Promise<StoredAccount | null> {
    const rows = await this.cypher.read((tx) => tx.run('account/get-account-by-token', { tokenHash }));
    return rows[0] ? toStoredAccount(rows[0]) : null;
  }

  async createSession(session: Session): Promise<void> {
    await this.cypher.write((tx) => tx.run('session/create-session', { props: sessionProps(session) }));
  }

  async findSession(idHash: string): Promise<{ session: Session; account: StoredAccount } | null> {
    const rows = await this.cypher.read((tx) => tx.run('session/find-session', { idHash }));
    const row = rows[0];
    return row ? { session: toSession(row), account: toStoredAccount(row) } : null;
  }

  async touchSession(idHash: string, lastSeenAt: string): Promise<void> {
    await this.cypher.write((tx) => tx.run('session/touch-session', { idHash, lastSeenAt }));
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.cypher.write((tx) => tx.run('session/delete-session', { idHash }));
  }

  async deleteIdleSessions(before: string): Promise<number> {
    const rows = await this.cypher.write((tx) => tx.run('session/delete-idle-sessions', { before, batch: integer(SESSION_BATCH) }));
    return Number(rows[0]?.deleted ?? 0);
  }

  async recordAuthEvent(event: AuthEvent): Promise<void> {
    await this.cypher.write((tx) =>
      this.audit(tx, [{ action: event.action, targetId: event.targetId, actor: event.actor, before: null, after: event.detail, at: event.at }]),
    );
  }
}
