// The one place that says who may do what. A viewer reads; an editor also writes content; an admin also manages
// accounts. Restricted material is a separate grant: only an account with restricted access sees restricted records
// in full, changes them or lifts a restriction; any editor may restrict a record.
import type { Role } from './accounts.ts';
import { ForbiddenError } from './errors.ts';
import type { Viewer } from './visibility.ts';

export type Right = 'write' | 'manage-accounts' | 'restricted-access';

const ROLE_RIGHTS: Record<Role, readonly Right[]> = {
  viewer: [],
  editor: ['write'],
  admin: ['write', 'manage-accounts'],
};

const RIGHT_NAMES: Record<Right, string> = {
  write: 'the editor role',
  'manage-accounts': 'the admin role',
  'restricted-access': 'restricted access',
};

export function hasRight(viewer: Viewer, right: Right): boolean {
  return right === 'restricted-access' ? viewer.canSeeRestricted : ROLE_RIGHTS[viewer.role].includes(right);
}

/** Refuses with FORBIDDEN naming the missing right, before anything is written. */
export function requireRight(viewer: Viewer, right: Right, doing: string): void {
  if (!hasRight(viewer, right)) throw new ForbiddenError(right, `${doing} needs ${RIGHT_NAMES[right]}`);
}

/** Changing content: the write right, plus restricted access when any record it touches is restricted. */
export function requireContentWrite(viewer: Viewer, doing: string, touched: readonly { sensitivity: string }[]): void {
  requireRight(viewer, 'write', doing);
  if (touched.some((r) => r.sensitivity === 'restricted')) requireRight(viewer, 'restricted-access', `${doing} on a restricted record`);
}
