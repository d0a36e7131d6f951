#ifndef PLATEWISE_CORE_PORTS_LOGIN_ATTEMPTS_H_
#define PLATEWISE_CORE_PORTS_LOGIN_ATTEMPTS_H_

// What the login throttle (core/account/login_throttle.h) keeps in the store,
// so that every server on one store counts the same failures and knows the
// same clients. The policy (which keys, how many failures, how long) is the
// throttle's; the store only keeps counts and times.
//
// - Failure windows, by key: a text the throttle composes (opaque to the
//   store, at most a few hundred bytes), with the time its window began and
//   the failures counted in it. A window is fixed: it begins with the first
//   failure counted after the previous window ended, and counts until
//   `window_seconds` after that.
// - Known clients: when a client (an address) last signed in to an account
//   (a normalised email).
//
// Times are seconds since the epoch, handed in by the caller: stores read no
// clock. These rows belong to no account row (an email may name no
// account), so deleting an account does not remove them; they expire.
//
// Contract for backends:
// - Each call is atomic. CountFailure in particular: calls for one key at
//   the same time, from any number of threads or processes on the store,
//   each count exactly one failure and each returns a different count.
// - Prune is the only call that removes rows besides ClearWindow; nothing
//   else makes the store grow but new keys and new known clients.
// Thread-safe.

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"

namespace platewise {

struct LoginWindow {
  std::int64_t start = 0;  // when the window began
  int failures = 0;        // failures counted in it; 0: no window is kept for the key

  bool operator==(const LoginWindow&) const = default;
};

class LoginAttempts {
 public:
  virtual ~LoginAttempts() = default;

  // Counts one failure of `key` at `now` and returns the key's window after
  // counting it: the kept window when it began less than `window_seconds`
  // before `now` (failures one more), else a new one ({now, 1}) in its place.
  // REQUIRES: window_seconds > 0.
  virtual Result<LoginWindow> CountFailure(const std::string& key, std::int64_t now, int window_seconds) = 0;
  // The key's window as kept, whether or not it is over ({0, 0} for none):
  // the caller judges it against its own window length.
  virtual Result<LoginWindow> GetWindow(const std::string& key) = 0;
  // Forgets the key's window (nothing happens when there is none).
  virtual Status ClearWindow(const std::string& key) = 0;

  // Remembers that `client` signed in to `account` at `now` (a later time
  // replaces an earlier one; an earlier one never replaces a later one).
  virtual Status RememberClient(const std::string& account, const std::string& client, std::int64_t now) = 0;
  // When `client` last signed in to `account`; nullopt when it never did
  // (or that was pruned).
  virtual Result<std::optional<std::int64_t>> LastSignIn(const std::string& account, const std::string& client) = 0;

  // Deletes the windows that began at or before `windows_begun_by` and the
  // known clients last seen at or before `clients_seen_by`; returns how many
  // rows went.
  virtual Result<std::int64_t> Prune(std::int64_t windows_begun_by, std::int64_t clients_seen_by) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_LOGIN_ATTEMPTS_H_
