#include "plantedcorpus.h"

#include <algorithm>
#include <random>

namespace lstmlab {

namespace {

std::string groupWord(int group, int k)
{
    return "g" + std::to_string(group) + "w" + std::to_string(k);
}

} // namespace

std::string plantedCorpusText(const PlantedCorpusConfig &config)
{
    std::mt19937 rng(config.seed);
    std::uniform_int_distribution<int> pickGroup(0, std::max(0, config.groups - 1));
    std::uniform_int_distribution<int> pickMember(0, std::max(0, config.groupSize - 1));
    std::uniform_int_distribution<int> pickNoise(0, std::max(0, config.noiseWords - 1));
    std::bernoulli_distribution noise(config.noiseWords > 0 ? config.noiseShare : 0.0);
    std::string text;
    for (int line = 0; line < config.lines; ++line) {
        const int group = pickGroup(rng);
        for (int k = 0; k < config.lineLength; ++k) {
            if (k > 0)
                text += ' ';
            text += noise(rng) ? "n" + std::to_string(pickNoise(rng)) : groupWord(group, pickMember(rng));
        }
        text += '\n';
    }
    return text;
}

double plantedPrecision(const PlantedCorpusConfig &config, const TokenCorpus &corpus, const EmbeddingSpace &space, int k)
{
    k = std::clamp(k, 1, std::max(1, config.groupSize - 1));
    double sum = 0.0;
    int words = 0;
    for (int group = 0; group < config.groups; ++group) {
        std::vector<int> members;
        for (int m = 0; m < config.groupSize; ++m)
            if (const int index = corpus.indexOf(groupWord(group, m)); index >= 0)
                members.push_back(index);
        for (int w : members) {
            int hits = 0;
            for (const Neighbour &n : space.nearest(w, k))
                hits += std::find(members.begin(), members.end(), n.token) != members.end();
            sum += double(hits) / k;
            ++words;
        }
    }
    return words > 0 ? sum / words : 0.0;
}

} // namespace lstmlab
