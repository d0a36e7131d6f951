#ifndef PLATEWISE_HTTP_REQUEST_READING_H_
#define PLATEWISE_HTTP_REQUEST_READING_H_

// How the server turns the bytes of a request, as Beast parsed them, into a
// Request for the routes: which framings it refuses, and how it splits the
// target into a decoded path and query. http/server.cc reads every request
// with these, and so does the HTTP fuzz target (fuzz/fuzz_http_request.cc),
// so that what is fuzzed is what serves.

#include <boost/beast/http.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/http_message.h"

namespace platewise::http {

using WireRequest = boost::beast::http::request<boost::beast::http::string_body>;

// Beast's string_view (Boost's, in Boost 1.74) as the standard one.
inline std::string_view Std(boost::beast::string_view text) { return {text.data(), text.size()}; }

// The largest request head (request line and header fields) read.
inline constexpr std::uint32_t kHeaderLimit = 16 * 1024;

// Why a request's framing is refused (RFC 9112 6.1, 6.3, 3.2), if it is:
// Transfer-Encoding other than exactly "chunked" (a chain such as "chunked,
// identity", an unknown coding such as "xchunked", or the field twice), both
// Transfer-Encoding and Content-Length, or HTTP/1.1 without Host.
std::optional<std::string> FramingRefusal(const WireRequest& msg);

// Splits "/api/v1/foods?q=egg&limit=5" into req.path and req.query, both
// percent-decoded ('+' is a space in the query); false on a malformed escape.
bool ParseTarget(std::string_view target, Request& req);

// The method, the header fields (by lower-case name; of a repeated field,
// the last), the body and the target (ParseTarget) of `msg`. False when the
// target is malformed; the rest is filled in either way.
bool RequestFromWire(const WireRequest& msg, Request& req);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_REQUEST_READING_H_
