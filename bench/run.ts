// `npm run bench`: runs every bench/*.bench.ts (each exports `run()`) and prints its figures.
// Benchmarks print numbers; they never pass or fail on timing.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const file of files) {
  console.log(`\n## ${file}`);
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { run: () => Promise<void> };
  await mod.run();
}
