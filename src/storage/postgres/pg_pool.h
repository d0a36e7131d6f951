#ifndef PLATEWISE_STORAGE_POSTGRES_PG_POOL_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_POOL_H_

// A bounded pool of connections to one database, shared by a store's
// repositories. At most `max_connections` are open; a caller that finds all
// lent waits for one. Connections are opened when first needed; a connection
// found broken when it comes back (the server went away) is closed, and the
// next caller connects anew, so a restarted server is used again without a
// restart of ours. Thread-safe.

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/ports/database_time.h"
#include "core/status.h"
#include "storage/postgres/pg_connection.h"

namespace platewise::postgres {

// The isolation of a transaction run by Pool::Transact.
enum class Isolation {
  kReadCommitted,       // writes: each statement sees what committed before it; row locks order writers
  kRepeatableReadOnly,  // reads of several statements that must see one snapshot
};

class Pool {
 public:
  // A connection lent for one operation; handed back when destroyed.
  class Lease {
   public:
    Lease(Pool* pool, std::unique_ptr<Connection> conn) : pool_(pool), conn_(std::move(conn)) {}
    Lease(Lease&& o) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (conn_) pool_->Return(std::move(conn_));
    }
    Connection& conn() { return *conn_; }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  // How often Transact runs a transaction that failed with a serialization
  // failure or deadlock before it answers Unavailable.
  static constexpr int kMaxAttempts = 5;

  // REQUIRES: max_connections >= 1. Opens no connection yet; each one it
  // opens runs `session_setup` (SQL text, may be empty) first.
  Pool(std::string conninfo, std::size_t max_connections, std::string session_setup = "");

  // Opens a connection of its own, outside the pool (for LISTEN), set up
  // like the pool's.
  Result<std::unique_ptr<Connection>> OpenDedicated() const { return Connection::Open(conninfo_, session_setup_); }

  // An idle connection, a new one when there is none and fewer than the
  // maximum are open, else waits. Unavailable when connecting fails.
  Result<Lease> Acquire();

  // Runs `fn(Connection&)` (returning Status or Result<T>) on a lent
  // connection, each statement in its own transaction. Run again (up to
  // kMaxAttempts) when its last statement failed with a serialization
  // failure or a deadlock, which rolled that statement back: `fn` must be
  // one write, or writes that may be done again.
  template <typename Fn>
  auto Run(Fn&& fn) -> std::invoke_result_t<Fn, Connection&> {
    const DatabaseTimer timer;  // the request's database time: waiting for a connection too
    for (int attempt = 1;; ++attempt) {
      auto lease = Acquire();
      if (!lease.ok()) return lease.status();
      auto result = fn(lease->conn());
      if (StatusOf(result).ok() || !lease->conn().last_failure_retryable() || attempt >= kMaxAttempts) {
        return result;
      }
    }
  }

  // Runs `fn(Connection&)` in one transaction: committed when fn succeeds,
  // rolled back when it fails. Run again from the start (up to kMaxAttempts)
  // when a statement or the commit failed with a serialization failure or a
  // deadlock, so `fn` must do nothing outside the database that it cannot
  // do twice.
  template <typename Fn>
  auto Transact(Isolation isolation, Fn&& fn) -> std::invoke_result_t<Fn, Connection&> {
    using R = std::invoke_result_t<Fn, Connection&>;
    const DatabaseTimer timer;  // as in Run
    for (int attempt = 1;; ++attempt) {
      auto lease = Acquire();
      if (!lease.ok()) return lease.status();
      Connection& conn = lease->conn();
      PW_RETURN_IF_ERROR(conn.Exec(BeginText(isolation)));
      R result = fn(conn);
      Status s = StatusOf(result);
      if (s.ok()) {
        s = conn.Exec("COMMIT");
        if (s.ok()) return result;
      } else if (!conn.broken()) {
        const bool retryable = conn.last_failure_retryable();
        (void)conn.Exec("ROLLBACK");
        if (!retryable) return result;
        if (attempt < kMaxAttempts) continue;
        return result;
      }
      if (!conn.last_failure_retryable() || attempt >= kMaxAttempts) return s;
    }
  }

 private:
  static const char* BeginText(Isolation isolation);
  static Status StatusOf(const Status& s) { return s; }
  template <typename T>
  static Status StatusOf(const Result<T>& r) {
    return r.status();
  }
  void Return(std::unique_ptr<Connection> conn);

  const std::string conninfo_;
  const std::size_t max_;
  const std::string session_setup_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> idle_;  // guarded by mutex_
  std::size_t open_ = 0;                           // guarded by mutex_: idle and lent
};

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_POOL_H_
