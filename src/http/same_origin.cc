#include "http/same_origin.h"

#include <string>

#include "http/header_text.h"

namespace platewise::http {
namespace {

// "host:port" with the scheme's default port written out, lower case.
std::string WithPort(std::string host, const std::string& scheme) {
  host = AsciiLower(host);
  const bool has_port = host.rfind(':') != std::string::npos && host.back() != ']';
  if (!has_port) host += scheme == "https" ? ":443" : ":80";
  return host;
}

}  // namespace

Status RequireSameOrigin(const Request& req) {
  const std::string fetch_site = AsciiLower(req.Header("sec-fetch-site"));
  if (fetch_site == "cross-site" || fetch_site == "same-site") {
    return Status::Forbidden("sign-up and sign-in are refused from another site's page");
  }
  const std::string origin = req.Header("origin");
  if (origin.empty()) return Status::Ok();
  const auto scheme_end = origin.find("://");
  if (origin == "null" || scheme_end == std::string::npos) {
    return Status::Forbidden("sign-up and sign-in are refused from an origin of \"" + origin + "\"");
  }
  const std::string scheme = AsciiLower(origin.substr(0, scheme_end));
  const std::string origin_host = origin.substr(scheme_end + 3);
  const std::string host = req.Header("host");
  if (host.empty() || WithPort(origin_host, scheme) != WithPort(host, scheme)) {
    return Status::Forbidden("sign-up and sign-in are refused from another site (" + origin + ")");
  }
  return Status::Ok();
}

}  // namespace platewise::http
