#include "lstmlayer.h"

namespace lstmlab {

template <typename Scalar>
void LstmLayer<Scalar>::Cache::resize(int inputSize, int units, int timesteps, int batchCapacity)
{
    (void)inputSize;
    const Eigen::Index cols = Eigen::Index(timesteps) * batchCapacity;
    gates.resize(4 * units, cols);
    c.resize(units, cols);
    tanhC.resize(units, cols);
    h.resize(units, cols);
    dGates.resize(4 * units, cols);
    dh.resize(units, batchCapacity);
    dc.resize(units, batchCapacity);
}

template <typename Scalar>
void LstmLayer<Scalar>::forward(const ConstRef &x, int timesteps, int batch, Cache &cache) const
{
    const Eigen::Index H = m_units;
    const Eigen::Index B = batch;
    const Eigen::Index TB = Eigen::Index(timesteps) * B;

    // The input projection of every time step in one product; only the recurrent part
    // has to wait for h_{t-1}.
    Ref gates = cache.gates.leftCols(TB);
    gates.noalias() = Wih() * x;
    for (Eigen::Index col = 0; col < TB; ++col)
        gates.col(col) += bih() + bhh();

    for (Eigen::Index t = 0; t < timesteps; ++t) {
        Ref a = gates.middleCols(t * B, B); // (4H, B) pre-activations, activated in place
        if (t > 0)
            a.noalias() += Whh() * cache.h.middleCols((t - 1) * B, B);
        // (1), (2), (4): sigmoid on i, f and o; (3): tanh on g
        a.topRows(2 * H) = a.topRows(2 * H).array().logistic();
        a.middleRows(2 * H, H) = a.middleRows(2 * H, H).array().tanh();
        a.bottomRows(H) = a.bottomRows(H).array().logistic();

        Ref c = cache.c.middleCols(t * B, B);
        if (t > 0) // (5)
            c = a.middleRows(H, H).cwiseProduct(cache.c.middleCols((t - 1) * B, B))
                + a.topRows(H).cwiseProduct(a.middleRows(2 * H, H));
        else
            c = a.topRows(H).cwiseProduct(a.middleRows(2 * H, H));
        Ref tanhC = cache.tanhC.middleCols(t * B, B);
        tanhC = c.array().tanh();
        cache.h.middleCols(t * B, B) = a.bottomRows(H).cwiseProduct(tanhC); // (6)
    }
}

template <typename Scalar>
void LstmLayer<Scalar>::backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch,
                                 Cache &cache, Ref *dX)
{
    const Eigen::Index H = m_units;
    const Eigen::Index B = batch;
    const Eigen::Index T = timesteps;
    const Eigen::Index TB = T * B;

    Ref dh = cache.dh.leftCols(B);
    Ref dc = cache.dc.leftCols(B); // holds dc_{t+1} * f_{t+1}, see (8)
    dc.setZero();

    for (Eigen::Index t = T - 1; t >= 0; --t) {
        if (t == T - 1) {
            dh = dH.middleCols(t * B, B);
        } else { // (11)
            dh.noalias() = Whh().transpose() * cache.dGates.middleCols((t + 1) * B, B);
            dh += dH.middleCols(t * B, B);
        }
        const ConstRef a = cache.gates.middleCols(t * B, B);
        const ConstRef tanhC = cache.tanhC.middleCols(t * B, B);
        Ref da = cache.dGates.middleCols(t * B, B);

        const ConstRef i = a.topRows(H);
        const ConstRef f = a.middleRows(H, H);
        const ConstRef g = a.middleRows(2 * H, H);
        const ConstRef o = a.bottomRows(H);
        // (8)
        dc.array() += dh.array() * o.array() * (Scalar(1) - tanhC.array().square());
        // (7), (9), (10)
        da.bottomRows(H).array() = dh.array() * tanhC.array() * o.array() * (Scalar(1) - o.array());
        da.topRows(H).array() = dc.array() * g.array() * i.array() * (Scalar(1) - i.array());
        da.middleRows(2 * H, H).array() = dc.array() * i.array() * (Scalar(1) - g.array().square());
        if (t > 0) {
            const ConstRef cPrev = cache.c.middleCols((t - 1) * B, B);
            da.middleRows(H, H).array() = dc.array() * cPrev.array() * f.array() * (Scalar(1) - f.array());
            dc.array() *= f.array();
        } else {
            da.middleRows(H, H).setZero();
        }
    }

    // (12): every time step's contribution in one product each.
    const ConstRef dA = cache.dGates.leftCols(TB);
    dWih().noalias() = dA * x.transpose();
    if (T > 1)
        dWhh().noalias() = cache.dGates.middleCols(B, TB - B) * cache.h.leftCols(TB - B).transpose();
    else
        dWhh().setZero();
    dbih() = dA.rowwise().sum();
    dbhh() = dbih();
    if (dX)
        dX->noalias() = Wih().transpose() * dA;
}

template class LstmLayer<float>;
template class LstmLayer<double>;

} // namespace lstmlab
