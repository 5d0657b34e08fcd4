#pragma once

// Small helpers shared by several tests (header only; each test stays its own executable).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// Writes contents to dir/name and returns the path, or an empty string when it cannot.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return QString();
    return path;
}

#include "json.h"

#include <algorithm>
#include <string>

// text written again with every object's keys sorted (as Python's json.dump(sort_keys=True)
// writes them: "config" before "tensors", "data" before "shape") or in reverse order ("tensors"
// before "config", "optimizer" before "model"); number text kept. Empty when text is not JSON.
inline std::string reorderJsonKeys(const std::string &text, bool reverse)
{
    const lstmlab::JsonParseResult parsed = lstmlab::parseJson(text);
    if (!parsed.value)
        return {};
    const auto write = [reverse](const auto &self, const lstmlab::JsonValue &v, std::string &out) -> void {
        using Type = lstmlab::JsonValue::Type;
        switch (v.type()) {
        case Type::Null: out += "null"; break;
        case Type::Bool: out += v.boolean() ? "true" : "false"; break;
        case Type::Number: out += v.text(); break;
        case Type::String: out += lstmlab::jsonQuote(v.text()); break;
        case Type::Array:
            out += '[';
            for (std::size_t k = 0; k < v.array().size(); ++k) {
                out += k > 0 ? ", " : "";
                self(self, v.array()[k], out);
            }
            out += ']';
            break;
        case Type::Object: {
            auto members = v.object();
            std::sort(members.begin(), members.end(), [reverse](const auto &a, const auto &b) {
                return reverse ? a.first > b.first : a.first < b.first;
            });
            out += '{';
            for (std::size_t k = 0; k < members.size(); ++k) {
                out += k > 0 ? ",\n" : "";
                out += lstmlab::jsonQuote(members[k].first) + ": ";
                self(self, members[k].second, out);
            }
            out += '}';
            break;
        }
        }
    };
    std::string out;
    write(write, *parsed.value, out);
    return out;
}
