// `npm run users -- <command>`: manages the accounts of a team server in the configured store (the same STORE,
// SQLITE_PATH or NEO4J_* variables as the server). Passwords are read from the first line of standard input, so they
// never appear in the shell history or the process list. Usage: `npm run users -- help`.
import { createInterface } from 'node:readline';
import { createStore, describeStore } from '../app/create-store.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { AccountService } from '../domain/account-service.ts';
import { DomainError, ValidationError } from '../domain/errors.ts';
import { USAGE, UsageError, runUsersCommand } from './users-command.ts';

async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

try {
  const config = loadConfig();
  const store = await createStore(config.store);
  try {
    await store.init();
    for (const line of await runUsersCommand(new AccountService(store.accounts), process.argv.slice(2), firstLineOfStdin)) console.info(line);
  } finally {
    await store.close();
  }
  if (config.auth === 'none') console.error(`Note: accounts are used when the server runs with AUTH=accounts (store: ${describeStore(config.store)}).`);
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof ValidationError) console.error(error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n') || error.message);
  else if (error instanceof ConfigError || error instanceof DomainError) console.error(error.message);
  else console.error(`users failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
