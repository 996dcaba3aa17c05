/** One figure a benchmark prints. `ratio` is value / baseline, both measured in the same run. */
export interface BenchResult {
  suite: string;
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  /** What the figure should meet, as text, e.g. "≤ 1 s" or "ratio ≤ 1.5". */
  goal?: string;
}

export type BenchRecord = Omit<BenchResult, 'suite' | 'ratio'>;

export interface BenchContext {
  /** Arguments after the suite name: `npm run bench -- sync --trace file.json.gz`. */
  args: string[];
  record(result: BenchRecord): void;
}

export interface BenchSuite {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<void>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function sortedCopy(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The value after `name` in a suite's arguments: `arg(args, '--reps')` for `--reps 5`. */
export function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
