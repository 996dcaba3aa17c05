import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  ChecklistTemplate,
  createRegistry,
  defaultTemplate,
  findTemplate,
  latestVersion,
  publishVersion,
  templateItemIds,
  type TemplateRegistry,
} from '../../../shared/domain';
import { thrownCode } from './support';

function nextVersionOfWho(registry: TemplateRegistry): ChecklistTemplate {
  const v1 = findTemplate(registry, 'who2004', 1);
  if (!v1) throw new Error('WHO 2004 missing');
  const v2 = structuredClone(v1);
  v2.version = 2;
  v2.stages[0]?.items.push({
    itemId: 'who2004.s1.informedConsent',
    label: { id: 'Meminta persetujuan klien', en: "Ask for the client's consent" },
  });
  return v2;
}

describe('the built-in checklist templates', () => {
  it('ship WHO 2004, IPSPI 2020 and WHO Psychological First Aid, all valid', () => {
    const templates = builtInTemplates();
    expect(templates.map((t) => t.templateId)).toEqual(['who2004', 'ipspi2020', 'whoPfa2011']);
    for (const t of templates) expect(ChecklistTemplate.safeParse(t).success).toBe(true);
  });

  it('make the WHO 2004 set the default, with 4 stages of 7, 5, 9 and 8 items', () => {
    const who = defaultTemplate();
    expect(who.templateId).toBe('who2004');
    expect(who.stages.map((s) => s.items.length)).toEqual([7, 5, 9, 8]);
  });

  it('keep the Indonesian wording of the paper as the primary label', () => {
    const [s1] = defaultTemplate().stages;
    expect(s1?.title.id).toBe('Tahap 1 — Membangun hubungan baik dan membina kepercayaan');
    expect(s1?.items[0]?.label).toEqual({
      id: 'Menjaga rahasia dan mendiskusikan keterbatasan rahasia',
      en: 'Keep confidentiality and discuss its limits',
    });
  });

  it('carry the paper’s note on meeting face to face when evaluating options online is not enough', () => {
    const s3 = defaultTemplate().stages[2];
    const evaluate = s3?.items.find((i) => i.itemId === 'who2004.s3.evaluateOptions');
    expect(evaluate?.note?.id).toMatch(/tatap muka/);
    expect(evaluate?.note?.en).toMatch(/face to face/);
  });

  it('give the IPSPI set its four stages, with the four listening activities in stage 2', () => {
    const ipspi = builtInTemplates().find((t) => t.templateId === 'ipspi2020');
    expect(ipspi?.stages).toHaveLength(4);
    expect(ipspi?.stages[1]?.items.map((i) => i.label.id)).toEqual([
      'Menggali masalah',
      'Eksplorasi penyelesaian masalah',
      'Mendengarkan empatik',
      'Mengajukan pertanyaan terbuka dan reflektif',
    ]);
  });

  it('give Psychological First Aid the look, listen and link stages and cite the WHO guide', () => {
    const pfa = builtInTemplates().find((t) => t.templateId === 'whoPfa2011');
    expect(pfa?.stages.map((s) => s.title.en)).toEqual(['Look', 'Listen', 'Link']);
    expect(pfa?.source).toContain('Psychological First Aid: Guide for field workers');
  });

  it('use ids that are unique and prefixed by their template', () => {
    for (const t of builtInTemplates()) {
      const ids = [...t.stages.map((s) => s.stageId), ...templateItemIds(t)];
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`${t.templateId}.`)).toBe(true);
    }
  });

  it('hand out copies, so editing one does not change the next', () => {
    defaultTemplate().stages.pop();
    expect(defaultTemplate().stages).toHaveLength(4);
  });

  it('reject a template with a duplicate item id', () => {
    const t = defaultTemplate();
    const first = t.stages[0]?.items[0];
    if (first) t.stages[1]?.items.push(first);
    expect(ChecklistTemplate.safeParse(t).success).toBe(false);
  });
});

describe('the template registry', () => {
  it('starts with version 1 of every built-in template', () => {
    const registry = createRegistry();
    expect(latestVersion(registry, 'who2004')).toBe(1);
    expect(latestVersion(registry, 'ipspi2020')).toBe(1);
    expect(latestVersion(registry, 'nothing')).toBeUndefined();
  });

  it('publishes a new version and keeps the old one resolvable', () => {
    const registry = createRegistry();
    const next = publishVersion(registry, nextVersionOfWho(registry));
    expect(latestVersion(next, 'who2004')).toBe(2);
    expect(findTemplate(next, 'who2004', 1)?.stages[0]?.items).toHaveLength(7);
    expect(findTemplate(next, 'who2004', 2)?.stages[0]?.items).toHaveLength(8);
    // The registry is immutable: the old value still knows only version 1.
    expect(latestVersion(registry, 'who2004')).toBe(1);
  });

  it('refuses a version that is not the latest plus one', () => {
    const registry = createRegistry();
    const v3 = { ...nextVersionOfWho(registry), version: 3 };
    const again = { ...nextVersionOfWho(registry), version: 1 };
    expect(thrownCode(() => publishVersion(registry, v3))).toBe('version_not_next');
    expect(thrownCode(() => publishVersion(registry, again))).toBe('version_not_next');
  });

  it('refuses to publish a template whose ids are not unique', () => {
    const registry = createRegistry();
    const bad = nextVersionOfWho(registry);
    bad.stages[1]?.items.push({ itemId: 'who2004.s1.ventilation', label: { id: 'x', en: 'x' } });
    expect(thrownCode(() => publishVersion(registry, bad))).toBe('invalid_template');
  });

  it('accepts a supervisor’s own template as version 1 of a new id', () => {
    const own: ChecklistTemplate = {
      templateId: 'satpelsosJakbar',
      version: 1,
      name: { id: 'Daftar Satpelsos Jakarta Barat', en: 'West Jakarta Satpelsos list' },
      source: 'Suku Dinas Sosial Jakarta Barat',
      stages: [
        {
          stageId: 'satpelsosJakbar.s1',
          title: { id: 'Asesmen', en: 'Assessment' },
          items: [{ itemId: 'satpelsosJakbar.s1.visit', label: { id: 'Kunjungan', en: 'Visit' } }],
        },
      ],
    };
    expect(latestVersion(publishVersion(createRegistry(), own), 'satpelsosJakbar')).toBe(1);
  });
});
