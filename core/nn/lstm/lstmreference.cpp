#include "lstmreference.h"

namespace lstmlab {

namespace {

template <typename Scalar>
using Array = Eigen::Array<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

template <typename Scalar>
Array<Scalar> sigma(const Array<Scalar> &a) // the logistic function, 1 / (1 + e^-a)
{
    return (Scalar(1) + (-a).exp()).inverse();
}

} // namespace

template <typename Scalar>
void LstmReference<Scalar>::forward(const LstmLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch,
                                    Cache &cache, const LstmState<Scalar> *initial)
{
    forwardSteps(layer, x, {}, timesteps, batch, cache, initial);
}

template <typename Scalar>
void LstmReference<Scalar>::forwardTokens(const LstmLayer<Scalar> &layer, std::span<const int> tokens,
                                          int timesteps, int batch, Cache &cache, const LstmState<Scalar> *initial)
{
    forwardSteps(layer, Mat(), tokens, timesteps, batch, cache, initial);
}

template <typename Scalar>
void LstmReference<Scalar>::forwardSteps(const LstmLayer<Scalar> &layer, const ConstRef &x,
                                         std::span<const int> tokens, int timesteps, int batch, Cache &cache,
                                         const LstmState<Scalar> *initial)
{
    const Eigen::Index B = batch, H = layer.units();
    const Mat Wih = layer.Wih();                                    // (4H, I)
    const Mat Whh = layer.Whh();                                    // (4H, H)
    const Mat bias = (layer.bih() + layer.bhh()).transpose();       // (1, 4H) bih + bhh
    // h_{-1} and c_{-1}, (B, H): the initial state, or zero; backward() reads them from the cache
    cache.hasInitial = initial != nullptr;
    cache.h0.topRows(B) = initial ? Mat(initial->h.topRows(B)) : Mat::Zero(B, H);
    cache.c0.topRows(B) = initial ? Mat(initial->c.topRows(B)) : Mat::Zero(B, H);
    Array<Scalar> hPrev = cache.h0.topRows(B).array();
    Array<Scalar> cPrev = cache.c0.topRows(B).array();
    for (Eigen::Index t = 0; t < timesteps; ++t) {
        const Eigen::Index rows = t * B; // where step t starts in every sequence
        Mat WihX(B, 4 * H);              // x_t Wih^T, (B, 4H)
        if (tokens.empty()) {
            WihX = x.middleRows(rows, B) * Wih.transpose();
        } else {
            for (Eigen::Index b = 0; b < B; ++b)
                WihX.row(b) = Wih.col(tokens[rows + b]).transpose(); // (1') W_i* x_t = Wih(:, token)
        }
        // The pre-activations of all four gates: x_t Wih^T + h_{t-1} Whh^T + bih + bhh, (B, 4H)
        const Mat a = WihX + hPrev.matrix() * Whh.transpose() + bias.replicate(B, 1);
        const Array<Scalar> i = sigma<Scalar>(a.leftCols(H).array());        // (1) input gate
        const Array<Scalar> f = sigma<Scalar>(a.middleCols(H, H).array());   // (2) forget gate
        const Array<Scalar> g = a.middleCols(2 * H, H).array().tanh();       // (3) cell candidate
        const Array<Scalar> o = sigma<Scalar>(a.rightCols(H).array());       // (4) output gate
        const Array<Scalar> c = f * cPrev + i * g;                           // (5) cell state
        const Array<Scalar> h = o * c.tanh();                                // (6) hidden state

        cache.gates.middleRows(rows, B) << i.matrix(), f.matrix(), g.matrix(), o.matrix();
        cache.c.middleRows(rows, B) = c.matrix();
        cache.tanhC.middleRows(rows, B) = c.tanh().matrix();
        cache.h.middleRows(rows, B) = h.matrix();
        hPrev = h;
        cPrev = c;
    }
}

template <typename Scalar>
void LstmReference<Scalar>::backward(LstmLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x,
                                     int timesteps, int batch, Cache &cache, Ref *dX)
{
    backwardSteps(layer, dH, x, {}, timesteps, batch, cache, dX);
}

template <typename Scalar>
void LstmReference<Scalar>::backwardTokens(LstmLayer<Scalar> &layer, const ConstRef &dH,
                                           std::span<const int> tokens, int timesteps, int batch, Cache &cache)
{
    backwardSteps(layer, dH, Mat(), tokens, timesteps, batch, cache, nullptr);
}

template <typename Scalar>
void LstmReference<Scalar>::backwardSteps(LstmLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x,
                                          std::span<const int> tokens, int timesteps, int batch, Cache &cache,
                                          Ref *dX)
{
    const Eigen::Index B = batch, H = layer.units();
    const Mat Wih = layer.Wih();                                    // (4H, I)
    const Mat Whh = layer.Whh();                                    // (4H, H)
    layer.dWih().setZero();
    layer.dWhh().setZero();
    layer.dbih().setZero();
    // h_{-1} and c_{-1}: the state forward() started from (zero unless it was given one)
    const Mat h0 = cache.hasInitial ? Mat(cache.h0.topRows(B)) : Mat::Zero(B, H);
    const Mat c0 = cache.hasInitial ? Mat(cache.c0.topRows(B)) : Mat::Zero(B, H);
    Array<Scalar> dhNext = Array<Scalar>::Zero(B, H);  // the recurrent part of dh_t, from step t+1 (11)
    Array<Scalar> dcNext = Array<Scalar>::Zero(B, H);  // dc_{t+1} * f_{t+1}, from step t+1 (8)
    for (Eigen::Index t = timesteps - 1; t >= 0; --t) {
        const Eigen::Index rows = t * B;
        const Array<Scalar> i = cache.gates.block(rows, 0, B, H).array();
        const Array<Scalar> f = cache.gates.block(rows, H, B, H).array();
        const Array<Scalar> g = cache.gates.block(rows, 2 * H, B, H).array();
        const Array<Scalar> o = cache.gates.block(rows, 3 * H, B, H).array();
        const Array<Scalar> tanhC = cache.tanhC.middleRows(rows, B).array();
        const Array<Scalar> cPrev = t > 0 ? Array<Scalar>(cache.c.middleRows(rows - B, B).array()) : c0.array();
        const Mat hPrev = t > 0 ? Mat(cache.h.middleRows(rows - B, B)) : h0;

        const Array<Scalar> dh = dH.middleRows(rows, B).array() + dhNext;   // from above and from t+1
        const Array<Scalar> do_ = dh * tanhC;                                // (7)
        const Array<Scalar> dc = dcNext + dh * o * (1 - tanhC.square());     // (8)
        const Array<Scalar> di = dc * g, dg = dc * i, df = dc * cPrev;       // (9)
        Mat da(B, 4 * H);                                                    // (10)
        da << (di * i * (1 - i)).matrix(), (df * f * (1 - f)).matrix(), (dg * (1 - g.square())).matrix(),
            (do_ * o * (1 - o)).matrix();

        dhNext = (da * Whh).array();                                         // (11) dh_{t-1}
        if (dX)
            dX->middleRows(rows, B).noalias() = da * Wih;                    // (11) dx_t
        if (tokens.empty()) {
            layer.dWih().noalias() += da.transpose() * x.middleRows(rows, B); // (12)
        } else {
            for (Eigen::Index b = 0; b < B; ++b)
                layer.dWih().col(tokens[rows + b]) += da.row(b).transpose(); // (12') dWih(:, token) += da
        }
        layer.dWhh().noalias() += da.transpose() * hPrev;                    // (12)
        layer.dbih() += da.colwise().sum().transpose();                      // (12)
        cache.dGates.middleRows(rows, B) = da;
        dcNext = dc * f;
    }
    layer.dbhh() = layer.dbih();
}

template class LstmReference<float>;
template class LstmReference<double>;

} // namespace lstmlab
