#pragma once

#include <QString>

#include <optional>

// The large enterprise of --seed-large: its groups, its clients, and the months of
// activity they spread over (registrations, conversations, orders, passes).
struct LargeSeedSizes {
    int groups = 20;
    int clients = 10000;
    int months = 24;
};

// Everything the command line (or a test, or the app's demo mode) can set.
struct SandboxOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString dbPath; // empty: in-memory database
    bool seed = true;
    std::optional<LargeSeedSizes> seedLarge; // also seeds the large enterprise 900
    int tokenTtlSeconds = 3600;
    qint64 maxUploadBytes = 10 * 1024 * 1024;
    int latencyMs = 0;
    // Fault injection, also changeable at run time (SandboxServer::setFaultRates,
    // POST /_sandbox/faults). Control endpoints (/_sandbox/...) are never hit.
    double failRate = 0.0;            // share of requests answered 503
    double dropRate = 0.0;            // share closed before the request is handled
    double loseAnswerRate = 0.0;      // share handled and committed, then closed unanswered
    std::optional<quint32> faultSeed; // fixed sequence of fault decisions; random if unset
    bool logRequests = true;
    // Delivery of message webhooks: first retry delay; doubles each time.
    int webhookFirstRetryMs = 500;
    int webhookAttempts = 4;
    // Demo life: a demo client answers an agent's message after this delay on the
    // sandbox's clock (DemoReplier). Off unless asked (--demo-replies, the app's demo).
    bool demoReplies = false;
    int demoReplyDelayMs = 4000;
};
