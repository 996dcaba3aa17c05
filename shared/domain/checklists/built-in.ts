import { IPSPI_2020 } from './ipspi-2020';
import type { ChecklistTemplate } from './template';
import { WHO_2004 } from './who-2004';
import { WHO_PFA_2011 } from './who-pfa-2011';

export const DEFAULT_TEMPLATE_ID = WHO_2004.templateId;

/** Fresh copies each call: callers may edit them into a new version without touching ours. */
export function builtInTemplates(): ChecklistTemplate[] {
  return [WHO_2004, IPSPI_2020, WHO_PFA_2011].map((t) => structuredClone(t));
}

/** WHO 2004 is the default (DOMAIN.md); an organisation may publish its own instead. */
export function defaultTemplate(): ChecklistTemplate {
  return structuredClone(WHO_2004);
}
