#ifndef PLATEWISE_CORE_STATUS_H_
#define PLATEWISE_CORE_STATUS_H_

// The one error mechanism across layer boundaries. A Status names the kind of
// failure and carries a message written for the person who caused it (it is
// shown verbatim by the CLI and in HTTP error bodies). Exceptions thrown by
// libraries are caught in the adapter that calls them and turned into a Status.

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace platewise {

enum class StatusCode {
  kOk,
  kInvalidArgument,  // the caller's input is wrong; the message says how
  kNotFound,         // the thing named does not exist (for this owner)
  kConflict,         // the request clashes with stored state
  kUnavailable,      // a resource (file, database) could not be used
  kInternal,         // a bug or an unexpected library failure
  kUnauthenticated,  // no valid session or token: sign in first
  kForbidden,        // authenticated, but this request is refused (e.g. CSRF)
  kTooManyRequests,  // throttled; retry_after_seconds() says when to retry
  kUnprocessable,    // well-formed request, but a field's value is wrong; field() names it
  // the condition the caller set on stored state (an entry's version) no longer holds
  kPreconditionFailed,
};

// Stable machine-readable name of a code ("invalid_argument", ...), used in
// JSON error bodies.
const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status Conflict(std::string m) { return {StatusCode::kConflict, std::move(m)}; }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  // Unavailable for a moment (the server is busy): retry after the seconds given.
  static Status Busy(std::string m, int retry_after_seconds) {
    Status s(StatusCode::kUnavailable, std::move(m));
    s.retry_after_seconds_ = retry_after_seconds;
    return s;
  }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }
  static Status Unauthenticated(std::string m) { return {StatusCode::kUnauthenticated, std::move(m)}; }
  static Status Forbidden(std::string m) { return {StatusCode::kForbidden, std::move(m)}; }
  static Status PreconditionFailed(std::string m) { return {StatusCode::kPreconditionFailed, std::move(m)}; }
  static Status TooManyRequests(std::string m, int retry_after_seconds) {
    Status s(StatusCode::kTooManyRequests, std::move(m));
    s.retry_after_seconds_ = retry_after_seconds;
    return s;
  }
  // `field` is the name of the offending request field ("grams", "meal").
  static Status Unprocessable(std::string field, std::string m) {
    Status s(StatusCode::kUnprocessable, std::move(m));
    s.field_ = std::move(field);
    return s;
  }
  // The same failure re-labelled as unprocessable input of `field` (for
  // turning a parser's InvalidArgument into a 422 that names the field).
  // Other kinds are returned unchanged.
  Status ForField(std::string field) const {
    if (code_ != StatusCode::kInvalidArgument && code_ != StatusCode::kUnprocessable) return *this;
    return Unprocessable(std::move(field), message_);
  }

  // The same failure with `context` put before its message ("file.csv: "),
  // for a caller that knows where the failure happened.
  Status WithContext(std::string context) const {
    Status s = *this;
    context += message_;
    s.message_ = std::move(context);
    return s;
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& field() const { return field_; }        // empty unless unprocessable
  int retry_after_seconds() const { return retry_after_seconds_; }  // 0 unless throttled or busy

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string field_;
  int retry_after_seconds_ = 0;
};

// A value or the Status that explains why there is none.
// REQUIRES: value() only when ok(); status() is Ok when ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(v_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace platewise

// Returns early from the enclosing function when `expr` (a Status) is an error.
#define PW_RETURN_IF_ERROR(expr)          \
  do {                                    \
    ::platewise::Status pw_status_ = (expr); \
    if (!pw_status_.ok()) return pw_status_; \
  } while (0)

#endif  // PLATEWISE_CORE_STATUS_H_
