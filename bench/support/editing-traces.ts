import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Real editing traces (josephg/editing-traces format), read by path only: the project ships no
 * third-party text. See ../shared/data/editing-traces/README.md beside the repository.
 */
export type Patch = [position: number, deleted: number, inserted: string];

export interface SequentialTrace {
  startContent: string;
  endContent: string;
  txns: Array<{ time?: string; patches: Patch[] }>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the shared traces live when the repository sits beside ../shared. */
export function defaultTracePath(name: string): string {
  return join(repoRoot, '..', 'shared', 'data', 'editing-traces', name);
}

export function loadTrace(file: string): SequentialTrace | undefined {
  if (!existsSync(file)) return undefined;
  const raw = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return JSON.parse(text) as SequentialTrace;
}
