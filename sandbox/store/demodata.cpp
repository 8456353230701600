#include "demoseed.h"

#include "sandboxstore.h"

namespace DemoSeed {

bool seedDemoData(SandboxStore &store, QString *error) {
    Q_UNUSED(store)
    Q_UNUSED(error)
    return true;
}

} // namespace DemoSeed
