// GruKernels (core/nn/kernels/grukernels.h), which GruLayer runs, against GruReference, the
// plain implementation of the same equations (grureference.h): the gates r, z, n (27)-(29),
// W_hn h + b_hn, h (30), both halves' gradients dGi and dGh (31)-(32), dWih, dWhh, dbih, dbhh
// and dX (33)-(34), and the inference kernel's h, in float and double, over the shapes of
// cellkernelcheck.h. tst_grulayer holds the layer to torch.nn.GRU and to central differences.

#include "cellkernelcheck.h"
#include "grulayer.h"
#include "grureference.h"

#include <QTest>

using namespace lstmlab;

namespace {

template <typename Scalar>
void check(double tolerance)
{
    using Cache = GruCache<Scalar>;
    const std::vector<std::pair<std::string, Matrix<Scalar> Cache::*>> fields{
        {"gates r, z, n (27)-(29)", &Cache::gates},
        {"W_hn h + b_hn", &Cache::hn},
        {"dGi (32)", &Cache::dGi},
        {"dGh (32)", &Cache::dGh},
    };
    cellkernelcheck::checkAgreement<GruLayer<Scalar>, GruReference<Scalar>, Scalar>(tolerance, fields);
}

} // namespace

class TestGruKernels : public QObject
{
    Q_OBJECT

private slots:
    void floatKernelsMatchReference_data() { cellkernelcheck::shapes(); }
    void floatKernelsMatchReference() { check<float>(1e-5); }
    void doubleKernelsMatchReference_data() { cellkernelcheck::shapes(); }
    void doubleKernelsMatchReference() { check<double>(1e-12); }
};

QTEST_APPLESS_MAIN(TestGruKernels)
#include "tst_grukernels.moc"
