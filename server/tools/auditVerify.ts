// `npm run audit:verify`: walks the hash-chained audit log and names the first row that does not
// match. Exit code 0 when the chain is whole, 1 when it is broken.
import { resolve } from 'node:path';
import { openDatabase } from '../../db/open';
import { readEnv } from '../config';

const env = readEnv();
const path = resolve(process.argv[2] ?? env.EHUB_DB);
const db = openDatabase(path);
const result = db.q.audit.verify();
db.close();
if (result.ok) {
  console.log(`audit log intact: ${result.rows} rows verified in ${path}`);
} else {
  console.error(`audit log broken at row ${result.rowId}: it does not match the chain (${result.rows} rows before it verified) in ${path}`);
  process.exitCode = 1;
}
