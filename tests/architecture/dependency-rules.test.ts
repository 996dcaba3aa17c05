import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

/** Every folder whose layer ARCHITECTURE.md names; the rules are in .dependency-cruiser.cjs. */
const LAYERS = ['electron', 'renderer/src', 'shared', 'server'];

function describeViolation(v: IViolation): string {
  const rule = `${v.rule.name}:`;
  if (v.cycle?.length) {
    return `${rule} ${[v.from, ...v.cycle.map((step) => step.name)].join('\n    → ')}`;
  }
  const to = v.unresolvedTo && v.unresolvedTo !== v.to ? `${v.to} (${v.unresolvedTo})` : v.to;
  return `${rule} ${v.from} → ${to}`;
}

describe('the layers of ARCHITECTURE.md, checked by dependency-cruiser', () => {
  it('no import crosses a layer it may not cross, and no runtime import cycle exists', async () => {
    const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
    const { output } = await cruise(LAYERS, options, undefined, {
      tsConfig: extractTSConfig('tsconfig.json'),
    });
    const result = output as ICruiseResult;
    // A cruise that found nothing would pass vacuously: it must have seen the app.
    expect(result.summary.totalCruised).toBeGreaterThan(300);
    const violations = result.summary.violations.map(describeViolation);
    if (violations.length > 0) console.error(`\n${violations.join('\n\n')}\n`);
    expect(violations).toEqual([]);
  }, 120_000);
});
