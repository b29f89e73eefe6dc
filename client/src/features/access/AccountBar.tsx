// The header's account controls: who is signed in, sign-out, "Preview as public" for accounts with restricted
// access, and account management for admins.
import { useState } from 'react';
import { setPreviewAsPublic, signOut } from '../../api/session.ts';
import { useAccess } from './access.ts';
import { AccountsPanel } from './AccountsPanel.tsx';

export function AccountBar() {
  const access = useAccess();
  const [managing, setManaging] = useState(false);
  return (
    <div className="account-bar">
      {access.hasRestrictedAccess && (
        <label className="preview-toggle" title="Show every read as a viewer without restricted access would get it">
          <input type="checkbox" data-testid="preview-public" checked={access.previewing} onChange={(e) => setPreviewAsPublic(e.target.checked)} />
          Preview as public
        </label>
      )}
      {access.me && access.mayManageAccounts && (
        <button type="button" data-testid="manage-accounts" onClick={() => setManaging(true)}>
          Accounts
        </button>
      )}
      {access.me && (
        <>
          <span className="signed-in" data-testid="signed-in-as">
            {access.me.name} · {access.me.role.toLowerCase()}
            {access.me.restrictedAccess ? ' · restricted access' : ''}
          </span>
          <button type="button" data-testid="sign-out" onClick={() => void signOut()}>
            Sign out
          </button>
        </>
      )}
      {managing && <AccountsPanel onClose={() => setManaging(false)} />}
    </div>
  );
}

/** Shown across the page while previewing, so nobody mistakes the redacted view for the full one. */
export function PreviewBanner() {
  const access = useAccess();
  if (!access.previewing) return null;
  return (
    <div className="preview-banner" role="status" data-testid="preview-banner">
      Previewing as public: restricted people and sources are redacted, as a viewer without restricted access sees them.
      <button type="button" onClick={() => setPreviewAsPublic(false)}>
        Stop preview
      </button>
    </div>
  );
}
