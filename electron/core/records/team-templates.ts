import * as Y from 'yjs';
import {
  builtInTemplates,
  ChecklistTemplate,
  createRegistry,
  publishVersion,
  type TemplateRegistry,
} from '../../../shared/domain';
import type { DocumentStore } from '../docs';
import type { Store } from '../store';

/**
 * Checklist templates a supervisor published for the team (issue "Supervision"): one shared
 * document per team, `templates-<team id>`, holding every published version. The registry a
 * device uses is the built-in templates plus these; sessions keep the version they were written
 * with, so versions are only ever added.
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
  return out.sort((a, b) => a.version - b.version);
}

export function addPublished(doc: Y.Doc, template: ChecklistTemplate): void {
  doc.getMap<unknown>('templates').set(`${template.templateId}@${template.version}`, template);
}

/** The registry, rebuilt only when a templates document changed since the last call. */
export class TemplateRegistryCache {
  private key = '';
  private registry: TemplateRegistry = createRegistry();

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
    let registry = createRegistry(builtInTemplates());
    for (const template of docs.flatMap(publishedTemplates)) {
      try {
        registry = publishVersion(registry, template);
      } catch {
        // A version that does not follow (two supervisors published the same number while
        // apart) is left out rather than breaking every checklist; the next publish continues.
      }
    }
    this.key = key;
    this.registry = registry;
    return registry;
  }
}
