import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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

/** Flags from STACK-NOTES: no background traffic to other hosts; software WebGPU/WebGL on CPU-only machines. */
const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--enable-unsafe-webgpu',
  '--enable-unsafe-swiftshader',
];

/** Launches headless Chromium with the project's flags (tests and browser benchmarks). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
}
