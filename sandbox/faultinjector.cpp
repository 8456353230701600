#include "faultinjector.h"

FaultInjector::FaultInjector(const FaultRates &rates, std::optional<quint32> seed)
    : m_rates(rates.isValid() ? rates : FaultRates{})
    , m_seed(seed)
    , m_rng(seed ? *seed : QRandomGenerator::global()->generate()) {}

bool FaultInjector::setRates(const FaultRates &rates) {
    if (!rates.isValid())
        return false;
    m_rates = rates;
    return true;
}

void FaultInjector::reseed(quint32 seed) {
    m_seed = seed;
    m_rng.seed(seed);
}

bool FaultInjector::roll(double p) {
    if (p <= 0.0)
        return false;
    if (p >= 1.0)
        return true;
    return m_rng.generateDouble() < p;
}
