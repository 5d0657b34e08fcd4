#!/usr/bin/python3
"""Writes softmax_head.reference.json, what torch.nn.Linear + cross_entropy compute, for
tests/tst_softmaxhead.cpp.

Run once, with Debian's python3-torch (/usr/bin/python3), from anywhere:

    /usr/bin/python3 tests/reference/make_softmax_fixture.py

Everything is float64. Each case has N rows of hidden states h (N, H), a head
nn.Linear(H, V) with weight (V, H) and bias (V), and targets y (N); the loss is
F.cross_entropy(head(h), y), the mean over rows in nats, as core/nn/softmaxhead.h's (15).
The inputs are rounded to four decimals, so their decimal text is exactly the double both
sides use; every other number is written with repr() (json's float text). Matrices are lists
of rows.

softmax_head.reference.json: {"cases": [{"name", "h", "weight", "bias", "targets",
"probabilities" (N, V), "loss", "dweight", "dbias", "dh"}]}
"""

import json
import os

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)


def rounded(array):
    return np.round(array, 4)


def rows(tensor):
    return [[float(x) for x in row] for row in tensor.detach()]


def make_case(name, n, h_units, symbols, scale, seed):
    rng = np.random.default_rng(seed)
    h = torch.tensor(rounded(rng.uniform(-1.0, 1.0, (n, h_units))), requires_grad=True)
    head = torch.nn.Linear(h_units, symbols)
    with torch.no_grad():
        head.weight.copy_(torch.tensor(rounded(rng.normal(0.0, scale, (symbols, h_units)))))
        head.bias.copy_(torch.tensor(rounded(rng.normal(0.0, scale, symbols))))
    targets = torch.tensor(rng.integers(0, symbols, n))
    logits = head(h)
    loss = F.cross_entropy(logits, targets)
    loss.backward()
    return {
        "name": name,
        "h": rows(h),
        "weight": rows(head.weight),
        "bias": [float(x) for x in head.bias.detach()],
        "targets": [int(x) for x in targets],
        "probabilities": rows(torch.softmax(logits, dim=1)),
        "loss": float(loss),
        "dweight": rows(head.weight.grad),
        "dbias": [float(x) for x in head.bias.grad],
        "dh": rows(h.grad),
    }


def main():
    cases = [
        make_case("3 rows, 4 units, 5 symbols", 3, 4, 5, 0.5, 1),
        make_case("12 rows, 8 units, 30 symbols", 12, 8, 30, 0.8, 2),
        make_case("large logits (softmax must not overflow)", 4, 3, 6, 40.0, 3),
    ]
    out = {"torch": torch.__version__, "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "softmax_head.reference.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
