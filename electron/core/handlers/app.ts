import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';

type AppHandlers = Pick<Handlers, 'app.info' | 'app.activity'>;

export function appHandlers(ctx: CoreContext): AppHandlers {
  return {
    'app.info': async () => ({ version: ctx.version, host: ctx.host }),
    'app.activity': async () => {
      ctx.idle.touch();
      return {};
    },
  };
}
