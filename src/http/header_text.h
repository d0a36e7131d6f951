#ifndef PLATEWISE_HTTP_HEADER_TEXT_H_
#define PLATEWISE_HTTP_HEADER_TEXT_H_

// Small text rules of HTTP header values (RFC 9110 5.6): optional whitespace
// around a value or list element is spaces and tabs; names, media types and
// most tokens compare case-insensitively (ASCII).

#include <cctype>
#include <string>
#include <string_view>

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

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_HEADER_TEXT_H_
