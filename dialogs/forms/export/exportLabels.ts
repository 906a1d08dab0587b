import type { Translate } from '../../../cards/view';

/** The exports' own words (not the form's), translated once per export from the `exports` namespace. */
export interface ExportLabels {
  reference: string;
  submitted: string;
  /** "Format: {{renderer}} {{rendererVersion}}, document version {{documentVersion}}", already filled in. */
  version: string;
  notes: string;
  /** Under a repeated group with no items (no offenders given), so its heading never stands empty. */
  none: string;
}

export function exportLabels(t: Translate, renderer: 'text' | 'docx', rendererVersion: number, documentVersion: number): ExportLabels {
  return {
    reference: t('exports:labels.reference'),
    submitted: t('exports:labels.submitted'),
    version: t('exports:labels.version', { renderer: t(`exports:renderer.${renderer}`), rendererVersion, documentVersion }),
    notes: t('exports:labels.notes'),
    none: t('exports:labels.none'),
  };
}
