import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  caseProgress,
  concurrentLatest,
  createRegistry,
  defaultTemplate,
  hasItem,
  latestTemplate,
  mergePublished,
  newChecklistState,
  templateFor,
  tick,
  type ChecklistState,
  type ChecklistTemplate,
  type TemplateRegistry,
} from '../../../shared/domain';
import {
  addPublished,
  newPublication,
  publishedTemplates,
} from '../../../electron/core/records/team-templates';

const WHO = defaultTemplate().templateId;

/** Version 2 of the default set with one item of the supervisor's own added to stage 1. */
function draftWith(item: string, version = 2): ChecklistTemplate {
  const draft = { ...defaultTemplate(), version };
  draft.stages[0]?.items.push({ itemId: `${WHO}.s1.${item}`, label: { id: item, en: item } });
  return draft;
}

function registryOf(doc: Y.Doc): TemplateRegistry {
  return mergePublished(createRegistry(), publishedTemplates(doc)).registry;
}

function merged(first: Y.Doc, second: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(second));
  return doc;
}

/** Two supervisors apart, each publishing version 2 against the same registry. */
function publishedApart() {
  const base = createRegistry();
  const atRiverside = new Y.Doc();
  const inTown = new Y.Doc();
  const first = newPublication(base, draftWith('homeVisit'), 'u-ana', '2026-11-20T08:00:00.000Z');
  const second = newPublication(base, draftWith('consent'), 'u-budi', '2026-11-20T09:00:00.000Z');
  addPublished(atRiverside, first);
  addPublished(inTown, second);
  return { atRiverside, inTown, first, second };
}

describe('checklist versions two supervisors published under the same number while apart', () => {
  it('keeps both, and every device orders them the same whichever order the updates arrive in', () => {
    const { atRiverside, inTown, first, second } = publishedApart();
    const oneWay = registryOf(merged(atRiverside, inTown));
    const otherWay = registryOf(merged(inTown, atRiverside));
    expect(oneWay).toEqual(otherWay);

    // The same after the two documents sync with each other in place.
    Y.applyUpdate(atRiverside, Y.encodeStateAsUpdate(inTown));
    Y.applyUpdate(inTown, Y.encodeStateAsUpdate(atRiverside));
    expect(registryOf(atRiverside)).toEqual(oneWay);
    expect(registryOf(inTown)).toEqual(oneWay);

    expect(oneWay.templates[WHO]?.map((t) => t.version)).toEqual([1, 2, 2]);
    // Both keep number 2; the later publication is the one new sessions use.
    expect(latestTemplate(oneWay, WHO)?.publication?.id).toBe(second.publication?.id);
    expect(concurrentLatest(oneWay, WHO).map((t) => t.publication)).toEqual([
      first.publication,
      second.publication,
    ]);
  });

  it('lets a session written with the version new sessions no longer use keep its own items', () => {
    const { atRiverside, inTown, first } = publishedApart();
    const written = newChecklistState(first);
    expect(written.publicationId).toBe(first.publication?.id);

    const registry = registryOf(merged(inTown, atRiverside));
    const own = templateFor(registry, written);
    expect(hasItem(own, `${WHO}.s1.homeVisit`)).toBe(true);
    expect(hasItem(own, `${WHO}.s1.consent`)).toBe(false);
    const ticked = tick(own, written, `${WHO}.s1.homeVisit`, 'u-ana', '2026-11-21T09:00:00.000Z');
    expect(() => tick(own, written, `${WHO}.s1.consent`, 'u-ana', '2026-11-21T09:00:00Z')).toThrow(
      /not in/,
    );
    const [progress] = caseProgress(registry, [ticked]);
    expect(progress?.stages[0]?.tickedItemIds).toContain(`${WHO}.s1.homeVisit`);
  });

  it('continues from either one as the next number, and refuses that number again', () => {
    const { atRiverside, inTown, first } = publishedApart();
    const registry = registryOf(merged(atRiverside, inTown));
    const third = newPublication(
      registry,
      { ...first, version: 3 },
      'u-ana',
      '2026-11-22T09:00:00.000Z',
    );
    expect(third.publication?.id).not.toBe(first.publication?.id);
    expect(() =>
      newPublication(registry, draftWith('again'), 'u-ana', '2026-11-22T09:00:00Z'),
    ).toThrow(expect.objectContaining({ code: 'bad_request' }));
    addPublished(atRiverside, third);
    const next = registryOf(merged(atRiverside, inTown));
    expect(latestTemplate(next, WHO)?.version).toBe(3);
    expect(concurrentLatest(next, WHO)).toEqual([]);
  });

  it('still resolves sessions and versions stored before publications had ids', () => {
    const doc = new Y.Doc();
    const older = draftWith('older');
    // The earlier format: one entry per version number, no publication.
    doc.getMap('templates').set(`${WHO}@2`, older);
    const { second } = publishedApart();
    addPublished(doc, second);
    const registry = registryOf(doc);

    const olderSession: ChecklistState = { templateId: WHO, version: 2, ticks: {} };
    expect(hasItem(templateFor(registry, olderSession), `${WHO}.s1.older`)).toBe(true);
    expect(hasItem(templateFor(registry, newChecklistState(second)), `${WHO}.s1.consent`)).toBe(
      true,
    );
    const builtIn: ChecklistState = { templateId: WHO, version: 1, ticks: {} };
    expect(templateFor(registry, builtIn).publication).toBeUndefined();
  });
});
