#include "session.h"

QString Session::groupName(qint64 groupId) const {
    for (const Group &g : groups) {
        if (g.groupId == groupId)
            return g.name;
    }
    return {};
}
