#!/usr/bin/python3
"""Reloads a sine model.json written by `lstm-lab --headless` into PyTorch (nn.LSTM, nn.GRU or
nn.RNN by its config.cell, then Linear and tanh, as docs/model-format.md shows) and checks that
it reproduces the run's test predictions (predictions.csv beside it) to a tolerance.

    /usr/bin/python3 tests/reference/check_sine_model.py RUN_DIR [--tolerance 1e-4]

The test windows are rebuilt as the app builds them (core/training/dataset.cpp): the seed's
test series, sin(x) at 1,000 points evenly spaced over [100, 110] rounded to float32, window n
its samples n .. n+T-1, labelled with sample n+T; the rebuilt labels must equal the file's
`real` column. Prints the largest difference and exits 0 when it is within the tolerance, 1
when not, 2 on a missing or unreadable file. Exits 3 when torch cannot be imported (the Qt test
then skips, saying so).
"""

import argparse
import csv
import json
import math
import os
import sys

try:
    import numpy as np
    import torch
except ImportError as error:  # the caller skips: PyTorch is not installed
    print("torch is not importable:", error)
    sys.exit(3)


def load_model(path):
    m = json.load(open(path))
    c, t = m["config"], m["tensors"]
    tensor = lambda name: torch.tensor(t[name]["data"], dtype=torch.float32).reshape(t[name]["shape"])
    cell = c.get("cell", "lstm")  # absent: a file written before the cells, an LSTM
    recurrent = {"lstm": torch.nn.LSTM, "gru": torch.nn.GRU, "rnn": torch.nn.RNN}[cell](
        c["input_size"], c["units"], c["layers"], batch_first=True)
    head = torch.nn.Linear(c["units"], c["output_size"])
    recurrent.load_state_dict({k: tensor(k) for k in recurrent.state_dict()})
    head.load_state_dict({"weight": tensor("head.weight"), "bias": tensor("head.bias")})
    return cell, c["timesteps"], recurrent, head


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run_dir")
    parser.add_argument("--tolerance", type=float, default=1e-4)
    args = parser.parse_args()
    try:
        cell, T, recurrent, head = load_model(os.path.join(args.run_dir, "model.json"))
        rows = list(csv.DictReader(open(os.path.join(args.run_dir, "predictions.csv"))))
    except (OSError, ValueError, KeyError) as error:
        print("cannot read the run:", error)
        sys.exit(2)

    x = np.arange(1000) * ((110.0 - 100.0) / 999) + 100.0  # as core/signals' linspace()
    x[-1] = 110.0
    series = np.sin(x).astype(np.float32)
    n = len(rows)
    windows = np.stack([series[k:k + T] for k in range(n)])  # (N, T)
    labels = series[T:T + n]
    real = np.array([float(r["real"]) for r in rows], dtype=np.float32)
    if not np.array_equal(labels, real):
        print("the rebuilt test labels differ from predictions.csv's real column by up to",
              float(np.abs(labels - real).max()))
        sys.exit(1)
    with torch.no_grad():
        out, _ = recurrent(torch.as_tensor(windows)[:, :, None])
        predicted = torch.tanh(head(out[:, -1, :]))[:, 0].numpy()
    app = np.array([float(r["predicted"]) for r in rows])
    worst = float(np.abs(predicted - app).max())
    print(f"{cell}: {n} test windows of {T} steps, largest |PyTorch - LSTM Lab| = {worst:.3g} "
          f"(tolerance {args.tolerance:g}), torch {torch.__version__}")
    sys.exit(0 if worst <= args.tolerance and math.isfinite(worst) else 1)


if __name__ == "__main__":
    main()
