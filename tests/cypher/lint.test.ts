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

  it("does not read a subquery opened inside a call as a pattern's property map", () => {
    const dir = cypherDir({
      'audit/last-things.cypher': `${header('audit/last-things', '')}RETURN coalesce(head(COLLECT {\n    MATCH (a:AuditEvent)\n    WHERE a.seq IS NOT NULL\n    RETURN a.seq\n    ORDER BY a.seq DESC\n    LIMIT 1\n  }), -1) AS seq\n`,
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('fails an expansion without an upper bound and accepts bounded ones', () => {
    const dir = cypherDir({
      'graph/walk-far.cypher': `${header('graph/walk-far', 'id')}MATCH (a:Entity {id: $id})-[*]->(b:Entity)\nMATCH (a)-[*2..]->(c:Entity)\nMATCH (a)((x)-->(y))+(d:Entity)\nMATCH (a)((x2)-->(y2)){1,}(f:Entity)\nRETURN b.id AS b, c.id AS c, d.id AS d, f.id AS f\n`,
      'graph/walk-near.cypher': `${header('graph/walk-near', 'id')}MATCH (a:Entity {id: $id})-[*1..6]->(b:Entity)\nMATCH (a)-[*3]->(c:Entity)\nMATCH (a)((x)-->(y)){1,3}(d:Entity)\nMATCH (a)((x2)-->(y2)){,2}(f:Entity)\nRETURN b.id AS b, c.id AS c, d.id AS d, f.id AS f\n`,
    });
    const messages = errorsOf(dir).map((m) => `${m.file}:${m.line}: ${m.message}`);
    expect(messages).toEqual([
      'graph/walk-far.cypher:5: expansion "*" has no upper bound: give it one (such as *1..6) so its cost is bounded',
      'graph/walk-far.cypher:6: expansion "*2.." has no upper bound: give it one (such as *1..6) so its cost is bounded',
      'graph/walk-far.cypher:7: expansion "+" has no upper bound: give it one (such as *1..6) so its cost is bounded',
      'graph/walk-far.cypher:8: expansion "{1,}" has no upper bound: give it one (such as *1..6) so its cost is bounded',
    ]);
  });

  it("fails a parameter's null test beside a comparison the id index would answer, and leaves filters alone", () => {
    const schema = '// @name schema/create-entity-id-constraint\n// @mode write\n// @params\n// returns nothing\nCREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE\n';
    const dir = cypherDir({
      'schema/create-entity-id-constraint.cypher': schema,
      'entity/page-things.cypher': `${header('entity/page-things', 'afterId, first')}MATCH (e:Entity)\nWHERE $afterId IS NULL OR e.id > $afterId\nRETURN e.id AS id\nORDER BY e.id\nLIMIT $first\n`,
      'entity/page-seeking.cypher': `${header('entity/page-seeking', 'afterId, first')}MATCH (e:Entity)\nWHERE e.id > $afterId\nRETURN e.id AS id\nORDER BY e.id\nLIMIT $first\n`,
      'graph/filter-things.cypher': `${header('graph/filter-things', 'id, confidence, kinds')}MATCH (a:Entity {id: $id})-[r]->(b:Entity)\nWHERE ($confidence IS NULL OR r.confidence IN $confidence) AND ($kinds IS NULL OR b.kind IN $kinds)\nRETURN b.id AS id\n`,
    });
    const messages = errorsOf(dir).map((m) => `${m.file}:${m.line}: ${m.message}`);
    expect(messages).toEqual([
      'entity/page-things.cypher:6: "$afterId IS NULL OR" beside a comparison with $afterId keeps Neo4j from seeking the index: it reads every node of the label; pass a value the comparison admits instead',
    ]);
  });
});
