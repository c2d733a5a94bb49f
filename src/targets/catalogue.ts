/**
 * Where the bundled target files live: the package's own `targets/` folder, found from this module's
 * URL so it works from dist/ (installed package) and from any working directory.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders under targets/ that are not provinces (the unit registry). */
const NOT_PROVINCES = new Set(['units', 'sources']);

export function bundledTargetsDir(): string {
  // dist/targets/catalogue.js and src/targets/catalogue.ts are both two levels below the package root.
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../targets');
}

export function knownProvinces(): string[] {
  const root = bundledTargetsDir();
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_PROVINCES.has(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** Target files (*.yaml, *.yml) under a folder, recursively, sorted, skipping the unit registry. */
export function targetFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!NOT_PROVINCES.has(e.name)) walk(full);
      } else if (/\.ya?ml$/i.test(e.name)) {
        found.push(full);
      }
    }
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir);
  return found;
}

/** The bundled target files, of one province or of all. */
export function bundledTargetPaths(province?: string): string[] {
  const root = bundledTargetsDir();
  return targetFilesUnder(province ? path.join(root, province) : root);
}
