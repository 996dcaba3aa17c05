import { describe, expect, it } from 'vitest';
import {
  caseProgress,
  ChecklistState,
  createRegistry,
  currentStage,
  defaultTemplate,
  findTemplate,
  newChecklistState,
  publishVersion,
  stageProgress,
  templateFor,
  tick,
  untick,
  type ChecklistTemplate,
} from '../../../shared/domain';
import { thrownCode } from './support';

const AT = '2025-03-01T09:00:00+07:00';
const BY = 'counselor-1';

function tickAll(template: ChecklistTemplate, state: ChecklistState, ids: string[]) {
  return ids.reduce((s, id) => tick(template, s, id, BY, AT), state);
}

function stageItems(template: ChecklistTemplate, index: number): string[] {
  return template.stages[index]?.items.map((i) => i.itemId) ?? [];
}

describe('a session checklist', () => {
  const who = defaultTemplate();

  it('records who ticked an item and when', () => {
    const state = tick(who, newChecklistState(who), 'who2004.s1.ventilation', BY, AT);
    expect(state.ticks['who2004.s1.ventilation']).toEqual({ checked: true, by: BY, at: AT });
    expect(ChecklistState.safeParse(state).success).toBe(true);
  });

  it('keeps an untick as a record of who took it back', () => {
    const ticked = tick(who, newChecklistState(who), 'who2004.s1.ventilation', BY, AT);
    const later = '2025-03-01T09:05:00+07:00';
    const state = untick(who, ticked, 'who2004.s1.ventilation', 'supervisor-1', later);
    expect(state.ticks['who2004.s1.ventilation']).toEqual({
      checked: false,
      by: 'supervisor-1',
      at: later,
    });
  });

  it('refuses to tick an item that is not in the session’s template version', () => {
    const state = newChecklistState(who);
    expect(thrownCode(() => tick(who, state, 'who2004.s1.nonsense', BY, AT))).toBe('unknown_item');
    expect(thrownCode(() => tick(who, state, 'ipspi2020.s1.rapport', BY, AT))).toBe('unknown_item');
  });

  it('refuses a template of another version than the session’s', () => {
    const state = { ...newChecklistState(who), version: 2 };
    expect(thrownCode(() => tick(who, state, 'who2004.s1.ventilation', BY, AT))).toBe(
      'template_mismatch',
    );
  });

  it('is at stage 1 before anything is ticked', () => {
    expect(currentStage(who, newChecklistState(who)).stageId).toBe('who2004.s1');
  });

  it('moves to the first stage not fully ticked', () => {
    const state = tickAll(who, newChecklistState(who), [
      ...stageItems(who, 0),
      'who2004.s2.history',
      ...stageItems(who, 2),
    ]);
    expect(currentStage(who, state).stageId).toBe('who2004.s2');
  });

  it('stays at the last stage once every item is ticked', () => {
    const all = who.stages.flatMap((s) => s.items.map((i) => i.itemId));
    expect(currentStage(who, tickAll(who, newChecklistState(who), all)).stageId).toBe('who2004.s4');
  });

  it('counts done and total per stage, and an untick no longer counts', () => {
    let state = tickAll(who, newChecklistState(who), [
      'who2004.s1.confidentiality',
      'who2004.s1.ventilation',
      'who2004.s3.referral',
    ]);
    state = untick(who, state, 'who2004.s1.ventilation', BY, AT);
    expect(stageProgress(who, state).map(({ done, total }) => [done, total])).toEqual([
      [1, 7],
      [0, 5],
      [1, 9],
      [0, 8],
    ]);
  });
});

describe('the progress of a case across sessions', () => {
  it('counts an item as done when any session ticked it', () => {
    const registry = createRegistry();
    const who = defaultTemplate();
    const first = tickAll(who, newChecklistState(who), ['who2004.s1.confidentiality']);
    const second = tickAll(who, newChecklistState(who), [
      'who2004.s1.confidentiality',
      'who2004.s1.ventilation',
    ]);
    const [progress] = caseProgress(registry, [first, second]);
    expect(progress?.sessionCount).toBe(2);
    expect(progress?.stages[0]).toMatchObject({
      done: 2,
      total: 7,
      tickedItemIds: ['who2004.s1.confidentiality', 'who2004.s1.ventilation'],
    });
    expect(progress?.currentStageId).toBe('who2004.s1');
  });

  it('lets each session keep the version it was written with', () => {
    let registry = createRegistry();
    const v1 = defaultTemplate();
    const oldSession = tickAll(v1, newChecklistState(v1), stageItems(v1, 0));

    const v2 = structuredClone(v1);
    v2.version = 2;
    v2.stages[0]?.items.push({
      itemId: 'who2004.s1.informedConsent',
      label: { id: 'Meminta persetujuan klien', en: "Ask for the client's consent" },
    });
    registry = publishVersion(registry, v2);

    // The old session still resolves to version 1, where its stage 1 is complete.
    expect(templateFor(registry, oldSession).version).toBe(1);
    expect(currentStage(templateFor(registry, oldSession), oldSession).stageId).toBe('who2004.s2');

    // Across the case, progress is measured against version 2: the new item is still open.
    const v2Template = findTemplate(registry, 'who2004', 2);
    if (!v2Template) throw new Error('v2 missing');
    const newSession = tickAll(v2Template, newChecklistState(v2Template), ['who2004.s2.history']);
    const [progress] = caseProgress(registry, [oldSession, newSession]);
    expect(progress?.version).toBe(2);
    expect(progress?.stages[0]).toMatchObject({ done: 7, total: 8 });
    expect(progress?.stages[1]).toMatchObject({ done: 1, total: 5 });
    expect(progress?.currentStageId).toBe('who2004.s1');
  });

  it('reports each template a case used separately', () => {
    const registry = createRegistry();
    const who = defaultTemplate();
    const ipspi = findTemplate(registry, 'ipspi2020', 1);
    if (!ipspi) throw new Error('IPSPI missing');
    const states = [
      tickAll(who, newChecklistState(who), ['who2004.s1.ventilation']),
      tickAll(ipspi, newChecklistState(ipspi), ['ipspi2020.s1.rapport']),
    ];
    const progress = caseProgress(registry, states);
    expect(progress.map((p) => p.templateId)).toEqual(['who2004', 'ipspi2020']);
    expect(progress[1]?.currentStageId).toBe('ipspi2020.s2');
  });

  it('refuses a stored session that ticked an id its own version does not have', () => {
    const registry = createRegistry();
    const corrupt: ChecklistState = {
      templateId: 'who2004',
      version: 1,
      ticks: { 'who2004.s9.ghost': { checked: true, by: BY, at: AT } },
    };
    expect(thrownCode(() => caseProgress(registry, [corrupt]))).toBe('unknown_item');
  });

  it('refuses a session whose template version the registry does not hold', () => {
    const registry = createRegistry();
    const orphan: ChecklistState = { templateId: 'who2004', version: 7, ticks: {} };
    expect(thrownCode(() => caseProgress(registry, [orphan]))).toBe('unknown_template');
  });
});
