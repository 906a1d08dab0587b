/** What the entry files share: the body helper and the Appendix I headings entries cite as their section. */

/** A Markdown body written line by line. */
export const md = (...lines: string[]): string => lines.join('\n');

const APPENDIX_I = 'Appendix I: Tactical options and legislation';

export const APPENDIX_I_SECTIONS = {
  victims: `${APPENDIX_I} – Positive action to assist in safeguarding and evidence gathering in relation to victims`,
  offenders: `${APPENDIX_I} – Positive action for offenders`,
  locations: `${APPENDIX_I} – Positive action in relation to locations of CSE`,
  otherOrders: `${APPENDIX_I} – Other legislative Acts and Orders`,
  legislation: `${APPENDIX_I} – Legislation`,
} as const;
