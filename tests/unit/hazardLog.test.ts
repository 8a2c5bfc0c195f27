// The hazard log's controls point at tests that exist (docs/clinical-safety/hazard-log.md): every test
// it names must be found, by name, in the file it names, or the log has drifted from the code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const log = readFileSync(join(root, 'docs/clinical-safety/hazard-log.md'), 'utf8');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** Each hazard's section: "## H01 Title" up to the next heading of that level. */
const hazards = [...log.matchAll(/^## (H\d\d) (.+)$/gm)].map((m, i, all) => ({
  id: m[1]!,
  title: m[2]!,
  body: log.slice(m.index, all[i + 1]?.index ?? log.length),
}));

/** `tests/…test.ts`: "name", "name" — the tests a control names. */
function namedTests(section: string) {
  const refs: { file: string; name: string }[] = [];
  for (const m of section.matchAll(/`(tests\/[^`]+\.test\.tsx?)`:((?:\s*"[^"]+",?)+)/g)) {
    for (const name of m[2]!.matchAll(/"([^"]+)"/g)) refs.push({ file: m[1]!, name: oneLine(name[1]!) });
  }
  return refs;
}

describe('hazard log', () => {
  it('covers the hazards a hub cannot run without', () => {
    const titles = hazards.map((h) => h.title.toLowerCase());
    for (const hazard of [
      'red flag missed',
      'request lost or stuck',
      'responsibility gap at a hand-off',
      'pharmacy first',
      'external referral nobody acknowledges',
      'sla breach nobody notices',
      'wrong patient',
      'stale screen after a lost connection',
      'unauthorised access',
      'protocol without clinical sign-off',
    ]) {
      expect(titles.some((t) => t.includes(hazard)), hazard).toBe(true);
    }
  });

  it.each(hazards.map((h) => [h.id, h] as const))('%s names a cause, effect, risks and controls, each control with tests', (_id, hazard) => {
    for (const part of ['**Cause**', '**Effect**', '**Initial risk**', '**Controls**', '**Residual risk**']) expect(hazard.body).toContain(part);
    expect(namedTests(hazard.body).length).toBeGreaterThan(0);
  });

  it('names only tests that exist, in the files it names', () => {
    const missing = hazards.flatMap((h) =>
      namedTests(h.body)
        .filter(({ file, name }) => !existsSync(join(root, file)) || !oneLine(readFileSync(join(root, file), 'utf8')).includes(name))
        .map(({ file, name }) => `${h.id}: ${file} › ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
