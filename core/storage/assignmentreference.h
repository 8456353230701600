#pragma once

#include <QDateTime>
#include <QString>

// A pass assignment's payment reference, stored before the request is sent so that a
// retry after a crash or a lost answer reuses it (the server refuses a reference twice).
struct AssignmentReference {
    enum class State { Pending, Done, Failed };

    QString paymentReference;
    QString email;
    qint64 stockId = 0;
    QDateTime createdAt;
    State state = State::Pending;
    QString endSubscriptionDate; // known once done
};
