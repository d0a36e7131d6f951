// Bytes off the wire, read as `serve` reads them: Beast's parser with the
// server's limits, the framing refusals and the target's decoding
// (http/request_reading.h), then the request dispatched to the API of a
// fresh ApiWorld (api_world.h), signed in as its user when the request
// brings no Authorization of its own. Covers what no JSON body reaches:
// paths, percent-escapes, query parameters of every GET route, headers.
//
// A request that parses must be read with lower-case header names, and no
// answer may be a 500.

#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>

#include <cctype>
#include <string>

#include "api_world.h"
#include "fuzz_target.h"
#include "http/request_reading.h"
#include "http/server.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace bhttp = boost::beast::http;
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(platewise::http::kHeaderLimit);
  parser.body_limit(platewise::http::ServerOptions{}.body_limit);
  parser.eager(true);
  boost::beast::error_code ec;
  std::size_t used = 0;
  while (used < size && !parser.is_done()) {
    const std::size_t n = parser.put(boost::asio::const_buffer(data + used, size - used), ec);
    used += n;
    if (ec == bhttp::error::need_more) {
      ec = {};
      break;  // the input ends here: as a client that stops sending
    }
    if (ec || n == 0) break;
  }
  if (!ec && !parser.is_done() && parser.is_header_done()) parser.put_eof(ec);
  if (ec || !parser.is_header_done()) return 0;  // the server answers 400 or waits: nothing of ours ran
  const auto& msg = parser.get();
  if (platewise::http::FramingRefusal(msg)) return 0;
  if (!parser.is_done()) return 0;

  platewise::http::Request req;
  if (!platewise::http::RequestFromWire(msg, req)) return 0;  // 400 malformed URL
  for (const auto& [name, value] : req.headers) {
    for (char c : name) FUZZ_CHECK(!std::isupper(static_cast<unsigned char>(c)), "header names are lower case");
  }
  const platewise::fuzz::ApiWorld world;
  if (!req.headers.count("authorization")) req.headers["authorization"] = world.Authorization();
  const auto response = world.Dispatch(req);
  FUZZ_CHECK(response.status != 500, (req.method + " " + req.path + " answered 500: " + response.body).c_str());
  return 0;
}
