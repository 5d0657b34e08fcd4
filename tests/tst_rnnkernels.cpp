// RnnKernels (core/nn/kernels/rnnkernels.h), which RnnLayer runs, against RnnReference, the
// plain implementation of the same equations (rnnreference.h): h (24), the pre-activation
// gradient da (25), dWih, dWhh, dbih, dbhh and dX (26), in float and double, over the shapes of
// cellkernelcheck.h. tst_rnnlayer holds the layer to torch.nn.RNN and to central differences.

#include "cellkernelcheck.h"
#include "rnnlayer.h"
#include "rnnreference.h"

#include <QTest>

using namespace lstmlab;

namespace {

template <typename Scalar>
void check(double tolerance)
{
    using Cache = RnnCache<Scalar>;
    const std::vector<std::pair<std::string, Matrix<Scalar> Cache::*>> fields{{"da (25)", &Cache::da}};
    cellkernelcheck::checkAgreement<RnnLayer<Scalar>, RnnReference<Scalar>, Scalar>(tolerance, fields);
}

} // namespace

class TestRnnKernels : public QObject
{
    Q_OBJECT

private slots:
    void floatKernelsMatchReference_data() { cellkernelcheck::shapes(); }
    void floatKernelsMatchReference() { check<float>(1e-5); }
    void doubleKernelsMatchReference_data() { cellkernelcheck::shapes(); }
    void doubleKernelsMatchReference() { check<double>(1e-12); }
};

QTEST_APPLESS_MAIN(TestRnnKernels)
#include "tst_rnnkernels.moc"
