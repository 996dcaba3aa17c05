export { builtInTemplates, defaultTemplate, DEFAULT_TEMPLATE_ID } from './built-in';
export {
  caseProgress,
  currentStage,
  stageProgress,
  type CaseProgress,
  type CaseStageProgress,
  type StageProgress,
} from './progress';
export {
  comparePublications,
  concurrentLatest,
  createRegistry,
  findTemplate,
  latestTemplate,
  latestVersion,
  mergePublished,
  publishVersion,
  resolveTemplate,
  templateIds,
  TemplateRegistry,
} from './registry';
export {
  assertSameVersion,
  ChecklistState,
  isTicked,
  newChecklistState,
  templateFor,
  Tick,
  tick,
  untick,
} from './state';
export {
  ChecklistId,
  ChecklistItem,
  ChecklistStage,
  ChecklistTemplate,
  hasItem,
  Publication,
  templateItemIds,
} from './template';
