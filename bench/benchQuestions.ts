/** The five practitioners' questions `npm run bench` types, in turn (a typed question, the search alone, the first turn after a start). */
export const QUESTIONS = ['how long does an SRO last', 'what is a CAWN', 'return home interview 72 hours', 'who chairs the MASE', 'hotel notice section 116'];
