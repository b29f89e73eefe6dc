// `npm run import -- FILE [--dry-run]`: imports a CSV bundle (.zip) or a JSON bundle into the store the configuration
// names, creating it if needed. All or nothing: any problem is listed by file, row and column and nothing is written.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createStore, describeStore } from '../app/create-store.ts';
import { ConfigError, loadConfig } from '../config.ts';
import type { ImportIssue } from '../domain/import-plan.ts';
import { LOCAL_VIEWER, type Viewer } from '../domain/visibility.ts';
import { ImportRefusedError, commitImport, previewImport, type ImportReport } from '../io/import-service.ts';

/** Whoever can run commands on the machine holding the store has every right to it; the audit names the import. */
const IMPORT_VIEWER: Viewer = { ...LOCAL_VIEWER, id: 'import' };

const BAR_WIDTH = 30;

function progress(label: string) {
  const tty = process.stderr.isTTY;
  return (done: number, total: number) => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} rows`;
    process.stderr.write(tty ? `\r${line}${done === total ? '\n' : ''}` : done === total ? `${line}\n` : '');
  };
}

const where = (i: ImportIssue) => `${i.file}${i.row ? ` row ${i.row}` : ''}${i.column ? `, column ${i.column}` : ''}`;

function printReport(report: ImportReport): void {
  const { rows, creates } = report;
  console.info(`Read ${rows.entities} entities, ${rows.edges} relationships (${rows.citations} citations) and ${rows.sources} sources (${report.format.toUpperCase()} bundle).`);
  const matched = report.matches.filter((m) => m.existing);
  for (const m of matched.slice(0, 20)) console.info(`  ${where({ ...m, column: null, message: '' })}: "${m.name}" matches the stored entity "${m.existing!.name}" (${m.existing!.id})`);
  if (matched.length > 20) console.info(`  … and ${matched.length - 20} more matches`);
  console.info(`Would create ${creates.entities} entities, ${creates.edges} relationships, ${creates.citations} citations and ${creates.sources} sources.`);
  for (const issue of [...report.errors, ...report.refused]) console.error(`  ${where(issue)}: ${issue.message}`);
  const problems = report.errorCount + report.refusedCount;
  if (problems > report.errors.length + report.refused.length) console.error(`  … ${problems} problems in all`);
}

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run import -- FILE [--dry-run]   (FILE: a CSV bundle .zip or a JSON bundle .json)');
  process.exitCode = 2;
} else {
  try {
    const config = loadConfig();
    const bytes = new Uint8Array(await readFile(file));
    const store = await createStore(config.store);
    try {
      await store.init();
      if (dryRun) {
        const report = await previewImport(store, bytes, IMPORT_VIEWER, progress('Checking'));
        printReport(report);
        const problems = report.errorCount + report.refusedCount;
        console.info(problems ? `Dry run: ${problems} problem(s); an import would be refused.` : 'Dry run: no problems; nothing was written.');
        if (problems) process.exitCode = 1;
      } else {
        const started = Date.now();
        const report = await commitImport(store, bytes, IMPORT_VIEWER, path.basename(file), progress('Importing'));
        printReport(report);
        const w = report.written!;
        console.info(`Imported ${w.entities} entities, ${w.edges} relationships, ${w.citations} citations and ${w.sources} sources into ${describeStore(config.store)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      }
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      printReport(error.report);
      console.error(error.message);
    } else {
      console.error(error instanceof ConfigError ? error.message : `Import failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  }
}
