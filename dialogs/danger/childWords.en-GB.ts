/** A child as a message names one, in British English and text-speak (the cue files' patterns build on it). */
export const CHILD_EN_GB = '(?:girl|boy|child|kid|kids|pupil|student|teen|teenager|young person|young girl|young boy|daughter|son|niece|nephew|sister|brother|granddaughter|grandson|resident|patient|yp|lad)';
