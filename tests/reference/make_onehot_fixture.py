#!/usr/bin/python3
"""Writes onehot_lstm.reference.json, what torch.nn.LSTM computes for a one-hot input whose
state is carried from window to window, for tests/tst_lstmlayer.cpp.

Run once, with Debian's python3-torch (/usr/bin/python3), from anywhere:

    /usr/bin/python3 tests/reference/make_onehot_fixture.py

Everything is float64. Each case is one nn.LSTM layer (input_size V, hidden_size H) fed the
one-hot vectors of tokens (F.one_hot: PyTorch's side is a dense product, LSTM Lab's a column
lookup), over consecutive windows of T steps and B streams, as a character-level network
trains: the first window starts from the case's h0, c0 (zero or given), each next one from the
previous window's final state, detached (truncated backpropagation through time). Each window's
loss is sum(R * h) over its steps with a fixed R, so dL/dh = R; its gradients are those of
that window alone. The weights, h0, c0 and R are rounded to four decimals, so their decimal
text is exactly the double both sides use; every other number is written with repr() (json's
float text).

onehot_lstm.reference.json: {"torch", "cases": [{"name", "vocabulary", "units", "timesteps",
"batch", "weight_ih_l0" (4H, V), "weight_hh_l0" (4H, H), "bias_ih_l0" (4H), "bias_hh_l0" (4H)
(lists of rows, PyTorch's names and gate order i, f, g, o), "h0", "c0" (B, H),
"windows": [{"tokens" (T, B), "R" (T, B, H), "h", "c" (T, B, H), "h_last", "c_last" (B, H),
"grad_weight_ih_l0", "grad_weight_hh_l0", "grad_bias_ih_l0", "grad_bias_hh_l0"}]}]}
"""

import json
import os

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)


def rounded(array):
    return np.round(array, 4)


def listed(tensor):
    return tensor.detach().tolist()


def run_window(lstm, tokens, h0, c0, R):
    """One window: h and c of every step from (h0, c0), then the gradients of sum(R * h)."""
    lstm.zero_grad()
    x = F.one_hot(tokens, lstm.input_size).to(torch.float64)  # (T, B, V)
    out, (h_last, c_last) = lstm(x, (h0.unsqueeze(0), c0.unsqueeze(0)))
    # c of every step, from the equations (nn.LSTM returns only the last): a loop that must
    # reproduce nn.LSTM's h before anything is written.
    W_ih, W_hh = lstm.weight_ih_l0, lstm.weight_hh_l0
    b = lstm.bias_ih_l0 + lstm.bias_hh_l0
    h, c = h0, c0
    hs, cs = [], []
    with torch.no_grad():
        for t in range(tokens.shape[0]):
            a = x[t] @ W_ih.T + h @ W_hh.T + b
            i, f, g, o = a.chunk(4, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            hs.append(h)
            cs.append(c)
    hs, cs = torch.stack(hs), torch.stack(cs)
    assert torch.allclose(hs, out, rtol=0, atol=1e-13), "the loop does not reproduce nn.LSTM"
    assert torch.allclose(cs[-1], c_last[0], rtol=0, atol=1e-13)
    (R * out).sum().backward()
    return {
        "tokens": listed(tokens),
        "R": listed(R),
        "h": listed(out),
        "c": listed(cs),
        "h_last": listed(h_last[0]),
        "c_last": listed(c_last[0]),
        "grad_weight_ih_l0": listed(lstm.weight_ih_l0.grad),
        "grad_weight_hh_l0": listed(lstm.weight_hh_l0.grad),
        "grad_bias_ih_l0": listed(lstm.bias_ih_l0.grad),
        "grad_bias_hh_l0": listed(lstm.bias_hh_l0.grad),
    }, h_last[0].detach(), c_last[0].detach()


def make_case(name, vocabulary, units, timesteps, batch, windows, given_state, seed):
    rng = np.random.default_rng(seed)
    lstm = torch.nn.LSTM(vocabulary, units)  # (T, B, V) in, PyTorch's default layout
    bound = 2.0 / np.sqrt(units)  # wider than PyTorch's initialisation, so some gates saturate
    with torch.no_grad():
        for parameter in lstm.parameters():
            parameter.copy_(torch.tensor(rounded(rng.uniform(-bound, bound, tuple(parameter.shape)))))
    if given_state:
        h0 = torch.tensor(rounded(rng.uniform(-1.0, 1.0, (batch, units))))
        c0 = torch.tensor(rounded(rng.uniform(-2.0, 2.0, (batch, units))))
    else:
        h0 = torch.zeros(batch, units)
        c0 = torch.zeros(batch, units)
    case = {
        "name": name,
        "vocabulary": vocabulary,
        "units": units,
        "timesteps": timesteps,
        "batch": batch,
        "weight_ih_l0": listed(lstm.weight_ih_l0),
        "weight_hh_l0": listed(lstm.weight_hh_l0),
        "bias_ih_l0": listed(lstm.bias_ih_l0),
        "bias_hh_l0": listed(lstm.bias_hh_l0),
        "h0": listed(h0),
        "c0": listed(c0),
        "windows": [],
    }
    h, c = h0, c0
    for _ in range(windows):
        tokens = torch.tensor(rng.integers(0, vocabulary, (timesteps, batch)))
        R = torch.tensor(rounded(rng.normal(0.0, 1.0, (timesteps, batch, units))))
        window, h, c = run_window(lstm, tokens, h, c, R)
        case["windows"].append(window)
    return case


def main():
    cases = [
        make_case("7 symbols, 5 units, 3 windows of 4 steps x 3 streams, from zero", 7, 5, 4, 3, 3, False, 1),
        make_case("30 symbols, 9 units, 2 windows of 5 steps x 13 streams, from a given state", 30, 9, 5, 13, 2,
                  True, 2),
        make_case("2 symbols, 1 unit, 2 windows of 1 step x 1 stream, from a given state", 2, 1, 1, 1, 2, True, 3),
    ]
    out = {"torch": torch.__version__, "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "onehot_lstm.reference.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
