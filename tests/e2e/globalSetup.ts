import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { chromiumPath, distDir } from './chromium';

/** A free TCP port on 127.0.0.1, so parallel runs and a running dev server do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within 60 s:\n${output()}`);
}

/** Serves dist/ with `astro preview` on 127.0.0.1 and hands its URL to the tests. */
export default async function setup(project: TestProject) {
  const dist = distDir();
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`${dist}/ is missing: run \`npm run build\` first (npm run test:e2e does it for you).`);
  }
  chromiumPath(); // fail fast, with instructions, when no Chromium is installed
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  // Spawned from node_modules/.bin (not npx) so killing this process ends the server.
  const child = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await waitForServer(`${baseUrl}/`, child, () => log);
  project.provide('baseUrl', baseUrl);
  return () => {
    child.kill('SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
