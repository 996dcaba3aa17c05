import { useCallback, useState } from 'react';
import { ApiCallError } from '../../../shared/api/client';
import { methods, type MethodInput, type MethodName } from '../../../shared/api/contract';
import { fieldProblems, type FieldProblems } from '../../../shared/api/field-problems';

export interface FieldProblemsHook<M extends MethodName> {
  /** By field path ('consent.scope'); '' is the form as a whole. Values are catalog keys. */
  problems: FieldProblems;
  /** Checks `input` against the method's own schema, shows what is wrong, says whether it is fine. */
  check: (input: MethodInput<M>) => boolean;
  /** Shows the fields the core refused (a `bad_request` carries them), if it named any. */
  showRefused: (error: unknown) => void;
  /** The first problem at `path` or inside it ('tags' finds 'tags.3'): for a list's field. */
  under: (path: string) => string | undefined;
}

/**
 * One form check for every form (issue #15, item 2): the method's input schema, the one the core
 * validates against, decides; its rules carry their catalog key, so the form says in the
 * person's language exactly what the core would refuse, next to the field.
 */
export function useFieldProblems<M extends MethodName>(method: M): FieldProblemsHook<M> {
  const [problems, setProblems] = useState<FieldProblems>({});
  const check = useCallback(
    (input: MethodInput<M>): boolean => {
      const parsed = methods[method].input.safeParse(input);
      setProblems(parsed.success ? {} : fieldProblems(parsed.error));
      return parsed.success;
    },
    [method],
  );
  const showRefused = useCallback((error: unknown): void => {
    if (error instanceof ApiCallError && error.error.fields) setProblems(error.error.fields);
  }, []);
  const under = useCallback(
    (path: string): string | undefined =>
      Object.entries(problems).find(([at]) => at === path || at.startsWith(`${path}.`))?.[1],
    [problems],
  );
  return { problems, check, showRefused, under };
}
