#pragma once

#include "chat/message.h"

#include <QList>

// A conversation of count messages for the chat benchmarks: mixed lengths (a word, a
// sentence, paragraphs), authors changing now and then, minutes or hours apart, and
// about 3 % images and 3 % files. The same every run (a fixed seed).
QList<Message> benchConversation(int count);
