#ifndef PLATEWISE_HTTP_ENTRY_ETAG_H_
#define PLATEWISE_HTTP_ENTRY_ETAG_H_

// A diary entry's HTTP validator: its ETag, and the If-Match of an edit.
//
// The ETag is strong and is the entry's version (DiaryEntry::version, also in
// the entry's JSON as "version") in double quotes: `"17"`. Clients treat it as
// opaque; the web app builds it from the version of a diary day's entry.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/status.h"
#include "http/http_message.h"

namespace platewise::http {

// `"<version>"`.
std::string EntryETag(const DiaryEntry& entry);

// The request's If-Match (RFC 9110 13.1.1) as the versions an edit may apply
// to (EntryEdit::if_version_in): unset without the header or with `*` (any
// version of an entry that exists); else the versions its strong tags name.
// Weak tags and tags that are no entry's never match (strong comparison), so
// they add nothing, and a list of only those is an empty list: the edit is
// refused as stale. InvalidArgument (400) when the header is not `*` or a
// list of entity tags.
Result<std::optional<std::vector<std::int64_t>>> IfMatchVersions(const Request& req);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_ENTRY_ETAG_H_
