import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { WellbeingService } from '../wellbeing';

type WellbeingHandlers = Pick<
  Handlers,
  | 'wellbeing.overview'
  | 'wellbeing.saveCheck'
  | 'wellbeing.addReflection'
  | 'wellbeing.removeReflection'
  | 'wellbeing.share'
  | 'wellbeing.stopSharing'
  | 'wellbeing.team'
>;

/** The counselor's own wellbeing (electron/core/wellbeing). */
export function wellbeingHandlers(ctx: CoreContext): WellbeingHandlers {
  const service = () => new WellbeingService(ctx.records(), () => ctx.team().forWellbeing());
  return {
    'wellbeing.overview': async () => service().overview(),
    'wellbeing.saveCheck': async ({ answers }) => service().saveCheck(answers),
    'wellbeing.addReflection': async ({ text }) => service().addReflection(text),
    'wellbeing.removeReflection': async ({ reflectionId }) =>
      service().removeReflection(reflectionId),
    'wellbeing.share': async ({ debriefRequested }) => service().share(debriefRequested),
    'wellbeing.stopSharing': async () => service().stopSharing(),
    'wellbeing.team': async () => service().teamView(),
  };
}
