import type { AlertView } from '../../cards/alert.card';
import type { TextRef } from '../../cards/view';

/**
 * What an alert says: the form's name and the record's reference, nothing of its contents. The form
 * is named by its own word in the alerts namespace ("concern record"), "record" for a form this
 * version has no word for. Open sends the same event as "Open" in My submissions, so opening goes
 * through the one read path: checked by `decide`, audited, refused politely to anyone else.
 */

const FORM_PREFIX = 'form.';

export function alertFormKey(formKind: string, known: (key: string) => boolean): string {
  const key = `alerts:forms.${formKind.startsWith(FORM_PREFIX) ? formKind.slice(FORM_PREFIX.length) : formKind}`;
  return known(key) ? key : 'alerts:forms.unknown';
}

export function alertView(formKey: string, reference: string): AlertView {
  return {
    title: { key: 'alerts:new.title', values: { reference }, refs: { form: { key: formKey } } },
    lines: [{ key: 'alerts:new.line1' }],
    open: { label: { key: 'alerts:actions.open' }, data: { event: 'submission.opened', reference } },
  };
}

/** A wait in words: whole hours as hours ("2 hours"), anything else as minutes ("90 minutes"). */
export function durationRef(minutes: number): TextRef {
  return minutes % 60 === 0 ? { key: 'alerts:duration.hours', values: { count: minutes / 60 } } : { key: 'alerts:duration.minutes', values: { count: minutes } };
}

/**
 * What the next contact is told when nobody a record was routed to acknowledged it in time: the form,
 * how long it has waited and the reference, nothing of its contents; Open as for a new record.
 */
export function escalationAlertView(formKey: string, reference: string, afterMinutes: number): AlertView {
  return {
    title: { key: 'alerts:escalation.title', values: { reference }, refs: { form: { key: formKey }, duration: durationRef(afterMinutes) } },
    lines: [{ key: 'alerts:escalation.line1' }],
    open: { label: { key: 'alerts:actions.open' }, data: { event: 'submission.opened', reference } },
  };
}
