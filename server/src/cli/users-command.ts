// The commands of `npm run users`, apart from the process around them: each returns the lines to print. Passwords
// come from `readPassword` (standard input in the real command), never from the arguments.
import { OPERATOR, type AccountService } from '../domain/account-service.ts';
import { ROLES, type Account } from '../domain/accounts.ts';

export const USAGE = `Usage: npm run users -- <command>
  add NAME --role viewer|editor|admin [--restricted-access]   password from standard input (first line, >= 12 characters)
  list
  set-role NAME viewer|editor|admin
  grant-restricted NAME
  revoke-restricted NAME
  disable NAME                                                  signs the account out everywhere
  enable NAME
  password NAME                                                 new password from standard input; signs it out everywhere
  token NAME                                                    prints a new personal API token once, on the last line
  revoke-token NAME`;

export class UsageError extends Error {}

function describe(a: Account): string {
  const grants = [a.restrictedAccess ? 'restricted access' : null, a.disabled ? 'disabled' : null, a.hasToken ? 'API token' : null].filter(Boolean);
  return `${a.name}\t${a.role}${grants.length ? `\t${grants.join(', ')}` : ''}`;
}

function roleArg(value: string | undefined): string {
  if (!value || !(ROLES as readonly string[]).includes(value)) throw new UsageError(`The role must be one of ${ROLES.join(', ')}`);
  return value;
}

export async function runUsersCommand(accounts: AccountService, args: string[], readPassword: () => Promise<string>): Promise<string[]> {
  const [command, name, ...rest] = args;
  const needName = () => {
    if (!name || name.startsWith('--')) throw new UsageError(`${command} needs an account NAME`);
    return name;
  };
  switch (command) {
    case 'add': {
      const account = needName();
      const roleAt = rest.indexOf('--role');
      const role = roleArg(roleAt >= 0 ? rest[roleAt + 1] : undefined);
      const unknown = rest.filter((a, i) => a.startsWith('--') && a !== '--role' && a !== '--restricted-access' && i !== roleAt + 1);
      if (unknown.length) throw new UsageError(`Unknown option ${unknown.join(' ')}`);
      const created = await accounts.create(OPERATOR, { name: account, role, restrictedAccess: rest.includes('--restricted-access'), password: await readPassword() });
      return [`Created ${describe(created)}`];
    }
    case 'list': {
      const all = await accounts.list(OPERATOR);
      return all.length ? all.map(describe) : ['No accounts yet.'];
    }
    case 'set-role':
      return [`Updated ${describe(await accounts.update(OPERATOR, needName(), { role: roleArg(rest[0]) }))}`];
    case 'grant-restricted':
      return [`Updated ${describe(await accounts.update(OPERATOR, needName(), { restrictedAccess: true }))}`];
    case 'revoke-restricted':
      return [`Updated ${describe(await accounts.update(OPERATOR, needName(), { restrictedAccess: false }))}`];
    case 'disable':
      return [`Disabled and signed out ${describe(await accounts.update(OPERATOR, needName(), { disabled: true }))}`];
    case 'enable':
      return [`Enabled ${describe(await accounts.update(OPERATOR, needName(), { disabled: false }))}`];
    case 'password': {
      const account = needName();
      return [`New password set; signed out everywhere: ${describe(await accounts.setPassword(OPERATOR, account, await readPassword()))}`];
    }
    case 'token': {
      const { account, token } = await accounts.issueToken(OPERATOR, needName());
      return [`New API token for ${account.name} (shown once; any earlier token stopped working). Send it as "Authorization: Bearer <token>":`, token];
    }
    case 'revoke-token':
      return [`Revoked the API token of ${describe(await accounts.revokeToken(OPERATOR, needName()))}`];
    case undefined:
    case 'help':
    case '--help':
      return [USAGE];
    default:
      throw new UsageError(`Unknown command ${command}`);
  }
}
