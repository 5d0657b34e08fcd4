// Built only by the core-no-qt test, which expects this to fail: core's include path and link
// graph carry no Qt, so a Qt header is not found.
#include <QString>

QString probe()
{
    return QString();
}
