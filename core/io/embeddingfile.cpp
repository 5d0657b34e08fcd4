#include "embeddingfile.h"

#include <charconv>
#include <cstdio>
#include <sstream>

namespace lstmlab {

std::string writeWord2VecText(const std::vector<std::string> &words, const Eigen::MatrixXf &vectors)
{
    std::string out = std::to_string(vectors.cols()) + " " + std::to_string(vectors.rows()) + "\n";
    out.reserve(out.size() + std::size_t(vectors.size()) * 14 + words.size() * 8);
    char number[32];
    for (Eigen::Index w = 0; w < vectors.cols(); ++w) {
        out += words[std::size_t(w)];
        for (Eigen::Index d = 0; d < vectors.rows(); ++d) {
            const int n = std::snprintf(number, sizeof number, " %.9g", double(vectors(d, w)));
            out.append(number, std::size_t(n));
        }
        out += '\n';
    }
    return out;
}

Word2VecReadResult readWord2VecText(const std::string &text)
{
    Word2VecReadResult result;
    std::istringstream in(text);
    long long V = 0, D = 0;
    if (!(in >> V >> D) || V < 0 || D < 1) {
        result.error = "the first line must be \"V D\", the token count and the dimension";
        return result;
    }
    result.vectors.resize(Eigen::Index(D), Eigen::Index(V));
    std::string token;
    for (long long w = 0; w < V; ++w) {
        if (!(in >> token)) {
            result.error = "expected " + std::to_string(V) + " tokens, found " + std::to_string(w);
            return result;
        }
        result.words.push_back(token);
        for (long long d = 0; d < D; ++d) {
            std::string value;
            float x = 0.f;
            if (!(in >> value) || std::from_chars(value.data(), value.data() + value.size(), x).ec != std::errc()) {
                result.error = "token " + std::to_string(w + 1) + " (" + token + ") has fewer than " + std::to_string(D) + " numbers";
                return result;
            }
            result.vectors(Eigen::Index(d), Eigen::Index(w)) = x;
        }
    }
    return result;
}

} // namespace lstmlab
