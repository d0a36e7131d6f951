#include "core/status.h"

namespace platewise {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kConflict: return "conflict";
    case StatusCode::kUnavailable: return "unavailable";
    case StatusCode::kInternal: return "internal";
    case StatusCode::kUnauthenticated: return "unauthenticated";
    case StatusCode::kForbidden: return "forbidden";
    case StatusCode::kTooManyRequests: return "too_many_requests";
    case StatusCode::kUnprocessable: return "unprocessable";
    case StatusCode::kPreconditionFailed: return "precondition_failed";
  }
  return "internal";
}

}  // namespace platewise
