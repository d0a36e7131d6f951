#ifndef PLATEWISE_HTTP_HEADER_TEXT_H_
#define PLATEWISE_HTTP_HEADER_TEXT_H_

// Small text rules of HTTP header values (RFC 9110 5.6): optional whitespace
// around a value or list element is spaces and tabs; names, media types and
// most tokens compare case-insensitively (ASCII).

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace platewise::http {

// `text` without leading and trailing spaces and tabs.
inline std::string_view TrimOws(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// `text` with ASCII letters in lower case.
inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An entity tag (RFC 9110 8.8.3): the characters between its double quotes,
// and whether it was marked weak ("W/").
struct EntityTag {
  std::string opaque;
  bool weak = false;
};

// The entity tags of a list of them, as If-Match and If-None-Match carry
// (RFC 9110 5.6.1, 8.8.3): `W/"x", "y"`; optional whitespace around each
// element, empty elements skipped. Nullopt when an element is not an entity
// tag (unquoted, a stray character, a control character or `"` inside) or
// when there is no tag at all. "*" is not a list: callers test for it first.
inline std::optional<std::vector<EntityTag>> ParseEntityTagList(std::string_view text) {
  std::vector<EntityTag> tags;
  std::size_t i = 0;
  auto skip_ows = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  };
  while (true) {
    skip_ows();
    if (i == text.size()) break;
    if (text[i] == ',') {  // an empty element
      ++i;
      continue;
    }
    EntityTag tag;
    if (text.substr(i, 2) == "W/") {
      tag.weak = true;
      i += 2;
    }
    if (i == text.size() || text[i] != '"') return std::nullopt;
    ++i;
    // etagc: %x21 / %x23-7E / obs-text (%x80-FF)
    while (i < text.size() && text[i] != '"') {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x21 || c == 0x7F) return std::nullopt;
      tag.opaque.push_back(text[i++]);
    }
    if (i == text.size()) return std::nullopt;  // no closing quote
    ++i;
    tags.push_back(std::move(tag));
    skip_ows();
    if (i == text.size()) break;
    if (text[i] != ',') return std::nullopt;
    ++i;
  }
  if (tags.empty()) return std::nullopt;
  return tags;
}

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_HEADER_TEXT_H_
