#include "embeddingspace.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <initializer_list>

namespace lstmlab {

EmbeddingSpace::EmbeddingSpace(const Eigen::MatrixXf &vectors) : m_vectors(vectors), m_unit(vectors)
{
    for (Eigen::Index w = 0; w < m_unit.cols(); ++w) {
        const float length = m_unit.col(w).norm();
        if (length > 0.f)
            m_unit.col(w) /= length;
    }
}

float EmbeddingSpace::similarity(int a, int b) const
{
    return m_unit.col(a).dot(m_unit.col(b));
}

std::vector<Neighbour> EmbeddingSpace::nearestTo(const Eigen::VectorXf &query, int k,
                                                 std::initializer_list<int> leaveOut) const
{
    const Eigen::VectorXf scores = m_unit.transpose() * query; // (V)
    std::vector<int> order;
    order.reserve(std::size_t(scores.size()));
    for (int w = 0; w < int(scores.size()); ++w)
        if (std::find(leaveOut.begin(), leaveOut.end(), w) == leaveOut.end())
            order.push_back(w);
    k = std::clamp(k, 0, int(order.size()));
    // Most similar first; equal scores in vocabulary order, so the answer is deterministic.
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    });
    std::vector<Neighbour> result;
    for (int j = 0; j < k; ++j)
        result.push_back({order[std::size_t(j)], scores[order[std::size_t(j)]]});
    return result;
}

std::vector<Neighbour> EmbeddingSpace::nearest(int token, int k) const
{
    if (token < 0 || token >= size())
        return {};
    return nearestTo(m_unit.col(token), k, {token});
}

std::vector<Neighbour> EmbeddingSpace::analogy(int a, int b, int c, int k) const
{
    for (int t : {a, b, c})
        if (t < 0 || t >= size())
            return {};
    Eigen::VectorXf query = m_unit.col(a) - m_unit.col(b) + m_unit.col(c);
    const float length = query.norm();
    if (length > 0.f)
        query /= length;
    return nearestTo(query, k, {a, b, c});
}

EmbeddingPlane EmbeddingSpace::plane(int count) const
{
    count = std::clamp(count, 0, size());
    EmbeddingPlane result;
    result.points.setZero(2, count);
    if (count < 2 || dim() < 1)
        return result;
    const Eigen::MatrixXd x = m_vectors.leftCols(count).cast<double>();
    const Eigen::VectorXd mean = x.rowwise().mean();
    const Eigen::MatrixXd centred = x.colwise() - mean;
    const Eigen::MatrixXd covariance = centred * centred.transpose() / double(count - 1); // (D, D)
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    const Eigen::Index D = covariance.rows();
    const Eigen::VectorXd &values = solver.eigenvalues(); // ascending
    Eigen::MatrixXd axes(D, 2);
    axes.col(0) = solver.eigenvectors().col(D - 1);
    axes.col(1) = D > 1 ? Eigen::VectorXd(solver.eigenvectors().col(D - 2)) : Eigen::VectorXd::Zero(D);
    // A fixed sign (the largest coordinate positive), so the map does not flip between refreshes.
    for (int j = 0; j < 2; ++j) {
        Eigen::Index largest = 0;
        axes.col(j).cwiseAbs().maxCoeff(&largest);
        if (axes(largest, j) < 0)
            axes.col(j) = -axes.col(j);
    }
    result.points = (axes.transpose() * centred).cast<float>();
    const double total = values.sum();
    result.explained = total > 0 ? (values(D - 1) + (D > 1 ? values(D - 2) : 0.0)) / total : 0.0;
    return result;
}

} // namespace lstmlab
