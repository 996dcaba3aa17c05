import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export function settingsHandlers(ctx: CoreContext): SettingsHandlers {
  return {
    'settings.get': async () => ctx.settings.get(),
    'settings.update': async (patch) => ctx.settings.update(patch),
  };
}
