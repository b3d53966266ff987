import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckoutLine, CheckoutSessionState, PaymentEvent } from './port';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && path !== thisFile ? [path] : [];
  });
}

/** Ways money turns into a float: conversions to/from major units, and float formatting/rounding. */
const floatMoney: [string, RegExp, { testsToo: boolean }][] = [
  ['parseFloat', /parseFloat\s*\(/, { testsToo: true }],
  ['multiplying by 100', /\*\s*100(?:\.0*)?(?![\d_])/, { testsToo: true }],
  ['dividing by 100', /\/\s*100(?:\.0*)?(?![\d_])/, { testsToo: true }],
  ['toFixed', /\.toFixed\s*\(/, { testsToo: true }],
  ['Math.round', /Math\.round\s*\(/, { testsToo: true }],
  // Tests feed fractional amounts on purpose, to see them refused.
  ['a decimal literal', /(?<![\w.])\d+\.\d+(?![\w.])/, { testsToo: false }],
];

describe('money is never a floating-point number in this package', () => {
  const files = sourceFiles(packageDir);

  it('scans the package’s source files', () => {
    expect(files.map((f) => relative(packageDir, f))).toEqual(expect.arrayContaining(['src/port.ts', 'src/stripe.ts', 'src/testing/stripe-double.ts']));
  });

  it.each(floatMoney)('no %s', (_what, pattern, { testsToo }) => {
    const hits = files.filter((file) => testsToo || !file.endsWith('.test.ts')).flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .map((line, i) => ({ where: `${relative(packageDir, file)}:${i + 1}`, line }))
      .filter(({ line }) => !/^\s*(\/\*|\*|\/\/)/.test(line) && pattern.test(line)));
    expect(hits).toEqual([]);
  });

  it('the patterns do catch the usual float-money code', () => {
    const bad = ['const amount = parseFloat(input);', 'unit_amount: Math.round(price * 100),', 'const shown = (minor / 100).toFixed(2);', 'const fee = 0.05;'];
    for (const line of bad) expect(floatMoney.some(([, pattern]) => pattern.test(line)), line).toBe(true);
    expect(floatMoney.some(([, pattern]) => pattern.test('const ms = seconds * 1000;'))).toBe(false);
  });

  it('every money field in the port is named in minor units and typed as a number', () => {
    const line: CheckoutLine = { name: 'x', unitAmountMinor: 100, quantity: 1 };
    const state: Pick<CheckoutSessionState, 'amountTotalMinor'> = { amountTotalMinor: 100 };
    const event: Pick<PaymentEvent, 'amountTotalMinor'> = { amountTotalMinor: 100 };
    for (const amount of [line.unitAmountMinor, state.amountTotalMinor, event.amountTotalMinor]) {
      expect(Number.isInteger(amount)).toBe(true);
    }
  });
});
