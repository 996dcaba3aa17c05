import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { createCore, type Core } from '../../../electron/core';
import { silentLogger } from '../../../electron/core/log';
import { TEST_KDF_COST } from '../../../electron/core/vault';

export const PASSPHRASE = 'kopi tubruk di pagi hujan 1987';

export interface CoreHarness {
  core: Core;
  dataDir: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** A real core on a temp data directory, called through its dispatcher like a window would. */
export async function startCore(
  dataDir = mkdtempSync(join(tmpdir(), 'pd-core-')),
): Promise<CoreHarness> {
  const core = await createCore({
    dataDir,
    version: 'test',
    host: 'web',
    log: silentLogger(),
    kdfCost: TEST_KDF_COST,
  });
  let id = 0;
  return {
    core,
    dataDir,
    async call(method, input) {
      const response = await core.dispatch({ kind: 'request', id: ++id, method, input });
      if (!response) throw new Error('frame refused');
      if (!response.result.ok) {
        const error = new Error(`${response.result.error.code}: ${response.result.error.message}`);
        const { code, fields } = response.result.error;
        Object.assign(error, fields ? { code, fields } : { code });
        throw error;
      }
      return response.result.value as MethodOutput<typeof method>;
    },
  };
}

/** An edit as the renderer's editor makes it: a paragraph appended to the 'note' fragment. */
export function noteEdit(documentState: string, text: string): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(documentState, 'base64'));
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('note').push([paragraph]);
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

export function noteOf(documentState: string): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(documentState, 'base64'));
  return doc.getXmlFragment('note').toString();
}
