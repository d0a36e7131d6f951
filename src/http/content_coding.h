#ifndef PLATEWISE_HTTP_CONTENT_CODING_H_
#define PLATEWISE_HTTP_CONTENT_CODING_H_

// Content coding of answers: gzip for text assets and large JSON, when the
// client accepts it (RFC 9110 12.5.3, Accept-Encoding) and it pays. The one
// place for that rule; the server applies it to every answer.
//
// An answer is sent gzip-coded when all hold:
// - the client accepts gzip (named with q > 0, or "*" with q > 0 and gzip
//   not named with q = 0);
// - its type is text (text/*, application/json, application/javascript,
//   image/svg+xml);
// - its body has at least kMinGzipBytes (smaller ones fit one packet either
//   way: the diary day's answer, about 1 KB, stays as it is);
// - it has no Content-Encoding yet and no ETag (a strong validator names one
//   representation; the answers that carry one, a diary entry's, are small).
// Every answer of a text type says `Vary: Accept-Encoding`, coded or not, so
// that a shared cache keeps the two apart.

#include <string>
#include <string_view>

#include "http/http_message.h"

namespace platewise::http {

inline constexpr std::size_t kMinGzipBytes = 1400;

// Whether an Accept-Encoding value admits gzip. A malformed q counts as 0.
bool AcceptsGzip(std::string_view accept_encoding);

// `response` as it goes to a client that sent `accept_encoding` (empty: no
// header, which admits no coding here).
Response CodeForClient(Response response, std::string_view accept_encoding);

// The gzip (RFC 1952) form of `data`.
std::string Gzip(std::string_view data);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_CONTENT_CODING_H_
