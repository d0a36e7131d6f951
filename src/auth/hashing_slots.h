#ifndef PLATEWISE_AUTH_HASHING_SLOTS_H_
#define PLATEWISE_AUTH_HASHING_SLOTS_H_

// A bound on the password hashes (Argon2id: tens of milliseconds of a core
// and 64 MiB each) that run at once. The server's request threads are few,
// and a handler holds its thread while it hashes; with fewer slots than
// threads, a flood of sign-ups or sign-ins leaves a thread for everything
// else (the diary, /healthz). A request that finds every slot taken is
// refused at once (503, Retry-After) rather than queued: a queue would hold
// the threads the bound is there to keep free. Thread-safe.

#include <atomic>
#include <optional>

namespace platewise::auth {

class HashingSlots {
 public:
  // REQUIRES: slots >= 1.
  explicit HashingSlots(int slots) : free_(slots) {}
  HashingSlots(const HashingSlots&) = delete;
  HashingSlots& operator=(const HashingSlots&) = delete;

  // One slot, given back when destroyed.
  class Held {
   public:
    explicit Held(HashingSlots* owner) : owner_(owner) {}
    Held(Held&& o) noexcept : owner_(o.owner_) { o.owner_ = nullptr; }
    Held& operator=(Held&&) = delete;
    ~Held() {
      if (owner_) owner_->free_.fetch_add(1);
    }

   private:
    HashingSlots* owner_;
  };

  // A slot, or nullopt when every one is taken.
  std::optional<Held> TryTake() {
    int free = free_.load();
    while (free > 0) {
      if (free_.compare_exchange_weak(free, free - 1)) return Held(this);
    }
    return std::nullopt;
  }

 private:
  std::atomic<int> free_;
};

}  // namespace platewise::auth

#endif  // PLATEWISE_AUTH_HASHING_SLOTS_H_
