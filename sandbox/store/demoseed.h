#pragma once

#include <QList>

class QDateTime;
class QString;
class SandboxStore;
struct DemoCredentials;

namespace DemoSeed {
// The demo enterprises' ids, names, API keys and secrets (also in the README).
QList<DemoCredentials> credentials();
// Seeds a new database: always the enterprises, their groups, the conversation
// tags and the order categories; with full, the demo data as well, dated around now.
bool seed(SandboxStore &store, bool full, const QDateTime &now, QString *error);
// The demo data (clients, stocks, conversations, messages, orders...), in demodata.cpp.
bool seedDemoData(SandboxStore &store, const QDateTime &now, QString *error);
} // namespace DemoSeed
