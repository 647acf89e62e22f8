#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

// Why a read failed: the database's own words ("database is locked", "no such table: partners").
struct ReadError
{
    QString message;
};

// What every read of the models layer returns: the value, or why it could not be read. A failed
// read never turns into an empty list or a missing record: a locked or damaged database must not
// show an empty register. Callers look at ok() before they take the value; taking the value of a
// failed read stops the program with the reason, in tests and in the app alike.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(ReadError error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // The reason of a failed read; empty when the read succeeded.
    const QString &error() const { return m_error; }

    const T &value() const &
    {
        check();
        return *m_value;
    }
    T &value() &
    {
        check();
        return *m_value;
    }
    // By value, not T&&: `for (x : repository.forCluster(id).value())` must not refer into
    // a Result that is gone before the loop runs.
    T value() &&
    {
        check();
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    // By value on a temporary, as value(): `const auto &list = *repository.forCluster(id);`
    // must not refer into a Result that is gone.
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }

    // The same failure for a read of another type, or this value passed through f.
    template<typename F>
    auto map(F f) const & -> Result<decltype(f(std::declval<const T &>()))>
    {
        if (!ok())
            return ReadError{m_error};
        return f(*m_value);
    }

private:
    void check() const
    {
        if (!m_value)
            qFatal("A failed read was used as a value: %s", qPrintable(m_error));
    }

    std::optional<T> m_value;
    QString m_error;
};
