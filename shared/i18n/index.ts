import type { Language } from '../api/settings';
import { en } from './en';
import { id, type Catalog } from './id';

export const catalogs: Record<Language, Catalog> = { id, en };
export type { Catalog };
