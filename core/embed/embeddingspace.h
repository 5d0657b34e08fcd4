#pragma once

// Questions one asks of embeddings: which tokens are nearest to a token (cosine similarity),
// which token completes an analogy (a is to b as c is to ?), and where the tokens lie on a
// plane (the first two principal components). Built from a copy of the vectors, so it can be
// asked from another thread while training goes on.
//
// Shapes: D = dimension, V = vocabulary size; vectors (D, V), one column per token.
//   (31) cos(a, b) = a . b / (|a| |b|)
//   (32) analogy: the tokens nearest to  a^ - b^ + c^  (x^ = x / |x|), a, b and c left out
//        (gensim's most_similar(positive=[a, c], negative=[b]) up to scale)
//   (33) plane: the first `count` tokens' vectors minus their mean, projected on the two
//        eigenvectors of their covariance with the largest eigenvalues

#include <Eigen/Core>

#include <utility>
#include <vector>

namespace lstmlab {

struct Neighbour {
    int token = -1;
    float similarity = 0.f; // (31)
};

struct EmbeddingPlane {
    Eigen::Matrix<float, 2, Eigen::Dynamic> points; // (2, count): token k at column k
    double explained = 0.0; // share of the variance the two components hold, 0..1
};

class EmbeddingSpace
{
public:
    explicit EmbeddingSpace(const Eigen::MatrixXf &vectors);

    int size() const { return int(m_unit.cols()); }
    int dim() const { return int(m_unit.rows()); }

    const Eigen::MatrixXf &unitVectors() const { return m_unit; } // (D, V), unit columns
    Eigen::VectorXf vector(int token) const { return m_vectors.col(token); }

    // The k tokens most similar to `token` by (31), most similar first, itself left out.
    std::vector<Neighbour> nearest(int token, int k) const;
    // (32); an index out of range gives an empty list.
    std::vector<Neighbour> analogy(int a, int b, int c, int k) const;
    // (31) between two tokens.
    float similarity(int a, int b) const;
    // (33) for the tokens 0..count-1 (the most frequent, in a TokenCorpus's order).
    EmbeddingPlane plane(int count) const;

private:
    std::vector<Neighbour> nearestTo(const Eigen::VectorXf &query, int k, std::initializer_list<int> leaveOut) const;

    Eigen::MatrixXf m_vectors; // (D, V) as given
    Eigen::MatrixXf m_unit;    // (D, V) each column scaled to length 1 (zero stays zero)
};

} // namespace lstmlab
