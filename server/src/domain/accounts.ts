// Accounts of a team server: who may sign in, with which role, and whether they may see people at risk. Passwords
// and tokens never appear here in clear; the store keeps only their hashes (see secrets.ts).
import { z } from 'zod';
import { hygienic } from './text-hygiene.ts';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What anyone allowed to manage accounts may read about one. */
export interface Account {
  name: string;
  role: Role;
  restrictedAccess: boolean;
  disabled: boolean;
  hasToken: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What the API says about an account: `me` knows only the first three; account managers get all of it. */
export type AccountView = Pick<Account, 'name' | 'role' | 'restrictedAccess'> & Partial<Pick<Account, 'disabled' | 'hasToken'>>;

/** An account as the store keeps it: with the hash of its password and of its personal API token. */
export interface StoredAccount extends Omit<Account, 'hasToken'> {
  passwordHash: string;
  tokenHash: string | null;
  updatedBy: string;
}

/** A sign-in session; its id reaches the browser only in the cookie and is stored only as a hash. */
export interface Session {
  idHash: string;
  accountName: string;
  createdAt: string;
  lastSeenAt: string;
}

/** What changes about an account; secrets arrive already hashed. */
export interface AccountChange {
  role?: Role;
  restrictedAccess?: boolean;
  disabled?: boolean;
  passwordHash?: string;
  tokenHash?: string | null;
}

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

export const accountNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "-" or "_", starting with a letter or digit');

// A lone surrogate would be hashed as U+FFFD, so two different passwords would be the same one; a control character
// cannot be typed back at a sign-in form.
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`)
  .superRefine(hygienic('line'));

export const roleSchema = z.enum(ROLES);

export const accountInputSchema = z.object({
  name: accountNameSchema,
  role: roleSchema,
  restrictedAccess: z.boolean().default(false),
  password: passwordSchema,
});
export type AccountInput = z.infer<typeof accountInputSchema>;

export const accountPatchSchema = z
  .object({ role: roleSchema.optional(), restrictedAccess: z.boolean().optional(), disabled: z.boolean().optional() })
  .strict();
export type AccountPatch = z.infer<typeof accountPatchSchema>;

/** Audit target of an account's events: never confused with a graph id, which cannot contain ":". */
export const accountTarget = (name: string) => `account:${name}`;

/** The audit actions about accounts and sign-ins: only account managers read them. */
export const isAccountAction = (action: string) => action.startsWith('account.') || action.startsWith('auth.');

/** What an account manager sees and what audit snapshots hold: no hash of any secret. */
export function publicAccount(stored: StoredAccount): Account {
  const { name, role, restrictedAccess, disabled, createdAt, updatedAt } = stored;
  return { name, role, restrictedAccess, disabled, hasToken: stored.tokenHash !== null, createdAt, updatedAt };
}
