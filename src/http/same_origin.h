#ifndef PLATEWISE_HTTP_SAME_ORIGIN_H_
#define PLATEWISE_HTTP_SAME_ORIGIN_H_

// Sign-up and sign-in refuse requests sent by a page of another site (login
// CSRF: a foreign page signing the visitor in to an account the attacker
// controls, to read what they then log). Browsers send Origin on every POST
// and Sec-Fetch-Site on every request; API clients (curl, scripts) send
// neither and are not affected.

#include "core/status.h"
#include "http/http_message.h"

namespace platewise::http {

// Forbidden when Origin is present and names another host and port than the
// request's Host (or is "null"), or when Sec-Fetch-Site is "cross-site" or
// "same-site" (a sibling subdomain is another site's page too).
Status RequireSameOrigin(const Request& req);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_SAME_ORIGIN_H_
