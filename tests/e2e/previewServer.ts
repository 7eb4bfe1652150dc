import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

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

async function waitForServer(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
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

/**
 * Serves a built site (`dist`) with `astro preview` on 127.0.0.1 at a free port; used by the
 * end-to-end tests' global setup and by the browser benchmarks. `stop` ends the server.
 */
export async function startPreview(dist: string): Promise<{ baseUrl: string; stop: () => void }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  // Spawned from node_modules/.bin (not npx) so killing this process ends the server.
  const child = spawn(
    'node_modules/.bin/astro',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await waitForServer(`${baseUrl}/`, child, () => log);
  return { baseUrl, stop: () => child.kill('SIGTERM') };
}
