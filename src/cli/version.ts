import { readFileSync } from 'node:fs';

/** Read from package.json at run time so the version is never out of step with the package. */
export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
