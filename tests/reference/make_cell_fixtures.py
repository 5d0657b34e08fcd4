#!/usr/bin/python3
"""Writes cells.reference.json, what torch.nn.RNN (tanh) and torch.nn.GRU compute, for
tests/tst_rnnlayer.cpp and tests/tst_grulayer.cpp.

Run once, with Debian's python3-torch (/usr/bin/python3), from anywhere:

    /usr/bin/python3 tests/reference/make_cell_fixtures.py

Everything is float64. Each case is one layer (input_size I, hidden_size H) run over T steps
and B samples from a zero state. The loss is sum(R * h) over every step with a fixed R, so
dL/dh = R, and x is a leaf, so dL/dx is PyTorch's too. The weights, x and R are rounded to four
decimals, so their decimal text is exactly the double both sides use; every other number is
written with repr() (json's float text).

cells.reference.json: {"torch", "cases": [{"name", "cell" ("rnn" or "gru"), "input", "units",
"timesteps", "batch", "weight_ih_l0" (GH, I), "weight_hh_l0" (GH, H), "bias_ih_l0" (GH),
"bias_hh_l0" (GH) with G = 1 (rnn) or 3 (gru, gate order r, z, n), lists of rows in PyTorch's
names, "x" (T, B, I), "R" (T, B, H), "h" (T, B, H), "grad_x" (T, B, I), "grad_weight_ih_l0",
"grad_weight_hh_l0", "grad_bias_ih_l0", "grad_bias_hh_l0"}]}
"""

import json
import os

import numpy as np
import torch

torch.set_default_dtype(torch.float64)

# name, cell, I, H, T, B, seed
CASES = [
    ("rnn_in1_h1_t1_b1", "rnn", 1, 1, 1, 1, 1),
    ("rnn_in2_h5_t7_b3", "rnn", 2, 5, 7, 3, 2),
    ("rnn_in3_h8_t12_b4", "rnn", 3, 8, 12, 4, 3),
    ("gru_in1_h1_t1_b1", "gru", 1, 1, 1, 1, 4),
    ("gru_in2_h5_t7_b3", "gru", 2, 5, 7, 3, 5),
    ("gru_in3_h8_t12_b4", "gru", 3, 8, 12, 4, 6),
]


def listed(tensor):
    return tensor.detach().tolist()


def rounded(shape, rng, scale=1.0):
    return torch.tensor(np.round(rng.uniform(-scale, scale, size=shape), 4))


def make_case(name, cell, I, H, T, B, seed):
    rng = np.random.default_rng(seed)
    layer = (torch.nn.RNN(I, H, nonlinearity="tanh") if cell == "rnn" else torch.nn.GRU(I, H))
    bound = 2.0 / np.sqrt(H)  # wider than PyTorch's 1/sqrt(H), so that some gates saturate
    with torch.no_grad():
        for tensor_name in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"):
            tensor = getattr(layer, tensor_name)
            tensor.copy_(rounded(tuple(tensor.shape), rng, bound))
    x = rounded((T, B, I), rng, 1.5).requires_grad_(True)
    R = rounded((T, B, H), rng, 1.0)
    h, _ = layer(x)
    (R * h).sum().backward()
    case = {"name": name, "cell": cell, "input": I, "units": H, "timesteps": T, "batch": B}
    for tensor_name in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"):
        case[tensor_name] = listed(getattr(layer, tensor_name))
    case.update({"x": listed(x), "R": listed(R), "h": listed(h), "grad_x": listed(x.grad)})
    for tensor_name in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"):
        case["grad_" + tensor_name] = listed(getattr(layer, tensor_name).grad)
    return case


def main():
    cases = [make_case(*case) for case in CASES]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cells.reference.json")
    with open(path, "w") as out:
        json.dump({"torch": torch.__version__, "cases": cases}, out)
        out.write("\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
