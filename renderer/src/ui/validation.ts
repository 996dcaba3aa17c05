/** Form helpers; what a request must hold is its method's schema's to say (use-field-problems). */
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
