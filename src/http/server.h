#ifndef PLATEWISE_HTTP_SERVER_H_
#define PLATEWISE_HTTP_SERVER_H_

// The HTTP/1.1 server (Boost.Beast on Asio): keep-alive connections served by
// a small pool of threads, each thread with its own event loop and each
// connection kept on one of them. Requests go to
// the Router; paths under /api/ that no route knows get a JSON 404; every
// other GET goes to the static files of the web app.
//
// Limits: request bodies over `body_limit` bytes get 413, headers over 16 KiB
// or malformed requests get 400, and a connection idle for 30 s is closed.
// When accepting fails (out of file descriptors) the server waits and tries
// again, saying so once on stderr (http/accept_backoff.h), and keeps serving
// the connections it has.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "http/router.h"
#include "http/static_files.h"

namespace platewise::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (see HttpServer::port)
  int threads = 4;
  std::size_t body_limit = 1 << 20;
  // Peers (canonical IP text) whose X-Forwarded-For names the client: the
  // client is its rightmost address that is not itself a trusted proxy.
  // From any other peer the header is ignored and the peer is the client.
  std::vector<std::string> trusted_proxies;
};

// `text` as an IP address in canonical form ("::ffff:127.0.0.1" stays as
// written by the system), or nullopt when it is not an IP address.
std::optional<std::string> CanonicalAddress(const std::string& text);

class HttpServer {
 public:
  // `router` and `files` must outlive the server.
  HttpServer(ServerOptions options, const Router& router, const StaticFiles& files);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and listens; Unavailable when the address cannot be used.
  Status Listen();
  // The port actually bound. REQUIRES: Listen() succeeded.
  std::uint16_t port() const;
  // Serves until Stop() is called or the process gets SIGINT or SIGTERM, then
  // stops accepting, closes connections and returns.
  void Run();
  // Thread-safe; may be called from any thread.
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_SERVER_H_
