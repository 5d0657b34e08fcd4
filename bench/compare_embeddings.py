#!/usr/bin/python3
"""LSTM Lab's skip-gram against gensim and fastText, one thread each, in one run (issue 18 §4).

Every tool trains skip-gram with negative sampling on the same tokens with the same settings
(dim 100, window 5, 5 negatives, min-count 5, subsample 1e-4, 5 epochs, learning rate 0.025
decaying linearly; fastText without subwords: -minn 0 -maxn 0). The corpus is tokenised once
by LSTM Lab's rules (core/embed/tokencorpus.h: lower-cased words without punctuation) and
written as lines of 1,000 tokens (LSTM Lab's sentences), so all three read identical text.

Reported per tool:
  - words/s: corpus tokens x epochs / training time (LSTM Lab: the time inside SkipGram::train
    as `lstm-lab --headless --task embed` prints it; gensim: the time of Word2Vec.train();
    fastText: its own "words/sec/thread" figure), and the whole command's wall time;
  - neighbour overlap: for the 50 most frequent tokens, the share of their 10 nearest
    neighbours (cosine) that gensim's model also lists, and the same for a second gensim run
    with another seed (how much two runs of one tool agree: the ceiling to compare against).
And, on a planted-group corpus (core/embed/plantedcorpus.h's recipe, 8 groups of 12 words, 150
lines with half noise words), the precision@10 of each tool over 5 seeds.

Needs Debian's python3-gensim and fasttext, and a built lstm-lab:
    /usr/bin/python3 bench/compare_embeddings.py [--corpus FILE] [--markdown]
Default corpus: every English file of Debian's fortunes package, concatenated.
"""

import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
from gensim.models import KeyedVectors, Word2Vec

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "reference"))
from gensim_planted import precision as planted_precision  # noqa: E402  (precision@k, (34))
SETTINGS = dict(dim=100, window=5, negatives=5, min_count=5, subsample=1e-4, epochs=5, alpha=0.025)


def english_fortunes():
    files = sorted(f for f in glob.glob("/usr/share/games/fortunes/*")
                   if "." not in os.path.basename(f) and os.path.isfile(f)
                   and os.path.basename(f) not in ("tang300", "chinese", "song100", "diet", "tao"))
    text = []
    for f in files:
        with open(f, "rb") as fh:
            text.append(fh.read().decode("utf-8", "ignore"))
    return "\n".join(text)


def tokenise(text):
    """LSTM Lab's word rule (ASCII part): runs of letters, digits, ' and -, lower-cased."""
    words = re.findall(r"[A-Za-z0-9'\-]+", text)
    out = []
    for w in words:
        w = w.strip("'-")
        if w:
            out.append(w.lower())
    return out


def write_lines(tokens, path):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(0, len(tokens), 1000):
            f.write(" ".join(tokens[i:i + 1000]) + "\n")


def run_ours(app, corpus, out, seed=1, settings=SETTINGS):
    start = time.perf_counter()
    p = subprocess.run([app, "--headless", "--task", "embed", "--text", corpus, "--out", out,
                        "--dim", str(settings["dim"]), "--window", str(settings["window"]),
                        "--negatives", str(settings["negatives"]), "--min-count", str(settings["min_count"]),
                        "--subsample", str(settings["subsample"]), "--epochs", str(settings["epochs"]),
                        "--learning-rate", str(settings["alpha"]), "--seed", str(seed)],
                       capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    m = re.search(r"Trained (\d+) words .* in ([0-9.]+) s: (\d+) words/s", p.stdout)
    return KeyedVectors.load_word2vec_format(os.path.join(out, "embeddings.txt")), float(m.group(3)), wall


def run_gensim(lines_path, seed=1, settings=SETTINGS):
    start = time.perf_counter()
    with open(lines_path, encoding="utf-8") as f:
        sentences = [line.split() for line in f]
    model = Word2Vec(vector_size=settings["dim"], window=settings["window"], negative=settings["negatives"], hs=0,
                     sg=1, min_count=settings["min_count"], sample=settings["subsample"], alpha=settings["alpha"],
                     min_alpha=settings["alpha"] * 1e-4, seed=seed, workers=1)
    model.build_vocab(sentences)
    words = sum(len(s) for s in sentences)
    t0 = time.perf_counter()
    model.train(sentences, total_examples=len(sentences), epochs=settings["epochs"])
    train = time.perf_counter() - t0
    wall = time.perf_counter() - start
    return model.wv, words * settings["epochs"] / train, wall


def run_fasttext(lines_path, out_prefix, seed=1, settings=SETTINGS):
    start = time.perf_counter()
    p = subprocess.run(["fasttext", "skipgram", "-input", lines_path, "-output", out_prefix,
                        "-dim", str(settings["dim"]), "-ws", str(settings["window"]), "-neg", str(settings["negatives"]),
                        "-minCount", str(settings["min_count"]), "-t", str(settings["subsample"]),
                        "-epoch", str(settings["epochs"]), "-lr", str(settings["alpha"]), "-thread", "1",
                        "-minn", "0", "-maxn", "0", "-seed", str(seed), "-verbose", "2"],
                       capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    rates = re.findall(r"words/sec/thread:\s*(\d+)", p.stdout + p.stderr)
    kv = KeyedVectors.load_word2vec_format(out_prefix + ".vec")
    return kv, float(rates[-1]) if rates else float("nan"), wall


def overlap(a, b, words, k=10):
    shares = []
    for w in words:
        if w not in a.key_to_index or w not in b.key_to_index:
            continue
        na = {x for x, _ in a.most_similar(w, topn=k)}
        nb = {x for x, _ in b.most_similar(w, topn=k)}
        shares.append(len(na & nb) / k)
    return statistics.mean(shares)


def planted_text(lines=150, noise=0.5, groups=8, size=12, noise_words=4, length=20, seed=1):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(lines):
        g = rng.integers(groups)
        out.append(" ".join(f"n{rng.integers(noise_words)}" if rng.random() < noise else f"g{g}w{rng.integers(size)}"
                            for _ in range(length)))
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", help="a UTF-8 text (default: the English fortunes)")
    parser.add_argument("--app", default=os.path.join(REPO, "build", "app", "lstm-lab"))
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if not shutil.which("fasttext"):
        sys.exit("fasttext is not installed (apt-get install fasttext)")

    work = tempfile.mkdtemp(prefix="lstmlab-embed-")
    text = open(args.corpus, encoding="utf-8", errors="ignore").read() if args.corpus else english_fortunes()
    tokens = tokenise(text)
    lines = os.path.join(work, "corpus.txt")
    write_lines(tokens, lines)
    ours, ours_rate, ours_wall = run_ours(args.app, lines, os.path.join(work, "ours"))
    gensim, gensim_rate, gensim_wall = run_gensim(lines)
    gensim2, _, _ = run_gensim(lines, seed=2)
    fast, fast_rate, fast_wall = run_fasttext(lines, os.path.join(work, "fasttext"))
    top = gensim.index_to_key[:50]
    rows = [
        ("LSTM Lab", ours_rate, ours_wall, overlap(ours, gensim, top)),
        ("gensim " + __import__("gensim").__version__, gensim_rate, gensim_wall, overlap(gensim2, gensim, top)),
        ("fastText", fast_rate, fast_wall, overlap(fast, gensim, top)),
    ]

    planted_settings = dict(SETTINGS, dim=50, subsample=1e-3)
    planted = os.path.join(work, "planted.txt")
    with open(planted, "w") as f:
        f.write(planted_text())
    precision = {"LSTM Lab": [], "gensim": [], "fastText": []}
    for seed in range(1, 6):
        kv, _, _ = run_ours(args.app, planted, os.path.join(work, f"planted-{seed}"), seed, planted_settings)
        precision["LSTM Lab"].append(planted_precision(kv, 10))
        kv, _, _ = run_gensim(planted, seed, planted_settings)
        precision["gensim"].append(planted_precision(kv, 10))
        kv, _, _ = run_fasttext(planted, os.path.join(work, f"planted-ft-{seed}"), seed, planted_settings)
        precision["fastText"].append(planted_precision(kv, 10))

    print(f"corpus: {len(tokens):,} tokens, {len(gensim.index_to_key):,} with min-count 5; one thread each; "
          f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    if args.markdown:
        print("| tool | words/s (training) | whole command, s | top-10 overlap with gensim (50 most frequent) | planted precision@10 (mean of 5 seeds) |")
        print("| --- | ---: | ---: | ---: | ---: |")
    for (name, rate, wall, ov), key in zip(rows, ["LSTM Lab", "gensim", "fastText"]):
        p = statistics.mean(precision[key])
        if args.markdown:
            print(f"| {name} | {rate:,.0f} | {wall:.1f} | {ov:.3f}{' (a second gensim seed)' if key == 'gensim' else ''} | {p:.3f} |")
        else:
            print(f"{name:16s} {rate:12,.0f} words/s  {wall:6.1f} s  overlap {ov:.3f}  planted {p:.3f} {precision[key]}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
