// The architecture fences are lint rules; these cases prove each one refuses what it exists to refuse and lets the
// allowed imports through, using the project's own ESLint configuration.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
});

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the client fence', () => {
  const file = 'client/src/features/probe/probe.ts';

  it('lets the client import the shared modules', async () => {
    const code = [
      "import { RELATIONSHIP_TYPES } from '../../../../server/src/domain/shared/vocabulary.ts';",
      "import { overlapsWindow } from '../../../../server/src/domain/shared/dates.ts';",
      "import { REDACTED_NAME } from '../../../../server/src/domain/shared/redaction.ts';",
      'export const used = [RELATIONSHIP_TYPES, overlapsWindow, REDACTED_NAME];',
    ].join('\n');
    expect(await restrictedImports(code, file)).toEqual([]);
  });

  it('refuses any other server module, the domain included', async () => {
    for (const target of ['domain/visibility.ts', 'domain/types.ts', 'graphql/type-defs.ts', 'stores/sqlite/index.ts', 'config.ts']) {
      const code = `import * as m from '../../../../server/src/${target}';\nexport const used = m;`;
      expect(await restrictedImports(code, file), target).toHaveLength(1);
    }
  });

  it('refuses the database drivers', async () => {
    expect(await restrictedImports("import neo4j from 'neo4j-driver';\nexport const used = neo4j;", file)).toHaveLength(1);
  });
});

describe('the shared modules stay browser-safe', () => {
  const file = 'server/src/domain/shared/probe.ts';

  it('allows imports between shared modules', async () => {
    expect(await restrictedImports("import { ENTITY_KINDS } from './vocabulary.ts';\nexport const used = ENTITY_KINDS;", file)).toEqual([]);
  });

  it('refuses Node built-ins, with or without the node: prefix', async () => {
    expect(await restrictedImports("import { readFileSync } from 'node:fs';\nexport const used = readFileSync;", file)).toHaveLength(1);
    expect(await restrictedImports("import path from 'path';\nexport const used = path;", file)).toHaveLength(1);
  });

  it('refuses modules outside the shared folder, so nothing else reaches the client through them', async () => {
    expect(await restrictedImports("import { LOCAL_VIEWER } from '../visibility.ts';\nexport const used = LOCAL_VIEWER;", file)).toHaveLength(1);
  });
});
