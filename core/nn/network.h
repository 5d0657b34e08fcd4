#pragma once

// The whole model of the seed notes: stacked LSTM layers, inverted dropout on every layer's
// output, and a dense tanh head on the last time step's hidden state, trained with MSE.
// ModelConfig::cell chooses the layers' cell: the LSTM (lstmlayer.h), the plain RNN
// (rnnlayer.h) or the GRU (grulayer.h), each run by its fast kernels (kernels/); the
// stacking, dropout, head and flat vectors are the same for all three.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units, O = output width,
// L = layers. Sequences are (T*B, width) with row t*B + b, as in lstmlayer.h.
//
//   (13) u^l_t = m^l_t * h^l_t                       dropout, m = 0 or 1/keep (training only)
//   (14) y = tanh(W_out u^{L-1}_{T-1} + b_out)        the head, (O, B)
//   (15) loss = mean over O*B of (y - target)^2       MSE
//
// Gradients through time (gradientTrace(), evaluation mode: u = h), for a probe batch:
//   dh^l_t = dL/dh^l_t, the whole gradient reaching h^l_t: from the head (l = L-1, t = T-1:
//            W_out^T dy), or from the layer above at step t (its dx_t, (11), (26) or (33)),
//            plus the recurrent path from step t+1 (dh_{t-1} of (11), (26) or (33))
//   dc^l_t = dL/dc^l_t of (8), the LSTM's cell state: the path through f_{t+1} plus that via h_t
//   (35) ||dh||^l_t = (1/B) sum_b ||dh^l_t[b, :]||_2      what the gradient panel draws
//   (36) ||dc||^l_t = (1/B) sum_b ||dc^l_t[b, :]||_2      the LSTM only
//
// All parameters live in one flat vector (layer 0: Wih, Whh, bih, bhh, (GH, I), (GH, H), (GH),
// (GH) with G = 4, 1 or 3 gate layers per cell; layer 1: ...; then
// W_out (O, H), b_out (O)), and so do the gradients, in the same order: the optimizer,
// clipping and the model file work on the flat vectors.

#include "gatetrace.h"
#include "gradienttrace.h"
#include "grulayer.h"
#include "lstmlayer.h"
#include "modelconfig.h"
#include "rnnlayer.h"
#include "stopflag.h"

#include <random>
#include <vector>

namespace lstmlab {

template <typename Scalar>
class Network
{
public:
    using Mat = Matrix<Scalar>;
    using Vec = Vector<Scalar>;
    using MatMap = Eigen::Map<Mat>;
    using VecMap = Eigen::Map<Vec>;
    using ConstMatMap = Eigen::Map<const Mat>;
    using ConstVecMap = Eigen::Map<const Vec>;
    using Ref = Eigen::Ref<Mat>;
    using ConstRef = Eigen::Ref<const Mat>;

    // Buffers for one batch capacity, made once and reused by every step.
    struct Workspace {
        int capacity = 0;
        int timesteps = 0;
        int batch = 0;                 // batch of the last forward()
        bool dropoutApplied = false;   // whether the last forward() used masks
        bool freezeMasks = false;      // reuse the masks of the previous forward (gradient checks)
        bool masksValid = false;
        bool stopped = false;          // the last forward() gave up: `stop` was raised
        Mat x;                         // (T*B, I) the inputs, time-major
        std::vector<typename LstmLayer<Scalar>::Cache> caches;  // per layer, for the LSTM cell
        std::vector<typename RnnLayer<Scalar>::Cache> rnnCaches; // per layer, for the plain RNN
        std::vector<typename GruLayer<Scalar>::Cache> gruCaches; // per layer, for the GRU
        std::vector<Mat> masks;        // (T*B, H) per layer, (13)
        std::vector<Mat> dropped;      // (T*B, H) per layer, u in (13)
        std::vector<Mat> dOut;         // (T*B, H) per layer, dL/du
        Mat y;                         // (O, B)
        Mat dy;                        // (O, B) dL/d(pre-activation of the head)

        // An evaluation workspace (makeEvaluationWorkspace) holds none of the above but x and y:
        // it runs the windows through all layers in blocks of `block`, keeping only each
        // layer's h of the current block, so that a whole test set stays in cache (the plain
        // RNN: its caches above, sized for one block).
        bool evaluationOnly = false;
        int block = 0;
        std::vector<Vec> packed;       // per layer, LstmLayer/GruLayer::prepareInference()
        std::vector<Mat> blockH;       // (T*block, H) two buffers, layer outputs in turn
        Mat blockC;                    // (block, H) the running cell state (the LSTM's)
    };

    explicit Network(const ModelConfig &config);
    Network(const Network &other);
    Network &operator=(const Network &other);

    const ModelConfig &config() const { return m_config; }
    // Dropout may change between steps; the structure may not.
    void setDropout(double dropout) { m_config.dropout = dropout; }

    static Eigen::Index parameterCount(const ModelConfig &config);
    Eigen::Index parameterCount() const { return m_params.size(); }

    // PyTorch's default initialisation: U(-1/sqrt(H), 1/sqrt(H)) for every LSTM tensor,
    // U(-1/sqrt(H), 1/sqrt(H)) for the head's weight and bias (Linear with H inputs). Then,
    // with a forget bias b != 0 (ModelConfig::forgetBias), b_ih's forget rows become b and
    // b_hh's 0 in every LSTM layer; the random draws are the same either way.
    void initialise(std::mt19937 &rng);

    Vec &parameters() { return m_params; }
    const Vec &parameters() const { return m_params; }
    Vec &gradients() { return m_grads; }
    const Vec &gradients() const { return m_grads; }
    // Exchanges the parameter vector with `other` (of parameterCount() values) without copying
    // either: how an optimiser step installs the values it computed aside (GuardedAdamStep).
    void swapParameters(Vec &other);

    int layerCount() const { return m_config.layers; }
    // Layer l of an LSTM network (config().cell == RecurrentCell::Lstm); rnnLayer() and gruLayer() those
    // of the other cells.
    LstmLayer<Scalar> &layer(int l) { return m_layers[std::size_t(l)]; }
    const LstmLayer<Scalar> &layer(int l) const { return m_layers[std::size_t(l)]; }
    RnnLayer<Scalar> &rnnLayer(int l) { return m_rnnLayers[std::size_t(l)]; }
    GruLayer<Scalar> &gruLayer(int l) { return m_gruLayers[std::size_t(l)]; }
    MatMap Wout();               // (O, H)
    VecMap bout();               // (O)
    ConstMatMap Wout() const;
    ConstVecMap bout() const;
    MatMap dWout();
    VecMap dbout();

    Workspace makeWorkspace(int batchCapacity) const;
    // For forward() in evaluation mode only (no training, backward() or reading the caches):
    // the same predictions, faster and in far less memory. It runs the windows in blocks of
    // evaluationBlock, whose hidden states fit in the L2 cache along with the weights
    // (measured: docs/performance.md).
    Workspace makeEvaluationWorkspace(int batchCapacity) const;
    static constexpr int evaluationBlock = 64;

    // inputs: (I*T, B), column b is one window with x_t in rows t*I .. t*I+I-1.
    // Returns the predictions (O, B). With training set and dropout > 0, draws masks from rng.
    // Throws std::logic_error for training with an evaluation workspace, and
    // std::invalid_argument for training with dropout > 0 and no rng (when new masks are due).
    // When `stop` is raised (stopflag.h) it gives up within one time step and sets ws.stopped:
    // the predictions are then meaningless (and the masks drawn so far are used up).
    ConstRef forward(Workspace &ws, const ConstRef &inputs, bool training, std::mt19937 *rng,
                     const StopFlag *stop = nullptr) const;
    // (15) for the last forward(); targets: (O, B).
    Scalar loss(const Workspace &ws, const ConstRef &targets) const;
    // Gradients of (15) for the last forward() into gradients() (overwriting). Returns false,
    // the gradients partly written, when `stop` was raised; the weights are never touched.
    bool backward(Workspace &ws, const ConstRef &targets, const StopFlag *stop = nullptr);

    // Evaluation-mode forward of one window (I*T values) with the gates of the first
    // tracedUnits() units of every layer recorded (the cell's own: gatetrace.h); empty when
    // `stop` was raised.
    GateTrace trace(const ConstRef &window, const StopFlag *stop = nullptr) const;
    // How many units per layer a trace records: all of them, unless the trace would then take
    // more than maxTraceBytes (gatetrace.h); at the largest configuration (256 units, 8 layers,
    // 512 time steps) 130 of 256.
    static int tracedUnits(const ModelConfig &config);

    // (35)-(36) on a probe batch: inputs (I*T, B) as forward()'s, targets (O, B). Runs (1)-(6)
    // (the LSTM's reference, lstmreference.h) or the cell's forward, and (14), in evaluation
    // mode (no dropout) in a workspace of its own, and goes back through every layer and step
    // with the readable equations of each cell ((7)-(11), (25)-(26), (31)-(33)),
    // computing the state gradients only: the weights, the gradients() vector and any training
    // state stay untouched. Empty when `stop` was raised (read before each layer's forward pass,
    // and at every time step going back).
    GradientTrace gradientTrace(const ConstRef &inputs, const ConstRef &targets,
                                const StopFlag *stop = nullptr) const;
    // How many windows a probe batch of gradientTrace() should hold: at most maxProbeWindows,
    // fewer when its buffers (the caches of every layer, about 14 H floats per layer, step and
    // window) would take more than maxTraceBytes (gatetrace.h); at least 1. At the seed's 2 x 20
    // units x 20 steps: 32; at 256 units x 8 layers x 512 steps: 1.
    static int gradientProbeWindows(const ModelConfig &config);
    static constexpr int maxProbeWindows = 32;

private:
    void bindLayers();
    ConstRef layerOutput(const Workspace &ws, int l) const;
    ConstRef evaluate(Workspace &ws, const ConstRef &inputs, const StopFlag *stop) const;
    ConstRef evaluateBlocks(Workspace &ws, const ConstRef &inputs, const StopFlag *stop) const;
    // evaluate()'s layer l for the LSTM and the GRU: the weights packed into ws.packed[l], then
    // its inference kernel over one block of `batch` windows into h (T*batch, H).
    void prepareInference(Workspace &ws, int l) const;
    bool inferLayer(Workspace &ws, int l, const ConstRef &x, int batch, Ref h, const StopFlag *stop) const;
    // One layer of gradientTrace() for the cell chosen: dH (T*B, H) from above in, its
    // norms into trace at layer l, dX (T*B, I) out for the layer below (when given).
    bool stateGradients(const Workspace &ws, int l, const ConstRef &dH, Ref *dX, GradientTrace &trace,
                        const StopFlag *stop) const;
    // Layer l of the chosen cell: forward and backward over T steps of B rows (lstmlayer.h), and
    // its hidden states (T*B, H).
    bool forwardLayer(Workspace &ws, int l, const ConstRef &x, int timesteps, int batch, const StopFlag *stop) const;
    bool backwardLayer(Workspace &ws, int l, const ConstRef &dH, const ConstRef &x, Ref *dX, const StopFlag *stop);
    ConstRef hidden(const Workspace &ws, int l, Eigen::Index rows) const;
    Eigen::Index headOffset() const;

    ModelConfig m_config;
    Vec m_params;
    Vec m_grads;
    std::vector<LstmLayer<Scalar>> m_layers;    // the LSTM cell's layers, or none
    std::vector<RnnLayer<Scalar>> m_rnnLayers;  // the plain RNN's, or none
    std::vector<GruLayer<Scalar>> m_gruLayers;  // the GRU's, or none
};

extern template class Network<float>;
extern template class Network<double>;

} // namespace lstmlab
