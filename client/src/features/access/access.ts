// What the signed-in account may do in the page, from `me` (null in local mode: the local user may do everything).
// The server decides every right; the page only hides the controls an account could not use.
import { createContext, useContext } from 'react';
import type { Me } from '../../api/session.ts';

export interface Access {
  /** The signed-in account, or null in local mode. */
  me: Me | null;
  mayWrite: boolean;
  mayManageAccounts: boolean;
  /** Whether this account may see restricted records at all (and so may preview as public). */
  hasRestrictedAccess: boolean;
  /** Reading as a viewer without restricted access right now. */
  previewing: boolean;
}

export function accessOf(me: Me | null, previewing: boolean): Access {
  const role = me?.role ?? 'ADMIN';
  const hasRestrictedAccess = me ? me.restrictedAccess : true;
  return { me, mayWrite: role !== 'VIEWER', mayManageAccounts: role === 'ADMIN', hasRestrictedAccess, previewing };
}

/** Whether the account may change a record shown as it is: restricted ones need restricted access, and no preview. */
export function mayChange(access: Access, records: ({ sensitivity: string; redacted?: boolean } | undefined)[]): boolean {
  if (!access.mayWrite) return false;
  const touchesRestricted = records.some((r) => !r || r.redacted || r.sensitivity === 'RESTRICTED');
  return !touchesRestricted || (access.hasRestrictedAccess && !access.previewing);
}

export const AccessContext = createContext<Access>(accessOf(null, false));

export function useAccess(): Access {
  return useContext(AccessContext);
}
