#!/usr/bin/python3
"""Writes seed_data.txt: the seed notebook's data, computed exactly as the notebook does
(numpy float64 sin on linspace, generate_data() windows cast to float32), so tst_dataset can
check LSTM Lab's windows bit for bit without Python.

Run once: /usr/bin/python3 tests/reference/make_seed_data.py  (needs only numpy)
"""
import os
import numpy as np

train_numbers, test_numbers, sin_gap = 10000, 1000, 0.01
here = os.path.dirname(os.path.abspath(__file__))


def generate_data(seq, timesteps):
    # The seed's generate_data(), verbatim apart from the timesteps argument.
    X, Y = [], []
    for i in range(len(seq) - timesteps - 1):
        X.append(seq[i:i + timesteps])
        Y.append(seq[i + timesteps])
    return np.array(X, dtype=np.float32), np.array(Y, dtype=np.float32)


def bits(a):
    return " ".join("%08x" % v for v in np.asarray(a, dtype=np.float32).view(np.uint32))


test_start = train_numbers * sin_gap
test_end = test_start + test_numbers * sin_gap
train_seq = np.sin(np.linspace(0, test_start, train_numbers))
test_seq = np.sin(np.linspace(test_start, test_end, test_numbers))

with open(os.path.join(here, "seed_data.txt"), "w") as f:
    f.write("# float32 bit patterns (hex) of the seed notebook's data; see make_seed_data.py\n")
    f.write("train_series %d\n%s\n" % (len(train_seq), bits(train_seq)))
    f.write("test_series %d\n%s\n" % (len(test_seq), bits(test_seq)))
    for timesteps in (1, 20, 200):
        for name, seq in (("train", train_seq), ("test", test_seq)):
            X, Y = generate_data(seq, timesteps)
            f.write("%s_windows timesteps=%d count=%d\n" % (name, timesteps, len(X)))
            # A few whole rows (first, middle, last) and a checksum of all of them.
            for n in (0, len(X) // 2, len(X) - 1):
                f.write("row %d %s label %s\n" % (n, bits(X[n]), bits([Y[n]])))
            f.write("sum_x %r sum_y %r\n" % (float(X.astype(np.float64).sum()), float(Y.astype(np.float64).sum())))
print("wrote", os.path.join(here, "seed_data.txt"))
