// `npm run audit:verify [path]`: checks the keyed, hash-chained audit log of a database file without
// changing it (docs/audit.md). Exit code 0 when it holds, 1 when something does not, 2 when it
// cannot be checked at all (no such file, not a hub database, an unusable key).
import { resolve } from 'node:path';
import { INSTALL_ROOT } from '../../db/installRoot';
import { AuditVerifyRefused, verifyAuditLog } from '../../db/audit/verify';
import { readEnv } from '../config';

const env = readEnv();
// The same path the hub opens: EHUB_DB is relative to the install, a given path to here.
const path = process.argv[2] ? resolve(process.argv[2]) : resolve(INSTALL_ROOT, env.EHUB_DB);
try {
  const report = verifyAuditLog(path);
  for (const note of report.notes) console.log(`note: ${note}`);
  if (report.ok) {
    console.log(`audit log intact: ${report.rows} rows, head ${report.head ?? '(none)'}${report.checkpoint ? `, matching the checkpoint of ${new Date(report.checkpoint.writtenAt).toISOString()}` : ''}, in ${path}`);
  } else {
    console.error(`audit log NOT intact in ${path} (${report.rows} rows):`);
    for (const problem of report.problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  }
} catch (err) {
  if (!(err instanceof AuditVerifyRefused)) throw err;
  console.error(`audit:verify refused: ${err.message}`);
  process.exitCode = 2;
}
