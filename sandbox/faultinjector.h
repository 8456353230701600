#pragma once

#include <QRandomGenerator>

#include <optional>

// The shares (0..1) of requests that a fault hits, one fault per kind:
// fail answers 503 before the route runs, drop closes the connection before the
// request is handled, loseAnswer closes it after the request is handled and its
// effects committed, without writing the answer.
struct FaultRates {
    double fail = 0.0;
    double drop = 0.0;
    double loseAnswer = 0.0;

    static bool isRate(double p) { return p >= 0.0 && p <= 1.0; }
    bool isValid() const { return isRate(fail) && isRate(drop) && isRate(loseAnswer); }
};

// Decides, request by request, which fault (if any) hits it. With a seed the
// decisions are a fixed sequence: the same requests in the same order meet the
// same faults. Rates can change at run time (tests, the /_sandbox/faults endpoint).
class FaultInjector {
public:
    FaultInjector(const FaultRates &rates, std::optional<quint32> seed);

    FaultRates rates() const { return m_rates; }
    // Ignored (and false) unless every rate is in 0..1.
    bool setRates(const FaultRates &rates);
    // Restarts the sequence of decisions from this seed.
    void reseed(quint32 seed);
    std::optional<quint32> seed() const { return m_seed; }

    bool drop() { return roll(m_rates.drop); }
    bool fail() { return roll(m_rates.fail); }
    bool loseAnswer() { return roll(m_rates.loseAnswer); }

private:
    // Draws only when the rate is strictly between 0 and 1, so that a fault that is
    // off (or always on) does not shift the sequence of the others.
    bool roll(double p);

    FaultRates m_rates;
    std::optional<quint32> m_seed;
    QRandomGenerator m_rng;
};
