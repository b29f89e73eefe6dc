// Lints every `.cypher` file with Neo4j's own parser (CI cannot run a Neo4j server): the header, one statement per
// file, syntax and semantics for Cypher 5, every $parameter declared in @params, every property key of a node or
// relationship one the Neo4j records module writes (the parser checks labels and types but not property keys), and
// two plan shapes that no query may take, since no plan can be taken here: an expansion without an upper bound, and
// an index comparison the planner cannot seek because a parameter's null test sits beside it.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { DbSchema, SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { ENTITY_KINDS, RELATIONSHIP_TYPE_NAMES, kindLabel } from '../domain/shared/vocabulary.ts';
import { CYPHER_DIR, listCypherFiles, parseCypherFile, readCypherText } from '../stores/neo4j/cypher-file.ts';
import { STORED_PROPERTY_KEYS } from '../stores/neo4j/records.ts';

// The package's ESM build uses extensionless imports Node cannot resolve; its CommonJS build loads fine.
const languageSupport = createRequire(import.meta.url)('@neo4j-cypher/language-support') as typeof import('@neo4j-cypher/language-support');

export interface CypherLintMessage {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

const GRAPH_VOCABULARY: Pick<DbSchema, 'labels' | 'relationshipTypes' | 'propertyKeys'> = {
  labels: ['Entity', 'Source', 'Citation', 'AuditEvent', 'SavedMap', 'UnfinishedCopy', 'Account', 'Session', ...ENTITY_KINDS.map(kindLabel)],
  relationshipTypes: [...RELATIONSHIP_TYPE_NAMES, 'OF_SOURCE'],
  propertyKeys: [...STORED_PROPERTY_KEYS],
};

// The functions and procedures of a Neo4j 5 server as the package records them, so a misspelled function is an error.
const SERVER_CATALOG: Pick<DbSchema, 'functions' | 'procedures'> = {
  functions: languageSupport.testData.mockSchema.functions,
  procedures: languageSupport.testData.mockSchema.procedures,
};

function schemaFor(params: string[]): DbSchema {
  return {
    ...GRAPH_VOCABULARY,
    ...SERVER_CATALOG,
    defaultLanguage: 'CYPHER 5',
    parameters: Object.fromEntries(params.map((p) => [p, null])),
  };
}

const IDENTIFIER = '[A-Za-z_][A-Za-z0-9_]*';

/** The statement with comments and the insides of string literals blanked, so that patterns match code only. */
function codeOf(statement: string): string {
  return statement.replace(/\/\/[^\n]*/g, (c) => ' '.repeat(c.length)).replace(/'(?:[^'\\]|\\.)*'/g, (c) => `'${' '.repeat(c.length - 2)}'`);
}

const lineIn = (code: string, offset: number) => code.slice(0, offset).split('\n').length - 1;

/**
 * The property keys a statement reads or writes on nodes and relationships it matches or creates: `v.key` for a
 * variable bound in a pattern, and the keys of a pattern's property map `(v:Label {key: ...})`. Variables bound to
 * parameters or maps (`UNWIND $rows AS row`, `row.props`) are not records and are left alone.
 */
export function recordPropertyKeys(statement: string): { key: string; line: number }[] {
  const code = codeOf(statement);
  const lineAt = (offset: number) => lineIn(code, offset);
  const variables = new Set<string>();
  const found: { key: string; line: number }[] = [];
  // `(v:`, `(v)`, `(v {`, and `[v:`, `[v]`, `[v {` bind a node or relationship variable.
  for (const m of code.matchAll(new RegExp(`[(\\[]\\s*(${IDENTIFIER})\\s*(?=[:)\\]{])`, 'g'))) variables.add(m[1] as string);
  for (const m of code.matchAll(new RegExp(`\\b(${IDENTIFIER})\\.(${IDENTIFIER})\\b`, 'g'))) {
    if (variables.has(m[1] as string)) found.push({ key: m[2] as string, line: lineAt(m.index ?? 0) });
  }
  // A property map right after a label in a pattern: `:Label {key: value, ...}`. A subquery opened inside a call
  // (`head(COLLECT { MATCH (a:Label) ... })`) is not a pattern's map.
  const pattern = `[(\\[]\\s*(?!(?:COUNT|COLLECT|EXISTS)\\s*\\{)${IDENTIFIER}?\\s*(?::\\s*${IDENTIFIER}\\s*)*\\{([^{}]*)\\}`;
  for (const m of code.matchAll(new RegExp(pattern, 'gi'))) {
    for (const k of (m[1] as string).matchAll(new RegExp(`(${IDENTIFIER})\\s*:`, 'g'))) {
      found.push({ key: k[1] as string, line: lineAt((m.index ?? 0) + (k.index ?? 0)) });
    }
  }
  return found;
}

// `*`, `*2..` (a variable-length relationship) and `+`, `*`, `{2,}` (a quantified path pattern) have no upper bound;
// `*3`, `*1..6`, `{2}`, `{1,6}` and `{,6}` have one.
const BOUNDED_PATH_LENGTH = /^\*(?:\d+|\d*\.\.\d+)$/;
const BOUNDED_QUANTIFIER = /^\{(?:\d+|\d*,\d+)\}$/;

interface ParseNode {
  getChildCount(): number;
  getChild(i: number): ParseNode;
  getText(): string;
  start?: { line: number };
  constructor: { name: string };
}

/**
 * The expansions of a statement that have no upper bound, found in Neo4j's own parse tree: each could walk the whole
 * graph from one node, so its cost cannot be bounded from any plan.
 */
export function unboundedExpansions(statement: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  const visit = (node: ParseNode) => {
    const kind = node.constructor.name;
    const text = node.getText().replace(/\s+/g, '');
    const bounded = kind === 'PathLengthContext' ? BOUNDED_PATH_LENGTH : kind === 'QuantifierContext' ? BOUNDED_QUANTIFIER : null;
    if (bounded && !bounded.test(text)) found.push({ text, line: (node.start?.line ?? 1) - 1 });
    for (let i = 0; i < node.getChildCount(); i++) visit(node.getChild(i));
  };
  for (const tree of languageSupport.parse(statement) as unknown as ParseNode[]) visit(tree);
  return found;
}

/** `Label.key` for every node property the schema statements index (a range index or a uniqueness constraint). */
export function indexedKeys(schemaStatements: string[]): Set<string> {
  const keys = new Set<string>();
  for (const statement of schemaStatements) {
    const m = new RegExp(`FOR\\s*\\(\\s*(${IDENTIFIER})\\s*:\\s*(${IDENTIFIER})\\s*\\)\\s*(?:REQUIRE|ON)\\s*\\(?\\s*\\1\\.(${IDENTIFIER})\\b`, 'i').exec(statement);
    if (m && !/\bFULLTEXT\b/i.test(statement)) keys.add(`${m[2] as string}.${m[3] as string}`);
  }
  return keys;
}

const COMPARISON = '(?:=|<>|<=|>=|<|>|STARTS\\s+WITH|IN)';

/**
 * Null tests of a parameter in a disjunction beside a comparison of an indexed node property with that parameter
 * (`$afterId IS NULL OR e.id > $afterId`, `e:Entity`, `Entity.id` indexed). The planner cannot answer such a
 * disjunction from the index, since one side does not depend on the node at all, so it reads every node of the label
 * instead of seeking. Tests on relationships or unindexed keys filter what an entry point found and are left alone.
 */
export function seekDefeatingNullTests(statement: string, indexed: Set<string>): { param: string; line: number }[] {
  const code = codeOf(statement);
  const labels = new Map<string, string[]>();
  for (const m of code.matchAll(new RegExp(`\\(\\s*(${IDENTIFIER})\\s*:\\s*(${IDENTIFIER})`, 'g'))) {
    labels.set(m[1] as string, [...(labels.get(m[1] as string) ?? []), m[2] as string]);
  }
  const found: { param: string; line: number }[] = [];
  for (const m of code.matchAll(new RegExp(`\\$(${IDENTIFIER})\\s+IS\\s+NULL\\s+OR\\b`, 'gi'))) {
    const param = m[1] as string;
    const property = `(${IDENTIFIER})\\.(${IDENTIFIER})`;
    const comparisons = new RegExp(`\\b${property}\\s*${COMPARISON}\\s*\\$${param}\\b|\\$${param}\\s*${COMPARISON}\\s*${property}\\b`, 'gi');
    const seekable = [...code.matchAll(comparisons)].some((c) => {
      const [variable, key] = c[1] ? [c[1], c[2]] : [c[3], c[4]];
      return (labels.get(variable as string) ?? []).some((label) => indexed.has(`${label}.${key as string}`));
    });
    if (seekable) found.push({ param, line: lineIn(code, m.index ?? 0) });
  }
  return found;
}

function severityOf(d: SyntaxDiagnostic): 'error' | 'warning' {
  // LSP severities: 1 error, 2 warning, 3 information, 4 hint.
  return d.severity === 1 ? 'error' : 'warning';
}

export function lintCypherFiles(dir: string = CYPHER_DIR): { files: number; messages: CypherLintMessage[] } {
  const names = listCypherFiles(dir);
  const messages: CypherLintMessage[] = [];
  const indexed = indexedKeys(
    names.filter((n) => n.startsWith('schema/')).flatMap((n) => {
      const parsed = parseCypherFile(readCypherText(dir, n), n);
      return 'file' in parsed ? [parsed.file.statement] : [];
    }),
  );
  for (const name of names) {
    const file = `${name}.cypher`;
    const parsed = parseCypherFile(readCypherText(dir, name), name);
    if ('problems' in parsed) {
      for (const p of parsed.problems) messages.push({ file, line: p.line, severity: 'error', message: p.message });
      continue;
    }
    const { statement, statementLine, params } = parsed.file;
    const statements = languageSupport.parseStatementsStrs(statement).filter((s) => s.replace(/;/g, '').trim() !== '');
    if (statements.length !== 1) {
      messages.push({ file, line: statementLine, severity: 'error', message: `holds ${statements.length} statements; a .cypher file holds exactly one` });
    }
    if (/;\s*$/.test(statement)) {
      messages.push({ file, line: statementLine, severity: 'error', message: 'ends with ";": a file holds one statement without a terminator' });
    }
    const used = new Set<string>();
    for (const d of languageSupport.lintCypherQuery(statement, schemaFor(params))) {
      messages.push({ file, line: statementLine + d.range.start.line, severity: severityOf(d), message: typeof d.message === 'string' ? d.message : d.message.value });
    }
    const known = new Set(STORED_PROPERTY_KEYS);
    for (const { key, line } of recordPropertyKeys(statement)) {
      if (!known.has(key)) messages.push({ file, line: statementLine + line, severity: 'error', message: `property key "${key}" is not one the Neo4j records module writes` });
    }
    for (const { text, line } of unboundedExpansions(statement)) {
      messages.push({ file, line: statementLine + line, severity: 'error', message: `expansion "${text}" has no upper bound: give it one (such as *1..6) so its cost is bounded` });
    }
    for (const { param, line } of seekDefeatingNullTests(statement, indexed)) {
      messages.push({
        file,
        line: statementLine + line,
        severity: 'error',
        message: `"$${param} IS NULL OR" beside a comparison with $${param} keeps Neo4j from seeking the index: it reads every node of the label; pass a value the comparison admits instead`,
      });
    }
    for (const m of statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) used.add(m[1] as string);
    for (const p of params) {
      if (!used.has(p)) messages.push({ file, line: 1, severity: 'error', message: `@params declares $${p} but the statement does not use it` });
    }
  }
  return { files: names.length, messages };
}

function main(): void {
  const { files, messages } = lintCypherFiles();
  for (const m of messages) console.log(`cypher/${m.file}:${m.line}: ${m.severity}: ${m.message}`);
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  console.log(`Cypher lint: ${files} files, ${errors} errors, ${warnings} warnings`);
  if (errors > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
