export { OutreachActivity, OutreachFollowUp } from './activity';
export { OUTREACH_KIND_LABELS, OutreachKind } from './kinds';
