// Where the hub is installed: the nearest folder up from this file that holds package.json. The
// same whether the hub runs from source (tsx) or from its bundle in dist/server/, so files found
// from here (migrations, the built client) need no copying.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findInstallRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`e-hub: no package.json above ${from}`);
  }
}

export const INSTALL_ROOT = findInstallRoot(dirname(fileURLToPath(import.meta.url)));
