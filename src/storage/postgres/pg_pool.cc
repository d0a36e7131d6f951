#include "storage/postgres/pg_pool.h"

namespace platewise::postgres {

Pool::Pool(std::string conninfo, std::size_t max_connections, std::string session_setup)
    : conninfo_(std::move(conninfo)),
      max_(max_connections < 1 ? 1 : max_connections),
      session_setup_(std::move(session_setup)) {}

const char* Pool::BeginText(Isolation isolation) {
  switch (isolation) {
    case Isolation::kRepeatableReadOnly:
      return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
    case Isolation::kReadCommitted:
      break;
  }
  return "BEGIN";
}

Result<Pool::Lease> Pool::Acquire() {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    returned_.wait(lock, [&] { return !idle_.empty() || open_ < max_; });
    if (!idle_.empty()) {
      std::unique_ptr<Connection> conn = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(conn));
    }
    ++open_;  // a place for the connection opened below, outside the lock
  }
  auto conn = Connection::Open(conninfo_, session_setup_);
  if (!conn.ok()) {
    std::lock_guard<std::mutex> lock(mutex_);
    --open_;
    returned_.notify_one();
    return conn.status();
  }
  return Lease(this, std::move(*conn));
}

void Pool::Return(std::unique_ptr<Connection> conn) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (conn->broken()) {
    conn.reset();  // closed; the next Acquire connects anew
    --open_;
  } else {
    idle_.push_back(std::move(conn));
  }
  returned_.notify_one();
}

}  // namespace platewise::postgres
