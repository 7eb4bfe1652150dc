import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath, distDir } from './chromium';
import { startPreview } from './previewServer';

/** Serves dist/ with `astro preview` on 127.0.0.1 and hands its URL to the tests. */
export default async function setup(project: TestProject) {
  const dist = distDir();
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(
      `${dist}/ is missing: run \`npm run build\` first (npm run test:e2e does it for you).`,
    );
  }
  chromiumPath(); // fail fast, with instructions, when no Chromium is installed
  const { baseUrl, stop } = await startPreview(dist);
  project.provide('baseUrl', baseUrl);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
