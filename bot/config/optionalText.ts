import { z } from 'zod';

/** A setting that may be absent: blank (or only spaces) counts as not set. */
export const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
