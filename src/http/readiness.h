#ifndef PLATEWISE_HTTP_READINESS_H_
#define PLATEWISE_HTTP_READINESS_H_

// Whether the server takes new work, for GET /readyz (load balancers): the
// server sets it once it accepts connections (the search index and the data
// are loaded before it starts) and clears it when it begins to drain on
// SIGTERM or SIGINT. Thread-safe.

#include <atomic>

namespace platewise::http {

class Readiness {
 public:
  void Set(bool ready) { ready_.store(ready, std::memory_order_relaxed); }
  bool ready() const { return ready_.load(std::memory_order_relaxed); }

 private:
  std::atomic<bool> ready_{false};
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_READINESS_H_
