// Account management for admins: add accounts, change role, grant or revoke restricted access, disable, issue or
// revoke a personal API token (shown once).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Role } from '../../api/session.ts';
import { useAccess } from './access.ts';
import { createAccount, fetchAccounts, issueToken, revokeToken, setAccountPassword, updateAccount, type ApiAccount } from './account-queries.ts';

const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

export function AccountsPanel({ onClose }: { onClose: () => void }) {
  const access = useAccess();
  const [accounts, setAccounts] = useState<ApiAccount[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState<{ name: string; token: string } | null>(null);
  const [newPassword, setNewPassword] = useState<{ name: string; password: string } | null>(null);
  const [draft, setDraft] = useState({ name: '', role: 'VIEWER' as Role, restrictedAccess: false, password: '' });

  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      setAccounts(await fetchAccounts());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void run(async () => undefined);
  }, [run]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await createAccount({ ...draft, name: draft.name.trim() });
      setDraft({ name: '', role: 'VIEWER', restrictedAccess: false, password: '' });
    });
  };

  return (
    <div className="modal-backdrop" role="dialog" aria-label="Accounts" data-testid="accounts-panel">
      <div className="modal">
        <button type="button" className="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
        <h2>Accounts</h2>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {token && (
          <p className="token-once" data-testid="issued-token">
            New API token for {token.name} (copy it now; it is not shown again): <code>{token.token}</code>
          </p>
        )}
        <table className="accounts">
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Restricted access</th>
              <th>Token</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.name} className={a.disabled ? 'disabled' : undefined} data-testid={`account-${a.name}`}>
                <td>{a.name}</td>
                <td>
                  <select value={a.role} disabled={a.disabled} onChange={(e) => void run(() => updateAccount(a.name, { role: e.target.value as Role }))}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r.toLowerCase()}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={a.restrictedAccess}
                    // Only an account that has restricted access may grant it; the server refuses the rest.
                    disabled={a.disabled || (!a.restrictedAccess && !access.hasRestrictedAccess)}
                    onChange={(e) => void run(() => updateAccount(a.name, { restrictedAccess: e.target.checked }))}
                  />
                </td>
                <td>
                  {a.hasToken ? (
                    <button type="button" onClick={() => void run(() => revokeToken(a.name))}>
                      Revoke
                    </button>
                  ) : (
                    <button type="button" disabled={a.disabled} onClick={() => void run(async () => setToken({ name: a.name, token: await issueToken(a.name) }))}>
                      Issue
                    </button>
                  )}
                </td>
                <td className="row-actions">
                  {newPassword?.name === a.name ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        void run(() => setAccountPassword(a.name, newPassword.password)).then(() => setNewPassword(null));
                      }}
                    >
                      <input
                        type="password"
                        aria-label={`New password for ${a.name}`}
                        autoComplete="new-password"
                        minLength={12}
                        required
                        value={newPassword.password}
                        onChange={(e) => setNewPassword({ name: a.name, password: e.target.value })}
                      />
                      <button type="submit">Set</button>
                    </form>
                  ) : (
                    <button type="button" onClick={() => setNewPassword({ name: a.name, password: '' })}>
                      Password…
                    </button>
                  )}
                  <button type="button" onClick={() => void run(() => updateAccount(a.name, { disabled: !a.disabled }))}>
                    {a.disabled ? 'Enable' : 'Disable'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="add-account" onSubmit={add}>
          <h3>Add an account</h3>
          <input placeholder="name" aria-label="Account name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required />
          <select aria-label="Role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r.toLowerCase()}
              </option>
            ))}
          </select>
          {access.hasRestrictedAccess && (
            <label>
              <input type="checkbox" checked={draft.restrictedAccess} onChange={(e) => setDraft({ ...draft, restrictedAccess: e.target.checked })} />
              restricted access
            </label>
          )}
          <input
            type="password"
            placeholder="password (12+ characters)"
            aria-label="Password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => setDraft({ ...draft, password: e.target.value })}
            required
            minLength={12}
          />
          <button type="submit" className="primary">
            Add
          </button>
        </form>
      </div>
    </div>
  );
}
