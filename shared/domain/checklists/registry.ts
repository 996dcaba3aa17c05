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

/** A registry holding `templates` (the built-in set by default), each published in turn. */
export function createRegistry(
  templates: ChecklistTemplate[] = builtInTemplates(),
): TemplateRegistry {
  const ordered = [...templates].sort((a, b) => a.version - b.version);
  return ordered.reduce(publishVersion, { templates: {} });
}

export function latestTemplate(
  registry: TemplateRegistry,
  templateId: string,
): ChecklistTemplate | undefined {
  // Not simply the last entry: a registry read back from storage need not be in order.
  return registry.templates[templateId]?.reduce((latest, t) =>
    t.version > latest.version ? t : latest,
  );
}

export function latestVersion(registry: TemplateRegistry, templateId: string): number | undefined {
  return latestTemplate(registry, templateId)?.version;
}

export function findTemplate(
  registry: TemplateRegistry,
  templateId: string,
  version: number,
): ChecklistTemplate | undefined {
  return registry.templates[templateId]?.find((t) => t.version === version);
}

/** Like findTemplate, for callers that hold a reference which must exist (a stored session). */
export function resolveTemplate(
  registry: TemplateRegistry,
  templateId: string,
  version: number,
): ChecklistTemplate {
  const template = findTemplate(registry, templateId, version);
  if (!template) {
    throw new DomainError('unknown_template', `no template ${templateId} version ${version}`);
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
