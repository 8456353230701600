#pragma once

// The raw material of the demo data: French names, addresses and conversation
// scripts. Kept apart from demodata.cpp so the generator stays readable.
namespace DemoTexts {

struct City {
    const char *zip;
    const char *name;
};

struct Script {
    int mainTag; // id in the tags table (1..21)
    const char *subject;
    const char *messages[6]; // alternately client then agent; nullptr ends early
};

extern const char *const kFemaleNames[];
extern const int kFemaleNameCount;
extern const char *const kMaleNames[];
extern const int kMaleNameCount;
extern const char *const kLastNames[];
extern const int kLastNameCount;
extern const char *const kStreets[];
extern const int kStreetCount;
extern const City kCities[];
extern const int kCityCount;
extern const Script kScripts[];
extern const int kScriptCount;
// What a demo client answers an agent (SandboxOptions::demoReplies).
extern const char *const kReplies[];
extern const int kReplyCount;

} // namespace DemoTexts
