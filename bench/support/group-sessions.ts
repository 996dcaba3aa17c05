import * as Y from 'yjs';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { createCore, type CoreOptions } from '../../electron/core';
import { percentile, sortedCopy, type BenchRecord } from '../harness';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** Issue #13, item 4: the vault's group sessions, three participants each. */
export const GROUP_SESSIONS = 500;

/** A paragraph appended to a document's 'note' fragment, as the editor writes it. */
function noteEdit(documentState: string, text: string): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(documentState, 'base64'));
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('note').push([paragraph]);
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

/**
 * 500 group sessions over the vault's cases (three neighbouring cases each, so every case takes
 * part in one or two): a shared note each, and one participant's part written. Returns the group
 * ids and every part's session id, which the probe opens like any session.
 */
export async function addGroupSessions(
  call: Call,
  caseIds: readonly string[],
): Promise<{ groupIds: string[]; partIds: string[] }> {
  const groupIds: string[] = [];
  const partIds: string[] = [];
  for (let g = 0; g < GROUP_SESSIONS; g++) {
    const at = (g * 2) % caseIds.length;
    const ids = [0, 1, 2].map((k) => caseIds[(at + k) % caseIds.length] ?? '');
    const day = String(1 + (g % 28)).padStart(2, '0');
    const group = await call('groups.create', {
      caseIds: ids,
      startsAt: `2026-10-${day}T14:00:00+07:00`,
      durationMinutes: 90,
      channel: 'faceToFace',
    });
    await call('groups.updateNote', {
      groupId: group.meta.id,
      update: noteEdit(
        group.documentState,
        `Kelompok ${g} berlatih napas dalam dan berbagi cerita`,
      ),
    });
    const first = group.participants[0];
    if (first) {
      const part = await call('sessions.get', { sessionId: first.sessionId });
      await call('documents.update', {
        documentId: part.documentId,
        update: noteEdit(part.documentState, `Bagian peserta ${g}: tidur mulai membaik`),
      });
    }
    groupIds.push(group.meta.id);
    partIds.push(...group.participants.map((p) => p.sessionId));
  }
  return { groupIds, partIds };
}

/** Opening a group session's shared part after a restart, p95 of 100 across the vault. */
export async function measureGroupOpening(
  options: CoreOptions,
  passphrase: string,
  caller: (core: Awaited<ReturnType<typeof createCore>>) => Call,
  groupIds: readonly string[],
  record: (result: BenchRecord) => void,
): Promise<void> {
  const core = await createCore(options);
  const call = caller(core);
  await call('vault.unlock', { passphrase });
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const groupId = groupIds[(i * 37) % groupIds.length] ?? '';
    const started = performance.now();
    await call('groups.get', { groupId });
    times.push(performance.now() - started);
  }
  core.close();
  record({
    name: `open a group session's shared part with its 3 parts, p95 (of ${GROUP_SESSIONS} groups)`,
    value: percentile(sortedCopy(times), 95),
    unit: 'ms',
    goal: '≤ 50 ms',
  });
}
