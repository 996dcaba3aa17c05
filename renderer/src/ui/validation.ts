import { Phone, RequiredText } from '../../../shared/domain';

/**
 * Form checks before anything is sent, using the domain's own schemas so the renderer and the
 * core agree on what is valid. Each returns an i18n key (under cases.validation) or undefined.
 */
export function requiredProblem(value: string): string | undefined {
  return RequiredText.safeParse(value).success ? undefined : 'cases.validation.required';
}

export function phoneProblem(value: string, required = false): string | undefined {
  if (value.trim() === '') return required ? 'cases.validation.phoneRequired' : undefined;
  return Phone.safeParse(value).success ? undefined : 'cases.validation.phone';
}

export function hasProblems(problems: Record<string, string | undefined>): boolean {
  return Object.values(problems).some((p) => p !== undefined);
}

/** "anak, KDRT , anak" → ['anak', 'KDRT'] */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  return [...new Set(tags)];
}
