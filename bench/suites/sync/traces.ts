import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type * as Y from 'yjs';

/** The sync suite's editing traces (read by path: the project ships no third-party text). */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const TRACES = resolve(repo, '..', 'shared', 'data', 'editing-traces');
export const DOC = 'doc-bench-note';

export type Patch = [position: number, deleted: number, inserted: string];
export interface Txn {
  patches: Patch[];
  agent?: number;
  parents?: number[];
}
export interface Trace {
  /** Concurrent traces say how many agents typed; the replay starts one device for each. */
  numAgents?: number;
  startContent?: string;
  endContent: string;
  txns: Txn[];
}

export function loadTrace(path: string): Trace | undefined {
  if (!existsSync(path)) {
    console.log(`  (trace ${path} not found: skipped)`);
    return undefined;
  }
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Trace;
}

/** Applies a trace transaction's patches to a Y.Text (positions in code points; see the README). */
export function applyPatches(text: Y.Text, patches: Patch[]): void {
  for (const [pos, del, ins] of patches) {
    // The traces are ASCII apart from a few BMP characters: UTF-16 positions equal code points.
    if (del > 0) text.delete(pos, del);
    if (ins) text.insert(pos, ins);
  }
}
