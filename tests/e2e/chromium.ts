import { existsSync } from 'node:fs';

/** The Chromium to drive: $CHROMIUM_PATH, default /usr/bin/chromium; a clear error when missing. */
export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The end-to-end tests drive a system Chromium: install one ` +
        '(Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.',
    );
  }
  return path;
}

/** The built site under test: dist/, or $E2E_DIST (a second build directory lets two builds run side by side). */
export function distDir(): string {
  return process.env['E2E_DIST'] ?? 'dist';
}
