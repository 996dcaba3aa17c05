import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { personName, type PeopleDirectory } from './people';

const PeopleContext = createContext<PeopleDirectory | null>(null);

const directoryOf = (o: SyncOverview): PeopleDirectory => ({ members: o.members, self: o.self });

/** The same people, so screens do not re-render on every status event (one per keystroke batch). */
function samePeople(a: PeopleDirectory | null, b: PeopleDirectory): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** Keeps the team's names at hand for every screen, refreshed when the sync brings new ones. */
export function PeopleProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const api = useApi();
  const [people, setPeople] = useState<PeopleDirectory | null>(null);

  useEffect(() => {
    const update = (o: SyncOverview) => {
      const next = directoryOf(o);
      setPeople((current) => (samePeople(current, next) ? current : next));
    };
    const load = () => void api.call('sync.status', {}).then(update, () => undefined);
    load();
    const offStatus = api.on('sync.changed', update);
    const offRecords = api.on('records.changed', ({ documentIds }) => {
      if (documentIds.some((id) => id.startsWith('profiles-'))) load();
    });
    return () => {
      offStatus();
      offRecords();
    };
  }, [api]);

  return <PeopleContext.Provider value={people}>{children}</PeopleContext.Provider>;
}

/**
 * `label(actorId)`: the person's display name, else "Anggota #n"; oneself without a name is
 * "Anda", and anyone the roster does not hold "seseorang di luar tim": never an internal id.
 */
export function usePersonLabel(): (actorId: string) => string {
  const people = useContext(PeopleContext);
  const { t } = useTranslation();
  return useCallback(
    (actorId: string) =>
      personName(
        people,
        actorId,
        (n) => t('sync.member', { n }),
        (name) => t('sync.safety.unverifiedName', { name }),
        { you: t('review.personYou'), someone: t('review.someoneOutsideTeam') },
      ),
    [people, t],
  );
}
