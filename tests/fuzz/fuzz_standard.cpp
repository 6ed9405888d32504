// libFuzzer target: a standard file a user loads (Standard::fromJson), then the checker run with
// it over items made from its own rows and a few foreign ones.
#include "FuzzCommon.h"
#include "check/Checker.h"
#include "standard/Standard.h"

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::inputBytes(data, size);
    QString error;
    const std::unique_ptr<Standard> standard = Standard::fromJson(bytes, QStringLiteral("fuzz.json"), &error);
    if (!standard) {
        if (error.isEmpty())
            __builtin_trap(); // a refused file must say why
        return 0;
    }
    const std::unique_ptr<Standard> resolved = standard->resolved({});
    QList<Item> items;
    for (const StandardItem &si : standard->items()) {
        if (items.size() >= 32)
            break;
        items << si.toItem();
    }
    Item foreign;
    foreign.domain = QStringLiteral("社会救助");
    foreign.level1 = QStringLiteral("最低生活保障");
    foreign.level2 = QStringLiteral("审批结果");
    foreign.deadline = QStringLiteral("信息形成之日起9999999999个工作日内");
    foreign.channels = { QStringLiteral("其他：公示栏"), QStringLiteral("政府网站") };
    items << foreign << Item();
    Checker(standard.get()).check(items);
    Checker(resolved.get()).check(items);
    Checker(nullptr).check(items);
    return 0;
}
