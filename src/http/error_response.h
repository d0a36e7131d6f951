#ifndef PLATEWISE_HTTP_ERROR_RESPONSE_H_
#define PLATEWISE_HTTP_ERROR_RESPONSE_H_

// The one place where a Status becomes an HTTP status and the error body
//   {"error":{"code":"not_found","message":"no food with id \"99999\""}}
// and where JSON responses are made.

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "http/http_message.h"

namespace platewise::http {

int HttpStatusFor(StatusCode code);
Response ErrorResponse(const Status& status);
// An error that has no Status kind of its own (405, 413, ...).
Response ErrorResponse(int http_status, const std::string& code, const std::string& message);
Response JsonResponse(int http_status, const nlohmann::json& body);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_ERROR_RESPONSE_H_
