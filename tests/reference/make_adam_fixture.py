#!/usr/bin/python3
"""Writes adam.reference.json, what torch.optim.Adam does in two steps, for tests/tst_adam.cpp.

Run once, with Debian's python3-torch (/usr/bin/python3), from anywhere:

    /usr/bin/python3 tests/reference/make_adam_fixture.py

Everything is float64. Each case starts from known parameters, sets known gradients by hand
(no loss: Adam sees only the gradients) and takes two torch.optim.Adam steps (no weight
decay, no amsgrad), recording after each step the parameters and Adam's state, exp_avg (m)
and exp_avg_sq (v). The inputs are rounded to four decimals, so their decimal text is exactly
the double both sides use; every other number is written as Python's json writes a float,
with repr(), the shortest text that reads back as the same double.

adam.reference.json: {"cases": [{"name", "lr", "beta1", "beta2", "eps", "parameters",
"gradients": [g1, g2], "steps": [{"parameters", "m", "v"}, {...}]}]}
"""

import json
import os

import numpy as np
import torch

torch.set_default_dtype(torch.float64)


def rounded(values):
    return [round(float(x), 4) for x in values]


def make_case(name, size, lr, betas, eps, seed):
    rng = np.random.default_rng(seed)
    start = rounded(rng.normal(0.0, 1.0, size))
    gradients = [rounded(rng.normal(0.0, 0.5, size)) for _ in range(2)]
    # Gradients of very different sizes: one tiny, one zero, one large.
    gradients[0][0] = 1e-4
    gradients[1][1] = 0.0
    gradients[1][2] = 25.0
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.Adam([p], lr=lr, betas=betas, eps=eps)
    steps = []
    for g in gradients:
        optimizer.zero_grad()
        p.grad = torch.tensor(g, dtype=torch.float64)
        optimizer.step()
        state = optimizer.state[p]
        steps.append({
            "parameters": [float(x) for x in p.detach()],
            "m": [float(x) for x in state["exp_avg"]],
            "v": [float(x) for x in state["exp_avg_sq"]],
        })
    return {
        "name": name,
        "lr": lr, "beta1": betas[0], "beta2": betas[1], "eps": eps,
        "parameters": start,
        "gradients": gradients,
        "steps": steps,
    }


def main():
    cases = [
        make_case("PyTorch's defaults", 7, 1e-3, (0.9, 0.999), 1e-8, 1),
        make_case("large rate, short memory, large eps", 5, 0.05, (0.5, 0.9), 1e-3, 2),
    ]
    text = json.dumps({"torch": torch.__version__, "cases": cases}, indent=1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "adam.reference.json")
    with open(path, "w") as f:
        f.write(text + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
