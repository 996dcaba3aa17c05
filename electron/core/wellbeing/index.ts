export { WELLBEING_DOCUMENT, WELLBEING_KIND, WellbeingDocument } from './wellbeing-document';
export { readSummaries, signSummary, SummaryEntry, writeSummary } from './shared-summaries';
export { WellbeingService, type TeamForWellbeing } from './wellbeing-service';
