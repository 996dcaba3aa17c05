export { INTAKE_2026 } from './default-template';
export {
  builtInIntakeTemplates,
  cleanIntakeAnswers,
  currentIntakeTemplate,
  DEFAULT_INTAKE_TEMPLATE_ID,
  INTAKE_ANSWER_MAX,
  IntakeAnswers,
  intakeProgress,
  IntakeRecord,
  isIntakeTemplate,
  type IntakeSectionProgress,
} from './answers';
