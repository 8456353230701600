#pragma once

#include "../httpresponse.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

// QJsonDocument always writes object keys sorted; the reference lists its fields in
// a meaningful order (client_id first, group_id first in stats), and people compare
// answers with it by eye. These write the keys named in keyOrder first, in that
// order, at every depth, then any other key sorted.
namespace OrderedJson {
QByteArray write(const QJsonValue &value, const QStringList &keyOrder);
// {"data": value} with value's keys ordered, as an HttpResponse.
HttpResponse data(const QJsonValue &value, const QStringList &keyOrder, int status = 200);
} // namespace OrderedJson
