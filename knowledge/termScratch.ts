/** Where a search keeps its work: arrays sized once for the index, reused by every search. */
export class Scratch {
  readonly total: Float64Array;
  readonly part: Float64Array;
  readonly partStamp: Int32Array;
  readonly seenStamp: Int32Array;
  readonly counts: Int32Array;
  readonly boosts: Float64Array;
  readonly boostStamp: Int32Array;
  readonly order: Int32Array;
  readonly touched: Int32Array;
  /** Term ids a query term expands to, and each one's weight. */
  readonly derived: Int32Array;
  readonly weights: Float64Array;
  /** Which query terms each document met: one bit a term, `words` words a document. */
  metBits = new Uint32Array(0);
  words = 0;
  matrix = new Uint8Array(64);
  /** Every query term's index terms, one run a query term (from[q] to from[q + 1]), kept for the matches built on demand. */
  expanded = new Int32Array(256);
  from = new Int32Array(33);
  size = 0;
  search = 0;
  part_ = 0;

  constructor(documents: number, terms: number) {
    this.total = new Float64Array(documents);
    this.part = new Float64Array(documents);
    this.partStamp = new Int32Array(documents);
    this.seenStamp = new Int32Array(documents);
    this.counts = new Int32Array(documents);
    this.boosts = new Float64Array(documents);
    this.boostStamp = new Int32Array(documents);
    this.order = new Int32Array(documents);
    this.touched = new Int32Array(documents);
    this.derived = new Int32Array(terms);
    this.weights = new Float64Array(terms);
  }

  begin(documents: number, queryTerms: number): void {
    this.search += 1;
    this.size = 0;
    this.words = Math.ceil(queryTerms / 32);
    if (this.from.length < queryTerms + 1) this.from = new Int32Array(queryTerms + 1);
    this.from[0] = 0;
    if (this.metBits.length < documents * this.words) this.metBits = new Uint32Array(documents * this.words);
    else this.metBits.fill(0, 0, documents * this.words);
  }
}
