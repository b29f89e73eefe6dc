// Who is signed in, and account management for admins. The rights live in the account service, not here.
import type { Account as AccountRecord } from '../../domain/accounts.ts';
import type { Context } from '../context.ts';

/** `me` reports the account itself, even while it previews as public: the client needs to know it may switch back. */
export const accountQueries = {
  me: (_: unknown, _args: unknown, { viewer }: Context) => viewer.account,
  accounts: (_: unknown, _args: unknown, { accounts, viewer }: Context) => accounts.list(viewer),
};

export const accountMutations = {
  createAccount: (_: unknown, { input }: { input: unknown }, { accounts, viewer }: Context) => accounts.create(viewer, input),
  updateAccount: (_: unknown, args: { name: string; input: unknown }, { accounts, viewer }: Context) => accounts.update(viewer, args.name, args.input),
  setAccountPassword: (_: unknown, args: { name: string; password: string }, { accounts, viewer }: Context) =>
    accounts.setPassword(viewer, args.name, args.password),
  issueToken: (_: unknown, { name }: { name: string }, { accounts, viewer }: Context) => accounts.issueToken(viewer, name),
  revokeToken: (_: unknown, { name }: { name: string }, { accounts, viewer }: Context) => accounts.revokeToken(viewer, name),
};

export const Account = {
  disabled: (account: Partial<AccountRecord>) => account.disabled ?? false,
  hasToken: (account: Partial<AccountRecord>) => account.hasToken ?? false,
};
