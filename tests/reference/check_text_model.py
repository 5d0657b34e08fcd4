#!/usr/bin/python3
"""Loads a text model.json (lstm-lab --headless --task text, any --cell) into PyTorch with the lines of
docs/model-format.md and recomputes training.validation_bits_per_char from the text: the mean
of -log2 p(next character) over the held-out last 10% of the text, run as one stream from a
zero state, without dropout (core/text/texttrainer.h, (23)).

    /usr/bin/python3 tests/reference/check_text_model.py DIR/model.json TEXT

TEXT is the file the model was trained on. It is read as LSTM Lab reads it: UTF-8, ANSI colour
escapes (ESC [ ... final byte) removed, in a fortune file (TEXT.dat beside it) every line that
holds only '%' made empty, one token per code point; the vocabulary comes from model.json. Prints both figures and their difference; exits 1 when it is above 1e-4.
Everything is float64 (LSTM Lab computes in float32).
"""

import json
import math
import os
import re
import sys

import torch
import torch.nn.functional as F


def held_out_tokens(path, vocab):
    text = open(path, "rb").read().decode("utf-8")
    text = re.sub("\x1b\\[[^\x40-\x7e]*[\x40-\x7e]?", "", text)
    if os.path.isfile(path + ".dat"):  # a fortune file: its '%' separator lines become blank
        text = re.sub("(?m)^%(\r?)$", "\\1", text)
    index = {symbol: k for k, symbol in enumerate(vocab)}
    tokens = [index[ch] for ch in text]
    held_out = max(len(tokens) * 10 // 100, 2)
    return torch.tensor(tokens[len(tokens) - held_out:])


def main():
    model_path, text_path = sys.argv[1], sys.argv[2]

    # --- the lines of docs/model-format.md ("The text task") ---
    m = json.load(open(model_path, encoding="utf-8"))
    c, t, vocab = m["config"], m["tensors"], m["vocab"]
    V, H, L = len(vocab), c["units"], c["layers"]
    tensor = lambda name: torch.tensor(t[name]["data"], dtype=torch.float64).reshape(t[name]["shape"])

    cell = {"lstm": torch.nn.LSTM, "gru": torch.nn.GRU, "rnn": torch.nn.RNN}[c.get("cell", "lstm")]
    lstm = cell(V, H, L, batch_first=True, dtype=torch.float64)  # input_size = V: one-hot; nn.RNN: tanh
    head = torch.nn.Linear(H, V, dtype=torch.float64)
    lstm.load_state_dict({k: tensor(k) for k in lstm.state_dict()})
    head.load_state_dict({"weight": tensor("head.weight"), "bias": tensor("head.bias")})

    def log_probs(tokens, state=None):    # tokens: (N, T) symbol indices
        x = F.one_hot(tokens, V).to(torch.float64)
        out, state = lstm(x, state)       # (N, T, H); dropout is for training only
        return F.log_softmax(head(out), dim=-1), state  # (N, T, V): logits = head(h_t) at every step
    # ---

    v = held_out_tokens(text_path, vocab)
    with torch.no_grad():
        logp, _ = log_probs(v[:-1][None, :])  # one stream from a zero state
        nats = -logp[0, torch.arange(len(v) - 1), v[1:]].mean().item()
    bits = nats / math.log(2)
    saved = m["training"]["validation_bits_per_char"]
    difference = abs(bits - saved)
    print(f"PyTorch: {bits:.9f} bits/char over {len(v) - 1} predictions; model.json: {saved:.9f}; "
          f"difference {difference:.3g}")
    return 0 if difference <= 1e-4 else 1


if __name__ == "__main__":
    sys.exit(main())
