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

/**
 * No background traffic to other hosts (updates, sync, QUIC probes), so a test sees only the
 * site's own requests; and WebGPU and WebGL on SwiftShader, so the labs' backends start on
 * machines without a GPU.
 */
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
