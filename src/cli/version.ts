import { readFileSync } from 'node:fs';

/**
 * The package version, read from package.json (two levels up from both `src/cli/` and
 * `dist/cli/`), so `--version` never disagrees with the published package.
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
