#!/usr/bin/python3
"""LSTM Lab against PyTorch on one CPU thread, the same models timed side by side.

For every configuration this runs lstm-lab-bench (as a subprocess, one configuration at a
time) and then trains the identical model in PyTorch: torch.nn.LSTM(1, H, L, batch_first=True)
+ torch.nn.Linear(H, 1) with tanh on the last time step, MSE, Adam (lr 1e-3, betas 0.9/0.999,
eps 1e-8), batches of 64 windows of the seed's sine in order, float32,
torch.set_num_threads(1). Both sides report the minimum over repeats of the mean time per
step (the step that ends an epoch is left out on both sides: LSTM Lab evaluates the test set
there), as wall-clock time and as processor time of the process; on a machine that other
programs keep busy the processor times are the fair comparison. Then both run inference
over the seed's 979 test windows in one batch.

With --cell rnn and/or --cell gru (repeatable, in one run: --cell rnn --cell gru --cell lstm)
the networks' cell is the plain RNN (torch.nn.RNN, tanh) or the GRU (torch.nn.GRU) on both
sides, everything else the same; the table then also shows LSTM Lab's layers alone, forward
and backward, run by its kernels (what trains) and by its readable reference, from
lstm-lab-bench --cell.

Needs Debian's python3-torch (run it with /usr/bin/python3) and a built lstm-lab-bench:

    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build lstm-lab-bench
    /usr/bin/python3 bench/compare_pytorch.py              # the seed and a few others
    /usr/bin/python3 bench/compare_pytorch.py --grid       # units x timesteps x layers grid
    /usr/bin/python3 bench/compare_pytorch.py --markdown   # the table as docs/performance.md has it
    /usr/bin/python3 bench/compare_pytorch.py --text --markdown   # the character-level network
    /usr/bin/python3 bench/compare_pytorch.py --cell rnn --cell gru --markdown   # the other cells

With --text it times instead a whole character-level training step (issue 16) for V=83 one-hot
2x128 32x50, V=3000 2x128 32x50 and the Udacity configuration V=83 2x512 100x100 (or the
--text-config shapes): LSTM Lab's TextTrainer::step() (lstm-lab-bench --text) against
torch.nn.LSTM(V, H, L, dropout 0.5, batch_first) on one-hot float32 input, dropout 0.5 on the
last layer's output, torch.nn.Linear(H, V), cross-entropy over every step, backward,
clip_grad_norm_(5), Adam (lr 0.002), the state carried from batch to batch (detached). Both
sides report the median and the minimum over repeats of the mean step; LSTM Lab also its
share of --peak, allocations per step and the time to sample 1,000 characters.
"""

import argparse
import glob
import json
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BATCH = 64
SEED = (20, 20, 2)
DEFAULT_CONFIGS = [SEED, (8, 10, 1), (64, 50, 2), (128, 20, 1), (256, 50, 2)]
GRID = [(u, t, l) for u in (8, 20, 64, 128, 256) for t in (10, 20, 50, 200) for l in (1, 2, 4)]


def find_bench(explicit):
    if explicit:
        return explicit if os.path.isfile(explicit) else None
    candidates = glob.glob(os.path.join(REPO, "build*", "bench", "lstm-lab-bench"))
    candidates = [c for c in candidates if os.access(c, os.X_OK)]
    if not candidates:
        return None
    preferred = os.path.join(REPO, "build", "bench", "lstm-lab-bench")
    if preferred in candidates:
        return preferred
    return max(candidates, key=os.path.getmtime)


def run_bench(bench, config, args, inference, cell="lstm"):
    units, timesteps, layers = config
    command = [bench, "--json", "--config", "%d,%d,%d" % config, "--repeats", str(args.repeats),
               "--min-ms", str(args.min_ms), "--cell", cell]
    if not inference:
        command.append("--no-inference")
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("lstm-lab-bench failed for %dx%dx%d: %s" % (units, timesteps, layers,
                                                                     done.stderr.strip() or done.returncode))
    return json.loads(done.stdout)


def seed_series(torch, np, start, stop, count, timesteps):
    """The seed notebook's data: sin on numpy's linspace, windows of `timesteps` float32
    samples, each labelled with the next sample (n - timesteps - 1 windows)."""
    seq = np.sin(np.linspace(start, stop, count))
    n = len(seq) - timesteps - 1
    x = np.stack([seq[i:i + timesteps] for i in range(n)]).astype(np.float32)
    y = seq[timesteps:timesteps + n].astype(np.float32)
    return torch.from_numpy(x).unsqueeze(-1), torch.from_numpy(y).unsqueeze(-1)


CELLS = {"lstm": "LSTM", "rnn": "RNN", "gru": "GRU"}  # our name: torch.nn's class


class Model:
    def __init__(self, torch, units, layers, cell="lstm"):
        torch.manual_seed(1)
        self.torch = torch
        self.lstm = getattr(torch.nn, CELLS[cell])(1, units, layers, batch_first=True)
        self.head = torch.nn.Linear(units, 1)
        params = list(self.lstm.parameters()) + list(self.head.parameters())
        self.optimizer = torch.optim.Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8)

    def predict(self, x):
        out, _ = self.lstm(x)
        return self.torch.tanh(self.head(out[:, -1, :]))

    def step(self, x, y):
        self.optimizer.zero_grad()
        loss = self.torch.mean((self.predict(x) - y) ** 2)
        loss.backward()
        self.optimizer.step()


def repeats_ms(run, repeats, min_ms, max_seconds):
    """run() does one unit of work; returns the per-repeat mean milliseconds per unit (wall,
    processor) of up to `repeats` repeats that each last min_ms, stopping early (after at
    least one repeat) once max_seconds have gone by."""
    results = []
    started = time.perf_counter()
    for _ in range(repeats):
        count, wall, cpu, begin = 0, 0.0, 0.0, time.perf_counter()
        while count == 0 or (time.perf_counter() - begin) * 1000.0 < min_ms:
            w0, c0 = time.perf_counter(), time.process_time()
            run()
            wall += (time.perf_counter() - w0) * 1000.0
            cpu += (time.process_time() - c0) * 1000.0
            count += 1
        results.append((wall / count, cpu / count))
        if time.perf_counter() - started > max_seconds:
            break
    return results


def minimum_over_repeats(run, repeats, min_ms, max_seconds):
    """run() does one unit of work; returns the smallest mean milliseconds per unit over
    repeats that each last min_ms, wall-clock and processor time separately, stopping early
    (after at least one repeat) once max_seconds have gone by."""
    results = repeats_ms(run, repeats, min_ms, max_seconds)
    return min(wall for wall, _ in results), min(cpu for _, cpu in results)


def torch_step_ms(torch, np, config, args, cell="lstm"):
    units, timesteps, layers = config
    x, y = seed_series(torch, np, 0.0, 100.0, 10000, timesteps)
    model = Model(torch, units, layers, cell)
    full_batches = x.shape[0] // BATCH
    position = [0]

    def one_step():
        b = position[0]
        position[0] = (b + 1) % full_batches  # whole batches only, in order
        model.step(x[b * BATCH:(b + 1) * BATCH], y[b * BATCH:(b + 1) * BATCH])

    one_step()
    one_step()
    return minimum_over_repeats(one_step, args.repeats, args.min_ms, args.max_seconds)


def torch_inference_ms(torch, np, args, cell="lstm"):
    units, timesteps, layers = SEED
    x, _ = seed_series(torch, np, 100.0, 110.0, 1000, timesteps)
    model = Model(torch, units, layers, cell)
    with torch.no_grad():
        model.predict(x)
        times = minimum_over_repeats(lambda: model.predict(x), args.repeats, args.min_ms, args.max_seconds)
    return times, x.shape[0]


TEXT_CONFIGS = [(83, 128, 50, 32, 2), (3000, 128, 50, 32, 2), (83, 512, 100, 100, 2)]


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else 0.5 * (values[n // 2 - 1] + values[n // 2])


def torch_text_step_ms(torch, config, args):
    """Per-repeat (wall, cpu) ms of a whole PyTorch training step for one text shape."""
    vocabulary, units, timesteps, streams, layers = config
    torch.manual_seed(1)
    lstm = torch.nn.LSTM(vocabulary, units, layers, dropout=0.5, batch_first=True)
    drop = torch.nn.Dropout(0.5)
    head = torch.nn.Linear(units, vocabulary)
    params = list(lstm.parameters()) + list(head.parameters())
    optimizer = torch.optim.Adam(params, lr=0.002)
    generator = torch.Generator().manual_seed(7)
    tokens = torch.randint(0, vocabulary, (streams, timesteps + 1), generator=generator)
    x = torch.nn.functional.one_hot(tokens[:, :-1], vocabulary).float()
    y = tokens[:, 1:].reshape(-1)
    state = [None]

    def one_step():
        optimizer.zero_grad()
        out, (h, c) = lstm(x, state[0])
        state[0] = (h.detach(), c.detach())
        logits = head(drop(out)).reshape(-1, vocabulary)
        loss = torch.nn.functional.cross_entropy(logits, y)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 5.0)
        optimizer.step()

    one_step()
    return repeats_ms(one_step, args.repeats, args.min_ms, args.max_seconds)


def run_text_bench(bench, config, args):
    command = [bench, "--json", "--text", ",".join(str(v) for v in config), "--repeats", str(args.repeats),
               "--min-ms", str(args.min_ms)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("lstm-lab-bench failed for --text %s: %s" % (
            ",".join(str(v) for v in config), done.stderr.strip() or done.returncode))
    result = json.loads(done.stdout)
    return result["text"][0], result["peak_gflops"]


def compare_text(torch, bench, args, configs):
    print("Whole character-level training steps: LSTM Lab (lstm-lab-bench --text) against PyTorch %s,\n"
          "one thread each, float32. ms: the median over up to %d repeats (of at least %.0f ms each) of the\n"
          "mean step, processor time (min: the smallest); of peak: LSTM Lab's products per second over\n"
          "lstm-lab-bench --peak's rate; sample: LSTM Lab writing 1,000 characters.\n"
          % (torch.__version__, args.repeats, args.min_ms))
    columns = ("V, HxL, streams x T", "LSTM Lab ms", "min", "PyTorch ms", "min", "speed-up", "of peak",
               "allocs/step", "sample 1,000 ms")
    if args.markdown:
        print("| " + " | ".join(columns) + " |")
        print("|---" + "|---:" * (len(columns) - 1) + "|")
    else:
        print("%-24s %11s %8s %11s %9s %9s %8s %11s %15s" % columns)
    for config in configs:
        ours, peak = run_text_bench(bench, config, args)
        theirs = torch_text_step_ms(torch, config, args)
        theirs_cpu = [cpu for _, cpu in theirs]
        name = "%d, %dx%d, %dx%d" % (config[0], config[1], config[4], config[3], config[2])
        speedup = median(theirs_cpu) / ours["median_step_cpu_ms"]
        of_peak = 100.0 * ours["gflops"] / peak
        values = (name, ours["median_step_cpu_ms"], ours["step_cpu_ms"], median(theirs_cpu), min(theirs_cpu),
                  speedup, of_peak, ours["allocations_per_step"], ours["median_sample_cpu_ms"])
        if args.markdown:
            print("| %s | %.4g | %.4g | %.5g | %.5g | %.1fx | %.0f%% | %g | %.3g |" % values)
        else:
            print("%-24s %11.4g %8.4g %11.5g %9.5g %8.1fx %7.0f%% %11g %15.3g" % values)
        sys.stdout.flush()
    print("\nLSTM Lab's peak (lstm-lab-bench --peak, one thread's float multiply-add rate): %.1f GFLOP/s" % peak)


def compare_cells(torch, np, bench, args, configs, cells):
    """The training step of every configuration for every cell, LSTM Lab against torch.nn.RNN,
    GRU or LSTM, side by side; layers = LSTM Lab's layers alone by its kernels, reference = by its
    readable reference (the plain RNN and the GRU only)."""
    print("layers cpu = LSTM Lab's layers alone, forward and backward, run by its kernels; reference cpu =\n"
          "the same run by its readable reference (rnnreference.h, grureference.h; the rnn and gru cells).\n")
    columns = ("cell", "HxTxL", "LSTM Lab", "PyTorch", "speed-up", "LSTM Lab cpu", "PyTorch cpu", "speed-up cpu",
               "layers cpu", "reference cpu", "reference/kernels", "allocs/step")
    if args.markdown:
        print("| " + " | ".join(columns) + " |")
        print("|---|---" + "|---:" * (len(columns) - 2) + "|")
    else:
        print("%-5s %-15s %9s %9s %9s %13s %12s %13s %11s %14s %18s %12s" % columns)
    inference = {}
    for cell in cells:
        for config in configs:
            ours = run_bench(bench, config, args, inference=(config == SEED), cell=cell)
            row = ours["configs"][0]
            wall, cpu = torch_step_ms(torch, np, config, args, cell)
            if config == SEED:
                inference[cell] = ours.get("inference")
            layers = row.get("layers_cpu_ms")
            reference = row.get("reference_layers_cpu_ms")
            values = (cell, label(config), row["step_ms"], wall, wall / row["step_ms"], row["step_cpu_ms"], cpu,
                      cpu / row["step_cpu_ms"], "%.4g" % layers if layers else "-",
                      "%.4g" % reference if reference else "-",
                      "%.2fx" % (reference / layers) if layers and reference else "-", row["allocations_per_step"])
            if args.markdown:
                print("| %s | %s | %.4g | %.4g | %.1fx | %.4g | %.4g | %.1fx | %s | %s | %s | %g |" % values)
            else:
                print("%-5s %-15s %9.4g %9.4g %8.1fx %13.4g %12.4g %12.1fx %11s %14s %18s %12g" % values)
            sys.stdout.flush()
    for cell in cells:
        if not inference.get(cell):
            continue
        ours = inference[cell]
        (wall, cpu), windows = torch_inference_ms(torch, np, args, cell)
        print("\nInference, seed model with the %s cell, %d test windows in one batch: LSTM Lab %.3g ms (cpu %.3g "
              "ms), PyTorch %.3g ms (cpu %.3g ms): %.1fx (cpu %.1fx)"
              % (cell, windows, ours["ms"], ours["cpu_ms"], wall, cpu, wall / ours["ms"], cpu / ours["cpu_ms"]))


def label(config):
    return "%dx%dx%d" % config + (" (seed)" if config == SEED else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", help="path of lstm-lab-bench (default: build*/bench/ of this checkout)")
    parser.add_argument("--grid", action="store_true",
                        help="units {8,20,64,128,256} x timesteps {10,20,50,200} x layers {1,2,4}")
    parser.add_argument("--config", action="append", default=[], metavar="U,T,L",
                        help="one configuration (repeatable) instead of the default list")
    parser.add_argument("--repeats", type=int, default=5, help="repeats per measurement (default 5)")
    parser.add_argument("--min-ms", type=float, default=200.0, help="least duration of a repeat (default 200)")
    parser.add_argument("--max-seconds", type=float, default=30.0,
                        help="PyTorch: stop repeating a measurement after this long (default 30)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--text", action="store_true",
                        help="time whole character-level training steps instead (V=83 2x128 32x50, "
                             "V=3000 2x128 32x50, V=83 2x512 100x100)")
    parser.add_argument("--cell", action="append", default=[], choices=sorted(CELLS),
                        help="the networks' cell (repeatable, measured in one run; default lstm)")
    parser.add_argument("--text-config", action="append", default=[], metavar="V,H,T,B,L",
                        help="with --text: one shape (repeatable) instead of the default three")
    args = parser.parse_args()

    try:
        import numpy as np
        import torch
    except ImportError as error:
        print("compare_pytorch.py needs PyTorch and numpy (Debian: apt-get install python3-torch, "
              "then run it with /usr/bin/python3): %s. Nothing was measured." % error, file=sys.stderr)
        return 0

    bench = find_bench(args.bench)
    if not bench:
        print("lstm-lab-bench not found; build it first (ninja -C build lstm-lab-bench) or pass --bench PATH",
              file=sys.stderr)
        return 1

    if args.text:
        text_configs = []
        for text in args.text_config:
            try:
                text_configs.append(tuple(int(v) for v in text.split(",")))
                assert len(text_configs[-1]) == 5
            except (ValueError, AssertionError):
                parser.error("--text-config needs vocabulary,units,timesteps,streams,layers, e.g. 83,128,50,32,2")
        torch.set_num_threads(1)
        compare_text(torch, bench, args, text_configs or TEXT_CONFIGS)
        return 0

    configs = []
    for text in args.config:
        try:
            configs.append(tuple(int(v) for v in text.split(",")))
            assert len(configs[-1]) == 3
        except (ValueError, AssertionError):
            parser.error("--config needs units,timesteps,layers, e.g. 20,20,2")
    if args.grid:
        configs += [c for c in GRID if c not in configs]
    if not configs:
        configs = list(DEFAULT_CONFIGS)
    if SEED in configs:  # the seed first, with inference
        configs.remove(SEED)
        configs.insert(0, SEED)

    cells = list(dict.fromkeys(args.cell)) or ["lstm"]
    torch.set_num_threads(1)
    blas = [line.strip() for line in torch.__config__.show().splitlines() if "BLAS_INFO" in line]
    print("LSTM Lab (%s) against PyTorch %s on one thread, batch %d, float32, Adam." % (
        os.path.relpath(bench, REPO), torch.__version__, BATCH))
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print("CPU: %s; PyTorch build: %s" % (cpu, blas[0].split(",")[0] if blas else "?"))
    print("Milliseconds per training step, the minimum over up to %d repeats of at least %.0f ms each,\n"
          "wall-clock and processor time (cpu)." % (args.repeats, args.min_ms))
    if cells != ["lstm"]:
        compare_cells(torch, np, bench, args, configs, cells)
        return 0
    print("products = that step's matrix products alone with LSTM Lab's kernels (processor time);\n"
          "step/products = LSTM Lab's step over them.\n")
    columns = ("HxTxL", "LSTM Lab", "PyTorch", "speed-up", "LSTM Lab cpu", "PyTorch cpu", "speed-up cpu",
               "products cpu", "step/products", "allocs/step")
    if args.markdown:
        print("| " + " | ".join(columns) + " |")
        print("|---" + "|---:" * (len(columns) - 1) + "|")
    else:
        print("%-15s %9s %9s %9s %13s %12s %13s %13s %14s %12s" % columns)
    inference = None
    for config in configs:
        ours = run_bench(bench, config, args, inference=(config == SEED))
        row = ours["configs"][0]
        wall, cpu = torch_step_ms(torch, np, config, args)
        if config == SEED:
            inference = ours.get("inference")
        values = (label(config), row["step_ms"], wall, wall / row["step_ms"], row["step_cpu_ms"], cpu,
                  cpu / row["step_cpu_ms"], row["products_cpu_ms"], row["step_cpu_ms"] / row["products_cpu_ms"],
                  row["allocations_per_step"])
        if args.markdown:
            print("| %s | %.4g | %.4g | %.1fx | %.4g | %.4g | %.1fx | %.4g | %.2f | %g |" % values)
        else:
            print("%-15s %9.4g %9.4g %8.1fx %13.4g %12.4g %12.1fx %13.4g %14.2f %12g" % values)
        sys.stdout.flush()

    if inference:
        (wall, cpu), windows = torch_inference_ms(torch, np, args)
        print("\nInference, seed model, %d test windows in one batch: LSTM Lab %.3g ms (cpu %.3g ms), "
              "PyTorch %.3g ms (cpu %.3g ms): %.1fx (cpu %.1fx); LSTM Lab's products alone: cpu %.3g ms"
              % (windows, inference["ms"], inference["cpu_ms"], wall, cpu, wall / inference["ms"],
                 cpu / inference["cpu_ms"], inference["products_cpu_ms"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
