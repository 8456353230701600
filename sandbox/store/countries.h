#pragma once

#include <QString>

// The ISO 3166-1 alpha-2 country codes a client's "country" must be one of.
namespace Countries {
// True for an assigned code in upper case ("FR"); "fr" and "XX" are not.
bool isAlpha2(const QString &code);
int count();
} // namespace Countries
