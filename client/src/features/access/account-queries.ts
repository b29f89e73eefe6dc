// The GraphQL operations of account management (admins only; the server refuses anyone else).
import { gql } from '../../api/graphql-client.ts';
import type { Me, Role } from '../../api/session.ts';

export interface ApiAccount extends Me {
  disabled: boolean;
  hasToken: boolean;
}

const ACCOUNT = 'name role restrictedAccess disabled hasToken';

export async function fetchMe(): Promise<Me | null> {
  return (await gql<{ me: Me | null }>('{ me { name role restrictedAccess } }')).me;
}

export async function fetchAccounts(): Promise<ApiAccount[]> {
  return (await gql<{ accounts: ApiAccount[] }>(`{ accounts { ${ACCOUNT} } }`)).accounts;
}

export async function createAccount(input: { name: string; role: Role; restrictedAccess: boolean; password: string }): Promise<ApiAccount> {
  return (await gql<{ createAccount: ApiAccount }>(`mutation($input: AccountInput!) { createAccount(input: $input) { ${ACCOUNT} } }`, { input })).createAccount;
}

export async function updateAccount(name: string, input: { role?: Role; restrictedAccess?: boolean; disabled?: boolean }): Promise<ApiAccount> {
  return (
    await gql<{ updateAccount: ApiAccount }>(`mutation($name: String!, $input: AccountPatch!) { updateAccount(name: $name, input: $input) { ${ACCOUNT} } }`, {
      name,
      input,
    })
  ).updateAccount;
}

export async function issueToken(name: string): Promise<string> {
  return (await gql<{ issueToken: { token: string } }>('mutation($name: String!) { issueToken(name: $name) { token } }', { name })).issueToken.token;
}

export async function revokeToken(name: string): Promise<ApiAccount> {
  return (await gql<{ revokeToken: ApiAccount }>(`mutation($name: String!) { revokeToken(name: $name) { ${ACCOUNT} } }`, { name })).revokeToken;
}
