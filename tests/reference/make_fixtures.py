#!/usr/bin/python3
"""Writes the PyTorch reference fixtures that tests/tst_network.cpp compares LSTM Lab against.

Run once, with Debian's python3-torch (/usr/bin/python3), from anywhere:

    /usr/bin/python3 tests/reference/make_fixtures.py

Each configuration becomes two files next to this script: <name>.model.json, the weights as
a model.json that LSTM Lab can open (docs/model-format.md), and <name>.reference.json, what
PyTorch computed with them. Everything is float64: torch.nn.LSTM(batch_first=True) +
torch.nn.Linear + tanh on the last time step, MSE loss (mean). The weights are drawn from a
fixed numpy seed and rounded to four decimals, so the decimal text in the file is exactly the
double both PyTorch and the C++ test use. Every other number is written with repr(), the
shortest text that reads back as the same double.

<name>.model.json holds the configuration and every tensor under PyTorch's names and
shapes, data row-major. <name>.reference.json holds:
  model_file  the name of its model file
  config      input_size, units, layers, timesteps, output_size, batch
  inputs      shape [B, T, I], row-major (batch_first)
  targets     shape [B, O]
  outputs     shape [B, O], tanh(head(h of the last layer at the last step))
  loss        mean over B*O of (outputs - targets)^2
  layers      per layer, the activated gates i, f, g, o, the cell state c and the hidden
              state h, each shape [T, B, H], row-major
  gradients   d loss / d tensor by autograd, under the model's tensor names and shapes

The gates come from a hand-written loop over the equations of core/nn/lstm/lstmlayer.h, using the
same weights; the script asserts that this loop reproduces nn.LSTM's outputs before writing.
"""

import json
import math
import os
import sys

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)

HERE = os.path.dirname(os.path.abspath(__file__))

# name, input_size, units, layers, timesteps, output_size, batch, seed
CONFIGS = [
    # the seed notes' model: 2 layers x 20 units, windows of 20 samples of the sine
    ("seed_2x20_t20", 1, 20, 2, 20, 1, 2, 1),
    # several input features, three layers, a two-wide head
    ("in3_3x5_t7_out2", 3, 5, 3, 7, 2, 4, 2),
    # one unit, one layer, one time step: every sum has a single term
    ("tiny_1x1_t1", 1, 1, 1, 1, 1, 5, 3),
    # one wider layer over a longer window with two inputs
    ("in2_1x8_t12", 2, 8, 1, 12, 1, 2, 4),
]


def exact_decimal(value, places=4):
    """The double nearest to value rounded to `places` decimals; repr() prints it short."""
    return float(f"{value:.{places}f}")


def tensor_names(layers):
    names = []
    for l in range(layers):
        names += [f"weight_ih_l{l}", f"weight_hh_l{l}", f"bias_ih_l{l}", f"bias_hh_l{l}"]
    return names


def make_weights(rng, input_size, units, layers, output_size):
    """Our tensors by PyTorch's names; U(-1.5/sqrt(H), 1.5/sqrt(H)), a little wider than
    PyTorch's default so some gates come near saturation."""
    bound = 1.5 / math.sqrt(units)
    weights = {}

    def draw(*shape):
        values = rng.uniform(-bound, bound, size=shape)
        return np.vectorize(exact_decimal)(values).reshape(shape)

    for l in range(layers):
        width = input_size if l == 0 else units
        weights[f"weight_ih_l{l}"] = draw(4 * units, width)
        weights[f"weight_hh_l{l}"] = draw(4 * units, units)
        weights[f"bias_ih_l{l}"] = draw(4 * units)
        weights[f"bias_hh_l{l}"] = draw(4 * units)
    weights["head.weight"] = draw(output_size, units)
    weights["head.bias"] = draw(output_size)
    return weights


def make_data(name, rng, input_size, timesteps, output_size, batch):
    if name.startswith("seed"):
        # windows of the seed's training signal and the next sample as the label
        signal = np.sin(np.linspace(0.0, 100.0, 10000))
        starts = [137, 4321][:batch]
        inputs = np.stack([signal[s:s + timesteps] for s in starts]).reshape(batch, timesteps, 1)
        targets = np.array([[signal[s + timesteps]] for s in starts])
        return inputs, targets
    inputs = rng.normal(0.0, 1.0, size=(batch, timesteps, input_size))
    targets = rng.uniform(-0.9, 0.9, size=(batch, output_size))
    return inputs, targets


def manual_lstm(x, weights, layers, units):
    """The equations (1)-(6) of core/nn/lstm/lstmlayer.h, step by step. x: (B, T, I)."""
    batch, timesteps, _ = x.shape
    records = []
    layer_input = x
    for l in range(layers):
        Wih = weights[f"weight_ih_l{l}"]
        Whh = weights[f"weight_hh_l{l}"]
        bih = weights[f"bias_ih_l{l}"]
        bhh = weights[f"bias_hh_l{l}"]
        h = torch.zeros(batch, units)
        c = torch.zeros(batch, units)
        rec = {key: [] for key in "ifgoch"}
        hs = []
        for t in range(timesteps):
            a = layer_input[:, t, :] @ Wih.T + bih + h @ Whh.T + bhh
            i, f, g, o = a.chunk(4, dim=1)
            i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
            c = f * c + i * g
            h = o * torch.tanh(c)
            for key, value in zip("ifgoch", (i, f, g, o, c, h)):
                rec[key].append(value)
            hs.append(h)
        records.append({key: torch.stack(values) for key, values in rec.items()})  # (T, B, H)
        layer_input = torch.stack(hs, dim=1)  # (B, T, H)
    return layer_input, records


def flat(array):
    return [float(v) for v in np.asarray(array, dtype=np.float64).reshape(-1)]


def numbers(values):
    return "[" + ", ".join(repr(float(v)) for v in values) + "]"


def tensor_json(shape, data):
    return '{"shape": [' + ", ".join(str(s) for s in shape) + '], "data": ' + numbers(data) + "}"


def make_fixture(name, input_size, units, layers, timesteps, output_size, batch, seed):
    rng = np.random.RandomState(seed)
    weights_np = make_weights(rng, input_size, units, layers, output_size)
    inputs_np, targets_np = make_data(name, rng, input_size, timesteps, output_size, batch)

    lstm = torch.nn.LSTM(input_size, units, layers, batch_first=True)
    head = torch.nn.Linear(units, output_size)
    with torch.no_grad():
        for key in tensor_names(layers):
            getattr(lstm, key).copy_(torch.from_numpy(weights_np[key]))
        head.weight.copy_(torch.from_numpy(weights_np["head.weight"]))
        head.bias.copy_(torch.from_numpy(weights_np["head.bias"]))

    x = torch.from_numpy(inputs_np)
    target = torch.from_numpy(targets_np)
    out, (h_n, c_n) = lstm(x)
    y = torch.tanh(head(out[:, -1, :]))
    loss = torch.nn.functional.mse_loss(y, target, reduction="mean")
    loss.backward()

    weights = {key: torch.from_numpy(value) for key, value in weights_np.items()}
    with torch.no_grad():
        manual_out, records = manual_lstm(x, weights, layers, units)
        manual_y = torch.tanh(manual_out[:, -1, :] @ weights["head.weight"].T + weights["head.bias"])
        manual_loss = ((manual_y - target) ** 2).mean()
    out_diff = (manual_out - out).abs().max().item()
    y_diff = (manual_y - y).abs().max().item()
    loss_diff = abs(manual_loss.item() - loss.item())
    assert out_diff <= 1e-13, f"{name}: the manual loop differs from nn.LSTM by {out_diff}"
    assert y_diff <= 1e-13 and loss_diff <= 1e-13, f"{name}: head or loss differ"
    # nn.LSTM also returns every layer's last h and c: the loop must match those too
    for l in range(layers):
        h_diff = (records[l]["h"][-1] - h_n[l]).abs().max().item()
        c_diff = (records[l]["c"][-1] - c_n[l]).abs().max().item()
        assert h_diff <= 1e-13 and c_diff <= 1e-13, f"{name}: layer {l} h_n/c_n differ"

    params = dict(lstm.named_parameters())
    grads = {key: params[key].grad for key in tensor_names(layers)}
    grads["head.weight"] = head.weight.grad
    grads["head.bias"] = head.bias.grad

    names = tensor_names(layers) + ["head.weight", "head.bias"]
    config_text = (f'"input_size": {input_size}, "units": {units}, "layers": {layers}, '
                   f'"timesteps": {timesteps}, "output_size": {output_size}')

    # <name>.model.json: the weights as a model.json that LSTM Lab itself can open
    model = ["{",
             '"format": "lstm-lab-model",',
             '"version": 1,',
             '"config": {' + config_text + ', "dropout": 0},',
             '"training": {"steps": 0, "epochs": 0, "test_mse": null},',
             '"tensors": {']
    for k, key in enumerate(names):
        sep = "," if k + 1 < len(names) else ""
        model.append(f' "{key}": ' + tensor_json(weights_np[key].shape, flat(weights_np[key])) + sep)
    model += ["}", "}"]

    # <name>.reference.json: what PyTorch computed with those weights
    ref = ["{",
           '"format": "lstm-lab-reference", "version": 1,',
           f'"generator": "tests/reference/make_fixtures.py", "torch_version": "{torch.__version__}",',
           f'"model_file": "{name}.model.json",',
           '"config": {' + config_text + f', "batch": {batch}}},',
           '"inputs": ' + tensor_json(inputs_np.shape, flat(inputs_np)) + ",",
           '"targets": ' + tensor_json(targets_np.shape, flat(targets_np)) + ",",
           '"outputs": ' + tensor_json(tuple(y.shape), flat(y.detach().numpy())) + ",",
           f'"loss": {loss.item()!r},',
           '"layers": [']
    for l in range(layers):
        ref.append(" {")
        for k, key in enumerate("ifgoch"):
            sep = "," if k + 1 < 6 else ""
            value = records[l][key]
            ref.append(f'  "{key}": ' + tensor_json(tuple(value.shape), flat(value.numpy())) + sep)
        ref.append(" }" + ("," if l + 1 < layers else ""))
    ref += ["],", '"gradients": {']
    for k, key in enumerate(names):
        sep = "," if k + 1 < len(names) else ""
        grad = grads[key]
        ref.append(f' "{key}": ' + tensor_json(tuple(grad.shape), flat(grad.numpy())) + sep)
    ref += ["}", "}"]

    size = 0
    for suffix, lines in ((".model.json", model), (".reference.json", ref)):
        text = "\n".join(lines) + "\n"
        json.loads(text)  # well-formed
        with open(os.path.join(HERE, name + suffix), "w") as f:
            f.write(text)
        size += len(text)
    print(f"{name}: loss {loss.item()!r}, manual loop vs nn.LSTM {out_diff:.1e}, "
          f"{size // 1024} KiB -> {os.path.relpath(os.path.join(HERE, name))}.{{model,reference}}.json")


def main():
    for config in CONFIGS:
        make_fixture(*config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
