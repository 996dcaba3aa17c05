import type { casesId } from './id';

export const casesEn: typeof casesId = {};
