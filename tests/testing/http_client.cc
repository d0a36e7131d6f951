#include "testing/http_client.h"

namespace platewise::testing {

namespace bhttp = boost::beast::http;

std::string HttpResult::header(const std::string& name) const {
  auto it = fields.find(name);
  return it == fields.end() ? std::string() : std::string(it->value());
}

HttpClient::HttpClient(int port) : stream_(ioc_), host_("127.0.0.1:" + std::to_string(port)) {
  stream_.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"),
                                                 static_cast<unsigned short>(port)));
}

void HttpClient::SetHeader(const std::string& name, const std::string& value) {
  std::erase_if(headers_, [&](const auto& h) { return h.first == name; });
  if (!value.empty()) headers_.emplace_back(name, value);
}

HttpResult HttpClient::Request(const std::string& method, const std::string& target, const std::string& body,
                               const std::string& content_type) {
  bhttp::request<bhttp::string_body> req(bhttp::string_to_verb(method), target, 11);
  req.set(bhttp::field::host, host_);  // as browsers send it: with the port
  req.keep_alive(true);
  for (const auto& [name, value] : headers_) req.set(name, value);
  if (!body.empty()) {
    req.set(bhttp::field::content_type, content_type);
    req.body() = body;
  }
  req.prepare_payload();
  bhttp::write(stream_, req);
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  parser.skip(method == "HEAD");
  bhttp::read(stream_, buffer_, parser);
  const auto& res = parser.get();
  HttpResult r;
  r.status = res.result_int();
  r.body = res.body();
  r.content_type = std::string(res[bhttp::field::content_type]);
  r.keep_alive = res.keep_alive();
  r.fields = res.base();
  return r;
}

}  // namespace platewise::testing
