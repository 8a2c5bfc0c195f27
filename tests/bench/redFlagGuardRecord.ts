// Records what the red-flag screen says today over the guard's cases, one case a line, to
// tests/fixtures/red-flags/development.screened.json. Run it only when a change to the screen's results is
// intended and reviewed: `npx tsx tests/bench/redFlagGuardRecord.ts`.
import { writeFileSync } from 'node:fs';
import { screenRequest } from '../../shared/rules/redFlags';
import { guardCases } from './redFlagGuardCases';

const lines = guardCases().map(({ id, input }) => JSON.stringify({ id, result: screenRequest(input) }));
const file = new URL('../fixtures/red-flags/development.screened.json', import.meta.url);
writeFileSync(file, `[\n${lines.join(',\n')}\n]\n`);
console.log(`recorded ${lines.length} screened requests to ${file.pathname}`);
