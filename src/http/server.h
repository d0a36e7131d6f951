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
//
// Each answered request is counted (http/server_metrics.h) and, with an
// access log, written to it (http/access_log.h). On SIGTERM or SIGINT it
// drains: it stops accepting, is no longer ready (http/readiness.h), closes
// the connections that wait for a request, finishes the requests in flight
// (each answered with Connection: close) and returns once every connection
// has closed, or after `drain_timeout` with whatever is left cut off. A
// second signal stops it at once.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "http/access_log.h"
#include "http/readiness.h"
#include "http/router.h"
#include "http/server_metrics.h"
#include "http/static_files.h"

namespace platewise::http {

// A route whose request body is streamed to a file instead of held in
// memory (an import's upload): requests of `method` to exactly `path` (no
// pattern) may send up to `body_limit` bytes, more than the normal limit;
// the body goes to a new file of mode 0600 in `folder` (which must exist, and
// should be private to the server), named in Request::body_file. A body over
// the limit is 413 naming it, said before any of it is read when
// Content-Length tells. An `Expect: 100-continue` is answered before reading.
struct FileUpload {
  std::string method;
  std::string path;
  std::uint64_t body_limit = 0;
  std::string folder;
  // Looks at the request (method, target and headers; no body yet) before
  // any byte of its body is stored: the answer to send instead (401 for a
  // request that is not signed in), or nullopt to take the body. Empty: take it.
  std::function<std::optional<Response>(Request&)> admit;
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (see HttpServer::port)
  int threads = 4;
  std::size_t body_limit = 1 << 20;  // every route's but the file uploads'
  std::vector<FileUpload> file_uploads;
  // Peers (canonical IP text) whose X-Forwarded-For names the client: the
  // client is its rightmost address that is not itself a trusted proxy.
  // From any other peer the header is ignored and the peer is the client.
  // X-Forwarded-Proto (its last element) is believed from them alone: a
  // request whose trusted proxy says "https" has Request::https set.
  std::vector<std::string> trusted_proxies;
  std::chrono::milliseconds drain_timeout{10000};
  // Not owned; each must outlive the server. Without `metrics` the server
  // counts into its own (so every server pays the same for them).
  ServerMetrics* metrics = nullptr;
  Readiness* readiness = nullptr;
  AccessLog* access_log = nullptr;  // null: no access log
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
  // Serves until Stop() is called, or until the process gets SIGINT or
  // SIGTERM and the drain is over (above).
  void Run();
  // Stops at once: stops accepting, closes connections and Run returns.
  // Thread-safe; may be called from any thread.
  void Stop();
  // Drains as on SIGTERM. Thread-safe.
  void Drain();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_SERVER_H_
