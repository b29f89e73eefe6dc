import { describe, expect, it } from 'vitest';
import { accessOf, mayChange } from './access.ts';

describe('access in the page', () => {
  it('gives the local user every control', () => {
    expect(accessOf(null, false)).toMatchObject({ mayWrite: true, mayManageAccounts: true, hasRestrictedAccess: true });
  });

  it('follows the role and the restricted-access grant', () => {
    const viewer = accessOf({ name: 'v', role: 'VIEWER', restrictedAccess: false }, false);
    expect(viewer).toMatchObject({ mayWrite: false, mayManageAccounts: false, hasRestrictedAccess: false });
    const editor = accessOf({ name: 'e', role: 'EDITOR', restrictedAccess: false }, false);
    expect(mayChange(editor, [{ sensitivity: 'PUBLIC' }])).toBe(true);
    expect(mayChange(editor, [{ sensitivity: 'PUBLIC' }, { sensitivity: 'RESTRICTED', redacted: true }])).toBe(false);
    expect(mayChange(viewer, [{ sensitivity: 'PUBLIC' }])).toBe(false);
    const trusted = accessOf({ name: 't', role: 'EDITOR', restrictedAccess: true }, false);
    expect(mayChange(trusted, [{ sensitivity: 'RESTRICTED' }])).toBe(true);
    expect(mayChange(accessOf(trusted.me, true), [{ sensitivity: 'RESTRICTED', redacted: true }])).toBe(false);
    // A record not in the page yet may be restricted: only an account that could change it anyway gets the control.
    expect(mayChange(editor, [undefined])).toBe(false);
    expect(mayChange(trusted, [undefined])).toBe(true);
  });
});
