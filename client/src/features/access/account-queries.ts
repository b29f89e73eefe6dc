// The GraphQL operations of who is signed in and of account management (admins only; the server refuses anyone else).
import { graphql } from '../../api/generated/gql.ts';
import type { AccountFieldsFragment, Role } from '../../api/generated/graphql.ts';
import { request } from '../../api/graphql-client.ts';
import type { Me } from '../../api/session.ts';

export type ApiAccount = AccountFieldsFragment;

graphql(`
  fragment AccountFields on Account {
    name
    role
    restrictedAccess
    disabled
    hasToken
  }
`);

const MeDocument = graphql(`
  query Me {
    me {
      name
      role
      restrictedAccess
    }
  }
`);

const AccountsDocument = graphql(`
  query Accounts {
    accounts {
      ...AccountFields
    }
  }
`);

const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: AccountInput!) {
    createAccount(input: $input) {
      ...AccountFields
    }
  }
`);

const UpdateAccountDocument = graphql(`
  mutation UpdateAccount($name: String!, $input: AccountPatch!) {
    updateAccount(name: $name, input: $input) {
      ...AccountFields
    }
  }
`);

const SetAccountPasswordDocument = graphql(`
  mutation SetAccountPassword($name: String!, $password: String!) {
    setAccountPassword(name: $name, password: $password) {
      ...AccountFields
    }
  }
`);

const IssueTokenDocument = graphql(`
  mutation IssueToken($name: String!) {
    issueToken(name: $name) {
      token
    }
  }
`);

const RevokeTokenDocument = graphql(`
  mutation RevokeToken($name: String!) {
    revokeToken(name: $name) {
      ...AccountFields
    }
  }
`);

export async function fetchMe(): Promise<Me | null> {
  return (await request(MeDocument, {})).me;
}

export async function fetchAccounts(): Promise<ApiAccount[]> {
  return (await request(AccountsDocument, {})).accounts;
}

export async function createAccount(input: { name: string; role: Role; restrictedAccess: boolean; password: string }): Promise<ApiAccount> {
  return (await request(CreateAccountDocument, { input })).createAccount;
}

export async function updateAccount(name: string, input: { role?: Role; restrictedAccess?: boolean; disabled?: boolean }): Promise<ApiAccount> {
  return (await request(UpdateAccountDocument, { name, input })).updateAccount;
}

export async function issueToken(name: string): Promise<string> {
  return (await request(IssueTokenDocument, { name })).issueToken.token;
}

export async function revokeToken(name: string): Promise<ApiAccount> {
  return (await request(RevokeTokenDocument, { name })).revokeToken;
}

/** A new password; the account is signed out everywhere. */
export async function setAccountPassword(name: string, password: string): Promise<ApiAccount> {
  return (await request(SetAccountPasswordDocument, { name, password })).setAccountPassword;
}
