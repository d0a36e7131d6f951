#ifndef PLATEWISE_HTTP_REQUEST_USER_H_
#define PLATEWISE_HTTP_REQUEST_USER_H_

// Which user a request acts for. Every route that reads or writes user data
// calls RequireUser and passes the id to the repositories, which filter by it.
//
// Until accounts exist this is the single local user (kLocalUser) for every
// request; the accounts work replaces it with session and token checks
// (Unauthenticated -> 401) without changing the routes.

#include "core/diary/diary_entry.h"
#include "core/status.h"
#include "http/http_message.h"

namespace platewise::http {

inline Result<UserId> RequireUser(const Request& /*request*/) { return kLocalUser; }

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_REQUEST_USER_H_
