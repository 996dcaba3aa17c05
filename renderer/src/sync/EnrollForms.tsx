import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { classifyRelayAddress, type RelayAddressProblem } from '../../../shared/sync/relay-address';
import { useApi } from '../api/api-context';
import { relayAddressProblem } from '../api/errors';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFieldProblems } from '../ui/use-field-problems';
import { RelayAddressNotice } from './RelayAddressNotice';
import { relayAddressFor } from './sync-words';

/** Not in a team yet: a supervisor creates one, a counselor joins with an invite code. */
export function EnrollForms({
  onEnrolled,
}: {
  onEnrolled: (o: SyncOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [serverUrl, setServerUrl] = useState('ws://');
  const [allowInsecureServer, setAllowInsecureServer] = useState(false);
  const [code, setCode] = useState('');
  // The address inside an invite code is known to the core only: its refusal comes back here.
  const [codeProblem, setCodeProblem] = useState<RelayAddressProblem>();
  const [allowInsecureCode, setAllowInsecureCode] = useState(false);
  const [busy, setBusy] = useState(false);
  // Each form's error is said under its own button, in view (issue #12, item 5).
  const [joinError, setJoinError] = useState<unknown>(null);
  const [createError, setCreateError] = useState<unknown>(null);
  const fields = useFieldProblems('sync.join');
  const codeRule = fields.problems.code;

  const typed = classifyRelayAddress(serverUrl);
  // Nothing to say about an address not typed yet; the button stays disabled meanwhile.
  const serverProblem = typed.ok || typed.problem === 'empty' ? undefined : typed.problem;
  const serverAccepted = classifyRelayAddress(serverUrl, {
    allowInsecure: allowInsecureServer,
  }).ok;
  const suggestion = serverProblem === 'scheme' ? relayAddressFor(serverUrl) : undefined;

  async function run(
    work: () => Promise<SyncOverview>,
    explain: (e: unknown) => void,
  ): Promise<void> {
    setBusy(true);
    setJoinError(null);
    setCreateError(null);
    try {
      onEnrolled(await work());
    } catch (e) {
      explain(e);
    } finally {
      setBusy(false);
    }
  }

  function join(): Promise<void> {
    const allowInsecure = codeProblem === 'insecure' && allowInsecureCode;
    const input = { code: code.trim(), allowInsecure };
    if (!fields.check(input)) return Promise.resolve();
    return run(
      () => api.call('sync.join', input),
      (e) => {
        // Said beside the code, with the trial checkbox when that is the reason.
        const problem = relayAddressProblem(e);
        setCodeProblem(problem);
        fields.showRefused(e);
        if (!problem) setJoinError(e);
      },
    );
  }

  return (
    <div className="enroll">
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void join();
        }}
      >
        <h2>{t('sync.joinTitle')}</h2>
        <p className="hint">{t('sync.joinHint')}</p>
        <label>
          {t('sync.code')}
          <textarea
            rows={3}
            spellCheck={false}
            value={code}
            aria-invalid={codeProblem !== undefined || codeRule !== undefined}
            aria-describedby={
              codeProblem ? 'invite-relay-problem' : codeRule ? 'invite-code-problem' : undefined
            }
            onChange={(e) => {
              setCode(e.target.value);
              setCodeProblem(undefined);
              setAllowInsecureCode(false);
            }}
          />
        </label>
        {codeRule && (
          <p className="field-error" id="invite-code-problem" role="alert">
            {t(codeRule)}
          </p>
        )}
        <RelayAddressNotice
          id="invite-relay-problem"
          problem={codeProblem}
          allowed={allowInsecureCode}
          onAllowedChange={setAllowInsecureCode}
        />
        {/* The button waits for a code; how long a whole one is, the method's schema says. */}
        <button type="submit" disabled={busy || !code.trim()}>
          {t('sync.join')}
        </button>
        <ErrorAlert error={joinError} id="join-error" />
      </form>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          const allowInsecure = serverProblem === 'insecure' && allowInsecureServer;
          void run(
            () => api.call('sync.createTeam', { serverUrl: serverUrl.trim(), allowInsecure }),
            setCreateError,
          );
        }}
      >
        <h2>{t('sync.createTitle')}</h2>
        <p className="hint">{t('sync.createHint')}</p>
        <label>
          {t('sync.serverUrl')}
          <input
            spellCheck={false}
            value={serverUrl}
            aria-invalid={serverProblem !== undefined}
            aria-describedby={serverProblem ? 'server-relay-problem' : undefined}
            onChange={(e) => {
              setServerUrl(e.target.value);
              // The trial is allowed for the address it was ticked for, not the next one typed.
              setAllowInsecureServer(false);
            }}
          />
        </label>
        <RelayAddressNotice
          id="server-relay-problem"
          problem={serverProblem}
          allowed={allowInsecureServer}
          onAllowedChange={setAllowInsecureServer}
        />
        {suggestion && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setServerUrl(suggestion);
              setAllowInsecureServer(false);
            }}
          >
            {t('sync.suggestAddress', { address: suggestion })}
          </button>
        )}
        <button
          type="submit"
          disabled={busy || !serverAccepted}
          aria-describedby={serverProblem ? 'server-relay-problem' : undefined}
        >
          {t('sync.create')}
        </button>
        <ErrorAlert error={createError} id="create-error" />
      </form>
    </div>
  );
}
