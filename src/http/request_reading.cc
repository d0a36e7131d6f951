#include "http/request_reading.h"

#include "http/header_text.h"

namespace platewise::http {
namespace {

namespace bhttp = boost::beast::http;

}  // namespace

std::optional<std::string> FramingRefusal(const WireRequest& msg) {
  int codings = 0;
  for (const auto& field : msg) {
    if (field.name() != bhttp::field::transfer_encoding) continue;
    ++codings;
    if (AsciiLower(TrimOws(Std(field.value()))) != "chunked") {
      return "unsupported Transfer-Encoding \"" + std::string(field.value()) + "\": only \"chunked\" is accepted";
    }
  }
  if (codings > 1) return std::string("Transfer-Encoding is given more than once");
  if (codings == 1 && msg.find(bhttp::field::content_length) != msg.end()) {
    return std::string("a request may not have both Transfer-Encoding and Content-Length");
  }
  if (msg.version() >= 11 && msg.find(bhttp::field::host) == msg.end()) {
    return std::string("an HTTP/1.1 request needs a Host header");
  }
  return std::nullopt;
}

bool ParseTarget(std::string_view target, Request& req) {
  std::string raw_path(target.substr(0, target.find('?')));
  if (!UrlDecode(raw_path, req.path, false)) return false;
  if (auto q = target.find('?'); q != std::string_view::npos) {
    std::string_view query = target.substr(q + 1);
    while (!query.empty()) {
      size_t amp = query.find('&');
      std::string_view pair = query.substr(0, amp);
      query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
      if (pair.empty()) continue;
      size_t eq = pair.find('=');
      std::string key, value;
      if (!UrlDecode(std::string(pair.substr(0, eq)), key, true)) return false;
      if (eq != std::string_view::npos && !UrlDecode(std::string(pair.substr(eq + 1)), value, true)) return false;
      req.query[key] = value;
    }
  }
  return true;
}

bool RequestFromWire(const WireRequest& msg, Request& req) {
  req.method = std::string(msg.method_string());
  req.body = msg.body();
  for (const auto& field : msg) {
    req.headers[AsciiLower(Std(field.name_string()))] = std::string(field.value());
  }
  return ParseTarget(Std(msg.target()), req);
}

}  // namespace platewise::http
