import * as Y from 'yjs';
import {
  builtInIntakeTemplates,
  builtInTemplates,
  ChecklistTemplate,
  comparePublications,
  createRegistry,
  DomainError,
  mergePublished,
  publishVersion,
  type TemplateRegistry,
} from '../../../shared/domain';
import type { DocumentStore } from '../docs';
import { CoreError } from '../errors';
import type { Store } from '../store';
import { newRecordId } from './document-ids';

/**
 * Checklist templates a supervisor published for the team (issue "Supervision"): one shared
 * document per team, `templates-<team id>`, holding every published version. The registry a
 * device uses is the built-in templates plus these; sessions keep the version they were written
 * with, so versions are only ever added.
 *
 * Each publication is its own map entry, keyed by its publication id: two supervisors who publish
 * the same version number while apart both keep theirs (a key per version would keep only the
 * last writer's, and sessions written with the other would lose their items). Entries written
 * before publications had ids are keyed `<template>@<version>` and still read.
 */
export const TEMPLATES_KIND = 'templates';
export const templatesDocumentId = (teamIdHex: string): string => `templates-${teamIdHex}`;

export function isTemplatesDocument(docId: string): boolean {
  return /^templates-[0-9a-f]{32}$/.test(docId);
}

export function publishedTemplates(doc: Y.Doc): ChecklistTemplate[] {
  const out: ChecklistTemplate[] = [];
  doc.getMap<unknown>('templates').forEach((value) => {
    const parsed = ChecklistTemplate.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort(comparePublications);
}

/**
 * The version a supervisor is about to publish, checked against the registry they see (exactly
 * the latest + 1, and valid) and given a publication of its own: a new id, who and when. Whatever
 * publication the draft carried (the version it was edited from) is replaced.
 */
export function newPublication(
  registry: TemplateRegistry,
  draft: ChecklistTemplate,
  by: string,
  at: string,
): ChecklistTemplate {
  const template: ChecklistTemplate = { ...draft, publication: { id: newRecordId(), by, at } };
  try {
    publishVersion(registry, template);
  } catch (error) {
    if (error instanceof DomainError) throw new CoreError('bad_request', error.message);
    throw error;
  }
  return template;
}

export function addPublished(doc: Y.Doc, template: ChecklistTemplate): void {
  const key = template.publication
    ? `${template.templateId}@${template.version}#${template.publication.id}`
    : `${template.templateId}@${template.version}`;
  doc.getMap<unknown>('templates').set(key, template);
}

/** The intake questionnaires are versioned and published like the checklists (issue #13). */
function builtInRegistry(): TemplateRegistry {
  return createRegistry([...builtInTemplates(), ...builtInIntakeTemplates()]);
}

/** The registry, rebuilt only when a templates document changed since the last call. */
export class TemplateRegistryCache {
  private key = '';
  private registry: TemplateRegistry = builtInRegistry();

  constructor(
    private readonly store: Store,
    private readonly docs: DocumentStore,
  ) {}

  current(): TemplateRegistry {
    const ids = this.store.isOpen ? this.store.listDocumentIds(TEMPLATES_KIND) : [];
    const docs = ids.map((id) => this.docs.open(id));
    const key = docs
      .map((d, i) => `${ids[i]}:${Buffer.from(Y.encodeStateVector(d)).toString('base64')}`)
      .join('|');
    if (key === this.key) return this.registry;
    // A version with a gap in the numbers is left out rather than breaking every checklist.
    const { registry } = mergePublished(builtInRegistry(), docs.flatMap(publishedTemplates));
    this.key = key;
    this.registry = registry;
    return registry;
  }
}
