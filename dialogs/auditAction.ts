/**
 * What an audit action's name may be: dot-separated identifiers (`form.submitted`,
 * `journey.retired.school.firstSteps.v3`), at most MAX_AUDIT_ACTION_LENGTH characters, so no sentence
 * can be written into the trail. The audit chain's schema (bot/storage/auditChain.ts) refuses anything
 * else; the actions the dialogs build (journeyAuditAction.ts) are made to fit it by the same rule.
 */
export const MAX_AUDIT_ACTION_LENGTH = 64;
export const AUDIT_ACTION = /^[a-z][A-Za-z0-9-]*(\.[a-z][A-Za-z0-9-]*)*$/;
