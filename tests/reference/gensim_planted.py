#!/usr/bin/python3
"""Compares LSTM Lab's skip-gram with gensim's on a planted-group corpus
(core/embed/plantedcorpus.h): gensim loads each of LSTM Lab's embeddings.txt files (word2vec's
text format), and trains its own skip-gram on the same corpus with the same settings, once per
seed; both are scored by precision@k (34), computed the same way here. Prints one line of JSON:
{"loaded": [vectors read per file], "dim": D, "ours": [precision per file],
 "gensim": [precision per seed]}.

Usage: gensim_planted.py CORPUS DIM WINDOW NEGATIVES MIN_COUNT SUBSAMPLE EPOCHS K SEEDS EMBEDDINGS...
  SEEDS: comma-separated, e.g. 1,2,3. Needs Debian's python3-gensim (the tests skip without it).
  One worker thread, as LSTM Lab trains.
"""
import json
import re
import sys

from gensim.models import KeyedVectors, Word2Vec


def precision(vectors, k):
    groups = {}
    for word in vectors.index_to_key:
        m = re.fullmatch(r"g(\d+)w(\d+)", word)
        if m:
            groups.setdefault(m.group(1), set()).add(word)
    total, words = 0.0, 0
    for members in groups.values():
        for word in members:
            near = [w for w, _ in vectors.most_similar(word, topn=k)]
            total += sum(1 for w in near if w in members) / k
            words += 1
    return total / words if words else 0.0


def main():
    corpus, dim, window, negatives, min_count, subsample, epochs, k, seeds = sys.argv[1:10]
    files = sys.argv[10:]
    with open(corpus, encoding="utf-8") as f:
        tokens = f.read().split()
    # LSTM Lab's sentences: the tokens in chunks of 1,000 (skipgram.h).
    sentences = [tokens[i:i + 1000] for i in range(0, len(tokens), 1000)]
    result = {"loaded": [], "dim": None, "ours": [], "gensim": []}
    for path in files:
        loaded = KeyedVectors.load_word2vec_format(path, binary=False)
        result["loaded"].append(len(loaded.index_to_key))
        result["dim"] = loaded.vector_size
        result["ours"].append(precision(loaded, int(k)))
    for seed in seeds.split(","):
        model = Word2Vec(sentences, vector_size=int(dim), window=int(window), negative=int(negatives), hs=0, sg=1,
                         min_count=int(min_count), sample=float(subsample), epochs=int(epochs), alpha=0.025,
                         min_alpha=0.025 * 1e-4, seed=int(seed), workers=1)
        result["gensim"].append(precision(model.wv, int(k)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
