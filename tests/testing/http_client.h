#ifndef PLATEWISE_TESTS_TESTING_HTTP_CLIENT_H_
#define PLATEWISE_TESTS_TESTING_HTTP_CLIENT_H_

// A blocking HTTP/1.1 client on one keep-alive connection to 127.0.0.1, for
// end-to-end tests of `platewise serve`.

// <utility> first: Boost 1.74 Asio uses std::exchange without including it.
#include <utility>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <string>
#include <vector>

namespace platewise::testing {

struct HttpResult {
  int status = 0;
  std::string body;
  std::string content_type;
  bool keep_alive = false;
  std::string header(const std::string& name) const;
  boost::beast::http::fields fields;
};

class HttpClient {
 public:
  explicit HttpClient(int port);
  HttpResult Request(const std::string& method, const std::string& target, const std::string& body = "",
                     const std::string& content_type = "application/json");
  HttpResult Get(const std::string& target) { return Request("GET", target); }
  // A header sent with every later request ("" removes it).
  void SetHeader(const std::string& name, const std::string& value);

 private:
  boost::asio::io_context ioc_;
  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::string host_;
  std::vector<std::pair<std::string, std::string>> headers_;
};

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_HTTP_CLIENT_H_
