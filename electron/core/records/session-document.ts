import * as Y from 'yjs';
import type { z } from 'zod';
import {
  ChecklistState,
  RiskAction,
  RiskAnswer,
  RiskAnswers,
  RiskQuestionId,
  SessionMeta,
  Tick,
} from '../../../shared/domain';
import {
  SessionDetailField,
  type SessionConflict,
  type SessionFieldKind,
} from '../../../shared/api/session-conflicts';
import { FieldRegisters, fieldState, type FieldVersion } from './field-register';
import { noteText } from './note-text';
import { writeFields } from './ymap-records';

/** The session details a person sets, each kept as a conflict-keeping field (issue #13, item 8). */
export const DETAIL_FIELDS = SessionDetailField.options;
export type DetailField = SessionDetailField;

export type { SessionFieldKind };

/** Who writes, and when: a conflict-keeping field keeps both with its value. */
export interface FieldWriter {
  by: string;
  at: string;
}

const fieldName = (kind: SessionFieldKind, key: string): string => `${kind}:${key}`;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const NoAnswerOr = RiskAnswer.nullable();

/** The schema a field's value must meet; versions that do not are not shown half-understood. */
function valueSchema(kind: SessionFieldKind, key: string): z.ZodType | undefined {
  if (kind === 'tick') return Tick.shape.checked;
  if (kind === 'risk') return RiskQuestionId.safeParse(key).success ? NoAnswerOr : undefined;
  return (DETAIL_FIELDS as readonly string[]).includes(key)
    ? SessionMeta.shape[key as DetailField]
    : undefined;
}

function parseField(field: string): { kind: SessionFieldKind; key: string } | undefined {
  const colon = field.indexOf(':');
  const kind = field.slice(0, colon);
  if (kind !== 'tick' && kind !== 'risk' && kind !== 'detail') return undefined;
  return { kind, key: field.slice(colon + 1) };
}

/**
 * One session as a Yjs document. The note is the XmlFragment 'note' that the renderer's editor
 * binds to and merges as text does. The structured parts a person sets (checklist ticks, risk
 * answers, session details) are conflict-keeping fields (field-register.ts): two values set
 * apart are both kept until a person chooses. The rest of the meta (ids, template version) is
 * written once, in the plain 'meta' map.
 *
 * Documents written before these fields keep their values in the plain maps 'meta', 'ticks' and
 * 'riskAnswers'; a field with no register version is read from there as its single version, and
 * the first write moves it into the register. Every write still sets the plain maps too: an older
 * app reads them, and the signed content (review/session-content.ts) is hashed over them.
 */
export class SessionDocument {
  constructor(readonly doc: Y.Doc) {}

  private registers(): FieldRegisters {
    return new FieldRegisters(this.doc);
  }

  /** The versions of each field that meet its schema, by field name. */
  private validVersions(): Map<string, FieldVersion[]> {
    const out = new Map<string, FieldVersion[]>();
    for (const [field, versions] of this.registers().all()) {
      const parsed = parseField(field);
      const schema = parsed && valueSchema(parsed.kind, parsed.key);
      if (!schema) continue;
      const valid = versions.filter((v) => schema.safeParse(v.value).success);
      if (valid.length > 0) out.set(field, valid);
    }
    return out;
  }

  meta(): SessionMeta | undefined {
    const plain = this.doc.getMap('meta');
    if (plain.size === 0) return undefined;
    const fields = this.validVersions();
    const merged: Record<string, unknown> = plain.toJSON();
    for (const name of DETAIL_FIELDS) {
      const [shown] = fields.get(fieldName('detail', name)) ?? [];
      if (shown) merged[name] = shown.value;
    }
    const parsed = SessionMeta.safeParse(merged);
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * Writes the meta. With a writer, each detail that differs from what is shown now is written to
   * its register (a value equal to the shown one resolves nothing); without one (a new session's
   * first write), the plain map only.
   */
  setMeta(meta: SessionMeta, writer?: FieldWriter): void {
    const map = this.doc.getMap<unknown>('meta');
    if (writer && map.size > 0) {
      const current = this.meta();
      const registers = this.registers();
      for (const name of DETAIL_FIELDS) {
        if (current && same(current[name], meta[name])) continue;
        registers.write(fieldName('detail', name), meta[name], writer.by, writer.at);
      }
    }
    writeFields(map, meta);
  }

  checklist(meta: SessionMeta): ChecklistState {
    const ticks: Record<string, Tick> = {};
    this.doc.getMap<unknown>('ticks').forEach((value, itemId) => {
      const parsed = Tick.safeParse(value);
      if (parsed.success) ticks[itemId] = parsed.data;
    });
    for (const [field, versions] of this.validVersions()) {
      const parsed = parseField(field);
      const [shown] = versions;
      if (parsed?.kind !== 'tick' || !shown) continue;
      ticks[parsed.key] = { checked: shown.value === true, by: shown.by, at: shown.at };
    }
    return ChecklistState.parse({
      templateId: meta.templateId,
      version: meta.templateVersion,
      publicationId: meta.templatePublicationId,
      ticks,
    });
  }

  /** A tick (or untick) as its writer saw the item: a value equal to the shown one writes nothing. */
  setTick(itemId: string, tick: Tick): void {
    const field = fieldName('tick', itemId);
    const [shown] = this.validVersions().get(field) ?? [];
    const plain = Tick.safeParse(this.doc.getMap<unknown>('ticks').get(itemId));
    const current = shown ? shown.value === true : plain.success && plain.data.checked;
    if ((shown || plain.success) && current === tick.checked) return;
    this.registers().write(field, tick.checked, tick.by, tick.at);
    this.doc.getMap<unknown>('ticks').set(itemId, tick);
  }

  /**
   * The answers shown and triaged. Where two answers to one question are kept, a 'yes' counts: a
   * screen never reads lower than what someone recorded (risk/triage.ts keeps every yes too).
   */
  riskAnswers(): RiskAnswers {
    const parsed = RiskAnswers.safeParse(this.doc.getMap('riskAnswers').toJSON());
    const answers = new Map<string, RiskAnswer>(Object.entries(parsed.success ? parsed.data : {}));
    for (const [field, versions] of this.validVersions()) {
      const ref = parseField(field);
      if (ref?.kind !== 'risk') continue;
      const shown = versions.find((v) => v.value === 'yes') ?? versions[0];
      const value = NoAnswerOr.parse(shown?.value ?? null);
      if (value === null) answers.delete(ref.key);
      else answers.set(ref.key, value);
    }
    return RiskAnswers.parse(Object.fromEntries(answers));
  }

  /** Writes each answer that differs from the shown one (a removed key is written as no answer). */
  setRiskAnswers(answers: RiskAnswers, writer: FieldWriter): void {
    const current = this.riskAnswers();
    const map = this.doc.getMap<unknown>('riskAnswers');
    const registers = this.registers();
    const questions = new Set([...Object.keys(current), ...Object.keys(answers), ...map.keys()]);
    for (const id of questions) {
      const questionId = RiskQuestionId.safeParse(id);
      if (!questionId.success) continue;
      const next = answers[questionId.data] ?? null;
      if ((current[questionId.data] ?? null) !== next) {
        registers.write(fieldName('risk', id), next, writer.by, writer.at);
      }
      if (next === null) {
        if (map.has(id)) map.delete(id);
      } else if (map.get(id) !== next) map.set(id, next);
    }
  }

  /** Every field with two or more different values kept, for the person to choose between. */
  conflicts(): SessionConflict[] {
    const out: SessionConflict[] = [];
    for (const [field, versions] of this.validVersions()) {
      const parsed = parseField(field);
      if (!parsed || !fieldState(versions).conflict) continue;
      // Values that met their field's schema are JSON: they came out of a Yjs map.
      out.push({ ...parsed, versions: versions as SessionConflict['versions'] });
    }
    return out.sort((a, b) => (a.kind + a.key < b.kind + b.key ? -1 : 1));
  }

  /**
   * A person's choice for a field (one of the kept values, or another): it supersedes every
   * version kept, and the register logs what it replaced. Returns false for a value the field
   * cannot hold.
   */
  chooseField(kind: SessionFieldKind, key: string, value: unknown, writer: FieldWriter): boolean {
    const schema = valueSchema(kind, key);
    if (!schema?.safeParse(value).success) return false;
    this.registers().choose(fieldName(kind, key), value, writer.by, writer.at);
    if (kind === 'tick') {
      this.doc.getMap<unknown>('ticks').set(key, { checked: value === true, ...writer });
    } else if (kind === 'risk') {
      const map = this.doc.getMap<unknown>('riskAnswers');
      if (value === null) map.delete(key);
      else map.set(key, value);
    } else {
      this.doc.getMap<unknown>('meta').set(key, value);
    }
    return true;
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
