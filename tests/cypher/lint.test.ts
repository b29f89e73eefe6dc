import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintCypherFiles } from '../../server/src/cli/lint-cypher.ts';
import { QUERY_NAMES } from '../../server/src/stores/neo4j/load-queries.ts';

const dirs: string[] = [];
function cypherDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'actornet-cypher-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const header = (name: string, params: string) => `// @name ${name}\n// @mode read\n// @params ${params}\n// returns something\n`;
const errorsOf = (dir: string) => lintCypherFiles(dir).messages.filter((m) => m.severity === 'error');

describe('Cypher lint', () => {
  it('passes every shipped .cypher file, one per query the store uses', () => {
    const result = lintCypherFiles();
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.files).toBe(QUERY_NAMES.length);
    // Parsing every shipped file with Neo4j's parser takes tens of seconds on a busy machine; it is no speed claim.
  }, 180_000);

  it('accepts a well-formed file', () => {
    const dir = cypherDir({ 'entity/get-things.cypher': `${header('entity/get-things', 'id')}MATCH (e:Entity {id: $id})\nRETURN e.id AS id\n` });
    expect(lintCypherFiles(dir)).toEqual({ files: 1, messages: [] });
  });

  it('fails a syntax error with the file and line', () => {
    const dir = cypherDir({ 'entity/get-things.cypher': `${header('entity/get-things', 'id')}MATCH (e:Entity {id: $id})\nRETURN e.id AS id ORDER e.id\n` });
    const errors = errorsOf(dir);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'entity/get-things.cypher', line: 6 });
    expect(errors[0]?.message).toMatch(/Invalid input/);
  });

  it('fails a parameter missing from @params, and a declared one the statement never uses', () => {
    const dir = cypherDir({ 'entity/get-things.cypher': `${header('entity/get-things', 'first')}MATCH (e:Entity {id: $id})\nRETURN e.id AS id\n` });
    const messages = errorsOf(dir).map((m) => m.message);
    expect(messages).toContain('Parameter $id is not defined.');
    expect(messages).toContain('@params declares $first but the statement does not use it');
  });

  it('fails a missing header and a name that does not match the path', () => {
    const dir = cypherDir({
      'entity/no-header.cypher': 'MATCH (e:Entity) RETURN e.id AS id\n',
      'entity/get-things.cypher': `${header('entity/get-others', '')}MATCH (e:Entity) RETURN e.id AS id\n`,
    });
    const messages = errorsOf(dir).map((m) => `${m.file}: ${m.message}`);
    expect(messages).toContain('entity/no-header.cypher: header is missing "// @name area/verb-noun"');
    expect(messages).toContain('entity/no-header.cypher: header is missing "// @mode read|write"');
    expect(messages).toContain('entity/get-things.cypher: @name "entity/get-others" does not match the file path "entity/get-things"');
  });

  it('fails a file holding two statements', () => {
    const dir = cypherDir({ 'entity/get-things.cypher': `${header('entity/get-things', '')}MATCH (e:Entity) RETURN e.id AS id;\nMATCH (s:Source) RETURN s.id AS id\n` });
    expect(errorsOf(dir).map((m) => m.message)).toContain('holds 2 statements; a .cypher file holds exactly one');
  });

  it('fails an unknown function and an undefined variable', () => {
    const dir = cypherDir({ 'entity/get-things.cypher': `${header('entity/get-things', '')}MATCH (e:Entity)\nRETURN lowercase(e.name) AS name, x AS other\n` });
    const messages = errorsOf(dir).map((m) => m.message);
    expect(messages.some((m) => m.startsWith('Function lowercase is not present'))).toBe(true);
    expect(messages.some((m) => m.includes('Variable `x` not defined'))).toBe(true);
  });

  it('fails a property key the Neo4j records module never writes, in a read, a pattern map and a SET', () => {
    const dir = cypherDir({
      'entity/get-things.cypher': `${header('entity/get-things', 'id')}MATCH (e:Entity {idd: $id})-[r]->(x:Entity)\nWHERE r.stauts = 'active'\nRETURN e.nmae AS name, x.id AS other\n`,
      'entity/set-things.cypher': `${header('entity/set-things', 'id')}MATCH (e:Entity {id: $id})\nSET e.sensitivty = 'public'\nRETURN e.id AS id\n`,
    });
    const messages = errorsOf(dir).map((m) => `${m.file}:${m.line}: ${m.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'entity/get-things.cypher:5: property key "idd" is not one the Neo4j records module writes',
        'entity/get-things.cypher:6: property key "stauts" is not one the Neo4j records module writes',
        'entity/get-things.cypher:7: property key "nmae" is not one the Neo4j records module writes',
        'entity/set-things.cypher:6: property key "sensitivty" is not one the Neo4j records module writes',
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  it('leaves keys of parameter rows alone and accepts every key the records module writes', () => {
    const dir = cypherDir({
      'bulk/put-things.cypher': `${header('bulk/put-things', 'rows')}UNWIND $rows AS row\nMATCH (e:Entity {id: row.from})\nSET e.nameKey = row.whatever\nRETURN e.aliasKeys AS keys\n`,
    });
    expect(errorsOf(dir)).toEqual([]);
  });
});
