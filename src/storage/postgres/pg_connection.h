#ifndef PLATEWISE_STORAGE_POSTGRES_PG_CONNECTION_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_CONNECTION_H_

// A small RAII layer over libpq: a connection (PGconn), the rows of one
// command (PGresult) and a command's parameters. Every parameterised command
// is prepared once per connection, under a name of its own, the first time
// its SQL text is run on that connection; afterwards only its name and
// parameters travel. Parameters and results use libpq's text format.
//
// Not thread-safe: a Connection serves one thread at a time (the Pool lends
// it). Nothing outside storage/postgres/ includes libpq-fe.h.

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace platewise::postgres {

// The parameters of one command, in order ($1, $2, ...), as text.
// Integers and doubles are written exactly (doubles round-trip); nullopt
// and std::nullopt are SQL NULL.
class Params {
 public:
  Params() = default;
  template <typename... T>
  explicit Params(const T&... values) {
    (Add(values), ...);
  }

  template <typename T>
  Params& Add(const T& value) {
    if constexpr (std::is_same_v<T, std::nullopt_t>) {
      AddNull();
    } else if constexpr (std::is_same_v<T, bool>) {
      AddText(value ? "true" : "false");
    } else if constexpr (std::is_integral_v<T>) {
      AddText(std::to_string(static_cast<long long>(value)));
    } else if constexpr (std::is_floating_point_v<T>) {
      AddDouble(static_cast<double>(value));
    } else if constexpr (requires {
                           value.has_value();
                           *value;
                         }) {
      if (value.has_value())
        Add(*value);
      else
        AddNull();
    } else {
      AddText(std::string(std::string_view(value)));
    }
    return *this;
  }
  Params& AddNull() {
    values_.emplace_back();
    null_.push_back(true);
    return *this;
  }

  int size() const { return static_cast<int>(values_.size()); }

 private:
  friend class Connection;
  void AddText(std::string text) {
    values_.push_back(std::move(text));
    null_.push_back(false);
  }
  void AddDouble(double value);

  std::vector<std::string> values_;
  std::vector<bool> null_;
};

// The rows of one command's result (owns the PGresult). Columns and rows
// are 0-based. REQUIRES for the accessors: row < size(), col in range.
class Rows {
 public:
  Rows() = default;
  explicit Rows(PGresult* result) : result_(result) {}
  Rows(Rows&& o) noexcept : result_(o.result_) { o.result_ = nullptr; }
  Rows& operator=(Rows&& o) noexcept {
    std::swap(result_, o.result_);
    return *this;
  }
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;
  ~Rows() { PQclear(result_); }

  int size() const { return result_ ? PQntuples(result_) : 0; }
  bool empty() const { return size() == 0; }
  // Rows an INSERT, UPDATE or DELETE touched.
  std::int64_t affected() const;

  bool IsNull(int row, int col) const { return PQgetisnull(result_, row, col) != 0; }
  std::string_view View(int row, int col) const {
    return {PQgetvalue(result_, row, col), static_cast<std::size_t>(PQgetlength(result_, row, col))};
  }
  std::string Text(int row, int col) const { return std::string(View(row, col)); }
  std::int64_t Int(int row, int col) const;  // 0 for NULL
  double Double(int row, int col) const;     // 0 for NULL
  std::optional<double> OptionalDouble(int row, int col) const {
    if (IsNull(row, col)) return std::nullopt;
    return Double(row, col);
  }

 private:
  friend class Connection;
  PGresult* result_ = nullptr;
};

class Connection {
 public:
  // Connects with a libpq connection string or URI ("postgresql://...") and
  // runs `session_setup` (SQL text, may be empty) once connected.
  // Unavailable when the server cannot be reached or refuses the login.
  static Result<std::unique_ptr<Connection>> Open(const std::string& conninfo, const std::string& session_setup = "");

  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() { PQfinish(conn_); }

  // Runs one parameterised command, prepared on this connection the first
  // time its text comes. An error Status for a failed command (see
  // pg_status.h for the kinds); last_sqlstate() then tells which.
  Result<Rows> Query(std::string_view sql, const Params& params = Params());
  // Runs SQL text without parameters, unprepared (one or several commands:
  // transaction control, migrations).
  Status Exec(const char* sql);

  // True once the connection to the server is lost; the pool then drops it
  // and connects anew.
  bool broken() const { return PQstatus(conn_) != CONNECTION_OK; }
  // The SQLSTATE of the last command that failed on the server; empty after
  // a success or a failure without one (a lost connection).
  const std::string& last_sqlstate() const { return last_sqlstate_; }
  // True when the last failure was a serialization failure or a deadlock:
  // the transaction may succeed when run again from its start.
  bool last_failure_retryable() const;

  // LISTEN/NOTIFY. A notification received on this connection.
  struct Notification {
    std::string channel;
    std::string payload;
  };
  // Waits up to `timeout_ms` for input from the server and reads what came
  // (Unavailable once the connection is lost); then NextNotification hands
  // out what arrived, oldest first.
  Status AwaitInput(int timeout_ms);
  std::optional<Notification> NextNotification();

 private:
  explicit Connection(PGconn* conn) : conn_(conn) {}
  // Checks a result: Ok for a command that succeeded, else the mapped error.
  Status Check(PGresult* result, std::string_view what);

  PGconn* conn_ = nullptr;
  std::string last_sqlstate_;
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // SQL text -> name of the statement prepared for it on this connection.
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> prepared_;
};

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_CONNECTION_H_
