// The format of a `.cypher` file: a header (`// @name area/verb-noun`, `// @mode read|write`, `// @params a, b`,
// `// returns ...`) then exactly one statement. Shared by the store's loader and the Cypher lint so both read files
// the same way.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type CypherMode = 'read' | 'write';

export interface CypherFile {
  /** `area/verb-noun`, equal to the file's path under the cypher directory without `.cypher`. */
  name: string;
  mode: CypherMode;
  params: string[];
  returns: string;
  /** The statement without its header. */
  statement: string;
  /** 1-based line of the file where the statement starts, for pointing at errors. */
  statementLine: number;
}

export interface CypherHeaderProblem {
  line: number;
  message: string;
}

export const NAME_PATTERN = /^[a-z]+\/[a-z]+(?:-[a-z]+)+$/;
const HEADER_LINE = /^\/\/\s*(@name|@mode|@params|returns)\b\s*(.*)$/;

/** Parses a file's text; returns the problems instead when the header is incomplete or malformed. */
export function parseCypherFile(text: string, relativeName: string): { file: CypherFile } | { problems: CypherHeaderProblem[] } {
  const lines = text.split(/\r?\n/);
  const found = new Map<string, { value: string; line: number }>();
  const problems: CypherHeaderProblem[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    const m = HEADER_LINE.exec(line);
    if (!m) continue;
    const key = m[1] as string;
    if (found.has(key)) problems.push({ line: index + 1, message: `header "${key}" appears twice` });
    found.set(key, { value: (m[2] ?? '').trim(), line: index + 1 });
  }
  const statement = lines.slice(index).join('\n').trim();
  const statementLine = index + 1;

  const name = found.get('@name');
  const mode = found.get('@mode');
  const params = found.get('@params');
  const returns = found.get('returns');
  if (!name) problems.push({ line: 1, message: 'header is missing "// @name area/verb-noun"' });
  else if (!NAME_PATTERN.test(name.value)) problems.push({ line: name.line, message: `@name "${name.value}" is not of the form area/verb-noun` });
  else if (name.value !== relativeName) problems.push({ line: name.line, message: `@name "${name.value}" does not match the file path "${relativeName}"` });
  if (!mode) problems.push({ line: 1, message: 'header is missing "// @mode read|write"' });
  else if (mode.value !== 'read' && mode.value !== 'write') problems.push({ line: mode.line, message: `@mode must be read or write, not "${mode.value}"` });
  if (!params) problems.push({ line: 1, message: 'header is missing "// @params" (list the $parameters, or leave it empty)' });
  if (!returns || returns.value === '') problems.push({ line: 1, message: 'header is missing a "// returns ..." line' });
  if (statement === '') problems.push({ line: statementLine, message: 'the file holds no statement' });

  const paramNames = (params?.value ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  for (const p of paramNames) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p)) problems.push({ line: params?.line ?? 1, message: `@params entry "${p}" is not a parameter name` });
  }
  if (problems.length > 0) return { problems };
  return {
    file: {
      name: name!.value,
      mode: mode!.value as CypherMode,
      params: paramNames,
      returns: returns!.value,
      statement,
      statementLine,
    },
  };
}

/** Every `.cypher` file under `dir`, as paths relative to it without the extension (`entity/get-entities`), sorted. */
export function listCypherFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && entry.name.endsWith('.cypher')) out.push(rel.slice(0, -'.cypher'.length));
    }
  };
  walk('');
  return out.sort();
}

export function readCypherText(dir: string, relativeName: string): string {
  return readFileSync(path.join(dir, `${relativeName}.cypher`), 'utf8');
}

/** The repository's `cypher/` directory. */
export const CYPHER_DIR = fileURLToPath(new URL('../../../../cypher', import.meta.url));
