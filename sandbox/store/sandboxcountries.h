#pragma once

#include <QString>

// The ISO 3166-1 alpha-2 country codes a client's "country" must be one of. Named apart
// from core's Countries class: the app in demo mode and the tests link both.
namespace SandboxCountries {
// True for an assigned code in upper case ("FR"); "fr" and "XX" are not.
bool isAlpha2(const QString &code);
int count();
} // namespace SandboxCountries
