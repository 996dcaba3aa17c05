import { z } from 'zod';
import { DomainError } from '../errors';
import { builtInTemplates } from './built-in';
import { ChecklistId, ChecklistTemplate } from './template';

/**
 * Every published version of every template, oldest first. Versions are never removed: a session
 * keeps the version it was written with, so that version must stay resolvable for ever.
 * Immutable: publishing returns a new registry.
 */
export const TemplateRegistry = z.object({
  templates: z.record(ChecklistId, z.array(ChecklistTemplate).min(1)),
});
export type TemplateRegistry = z.infer<typeof TemplateRegistry>;

/**
 * The order of the versions of one template, the same on every device: by version number, then,
 * among versions published under the same number while apart, a built-in or older-format one
 * (no publication) first, then by publication time and id. The last is the latest.
 */
export function comparePublications(a: ChecklistTemplate, b: ChecklistTemplate): number {
  if (a.version !== b.version) return a.version - b.version;
  if (!a.publication || !b.publication) return (a.publication ? 1 : 0) - (b.publication ? 1 : 0);
  return (
    Date.parse(a.publication.at) - Date.parse(b.publication.at) ||
    (a.publication.id < b.publication.id ? -1 : a.publication.id > b.publication.id ? 1 : 0)
  );
}

/** A registry holding `templates` (the built-in set by default), each published in turn. */
export function createRegistry(
  templates: ChecklistTemplate[] = builtInTemplates(),
): TemplateRegistry {
  const ordered = [...templates].sort(comparePublications);
  return ordered.reduce(publishVersion, { templates: {} });
}

/**
 * Adds the versions published for the team to a registry, in the order every device agrees on.
 * A version published under a number that already exists, with a publication of its own (two
 * supervisors published while apart), is kept beside the other: sessions written with either
 * keep their items. One that does not follow (a gap in the numbers) or does not validate is left
 * out rather than breaking every checklist; `skipped` counts them.
 */
export function mergePublished(
  registry: TemplateRegistry,
  published: readonly ChecklistTemplate[],
): { registry: TemplateRegistry; skipped: number } {
  let merged = registry;
  let skipped = 0;
  for (const template of [...published].sort(comparePublications)) {
    try {
      merged = isConcurrent(merged, template)
        ? addBeside(merged, template)
        : publishVersion(merged, template);
    } catch {
      skipped++;
    }
  }
  return { registry: merged, skipped };
}

function isConcurrent(registry: TemplateRegistry, template: ChecklistTemplate): boolean {
  const id = template.publication?.id;
  const same = (registry.templates[template.templateId] ?? []).filter(
    (t) => t.version === template.version,
  );
  return id !== undefined && same.length > 0 && same.every((t) => t.publication?.id !== id);
}

function addBeside(registry: TemplateRegistry, template: ChecklistTemplate): TemplateRegistry {
  const parsed = ChecklistTemplate.safeParse(template);
  if (!parsed.success) {
    throw new DomainError('invalid_template', parsed.error.issues.map((i) => i.message).join('; '));
  }
  const existing = registry.templates[template.templateId] ?? [];
  const versions = [...existing, parsed.data].sort(comparePublications);
  return { templates: { ...registry.templates, [template.templateId]: versions } };
}

export function latestTemplate(
  registry: TemplateRegistry,
  templateId: string,
): ChecklistTemplate | undefined {
  // Not simply the last entry: a registry read back from storage need not be in order.
  return registry.templates[templateId]?.reduce((latest, t) =>
    comparePublications(t, latest) > 0 ? t : latest,
  );
}

export function latestVersion(registry: TemplateRegistry, templateId: string): number | undefined {
  return latestTemplate(registry, templateId)?.version;
}

/**
 * Every version published under the latest number, when there is more than one (supervisors
 * published it while apart), oldest first; otherwise empty. A person chooses which to continue
 * from, and the next publication takes the next number.
 */
export function concurrentLatest(
  registry: TemplateRegistry,
  templateId: string,
): ChecklistTemplate[] {
  const version = latestVersion(registry, templateId);
  const same = (registry.templates[templateId] ?? []).filter((t) => t.version === version);
  return same.length > 1 ? same.sort(comparePublications) : [];
}

/**
 * The version a session was written with. With its publication id (recorded since versions can
 * share a number), exactly that one; without (older sessions), the first published under the
 * number, which is the one that existed when they were written.
 */
export function findTemplate(
  registry: TemplateRegistry,
  templateId: string,
  version: number,
  publicationId?: string,
): ChecklistTemplate | undefined {
  const same = (registry.templates[templateId] ?? []).filter((t) => t.version === version);
  if (publicationId !== undefined) return same.find((t) => t.publication?.id === publicationId);
  return same.reduce<ChecklistTemplate | undefined>(
    (first, t) => (first && comparePublications(first, t) <= 0 ? first : t),
    undefined,
  );
}

/** Like findTemplate, for callers that hold a reference which must exist (a stored session). */
export function resolveTemplate(
  registry: TemplateRegistry,
  templateId: string,
  version: number,
  publicationId?: string,
): ChecklistTemplate {
  const template = findTemplate(registry, templateId, version, publicationId);
  if (!template) {
    throw new DomainError(
      'unknown_template',
      `no template ${templateId} version ${version}${publicationId ? ` (${publicationId})` : ''}`,
    );
  }
  return template;
}

export function templateIds(registry: TemplateRegistry): string[] {
  return Object.keys(registry.templates);
}

/**
 * A supervisor publishes a new version of a template (or the first version of a new one). The
 * version must be exactly the latest + 1 (1 for a new template), and the template must validate
 * (ids well formed and unique).
 */
export function publishVersion(
  registry: TemplateRegistry,
  template: ChecklistTemplate,
): TemplateRegistry {
  const parsed = ChecklistTemplate.safeParse(template);
  if (!parsed.success) {
    throw new DomainError('invalid_template', parsed.error.issues.map((i) => i.message).join('; '));
  }
  const next = (latestVersion(registry, template.templateId) ?? 0) + 1;
  if (parsed.data.version !== next) {
    throw new DomainError(
      'version_not_next',
      `${template.templateId}: expected version ${next}, got ${template.version}`,
    );
  }
  const existing = registry.templates[template.templateId] ?? [];
  return {
    templates: { ...registry.templates, [template.templateId]: [...existing, parsed.data] },
  };
}
