#pragma once

#include <QtGlobal>

#include <random>
#include <vector>

namespace sotay {

// The sample ward's own random source: the same seed gives the same ward on every machine
// and run (std::mt19937_64 is fully specified; the distributions below are ours, not the
// library's, whose output is implementation-defined).
class SampleRandom
{
public:
    explicit SampleRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 next() { return m_engine(); }
    // 0 … n-1 (n > 0).
    int below(int n) { return int(next() % quint64(n)); }
    // lo … hi inclusive.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // [0, 1)
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // Index picked with the given weights (any positive scale).
    int weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return int(i);
            x -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace sotay
