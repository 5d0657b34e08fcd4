#pragma once

// The character-level network (Udacity's "Anna KaRNNa"): a one-hot symbol in, L stacked
// recurrent layers with inverted dropout on every layer's output, and a softmax over the V
// symbols at every time step, scored by cross-entropy against the next symbol. The layers' state
// is carried from one batch to the next (the streams of TextBatches continue each other).
// CharNetworkConfig::cell chooses the layers' cell as ModelConfig::cell does for Network: the
// LSTM (lstmlayer.h, run by the fast kernels), the plain RNN (rnnlayer.h) or the GRU
// (grulayer.h); the stacking, dropout, head, state carrying and flat vectors are the same for
// all three, and the code dispatches on the cell only where the cells differ.
//
// Shapes (legend): B = batch (streams), T = timesteps, V = vocabulary size, H = num_units,
//   L = layers, G = gate layers of the cell (4 LSTM, 3 GRU, 1 plain RNN). Sequences are
//   (T*B, width) with row t*B + b, as in lstmlayer.h; a symbol sequence is T*B indices in the
//   same order.
//
//   (19) x^0_t = onehot(s_t)                  layer 0's input; W_ih x^0_t is column s_t of W_ih
//                                              (a lookup, never a product: the layers' *Tokens,
//                                              (1'), (24'), (29'))
//   (20) u^l_t = m^l_t * h^l_t                dropout, m = 0 or 1/keep, keep = 1 - dropout
//                                              (training only); u^l is layer l+1's input
//   (21) p_t = softmax(W_head u^{L-1}_t + b_head)   the head at every step, (13)-(14) of
//                                              softmaxhead.h; the loss is its (15), the mean
//                                              over the T*B rows of -ln p_t[s_{t+1}]
//   (22) (h^l_{-1}, c^l_{-1}) = the state left by the previous batch (zero at an epoch's
//        start); no gradient flows into it (truncated backpropagation through time). The GRU
//        and the plain RNN carry h only: their c stays zero.
//
// All parameters live in one flat vector in PyTorch's order (layer 0: weight_ih_l0 (GH, V),
// weight_hh_l0 (GH, H), bias_ih_l0, bias_hh_l0; layer 1: ... ; then head.weight (V, H),
// head.bias (V)), each column-major, and so do the gradients: Adam, clipping and the files
// work on the flat vectors. It is Network's layout with I = O = V.

#include "grulayer.h"
#include "lstmlayer.h"
#include "modelconfig.h"
#include "rnnlayer.h"
#include "softmaxhead.h"
#include "stopflag.h"

#include <random>
#include <span>
#include <vector>

namespace lstmlab {

struct CharNetworkConfig {
    int symbols = 2;      // V
    int units = 128;      // H
    int layers = 2;       // L
    double dropout = 0.0; // drop probability on each layer's output
    RecurrentCell cell = RecurrentCell::Lstm; // the recurrent cell of every layer

    bool operator==(const CharNetworkConfig &) const = default;
};

template <typename Scalar>
class CharNetwork
{
public:
    using Mat = Matrix<Scalar>;
    using Vec = Vector<Scalar>;
    using Ref = Eigen::Ref<Mat>;
    using ConstRef = Eigen::Ref<const Mat>;
    using State = std::vector<LstmState<Scalar>>; // one per layer, (B, H) each

    // Training buffers for T time steps and up to `capacity` streams, made once and reused:
    // a step allocates nothing.
    struct Workspace {
        int timesteps = 0;
        int capacity = 0;
        int batch = 0;                 // batch of the last forward()
        bool dropoutApplied = false;
        bool freezeMasks = false;      // reuse the last masks (gradient checks)
        bool masksValid = false;
        bool stopped = false;          // the last forward() gave up: `stop` was raised
        std::vector<int> tokens;       // (T*B) the inputs of the last forward()
        std::vector<typename LstmLayer<Scalar>::Cache> caches;   // per layer, for the LSTM cell
        std::vector<typename RnnLayer<Scalar>::Cache> rnnCaches; // per layer, for the plain RNN
        std::vector<typename GruLayer<Scalar>::Cache> gruCaches; // per layer, for the GRU
        std::vector<Mat> masks;        // (T*B, H) per layer, m in (20)
        std::vector<Mat> dropped;      // (T*B, H) per layer, u in (20)
        std::vector<Mat> dOut;         // (T*B, H) per layer, dL/du
        Mat probs;                     // (V, T*B) p_t of (21); dz after backward()
        State state;                   // (22): the state the next forward() starts from
    };

    // Buffers for running one stream through the network without training (validation,
    // sampling): chunks of up to `timesteps` symbols, the state carried from chunk to chunk.
    struct Stream {
        int timesteps = 0;
        std::vector<Vec> packed;       // per layer, LstmLayer::prepareInference() (the LSTM)
        std::vector<Mat> h;            // (T, H) per layer
        std::vector<Mat> c;            // (1, H) per layer, the running cell state (zero but for the LSTM)
        State state;                   // (1, H) each: where the next chunk starts
        Mat probs;                     // (V, T)
        std::vector<Vec> inputHalf;    // (GH) per layer: one step's W_ih x_t
        std::vector<Vec> a;            // (GH) per layer: one step's pre-activations (1)-(4) or
                                       // (24), or the GRU's recurrent half W_hh h_{t-1} + b_hh
    };

    explicit CharNetwork(const CharNetworkConfig &config);
    CharNetwork(const CharNetwork &other);
    CharNetwork &operator=(const CharNetwork &other);

    const CharNetworkConfig &config() const { return m_config; }
    void setDropout(double dropout) { m_config.dropout = dropout; }
    int symbols() const { return m_config.symbols; }
    int units() const { return m_config.units; }
    int layerCount() const { return m_config.layers; }
    RecurrentCell cell() const { return m_config.cell; }

    static Eigen::Index parameterCount(const CharNetworkConfig &config);
    Eigen::Index parameterCount() const { return m_params.size(); }

    // PyTorch's default initialisation: U(-1/sqrt(H), 1/sqrt(H)) for every tensor (the LSTM's,
    // and Linear(H, V)'s weight and bias), in the flat order, from rng.
    void initialise(std::mt19937 &rng);

    Vec &parameters() { return m_params; }
    const Vec &parameters() const { return m_params; }
    Vec &gradients() { return m_grads; }
    const Vec &gradients() const { return m_grads; }
    // Exchanges the parameter vector with `other` (of parameterCount() values) without copying
    // either: how an optimiser step installs the values it computed aside (GuardedAdamStep).
    void swapParameters(Vec &other);
    // Layer l of an LSTM network (cell() == RecurrentCell::Lstm); rnnLayer() and gruLayer()
    // those of the other cells.
    LstmLayer<Scalar> &layer(int l) { return m_layers[std::size_t(l)]; }
    const LstmLayer<Scalar> &layer(int l) const { return m_layers[std::size_t(l)]; }
    RnnLayer<Scalar> &rnnLayer(int l) { return m_rnnLayers[std::size_t(l)]; }
    const RnnLayer<Scalar> &rnnLayer(int l) const { return m_rnnLayers[std::size_t(l)]; }
    GruLayer<Scalar> &gruLayer(int l) { return m_gruLayers[std::size_t(l)]; }
    const GruLayer<Scalar> &gruLayer(int l) const { return m_gruLayers[std::size_t(l)]; }
    // Layer l's tensors whatever its cell, read-only: W_ih (GH, I_l), W_hh (GH, H), b_ih, b_hh (GH).
    Eigen::Map<const Mat> Wih(int l) const;
    Eigen::Map<const Mat> Whh(int l) const;
    Eigen::Map<const Vec> bih(int l) const;
    Eigen::Map<const Vec> bhh(int l) const;
    // Layer l's hidden states (T*B, H) of the last forward(), whatever its cell.
    ConstRef hidden(const Workspace &ws, int l) const;
    SoftmaxHead<Scalar> &head() { return m_head; }
    const SoftmaxHead<Scalar> &head() const { return m_head; }

    Workspace makeWorkspace(int timesteps, int capacity) const;
    // Zeroes the carried state (22): an epoch's start.
    static void resetState(Workspace &ws);

    // (19)-(21) for T*B input symbols from ws.state. With training and dropout > 0 draws the
    // masks from rng (std::invalid_argument when rng is null). Returns false, ws.stopped set,
    // when `stop` was raised.
    bool forward(Workspace &ws, std::span<const int> inputs, int batch, bool training, std::mt19937 *rng,
                 const StopFlag *stop = nullptr) const;
    // (15) for the last forward() and its T*B targets: the mean cross-entropy in nats.
    Scalar loss(const Workspace &ws, std::span<const int> targets) const;
    // Gradients of the loss into gradients() (overwriting). Returns false when `stop` was raised.
    bool backward(Workspace &ws, std::span<const int> targets, const StopFlag *stop = nullptr);
    // Moves ws.state to the state after the last forward(): where the next batch starts (22).
    void carryState(Workspace &ws) const;

    Stream makeStream(int timesteps) const;
    // Zero state, and the weights packed anew (call after the parameters change).
    void resetStream(Stream &stream) const;
    // Feeds n <= stream.timesteps symbols (batch 1, no dropout) from the stream's state and
    // leaves it at their end; stream.probs' first n columns are the next-symbol distributions.
    // One symbol at a time through matrix-vector products (the same numbers as forward() up to
    // float rounding): the kernels run along the batch, and with a batch of one they would run
    // one scalar lane per unit.
    bool feed(Stream &stream, std::span<const int> symbols, const StopFlag *stop = nullptr) const;

private:
    void bindLayers();
    ConstRef layerOutput(const Workspace &ws, int l) const;
    // Layer l of the chosen cell over the T steps of B streams from ws.state[l]: layer 0 reads
    // the symbols (19), the others the output of the layer below.
    bool forwardLayer(Workspace &ws, int l, std::span<const int> tokens, int batch, const StopFlag *stop) const;
    // Its backward pass for dU = dL/dh (T*B, H); below layer 0 it writes dL/du of the layer below.
    bool backwardLayer(Workspace &ws, int l, std::span<const int> tokens, const StopFlag *stop);
    // One step of layer l of a Stream, its input half W_ih x_t (GH) in stream.inputHalf[l].
    void feedStep(Stream &stream, int l) const;
    Eigen::Index layerOffset(int l) const; // where layer l's tensors start in the flat vector

    CharNetworkConfig m_config;
    Vec m_params;
    Vec m_grads;
    std::vector<LstmLayer<Scalar>> m_layers;   // the LSTM cell's layers, or none
    std::vector<RnnLayer<Scalar>> m_rnnLayers; // the plain RNN's, or none
    std::vector<GruLayer<Scalar>> m_gruLayers; // the GRU's, or none
    SoftmaxHead<Scalar> m_head;
};

extern template class CharNetwork<float>;
extern template class CharNetwork<double>;

} // namespace lstmlab
