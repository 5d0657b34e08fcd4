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
//  memory        echo at lag 50, 2 x 20, learning rate 0.005, shuffled, seed 1; test MSE by
//                epoch (the noise's variance, the answer 0, is 0.213):
//                timesteps 52 (the sample to recall is the window's second): plain RNN 0.213 for
//                30 epochs (0.214 at 30; at 38-40 it edges down to 0.20); LSTM 0.213 up to epoch
//                20, then 0.178 (21), 0.039 (22), 0.0034 (25), 0.0012 (30).
//                timesteps 51 (the sample opens the window, the state still empty): the plain
//                RNN learns it too, sooner: 0.0053 at epoch 8, 0.00089 at 10; the LSTM at 18.
//                timesteps 60 (the sample 9 steps in): RNN, LSTM, LSTM with forget bias 1 all at
//                0.213 for 60 epochs, at learning rate 0.005 and 0.01.
//  forget bias   the same LSTM, timesteps 52, forget bias 1: 0.213 up to epoch 11, then 0.179
//                (12), 0.062 (13), 0.0026 (17), 0.00056 (20), 0.00017 (30); bias 0 broke at 21 and
//                reached 0.0012 at 30. At timesteps 51 the order was reversed: bias 1 broke at
//                epoch 28 (0.138), bias 0 at 18.
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

// The echo lessons' network: 2 layers of 20 units reading windows of 52 samples, the second
// of which is the one to recall (lag 50); shuffled batches, learning rate 0.005.
lstmlab::ModelConfig echoModel(lstmlab::RecurrentCell cell, double forgetBias = 0.0)
{
    lstmlab::ModelConfig m = model(20, 2, 52);
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
        l.goal = tr("The echo task: the signal is random noise, and each window of 52 samples is "
                    "labelled with its second sample, the one seen 50 steps before the window ends. "
                    "Nothing later in the window says what it was: a network that cannot carry it "
                    "for 50 steps can only answer 0, a test MSE of 0.213 (the noise's variance). "
                    "This lesson trains a plain RNN for 30 epochs; then retrain with an LSTM, the "
                    "same size, for the same 30 epochs.");
        l.watch = {
            tr("The <b>loss</b> chart: the test MSE sits at about 0.213 from the start: the network "
               "answers 0, whatever it sees. In our run the plain RNN stayed there for all 30 "
               "epochs (4,680 steps), but for one dip to 0.18 at epoch 6. Its state already holds the first sample when the one to "
               "keep arrives, and 50 more follow: with no gate it cannot choose what to write and "
               "what to keep, and the error that should teach it fades over the 50 steps back."),
            tr("The <b>prediction</b> chart: the target is the noise itself, each recalled sample "
               "drawn where it lies; the red answers stay flat near 0."),
            tr("Then press <i>Retrain with an LSTM</i>. In our run it also sat at 0.213 for 20 "
               "epochs, then broke through: 0.178 at epoch 21, 0.039 at 22, 0.0034 at 25 and 0.0012 "
               "at 30: the same steps, the same data, and only the cell differs."),
            tr("Try Time steps 51, so that the sample to recall opens the window: then the plain "
               "RNN learns it too, and sooner (epoch 8 in our run), because its state is still "
               "empty when the sample arrives. With 60 time steps neither cell learned in 60 epochs."),
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
               "epoch 11, then fell: 0.179 at epoch 12, 0.062 at 13, 0.0026 at 17 and 0.00017 at 30."),
            tr("Then press <i>Retrain with forget bias 0</i>: the same network from PyTorch's start. "
               "In our run it broke through nine epochs later, at epoch 21, and reached 0.0012 at "
               "30. But with 51 time steps the order was the other way round (bias 1 at epoch 28, "
               "bias 0 at 18): when the break comes depends on the random start as well as on the "
               "bias. Try other seeds before drawing a rule from one run."),
        };
        l.show = Lesson::Panel::Loss;
        l.model = echoModel(lstmlab::RecurrentCell::Lstm, 1.0);
        l.train = echoTraining();
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
