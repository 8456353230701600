#pragma once

#include "../sandboxoptions.h"

#include <QDateTime>
#include <QString>

class SandboxStore;
struct DemoCredentials;

// A large enterprise for benchmarks and integrators (--seed-large): enterprise 900,
// groups 9001..., clients spread evenly over groups and months so that every group
// has registrations, conversations (rated, tagged), orders and passes in every month.
namespace LargeSeed {

constexpr qint64 kEnterpriseId = 900;
DemoCredentials credentials();
// True when the store holds it already (a --db file seeded before).
bool isSeeded(const SandboxStore &store);
// In one transaction; dates lie in the `sizes.months` months up to now.
bool seed(SandboxStore &store, const LargeSeedSizes &sizes, const QDateTime &now, QString *error);

} // namespace LargeSeed
