#include "http/content_coding.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <stdexcept>

#include "http/header_text.h"

namespace platewise::http {
namespace {

// The weight of one Accept-Encoding element's parameters ("q=0.5"): 1 when
// none, nullopt when malformed.
std::optional<double> Weight(std::string_view params) {
  double q = 1;
  while (!params.empty()) {
    const std::size_t semicolon = params.find(';');
    std::string_view param = TrimOws(params.substr(0, semicolon));
    params = semicolon == std::string_view::npos ? std::string_view() : params.substr(semicolon + 1);
    if (param.empty()) continue;
    const std::size_t eq = param.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    if (AsciiLower(std::string(TrimOws(param.substr(0, eq)))) != "q") continue;
    const std::string_view value = TrimOws(param.substr(eq + 1));
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), q);
    if (error != std::errc() || end != value.data() + value.size() || q < 0 || q > 1) return std::nullopt;
  }
  return q;
}

bool IsText(const std::string& content_type) {
  const std::string type = AsciiLower(content_type.substr(0, content_type.find(';')));
  return type.starts_with("text/") || type == "application/json" || type == "application/javascript" ||
         type == "image/svg+xml";
}

bool HasHeader(const Response& r, std::string_view name) {
  return std::any_of(r.headers.begin(), r.headers.end(),
                     [&](const auto& h) { return AsciiLower(h.first) == name; });
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
  std::optional<double> gzip, any;
  std::string_view rest = accept_encoding;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    std::string_view element = TrimOws(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    const std::size_t semicolon = element.find(';');
    const std::string coding = AsciiLower(std::string(TrimOws(element.substr(0, semicolon))));
    const double q = Weight(semicolon == std::string_view::npos ? "" : element.substr(semicolon + 1)).value_or(0);
    if (coding == "gzip" || coding == "x-gzip") gzip = q;
    if (coding == "*") any = q;
  }
  if (gzip) return *gzip > 0;
  return any && *any > 0;
}

std::string Gzip(std::string_view data) {
  z_stream z{};
  // windowBits 15 + 16: a gzip header and trailer; level 6, zlib's default.
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("gzip: deflateInit2 failed");
  }
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (status != Z_STREAM_END) throw std::runtime_error("gzip: deflate did not finish");
  return out;
}

Response CodeForClient(Response response, std::string_view accept_encoding) {
  if (!IsText(response.content_type)) return response;
  response.headers.emplace_back("Vary", "Accept-Encoding");
  if (response.body.size() < kMinGzipBytes || HasHeader(response, "content-encoding") ||
      HasHeader(response, "etag") || !AcceptsGzip(accept_encoding)) {
    return response;
  }
  response.body = Gzip(response.body);
  response.headers.emplace_back("Content-Encoding", "gzip");
  return response;
}

}  // namespace platewise::http
