#pragma once

#include "demoreplier.h"
#include "faultinjector.h"
#include "sandboxoptions.h"
#include "store/mediafiles.h"
#include "store/sandboxclock.h"
#include "store/sandboxstore.h"
#include "tokenregistry.h"
#include "webhookdispatcher.h"

#include <QUrl>

// The state every route handler works on: options, clock, database and media files,
// tokens, webhooks, faults, the demo clients' replies.
class SandboxContext {
public:
    explicit SandboxContext(const SandboxOptions &options)
        : m_options(options)
        , m_tokens(options.tokenTtlSeconds, m_clock)
        , m_webhooks(options.webhookFirstRetryMs, options.webhookAttempts)
        , m_faults(FaultRates{options.failRate, options.dropRate, options.loseAnswerRate},
                   options.faultSeed)
        , m_demoReplies(*this) {}

    const SandboxOptions &options() const { return m_options; }
    SandboxClock &clock() { return m_clock; }
    SandboxStore &store() { return m_store; }
    MediaFiles &media() { return m_media; }
    TokenRegistry &tokens() { return m_tokens; }
    WebhookDispatcher &webhooks() { return m_webhooks; }
    FaultInjector &faults() { return m_faults; }
    DemoReplier &demoReplies() { return m_demoReplies; }

    // "http://127.0.0.1:PORT", without a trailing slash; set once listening.
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

private:
    SandboxOptions m_options;
    SandboxClock m_clock; // before the tokens, which read it
    SandboxStore m_store;
    MediaFiles m_media;
    TokenRegistry m_tokens;
    WebhookDispatcher m_webhooks;
    FaultInjector m_faults;
    DemoReplier m_demoReplies;
    QUrl m_baseUrl;
};
