#include "http/entry_etag.h"

#include <charconv>

#include "http/header_text.h"

namespace platewise::http {
namespace {

// The version an opaque tag names, if it is one EntryETag writes: decimal
// digits without a leading zero, positive, in range.
std::optional<std::int64_t> VersionOf(const std::string& opaque) {
  if (opaque.empty() || opaque[0] == '0') return std::nullopt;
  std::int64_t v = 0;
  const char* end = opaque.data() + opaque.size();
  auto [ptr, ec] = std::from_chars(opaque.data(), end, v);
  if (ec != std::errc() || ptr != end || v <= 0) return std::nullopt;
  return v;
}

}  // namespace

std::string EntryETag(const DiaryEntry& entry) {
  std::string tag(1, '"');
  tag += std::to_string(entry.version);
  tag += '"';
  return tag;
}

Result<std::optional<std::vector<std::int64_t>>> IfMatchVersions(const Request& req) {
  auto header = req.headers.find("if-match");
  if (header == req.headers.end()) return std::optional<std::vector<std::int64_t>>();
  const std::string_view value = TrimOws(header->second);
  if (value == "*") return std::optional<std::vector<std::int64_t>>();
  auto tags = ParseEntityTagList(value);
  if (!tags) {
    return Status::InvalidArgument(
        "If-Match must be * or a list of entity tags in double quotes, such as the entry's ETag \"17\"");
  }
  std::vector<std::int64_t> versions;
  for (const EntityTag& tag : *tags) {
    if (tag.weak) continue;  // a weak tag never matches strongly
    if (auto v = VersionOf(tag.opaque)) versions.push_back(*v);
  }
  return std::optional<std::vector<std::int64_t>>(std::move(versions));
}

}  // namespace platewise::http
