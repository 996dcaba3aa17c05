import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_IMPORT_MAX_CHARS, type CaseDetail } from '../../../../shared/api/records';
import {
  parseWhatsAppChat,
  pseudonymiseChat,
  suggestedNames,
  transcriptParagraphs,
  type DayOrder,
} from '../../../../shared/domain/whatsapp';
import { useApi } from '../../api/api-context';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { formatInstant, useLanguage } from '../../ui/dates';
import { useSubmit } from '../../ui/use-submit';

/** How many messages the preview shows (only these are pseudonymised while the person chooses). */
const PREVIEW_MESSAGES = 10;

/**
 * A WhatsApp chat export made into a session (issue #14, item 2). The file is read into memory
 * here and parsed for the preview; the person says which sender is the client and which is
 * themselves and confirms the date order and the shorter names; the core parses the text again
 * with those choices and stores only the pseudonymised transcript. Nothing of the file is
 * written anywhere by the renderer, and its text is let go when the form closes.
 */
export function ChatImportForm(props: {
  detail: CaseDetail;
  onCreated: (sessionId: string) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const [text, setText] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | undefined>();
  const [dayOrder, setDayOrder] = useState<DayOrder | null>(null);
  const [clientSender, setClientSender] = useState('');
  const [counselorSender, setCounselorSender] = useState('');
  const [skippedNames, setSkippedNames] = useState<string[]>([]);
  const [moreNames, setMoreNames] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const alias = props.detail.meta.alias;
  const counselorLabel = t('cases.chatImport.counselorLabel');
  const otherLabel = t('cases.chatImport.otherLabel');

  const chat = useMemo(
    () => (text === null ? null : parseWhatsAppChat(text, dayOrder ? { dayOrder } : {})),
    [text, dayOrder],
  );
  const offered = clientSender ? suggestedNames(clientSender) : [];
  const clientNames = [
    ...offered.filter((n) => !skippedNames.includes(n)),
    ...moreNames
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n.length >= 2),
  ];
  const namesKey = clientNames.join('\n');
  const preview = useMemo(() => {
    if (!chat || !clientSender) return null;
    const shown = { ...chat, messages: chat.messages.slice(0, PREVIEW_MESSAGES) };
    const transcript = pseudonymiseChat(shown, {
      counselorLabel,
      otherLabel,
      clientSender,
      counselorSender: counselorSender || undefined,
      alias,
      clientNames: namesKey === '' ? [] : namesKey.split('\n'),
    });
    return transcriptParagraphs(transcript);
  }, [chat, clientSender, counselorSender, alias, namesKey, counselorLabel, otherLabel]);

  async function readFile(file: File | undefined): Promise<void> {
    setText(null);
    setDayOrder(null);
    setClientSender('');
    setCounselorSender('');
    setSkippedNames([]);
    setFileProblem(undefined);
    if (!file) return;
    // Counted in bytes: the text then has no more characters than that, and its request stays
    // within an API frame (8 MB on the web host) whatever the script and emoji in it.
    if (file.size > CHAT_IMPORT_MAX_CHARS) {
      setFileProblem('cases.chatImport.tooLarge');
      return;
    }
    let read: string;
    try {
      read = await file.text();
    } catch {
      setFileProblem('cases.chatImport.unreadable');
      return;
    }
    if (read.length > CHAT_IMPORT_MAX_CHARS) {
      setFileProblem('cases.chatImport.tooLarge');
      return;
    }
    const parsed = parseWhatsAppChat(read);
    if (parsed.messages.length === 0) {
      setFileProblem('cases.chatImport.noMessages');
      return;
    }
    setText(read);
  }

  function chooseClient(sender: string): void {
    setClientSender(sender);
    setSkippedNames([]);
    // Two senders: choosing the client settles who the counselor is.
    const others = chat?.senders.filter((s) => s !== sender) ?? [];
    if (others.length === 1 && others[0]) setCounselorSender(others[0]);
    else if (counselorSender === sender) setCounselorSender('');
  }

  async function importChat(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    if (!chat || text === null) return;
    if (!clientSender) {
      setProblem('cases.chatImport.chooseClient');
      return;
    }
    setProblem(undefined);
    const first = chat.messages[0];
    const offset = first ? -new Date(first.at).getTimezoneOffset() : 0;
    const session = await submit.run(() =>
      api.call('sessions.importChat', {
        caseId: props.detail.meta.id,
        text,
        dayOrder: chat.dayOrder.order,
        clientSender,
        ...(counselorSender ? { counselorSender } : {}),
        clientNames,
        counselorLabel,
        otherLabel,
        utcOffsetMinutes: offset,
      }),
    );
    if (session) {
      setText(null);
      props.onCreated(session.meta.id);
    }
  }

  const first = chat?.messages[0];
  const last = chat?.messages.at(-1);

  return (
    <form className="panel chat-import" onSubmit={(e) => void importChat(e)} noValidate>
      <h3>{t('cases.chatImport.title')}</h3>
      <p className="hint">{t('cases.chatImport.intro')}</p>
      <Field label={t('cases.chatImport.file')} problem={fileProblem}>
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // The input lets go of the file; only the text read from it stays, in memory.
            e.target.value = '';
            void readFile(file);
          }}
        />
      </Field>
      {chat && first && last && (
        <>
          <p role="status">
            {t('cases.chatImport.summary', {
              count: chat.messages.length,
              from: formatInstant(first.at, language),
              to: formatInstant(last.at, language),
            })}
          </p>
          <div className="row">
            <Field
              label={t('cases.chatImport.dayOrder')}
              hint={
                chat.dayOrder.conflicting
                  ? t('cases.chatImport.dayOrderMixed')
                  : !chat.dayOrder.certain
                    ? t('cases.chatImport.dayOrderUnsure')
                    : undefined
              }
            >
              <select
                value={chat.dayOrder.order}
                onChange={(e) => setDayOrder(e.target.value === 'mdy' ? 'mdy' : 'dmy')}
              >
                <option value="dmy">{t('cases.chatImport.dmy')}</option>
                <option value="mdy">{t('cases.chatImport.mdy')}</option>
              </select>
            </Field>
            <Field label={t('cases.chatImport.client')} problem={problem}>
              <select value={clientSender} onChange={(e) => chooseClient(e.target.value)}>
                <option value="">{t('cases.chatImport.choose')}</option>
                {chat.senders.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('cases.chatImport.counselor')}>
              <select value={counselorSender} onChange={(e) => setCounselorSender(e.target.value)}>
                <option value="">{t('cases.chatImport.notInChat')}</option>
                {chat.senders
                  .filter((s) => s !== clientSender)
                  .map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
              </select>
            </Field>
          </div>
          {offered.map((name) => (
            <label key={name} className="inline">
              <input
                type="checkbox"
                checked={!skippedNames.includes(name)}
                onChange={(e) =>
                  setSkippedNames((skipped) =>
                    e.target.checked ? skipped.filter((n) => n !== name) : [...skipped, name],
                  )
                }
              />
              {t('cases.chatImport.clientNames')}: {name}
            </label>
          ))}
          {clientSender && (
            <Field label={t('cases.chatImport.moreNames')}>
              <input value={moreNames} onChange={(e) => setMoreNames(e.target.value)} />
            </Field>
          )}
          <p className="hint">
            {t('cases.chatImport.replaced', {
              alias,
              counselor: counselorLabel,
              other: otherLabel,
            })}
          </p>
          {chat.problems.length > 0 && (
            <div className="warning" role="status">
              <p>{t('cases.chatImport.problems', { count: chat.problems.length })}</p>
              <ul>
                {chat.problems.map((p) => (
                  <li key={`${p.line}-${p.kind}`}>
                    {t(`cases.chatImport.problem.${p.kind}`, { line: p.line })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {chat.system.length > 0 && (
            <p className="hint">{t('cases.chatImport.system', { count: chat.system.length })}</p>
          )}
          {chat.voiceNotes.length > 0 && (
            <div>
              <p>{t('cases.chatImport.voiceNotes')}</p>
              <ul>
                {chat.voiceNotes.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </div>
          )}
          {preview && (
            <section aria-label={t('cases.chatImport.preview')} className="chat-preview">
              <h4>{t('cases.chatImport.preview')}</h4>
              {preview.map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
              {chat.messages.length > PREVIEW_MESSAGES && (
                <p className="hint">
                  {t('cases.chatImport.previewMore', {
                    count: chat.messages.length - PREVIEW_MESSAGES,
                  })}
                </p>
              )}
            </section>
          )}
        </>
      )}
      <FormActions
        submitLabel={t('cases.chatImport.submit')}
        busy={submit.busy || !chat}
        error={submit.error}
        onCancel={() => {
          setText(null);
          props.onCancel();
        }}
      />
    </form>
  );
}
