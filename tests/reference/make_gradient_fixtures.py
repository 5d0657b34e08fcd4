#!/usr/bin/python3
"""Writes gradients.reference.json, the size of the loss gradient reaching every time step
of every layer as PyTorch's autograd computes it, for tests/tst_gradienttrace.cpp
(Network::gradientTrace(), core/nn/network.h, equations (35)-(36)).

Run once, with Debian's python3-torch (/usr/bin/python3), from anywhere:

    /usr/bin/python3 tests/reference/make_gradient_fixtures.py

Everything is float64. Each case is the sine network of network.h with 2 stacked layers of
torch.nn.LSTMCell, GRUCell or RNNCell (tanh), unrolled by hand over T steps from a zero state,
and the head tanh(Linear(h of the top layer at the last step)), loss the MSE against the
targets (evaluation mode: no dropout). retain_grad() on every layer's h_t (and the LSTM's c_t)
gives dL/dh^l_t and dL/dc^l_t: the whole gradient reaching that state, from the layer above
(or the head) at step t and from step t+1. The weights, inputs and targets are rounded to four
decimals, so their decimal text is exactly the double both sides use.

gradients.reference.json: {"torch", "cases": [{"name", "cell" ("lstm", "rnn" or "gru"),
"input", "units", "layers", "timesteps", "batch", "weights": per layer {"weight_ih" (GH, I),
"weight_hh" (GH, H), "bias_ih" (GH), "bias_hh" (GH)} as lists of rows in PyTorch's gate
order, "weight_out" (1, H), "bias_out" (1), "x" (T, B) (input width 1), "targets" (B),
"loss", "dh" (L, T): the batch mean of ||dL/dh^l_t||, "dc" (L, T) the same for c (lstm
only; [] otherwise)}]}
"""

import json
import os

import numpy as np
import torch

torch.set_default_dtype(torch.float64)

# name, cell, H, T, B, seed
CASES = [
    ("lstm_2x5_t9_b3", "lstm", 5, 9, 3, 11),
    ("rnn_2x5_t9_b3", "rnn", 5, 9, 3, 12),
    ("gru_2x5_t9_b3", "gru", 5, 9, 3, 13),
]
LAYERS = 2


def rounded(shape, rng, scale=1.0):
    return torch.tensor(np.round(rng.uniform(-scale, scale, size=shape), 4))


def make_cell(cell, I, H):
    if cell == "lstm":
        return torch.nn.LSTMCell(I, H)
    if cell == "gru":
        return torch.nn.GRUCell(I, H)
    return torch.nn.RNNCell(I, H, nonlinearity="tanh")


def make_case(name, cell, H, T, B, seed):
    rng = np.random.default_rng(seed)
    bound = 1.5 / np.sqrt(H)
    cells, weights = [], []
    for l in range(LAYERS):
        c = make_cell(cell, 1 if l == 0 else H, H)
        with torch.no_grad():
            for tensor_name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                tensor = getattr(c, tensor_name)
                tensor.copy_(rounded(tuple(tensor.shape), rng, bound))
        cells.append(c)
        weights.append({n: getattr(c, n).detach().tolist() for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")})
    head = torch.nn.Linear(H, 1)
    with torch.no_grad():
        head.weight.copy_(rounded((1, H), rng, bound))
        head.bias.copy_(rounded((1,), rng, bound))
    x = rounded((T, B), rng, 1.0)
    targets = rounded((B,), rng, 0.9)

    hs = [[None] * T for _ in range(LAYERS)]
    cs = [[None] * T for _ in range(LAYERS)]
    inputs = [x[t].unsqueeze(1) for t in range(T)]  # (B, 1) per step
    for l in range(LAYERS):
        h = torch.zeros(B, H)
        c = torch.zeros(B, H)
        for t in range(T):
            if cell == "lstm":
                h, c = cells[l](inputs[t], (h, c))
                c.retain_grad()
                cs[l][t] = c
            else:
                h = cells[l](inputs[t], h)
            h.retain_grad()
            hs[l][t] = h
        inputs = hs[l]
    y = torch.tanh(head(hs[LAYERS - 1][T - 1])).squeeze(1)  # (B)
    loss = ((y - targets) ** 2).mean()
    loss.backward()

    def norms(states):
        # a state no gradient reaches (none here) would have grad None: zero
        return [[float(s.grad.norm(dim=1).mean()) if s.grad is not None else 0.0 for s in layer] for layer in states]

    return {
        "name": name, "cell": cell, "input": 1, "units": H, "layers": LAYERS, "timesteps": T, "batch": B,
        "weights": weights,
        "weight_out": head.weight.detach().tolist(), "bias_out": head.bias.detach().tolist(),
        "x": x.tolist(), "targets": targets.tolist(), "loss": float(loss),
        "dh": norms(hs), "dc": norms(cs) if cell == "lstm" else [],
    }


def main():
    cases = [make_case(*case) for case in CASES]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gradients.reference.json")
    with open(path, "w") as out:
        json.dump({"torch": torch.__version__, "cases": cases}, out)
        out.write("\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
