#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One entry of GET /oneapi/v0/stats: the enterprise (groupId empty) or one group,
// for the month asked. delta* count that month, total* everything up to its end.
struct StatsEntry {
    struct TagShare {
        QString tagName;
        double percent = 0;
        friend bool operator==(const TagShare &, const TagShare &) = default;
    };
    struct OrderCategory {
        qint64 categoryId = 0; // a string in the API ("2"): read as a number
        QString categoryName;
        double percent = 0;
        friend bool operator==(const OrderCategory &, const OrderCategory &) = default;
    };

    std::optional<qint64> groupId;
    QDateTime lastUpdated;
    qint64 totalRequests = 0;
    qint64 deltaRequests = 0;
    qint64 totalPasses = 0;
    qint64 deltaPasses = 0;
    qint64 totalClients = 0;
    qint64 deltaClients = 0;
    double percentageFemaleClients = 0;
    double percentageMaleClients = 0;
    double percentageUnknownClients = 0;
    qint64 nologinTotal = 0;
    QStringList nologinEmails;
    QList<TagShare> tags;
    double averageConversationRating = 0; // "avergage_conversation_rating" in the API
    qint64 totalOrders = 0;
    QList<OrderCategory> orderCategories;

    bool isEnterprise() const { return !groupId.has_value(); }

    static std::optional<StatsEntry> fromJson(const QJsonValue &value, QString *error = nullptr);
    // The API's own shape (field names and date format), which fromJson reads back
    // unchanged: the local cache of past months keeps entries this way.
    QJsonObject toJson() const;

    friend bool operator==(const StatsEntry &, const StatsEntry &) = default;
};

Q_DECLARE_METATYPE(StatsEntry)
