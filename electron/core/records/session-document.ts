import * as Y from 'yjs';
import { ChecklistState, RiskAction, RiskAnswers, SessionMeta, Tick } from '../../../shared/domain';
import { noteText } from './note-text';
import { readRecord, writeFields } from './ymap-records';

/**
 * One session as a Yjs document. The note is the XmlFragment 'note' that the renderer's editor
 * binds to; the structured parts are maps the core writes.
 */
export class SessionDocument {
  constructor(readonly doc: Y.Doc) {}

  meta(): SessionMeta | undefined {
    return readRecord(this.doc.getMap('meta'), SessionMeta);
  }

  setMeta(meta: SessionMeta): void {
    writeFields(this.doc.getMap('meta'), meta);
  }

  checklist(meta: SessionMeta): ChecklistState {
    const ticks: Record<string, Tick> = {};
    this.doc.getMap<unknown>('ticks').forEach((value, itemId) => {
      const parsed = Tick.safeParse(value);
      if (parsed.success) ticks[itemId] = parsed.data;
    });
    return ChecklistState.parse({
      templateId: meta.templateId,
      version: meta.templateVersion,
      publicationId: meta.templatePublicationId,
      ticks,
    });
  }

  setTick(itemId: string, tick: Tick): void {
    this.doc.getMap<unknown>('ticks').set(itemId, tick);
  }

  riskAnswers(): RiskAnswers {
    const parsed = RiskAnswers.safeParse(this.doc.getMap('riskAnswers').toJSON());
    return parsed.success ? parsed.data : {};
  }

  setRiskAnswers(answers: RiskAnswers): void {
    const map = this.doc.getMap<unknown>('riskAnswers');
    for (const key of [...map.keys()]) if (!(key in answers)) map.delete(key);
    writeFields(map, answers);
  }

  riskAt(): string | undefined {
    const at = this.doc.getMap<unknown>('riskMeta').get('answeredAt');
    return typeof at === 'string' ? at : undefined;
  }

  setRiskAt(at: string): void {
    this.doc.getMap<unknown>('riskMeta').set('answeredAt', at);
  }

  riskActions(): RiskAction[] {
    return this.doc
      .getArray<unknown>('riskActions')
      .toArray()
      .flatMap((value) => {
        const parsed = RiskAction.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
  }

  addRiskAction(action: RiskAction): void {
    this.doc.getArray<unknown>('riskActions').push([action]);
  }

  noteText(): string {
    return noteText(this.doc.getXmlFragment('note'));
  }
}
