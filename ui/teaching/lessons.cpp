#include "lessons.h"

// Measurements behind the texts: the seed's sine, seed 1, batches in order, this engine,
// epochs as noted (test MSE after that many epochs unless said otherwise).
//  forget gate   8 units, 1 layer, T 50, lr 0.005: test MSE 0.010 after 1 epoch, 0.0005 after
//                10; f then stays between about 0.3 and 0.75 along the window in every unit.
//                (lr 0.01 learns faster but its test MSE jumps back up to 0.004 by epoch 20.)
//  too few units 1 unit, 2 layers: 0.53 after 3 epochs, 0.11 after 10;
//                20 units (the seed): 0.003 after 3 epochs, 0.0015 after 10.
//  timesteps     T 100: one epoch takes 5 to 8 times as long as with T 20, and its test MSE
//                (0.024) is no better than T 20's (0.024).
//  dropout       0.5: epoch 3's batch losses average 0.020 (spread 0.007) against 0.006
//                (spread 0.004) without; the test MSE, without dropout, 0.0056 against 0.0030.
//  learning rate 0.5 (also 0.1, 1 and 10): batch losses 0.48, 0.015, 0.004, then 0.15 at
//                step 4 and 3.7 at step 7; from then on they swing between about 0 and 4 as the
//                batches move along the sine, and the test MSE stays at 1.09: the tanh head is saturated
//                and outputs a constant +-1; nothing becomes NaN, so no divergence is reported.
//                0.03 still learns but the test MSE goes up and down (0.11, 0.021, 0.044).
//  memory        echo at lag 50, timesteps 51 (the sample to recall opens the window), 2 x 20,
//                learning rate 0.005, shuffled, seed 1; test MSE by epoch (the noise's variance
//                is 0.213): plain RNN 0.213 up to epoch 7, then 0.0053 (8), 0.00089 (10),
//                0.00010 (20); LSTM 0.213 up to epoch 17, then 0.047 (18), 0.0024 (20),
//                0.00027 (29). At learning rate 0.001 the RNN breaks through at epoch 20, the
//                LSTM at epoch 36 (0.034; 0.0012 at 40). With timesteps 60 (the sample 9 steps
//                into the window) the RNN, the LSTM and the LSTM with forget bias 1 all stayed
//                at 0.213 for 60 epochs.
//  forget bias   the same LSTM with forget bias 1: 0.213 up to epoch 27, then 0.138 (28),
//                0.0015 (30), 0.00020 (40); without it the break came at epoch 18.

namespace {

lstmlab::ModelConfig model(int units, int layers, int timesteps, double dropout = 0.0)
{
    lstmlab::ModelConfig m;
    m.units = units;
    m.layers = layers;
    m.timesteps = timesteps;
    m.dropout = dropout;
    return m;
}

lstmlab::TrainConfig training(double learningRate, int epochs)
{
    lstmlab::TrainConfig t;
    t.learningRate = learningRate;
    t.epochs = epochs;
    return t;
}

// The echo lessons' network: 2 layers of 20 units reading windows of 51 samples, the first
// of which is the one to recall (lag 50); shuffled batches, learning rate 0.005.
lstmlab::ModelConfig echoModel(lstmlab::RecurrentCell cell, double forgetBias = 0.0)
{
    lstmlab::ModelConfig m = model(20, 2, 51);
    m.cell = cell;
    m.forgetBias = forgetBias;
    return m;
}

lstmlab::TrainConfig echoTraining()
{
    lstmlab::TrainConfig t = training(0.005, 30);
    t.shuffle = true;
    return t;
}

} // namespace

QList<Lesson> Lessons::all()
{
    QList<Lesson> lessons;
    const lstmlab::ModelConfig seedModel;
    const lstmlab::TrainConfig seedTrain;

    {
        Lesson l;
        l.id = QStringLiteral("forget-gate");
        l.title = tr("How the forget gate keeps memory");
        l.goal = tr("The cell state is the LSTM's memory: c<sub>t</sub> = f ⊙ c<sub>t−1</sub> + i ⊙ g. "
                    "The forget gate f decides what fraction of the old memory survives each step: "
                    "f = 1 keeps all of it, f = 0 wipes it. A small network (8 units, 1 layer) with "
                    "long windows (50 steps) makes it easy to follow.");
        l.watch = {
            tr("The <b>f</b> heatmap: one row per unit, one column per time step. Bright (near 1) "
               "keeps memory, dark forgets."),
            tr("The <b>c</b> heatmap: a unit whose f is high changes its c slowly from column to "
               "column; a unit with low f follows the current input."),
            tr("Click a cell of a heatmap: the gate inspector splits c into f ⊙ c<sub>t−1</sub> "
               "(what was kept) and i ⊙ g (what was added)."),
            tr("What happens here: on the sine, f settles between about 0.3 and 0.75. The next "
               "sample depends only on the last few, so a short memory is enough: with f = 0.7 a "
               "unit keeps 0.7<sup>10</sup> ≈ 3 % of what it held ten steps earlier."),
            tr("In the Anatomy view, the c arrows carry this memory from each copy of the cell "
               "to the next."),
        };
        l.show = Lesson::Panel::Inspector;
        l.model = model(8, 1, 50);
        l.train = training(0.005, 10);
        l.contrastText = tr("Retrain with 20-step windows");
        l.contrastModel = model(8, 1, 20);
        l.contrastTrain = l.train;
        lessons << l;
    }
    {
        Lesson l;
        l.id = QStringLiteral("too-few-units");
        l.title = tr("Too few units");
        l.goal = tr("num_units = 1: every gate layer has a single neuron, so each layer's memory is "
                    "one number. Only 34 parameters are left (5,221 in the seed's network). The "
                    "network underfits: it is too small to follow the sine.");
        l.watch = {
            tr("The <b>prediction</b>: the red curve lags, flattens or misses the green sine for "
               "epochs."),
            tr("The <b>loss</b> stays high: in our run the test MSE was still 0.53 after 3 epochs "
               "and 0.11 after 10, where the seed's 20 units reach 0.003 after 3."),
            tr("The <b>Anatomy</b> view: 1 neuron in each of the 4 gate layers, and the parameter "
               "count."),
            tr("Then press <i>Retrain with 20 units</i>: the same network with 20 units. It "
               "replaces this run, so note the test MSE first."),
        };
        l.show = Lesson::Panel::Loss;
        l.model = model(1, 2, 20);
        l.train = training(seedTrain.learningRate, 10);
        l.contrastText = tr("Retrain with 20 units");
        l.contrastModel = seedModel;
        l.contrastTrain = l.train;
        lessons << l;
    }
    {
        Lesson l;
        l.id = QStringLiteral("long-timesteps");
        l.title = tr("Long time steps");
        l.goal = tr("timesteps = 100: each input window holds 100 samples, and the one cell of each "
                    "layer runs 100 times per window, carrying c and h along. The network could "
                    "remember five times further back, and pays for it in time.");
        l.watch = {
            tr("The <b>steps/s</b> in the status bar: every step runs the cell 100 times instead of "
               "20, so training is about 5 times slower."),
            tr("The <b>heatmaps</b> have 100 columns, and the shaded window on the prediction chart "
               "is five times wider."),
            tr("The <b>Anatomy</b> view elides the middle copies: it is still one cell, reused 100 "
               "times."),
            tr("The <b>test MSE</b>: no better than with 20 steps (0.024 after one epoch in both "
               "our runs): for the sine, the last few samples already say what comes next."),
        };
        l.model = model(seedModel.units, seedModel.layers, 100);
        l.train = training(seedTrain.learningRate, 10);
        l.stepDelayMs = 0; // the teaching pace would hide the cost of long windows
        l.contrastText = tr("Retrain with 20 time steps");
        l.contrastModel = seedModel;
        l.contrastTrain = l.train;
        lessons << l;
    }
    {
        Lesson l;
        l.id = QStringLiteral("dropout");
        l.title = tr("Dropout's effect");
        l.goal = tr("Dropout 0.5 (keep_prob 0.5, as the seed notebook feeds it): during training "
                    "each layer's outputs are zeroed at random, half of them at every step, and "
                    "the rest doubled. The test set is evaluated without dropout.");
        l.watch = {
            tr("The <b>loss</b> chart: the batch losses are noisier and higher than without "
               "dropout (in our run, epoch 3 averaged 0.020 against 0.006)."),
            tr("The <b>test MSE</b> points lie below the batch losses: the test runs the whole "
               "network, without dropping anything."),
            tr("The <b>prediction</b> still follows the sine, a little later: in our run the test "
               "MSE after 3 epochs was 0.0056, against 0.0030 without dropout. On a task this "
               "small there is nothing to overfit, so dropout only slows learning down."),
            tr("Then press <i>Retrain without dropout</i>: the same network without dropout. "
               "It replaces this run, so note the test MSE first."),
        };
        l.show = Lesson::Panel::Loss;
        l.model = model(seedModel.units, seedModel.layers, seedModel.timesteps, 0.5);
        l.train = training(seedTrain.learningRate, 10);
        l.contrastText = tr("Retrain without dropout");
        l.contrastModel = seedModel;
        l.contrastTrain = l.train;
        lessons << l;
    }
    {
        Lesson l;
        l.id = QStringLiteral("learning-rate");
        l.title = tr("A learning rate far too high");
        l.goal = tr("Learning rate 0.5, 500 times the seed's 0.001. Each step moves the weights so far "
                    "that within a few steps the tanh head saturates: the network outputs a constant "
                    "+1 or −1, whatever the input. The lesson starts paused: press <b>Step</b> to "
                    "train one batch at a time.");
        l.watch = {
            tr("Press <b>Step</b> eight times and watch the loss: it falls for three steps, then "
               "climbs from the 4th step on, to about 4 by the 8th. The red prediction is already a "
               "flat line."),
            tr("Then train: the prediction stays a flat line at +1 or −1. The batch loss swings "
               "between 0 and 4 as the batches move along the sine, and the test MSE stays at "
               "about 1.09. The gate heatmaps are all 0 or 1: every gate is saturated too."),
            tr("It never recovers: a saturated tanh passes almost no gradient back. Nothing "
               "becomes infinite, so this is not reported as a divergence; Reset is the way out."),
            tr("Then press <i>Retrain at learning rate 0.001</i>: the seed's learning rate. "
               "It replaces this run."),
        };
        l.show = Lesson::Panel::Loss;
        l.model = seedModel;
        l.train = training(0.5, 10);
        l.stepThrough = true;
        l.contrastText = tr("Retrain at learning rate 0.001");
        l.contrastModel = seedModel;
        l.contrastTrain = training(seedTrain.learningRate, 10);
        lessons << l;
    }
    {
        Lesson l;
        l.id = QStringLiteral("memory-50");
        l.title = tr("Memory over 50 steps");
        l.goal = tr("The echo task: the signal is random noise, and each window of 51 samples is "
                    "labelled with its first sample, the one seen 50 steps before the window ends. "
                    "Nothing later in the window says what it was: a network that cannot carry it "
                    "for 50 steps can only answer 0, a test MSE of 0.213 (the noise's variance). "
                    "Textbooks say a plain RNN fails here, because its gradient fades over 50 steps, "
                    "and an LSTM succeeds. This lesson starts with a plain RNN; then retrain with an "
                    "LSTM and compare.");
        l.watch = {
            tr("The <b>loss</b> chart: the test MSE sits at about 0.213 for epochs: the network "
               "answers 0, whatever it sees. Learning to remember is slow to start, because the "
               "error has to travel back 50 steps to the input that explains it."),
            tr("Then the break: in our run the plain RNN left 0.213 at epoch 8 (0.0053) and reached "
               "0.0009 at epoch 10. Here the plain RNN <i>does</i> learn: the sample to recall opens "
               "the window, when the state is still empty, so storing it needs no gate."),
            tr("The <b>prediction</b> chart: the target is the noise itself, drawn where each "
               "recalled sample lies; before the break the red answers lie flat at 0, after it "
               "they land on the noise."),
            tr("Then press <i>Retrain with an LSTM</i>: the same network with LSTM cells. In our run "
               "it stayed at 0.213 until epoch 17, then fell to 0.047 at epoch 18 and 0.0024 at 20: "
               "later than the plain RNN, then just as well. With the sample 9 steps into a 60-step "
               "window (set Time steps to 60) neither had learned after 60 epochs."),
        };
        l.show = Lesson::Panel::Loss;
        l.model = echoModel(lstmlab::RecurrentCell::Rnn);
        l.train = echoTraining();
        l.signalId = QStringLiteral("echo");
        l.signalParameters = {{QStringLiteral("lag"), 50}};
        l.contrastText = tr("Retrain with an LSTM");
        l.contrastModel = echoModel(lstmlab::RecurrentCell::Lstm);
        l.contrastTrain = l.train;
        lessons << l;
    }
    {
        Lesson l;
        l.id = QStringLiteral("forget-bias");
        l.title = tr("The forget gate's bias");
        l.goal = tr("PyTorch starts every LSTM bias small and random, so the forget gate f starts "
                    "near 0.5: each step the cell keeps about half of its memory, and after 50 steps "
                    "almost nothing. A common remedy (Gers et al. 2000, Jozefowicz et al. 2015) starts "
                    "the forget bias at 1, so f starts near 0.73. This lesson trains the echo at lag "
                    "50 with forget bias 1; then retrain with PyTorch's own start and compare.");
        l.watch = {
            tr("The <b>f</b> heatmap at the start: with bias 1 most of it is brighter than 0.5 "
               "from the first step."),
            tr("The <b>loss</b> chart: in our run the test MSE stayed at 0.213 (the answer 0) until "
               "epoch 27, fell to 0.138 at epoch 28 and to 0.0015 at epoch 30."),
            tr("Then press <i>Retrain with forget bias 0</i>: the same network from PyTorch's start. "
               "In our run it broke through earlier, at epoch 18. So on this task the bias of 1 "
               "did not help: when the break comes depends on the random start more than on the "
               "bias. Try other seeds before drawing a rule from one run."),
        };
        l.show = Lesson::Panel::Loss;
        l.model = echoModel(lstmlab::RecurrentCell::Lstm, 1.0);
        l.train = echoTraining();
        l.train.epochs = 40;
        l.signalId = QStringLiteral("echo");
        l.signalParameters = {{QStringLiteral("lag"), 50}};
        l.contrastText = tr("Retrain with forget bias 0");
        l.contrastModel = echoModel(lstmlab::RecurrentCell::Lstm);
        l.contrastTrain = l.train;
        lessons << l;
    }
    return lessons;
}

std::optional<Lesson> Lessons::find(const QString &id)
{
    for (const Lesson &lesson : all())
        if (lesson.id == id)
            return lesson;
    return std::nullopt;
}
