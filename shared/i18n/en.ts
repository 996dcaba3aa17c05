import type { Catalog } from './id';
import { startEn } from './start/en';
import { workspaceEn } from './workspace/en';

export const en: Catalog = { ...startEn, ...workspaceEn };
