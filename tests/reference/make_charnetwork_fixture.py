#!/usr/bin/python3
"""Writes charnetwork.reference.json, what torch.nn.LSTM, torch.nn.GRU or torch.nn.RNN (tanh)
(one-hot input) + nn.Linear + cross_entropy at every step compute from a carried-in state, for
tests/tst_charnetwork.cpp.

Run once, with Debian's python3-torch (/usr/bin/python3), from anywhere:

    /usr/bin/python3 tests/reference/make_charnetwork_fixture.py

Everything is float64. Each case: its cell ("lstm", "gru", "rnn"), V symbols, H units, L
layers, T steps, B streams; tokens and targets in LstmLayer's order (entry t*B + b is stream b
at step t); the initial state h0 and, for the LSTM, c0 ([L][B][H], the state a previous batch
left; the GRU and the RNN carry h only); the parameters under PyTorch's names (nested
lists, row-major); the loss F.cross_entropy over all T*B rows (mean, nats) and every gradient by
autograd under the same names. No dropout (core/text/charnetwork.h without masks). Inputs are
rounded to four decimals so their text is exactly the double both sides use.
"""

import json
import os

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)


def rounded(array):
    return np.round(array, 4)


def nested(tensor):
    return tensor.detach().tolist()


CELLS = {"lstm": torch.nn.LSTM, "gru": torch.nn.GRU, "rnn": torch.nn.RNN}


def make_case(name, V, H, L, T, B, seed, cell="lstm"):
    rng = np.random.default_rng(seed)
    lstm = CELLS[cell](V, H, L, batch_first=True)  # nn.RNN: tanh by default
    head = torch.nn.Linear(H, V)
    with torch.no_grad():
        for p in list(lstm.parameters()) + list(head.parameters()):
            p.copy_(torch.tensor(rounded(rng.uniform(-0.6, 0.6, tuple(p.shape)))))
    tokens = rng.integers(0, V, T * B)      # entry t*B + b
    targets = rng.integers(0, V, T * B)
    h0 = torch.tensor(rounded(rng.uniform(-0.8, 0.8, (L, B, H))))
    c0 = torch.tensor(rounded(rng.uniform(-0.8, 0.8, (L, B, H))))

    x = F.one_hot(torch.tensor(tokens).reshape(T, B).T, V).to(torch.float64)  # (B, T, V)
    out, _ = lstm(x, (h0, c0) if cell == "lstm" else h0)                      # (B, T, H)
    logits = head(out)                                                        # (B, T, V)
    y = torch.tensor(targets).reshape(T, B).T                                 # (B, T)
    loss = F.cross_entropy(logits.reshape(-1, V), y.reshape(-1))
    loss.backward()

    params = {k: nested(v) for k, v in lstm.state_dict().items()}
    params["head.weight"] = nested(head.weight)
    params["head.bias"] = nested(head.bias)
    grads = {k: nested(p.grad) for k, p in lstm.named_parameters()}
    grads["head.weight"] = nested(head.weight.grad)
    grads["head.bias"] = nested(head.bias.grad)
    case = {"name": name, "cell": cell, "V": V, "H": H, "L": L, "T": T, "B": B,
            "tokens": [int(t) for t in tokens], "targets": [int(t) for t in targets],
            "h0": nested(h0), "params": params, "loss": float(loss), "grads": grads}
    if cell == "lstm":
        case["c0"] = nested(c0)
    return case


def main():
    cases = [
        make_case("1 layer, V 5, H 4, 3 steps x 2 streams", 5, 4, 1, 3, 2, 1),
        make_case("2 layers, V 7, H 3, 4 steps x 3 streams", 7, 3, 2, 4, 3, 2),
        make_case("gru, 1 layer, V 5, H 4, 3 steps x 2 streams", 5, 4, 1, 3, 2, 3, "gru"),
        make_case("gru, 2 layers, V 7, H 3, 4 steps x 3 streams", 7, 3, 2, 4, 3, 4, "gru"),
        make_case("rnn, 1 layer, V 5, H 4, 3 steps x 2 streams", 5, 4, 1, 3, 2, 5, "rnn"),
        make_case("rnn, 2 layers, V 7, H 3, 4 steps x 3 streams", 7, 3, 2, 4, 3, 6, "rnn"),
    ]
    out = {"torch": torch.__version__, "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "charnetwork.reference.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
