import { describe, expect, it } from 'vitest';

// Runs the `@example` lines of src/lib that state a result, so a JSDoc example cannot drift from
// the code (issue 11, item 4: an example once gave 1.8e12 where the function returns 1.29e12).
// Chosen over mirroring each example in a unit test by hand, because a new example is then checked
// without anyone remembering to. An example is run when:
// - it is one expression (no `;`, no `const`, no elided argument `...`/`…`) followed by `// <expected>`;
// - the expected result starts with a number (optionally `≈`, thousands commas, a k/M/B/T suffix)
//   or is `true`/`false`; text after it ("(GPT-3 175B)", "with the Sec. 4.2 fit") is a comment;
// - every name in it is an export of src/lib (an example on a free variable such as `points` or
//   `runs` is illustrative and skipped; one that calls an unknown function fails).
// `≈ x` must round to x at the digits shown; a plain number must match to 1e-9 (relative).

const sources = import.meta.glob('../../src/lib/**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const modules = import.meta.glob('../../src/lib/**/*.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;

const allExports: Record<string, unknown> = {};
for (const mod of Object.values(modules)) Object.assign(allExports, mod);

interface Example {
  file: string;
  expr: string;
  expected: string;
}

const NUMBER = /^(≈\s*)?(-?\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?)(k|M|B|T)?(?=$|\s|,\s|;|\))/;
const SUFFIX: Record<string, number> = { k: 1e3, M: 1e6, B: 1e9, T: 1e12 };

function collectExamples(): Example[] {
  const out: Example[] = [];
  for (const [file, text] of Object.entries(sources)) {
    for (const line of text.split('\n')) {
      const m = /@example\s+(.+?)\s+\/\/\s+(.+)$/.exec(line);
      if (!m) continue;
      out.push({ file: file.replace('../../', ''), expr: m[1]!, expected: m[2]!.trim() });
    }
  }
  return out;
}

/** The expected value and the allowed error, or null when the example states no number or boolean. */
function parseExpected(expected: string): { value: number | boolean; tolerance: number } | null {
  if (/^(true|false)\b/.test(expected)) return { value: expected.startsWith('true'), tolerance: 0 };
  const m = NUMBER.exec(expected);
  if (!m) return null;
  const approx = m[1] !== undefined;
  const digits = m[2]!.replace(/,/g, '');
  const scale = SUFFIX[m[3] ?? ''] ?? 1;
  const value = Number(digits) * scale;
  if (!approx) return { value, tolerance: Math.abs(value) * 1e-9 };
  // Half a unit in the last digit shown: 1.29e12 → 0.005e12; 699k → 0.5k.
  const [mantissa = '', exponent = '0'] = digits.split('e');
  const decimals = mantissa.includes('.') ? mantissa.split('.')[1]!.length : 0;
  return { value, tolerance: 0.5 * 10 ** (Number(exponent) - decimals) * scale * (1 + 1e-9) };
}

/** Evaluates an example with every export of src/lib in scope (its own module's first); TypeScript's `!` is dropped. */
function evaluate(example: Example): { ok: true; value: unknown } | { ok: false; missing: string } {
  const own = modules[`../../${example.file}`] ?? {};
  const scope = { ...allExports, ...own };
  const js = example.expr.replace(/([\w)\]])!(?=[.)[,\s])/g, '$1');
  try {
    const run = new Function(...Object.keys(scope), `return (${js});`) as (
      ...args: unknown[]
    ) => unknown;
    return { ok: true, value: run(...Object.values(scope)) };
  } catch (e) {
    if (e instanceof ReferenceError)
      return { ok: false, missing: /(\w+) is not defined/.exec(e.message)?.[1] ?? e.message };
    throw e;
  }
}

const examples = collectExamples();
const ELIDED = /\.\.\.\s*[,})\]]|…/;
const runnable = examples.filter(
  (e) =>
    !/;|\bconst\b|\blet\b/.test(e.expr) &&
    !ELIDED.test(e.expr) &&
    parseExpected(e.expected) !== null,
);

describe('@example lines of src/lib', () => {
  it('finds the examples (a guard against a parser that silently matches nothing)', () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(runnable.length).toBeGreaterThan(50);
  });

  it.each(runnable.map((e) => [`${e.file}: ${e.expr} // ${e.expected}`, e] as const))(
    '%s',
    (_, example) => {
      const expected = parseExpected(example.expected)!;
      const result = evaluate(example);
      if (!result.ok) {
        // A free variable (`points`, `runs`) makes the example illustrative; an unknown function is a typo.
        expect(
          new RegExp(`\\b${result.missing}\\s*\\(`).test(example.expr),
          `${result.missing} is not an export of src/lib`,
        ).toBe(false);
        return;
      }
      if (typeof expected.value === 'boolean') {
        expect(result.value).toBe(expected.value);
        return;
      }
      expect(typeof result.value, 'the example should evaluate to a number').toBe('number');
      expect(Math.abs((result.value as number) - expected.value)).toBeLessThanOrEqual(
        expected.tolerance,
      );
    },
  );
});
