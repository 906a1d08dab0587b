import type { AlertView } from '../../cards/alert.card';

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
