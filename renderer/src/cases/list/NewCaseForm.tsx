import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { useApi } from '../../api/api-context';
import { Field } from '../../ui/Field';
import { EMPTY_IDENTIFYING, IdentifyingFields, toIdentifying } from '../../ui/IdentifyingFields';
import { useFieldProblems } from '../../ui/use-field-problems';
import { useSubmit } from '../../ui/use-submit';
import { parseTags } from '../../ui/validation';
import { FormActions } from '../../ui/FormActions';

/** A new case: an alias is enough; identifying data is optional and folded away. */
export function NewCaseForm(props: {
  onCreated: (detail: CaseDetail) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const submit = useSubmit();
  const [alias, setAlias] = useState('');
  const [identifying, setIdentifying] = useState(EMPTY_IDENTIFYING);
  const [tags, setTags] = useState('');
  const fields = useFieldProblems('cases.create');
  const problems = fields.problems;

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const details = toIdentifying(identifying);
    const parsedTags = parseTags(tags);
    const input = {
      alias: alias.trim(),
      ...(Object.keys(details).length > 0 ? { identifying: details } : {}),
      ...(parsedTags.length > 0 ? { tags: parsedTags } : {}),
    };
    if (!fields.check(input)) return;
    const created = await submit.run(() =>
      api.call('cases.create', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (created) props.onCreated(created);
  }

  return (
    <form className="panel new-case" onSubmit={(e) => void create(e)} noValidate>
      <h2>{t('cases.newCase.title')}</h2>
      <Field
        label={t('cases.newCase.alias')}
        hint={t('cases.newCase.aliasHint')}
        problem={problems.alias}
      >
        <input autoComplete="off" value={alias} onChange={(e) => setAlias(e.target.value)} />
      </Field>
      <details className="sensitive">
        <summary>{t('cases.newCase.identifyingSummary')}</summary>
        <p className="hint">{t('cases.newCase.identifyingHint')}</p>
        <IdentifyingFields values={identifying} onChange={setIdentifying} problems={problems} />
      </details>
      <Field
        label={t('cases.newCase.tags')}
        hint={t('cases.newCase.tagsHint')}
        problem={fields.under('tags')}
      >
        <input autoComplete="off" value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <FormActions
        submitLabel={t('cases.newCase.create')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
