import type { FormDocument } from '../document';

/** A Word file's name with nothing personal in it: the form's id and the reference, both of a known shape. */
export function exportFilename(document: Pick<FormDocument, 'formId' | 'reference'>): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${safe(document.formId) || 'form'}-${safe(document.reference)}.docx`;
}
