#include "http/server.h"

#include <sys/resource.h>
#include <unistd.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <exception>
#include <limits>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/ports/database_time.h"
#include "core/ports/fresh_reads.h"
#include "http/accept_backoff.h"
#include "http/content_coding.h"
#include "http/error_response.h"
#include "http/header_text.h"
#include "http/request_reading.h"

namespace platewise::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr auto kIdleTimeout = std::chrono::seconds(30);
constexpr auto kLingerTimeout = std::chrono::seconds(2);
constexpr std::size_t kLingerBytes = 16 << 20;
// No inline script or style, no plugins, no framing, forms and fetches to
// this origin only (the web app's own files pass; web_e2e runs under it).
constexpr char kContentSecurityPolicy[] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// The soft RLIMIT_NOFILE, for the log line when descriptors run out.
std::uint64_t SoftOpenFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 0;
  return limit.rlim_cur;
}

// One line on standard error, written at once.
void LogLine(const std::string& line) { std::cerr << (line + "\n") << std::flush; }

class Session;

// The open connections, so that a drain can close those that wait for a
// request. A lock per connection opened and closed, none per request.
class SessionRegistry {
 public:
  void Add(Session* raw, std::weak_ptr<Session> session) {
    std::lock_guard lock(mutex_);
    sessions_.emplace(raw, std::move(session));
  }
  void Remove(Session* raw) {
    std::lock_guard lock(mutex_);
    sessions_.erase(raw);
  }
  std::vector<std::weak_ptr<Session>> All() {
    std::lock_guard lock(mutex_);
    std::vector<std::weak_ptr<Session>> out;
    for (auto& [raw, session] : sessions_) out.push_back(session);
    return out;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions_;  // guarded by mutex_
};

struct Services {
  const Router& router;
  const StaticFiles& files;
  std::size_t body_limit;
  const std::vector<FileUpload>& file_uploads;
  const std::vector<std::string>& trusted_proxies;
  ServerMetrics& metrics;
  AccessLog* access_log;
  const std::atomic<bool>& draining;
  SessionRegistry& sessions;
};

bool Trusted(const Services& s, const std::string& address) {
  return std::find(s.trusted_proxies.begin(), s.trusted_proxies.end(), address) != s.trusted_proxies.end();
}

// The client of a request from `peer`: the peer itself, unless it is a trusted
// proxy, then the rightmost X-Forwarded-For address that is not a trusted
// proxy (the leftmost ones are whatever the client chose to send).
std::string ClientAddress(const Services& s, const std::string& peer, const std::string& forwarded_for) {
  if (forwarded_for.empty() || !Trusted(s, peer)) return peer;
  std::string client = peer;
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    auto comma = rest.rfind(',');
    std::string_view last = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    auto address = CanonicalAddress(std::string(TrimOws(last)));
    if (!address) return client;  // not an address: stop at what is known
    client = *address;
    if (!Trusted(s, client)) return client;
  }
  return client;
}

// The last element of a list-valued header ("https, http" -> "http"): the
// one the nearest proxy added.
std::string_view LastElement(std::string_view value) {
  auto comma = value.rfind(',');
  return TrimOws(comma == std::string_view::npos ? value : value.substr(comma + 1));
}

// Who sent `req` (the fields of Request that say so are set here only).
void SetSender(const Services& s, const std::string& peer, Request& req) {
  req.peer_address = peer;
  req.forwarded = req.headers.count("x-forwarded-for") || req.headers.count("forwarded") ||
                  req.headers.count("x-real-ip");
  req.client_address = ClientAddress(s, peer, req.Header("x-forwarded-for"));
  req.https = Trusted(s, peer) && AsciiLower(LastElement(req.Header("x-forwarded-proto"))) == "https";
}

// The metrics' and the access log's route label of an answered request.
std::string_view RouteLabel(const Request& req, bool parsed) {
  if (!parsed) return ServerMetrics::kMalformed;
  if (!req.route.empty()) return req.route;
  const bool api = req.path == "/api" || req.path.starts_with("/api/");
  if (!api && (req.method == "GET" || req.method == "HEAD")) return ServerMetrics::kStaticFiles;
  return ServerMetrics::kNoRoute;
}

bool HasHeader(const Response& r, beast::string_view name) {
  return std::any_of(r.headers.begin(), r.headers.end(),
                     [&](const auto& h) { return beast::iequals(h.first, name); });
}

// API answers are personal (a diary, an export, tokens) unless a route says
// otherwise: no cache, shared or private, keeps a copy.
Response NotStored(Response r) {
  if (!HasHeader(r, "Cache-Control")) r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

// The upload route `msg` is for, if it is one (method and exact path; the
// target's query is not part of the path).
const FileUpload* UploadFor(const Services& s, const WireRequest& msg) {
  const std::string_view target = Std(msg.target());
  const std::string_view path = target.substr(0, target.find('?'));
  for (const FileUpload& upload : s.file_uploads) {
    if (Std(msg.method_string()) == upload.method && path == upload.path) return &upload;
  }
  return nullptr;
}

// A new empty file of mode 0600 in `folder`; its path, or "" when it cannot
// be made.
std::string NewUploadFile(const std::string& folder) {
  std::string path = folder + "/upload-XXXXXX";
  const int fd = ::mkstemp(path.data());  // O_EXCL, mode 0600
  if (fd < 0) return "";
  ::close(fd);
  return path;
}

Response Handle(const Services& s, Request& req) {
  // Every write acknowledged before this request, by any server, is seen by
  // it; each version stamp it needs is read once (core/ports/fresh_reads.h).
  const FreshReadsScope fresh_reads;
  try {
    if (auto r = s.router.Dispatch(req)) return NotStored(*std::move(r));
    if (req.path == "/api" || req.path.starts_with("/api/")) {
      return NotStored(ErrorResponse(404, "not_found", "no API route " + req.method + " " + req.path));
    }
    if (req.method == "GET" || req.method == "HEAD") {
      if (auto r = s.files.Serve(req.path)) return *r;
    }
    return ErrorResponse(404, "not_found", "nothing at " + req.path);
  } catch (const std::exception& e) {
    return ErrorResponse(Status::Internal(std::string("unexpected error: ") + e.what()));
  }
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, const Services& services) : stream_(std::move(socket)), services_(services) {
    services_.metrics.ConnectionOpened();
  }
  ~Session() {
    EndUpload();
    EndRequest();
    services_.sessions.Remove(this);
    services_.metrics.ConnectionClosed();
  }

  void Start() {
    beast::error_code ec;
    auto peer = stream_.socket().remote_endpoint(ec);
    if (!ec) peer_address_ = peer.address().to_string();  // once: it cannot change on a connection
    services_.sessions.Add(this, weak_from_this());
    ReadRequest();
  }

  // On this session's loop, when the server drains: a connection that waits
  // for its next request, with none of it received, is closed; one in the
  // middle of a request finishes it and closes after the answer.
  void CloseIfIdle() {
    if (awaiting_request_ && buffer_.size() == 0) Close();
  }
  asio::any_io_executor executor() { return stream_.get_executor(); }

 private:
  void ReadRequest() {
    if (services_.draining.load(std::memory_order_relaxed)) return Close();
    awaiting_request_ = true;
    parser_.emplace();
    // Beast would refuse a Content-Length over the limit as soon as it has
    // the header, before the route (an upload's limit is another) is known:
    // the header is read with no limit, and OnHeader applies the route's
    // own before any byte of the body is parsed. (Not boost::none: Boost
    // 1.74 compares a Content-Length greater than "none" and refuses it.)
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    parser_->header_limit(kHeaderLimit);
    stream_.expires_after(kIdleTimeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
  }

  // The framing is checked before any body is read: a request whose body
  // length two parsers could read differently is refused and its connection
  // closed, so no byte of it can be taken for another request.
  void OnHeader(beast::error_code ec) {
    awaiting_request_ = false;
    StartRequest();
    if (!ec) {
      if (auto refusal = FramingRefusal(parser_->get())) {
        Record(Std(parser_->get().method_string()), ServerMetrics::kMalformed, 400, std::nullopt, 0);
        return Send(ErrorResponse(400, "bad_request", *refusal), false, 11);
      }
      if (const FileUpload* upload = UploadFor(services_, parser_->get())) return StartUpload(*upload);
      if (auto length = parser_->content_length(); length && *length > services_.body_limit) {
        return OnRead(bhttp::error::body_limit);
      }
      parser_->body_limit(services_.body_limit);  // a chunked body's bytes count against it as they come
      if (parser_->is_done()) return OnRead(ec);
    }
    if (ec) return OnRead(ec);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      return Close();
    }
    if (ec) Record(Std(parser_->get().method_string()), ServerMetrics::kMalformed, ec == bhttp::error::body_limit ? 413 : 400, std::nullopt, 0);
    if (ec == bhttp::error::body_limit) {
      return Send(ErrorResponse(413, "payload_too_large",
                                "request body is larger than " + std::to_string(services_.body_limit) + " bytes"),
                  false, 11);
    }
    if (ec) return Send(ErrorResponse(400, "bad_request", "malformed HTTP request: " + ec.message()), false, 11);

    const auto& msg = parser_->get();
    Request req;
    const bool parsed = RequestFromWire(msg, req);
    Answer(std::move(req), parsed, std::string(msg.target()), msg.method() == bhttp::verb::head, msg.keep_alive(),
           msg.version());
  }

  // Dispatches a request read whole and sends its answer.
  void Answer(Request req, bool parsed, const std::string& target, bool head, bool wants_keep_alive,
              unsigned version) {
    SetSender(services_, peer_address_, req);
    Response resp;
    std::int64_t database_ns = 0;
    {
      const DatabaseTimeScope database_time;
      resp = parsed ? Handle(services_, req) : ErrorResponse(400, "bad_request", "malformed URL: " + target);
      database_ns = database_time.nanoseconds();
    }
    std::optional<UserId> user;
    if (req.auth.via != RequestAuth::Via::kNone) user = req.auth.user;
    Record(req.method, RouteLabel(req, parsed), resp.status, user, database_ns, req.client_address);
    resp = CodeForClient(std::move(resp), req.Header("accept-encoding"));
    if (head) resp.body.clear();
    // Draining: this is the connection's last answer.
    const bool keep_alive = wants_keep_alive && !services_.draining.load(std::memory_order_relaxed);
    Send(std::move(resp), keep_alive, version);
  }

  // A file upload's body (ServerOptions::file_uploads): refused at once when
  // Content-Length says it is over the limit; else streamed to a new private
  // file, chunk by chunk, each chunk within the idle timeout (a large file
  // may take longer than 30 s in all).
  void StartUpload(const FileUpload& upload) {
    auto& header = parser_->get();
    const std::string method(header.method_string());
    upload_limit_ = upload.body_limit;
    if (upload.admit) {
      // Who sends it is known from the headers: a request that may not
      // upload is answered before a byte of its body is written to disk.
      Request req;
      req.method = method;
      for (const auto& field : header) req.headers[AsciiLower(Std(field.name_string()))] = std::string(field.value());
      const bool parsed = ParseTarget(Std(header.target()), req);
      if (auto refusal = parsed ? upload.admit(req) : std::nullopt) {
        const int status = refusal->status;
        Record(method, upload.path, status, std::nullopt, 0);
        return Send(std::move(*refusal), false, 11);
      }
    }
    if (auto length = parser_->content_length(); length && *length > upload.body_limit) {
      return RefuseUpload(method);
    }
    upload_path_ = NewUploadFile(upload.folder);
    if (upload_path_.empty()) {
      Record(method, ServerMetrics::kMalformed, 503, std::nullopt, 0);
      return Send(ErrorResponse(503, "unavailable", "the server cannot store an upload now"), false, 11);
    }
    const bool expects_continue = beast::iequals(header[bhttp::field::expect], "100-continue");
    file_parser_.emplace(std::move(*parser_));
    parser_.reset();
    file_parser_->body_limit(upload.body_limit);
    beast::error_code ec;
    file_parser_->get().body().open(upload_path_.c_str(), beast::file_mode::write, ec);
    if (ec) {
      EndUpload();
      Record(method, ServerMetrics::kMalformed, 503, std::nullopt, 0);
      return Send(ErrorResponse(503, "unavailable", "the server cannot store an upload now"), false, 11);
    }
    if (file_parser_->is_done()) return OnUploadRead({});
    if (!expects_continue) return ReadUpload();
    auto go_on = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
    bhttp::async_write(stream_, *go_on, [self = shared_from_this(), go_on](beast::error_code ec, std::size_t) {
      if (ec) return self->EndUpload(), self->Close();
      self->ReadUpload();
    });
  }

  void ReadUpload() {
    stream_.expires_after(kIdleTimeout);
    bhttp::async_read_some(stream_, buffer_, *file_parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (!ec && !self->file_parser_->is_done()) return self->ReadUpload();
      self->OnUploadRead(ec);
    });
  }

  void OnUploadRead(beast::error_code ec) {
    const std::string method(file_parser_->get().method_string());
    if (ec == bhttp::error::body_limit) return EndUpload(), RefuseUpload(method);
    if (ec) {
      EndUpload();
      if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
          ec == asio::error::connection_reset || ec == asio::error::eof) {
        return Close();
      }
      Record(method, ServerMetrics::kMalformed, 400, std::nullopt, 0);
      return Send(ErrorResponse(400, "bad_request", "malformed HTTP request: " + ec.message()), false, 11);
    }
    auto& msg = file_parser_->get();
    msg.body().close();
    Request req;
    req.method = method;
    for (const auto& field : msg) req.headers[AsciiLower(Std(field.name_string()))] = std::string(field.value());
    const bool parsed = ParseTarget(Std(msg.target()), req);
    req.body_file = upload_path_;
    const std::string target(msg.target());
    const bool keep_alive = msg.keep_alive();
    const unsigned version = msg.version();
    Answer(std::move(req), parsed, target, false, keep_alive, version);
    EndUpload();
  }

  void RefuseUpload(const std::string& method) {
    Record(method, ServerMetrics::kMalformed, 413, std::nullopt, 0);
    Send(ErrorResponse(413, "payload_too_large",
                       "the file is larger than the upload limit of " + std::to_string(upload_limit_) + " bytes (" +
                           std::to_string(upload_limit_ >> 20) + " MiB)"),
         false, 11);
  }

  // Removes what is left of the upload's file (the route may have taken it).
  void EndUpload() {
    if (file_parser_) {
      beast::error_code ignored;
      file_parser_->get().body().close();
      file_parser_.reset();
    }
    if (!upload_path_.empty()) std::remove(upload_path_.c_str());
    upload_path_.clear();
  }

  void StartRequest() {
    if (in_request_) return;
    in_request_ = true;
    request_start_ = std::chrono::steady_clock::now();
    services_.metrics.RequestStarted();
  }
  void EndRequest() {
    if (!in_request_) return;
    in_request_ = false;
    services_.metrics.RequestFinished();
  }

  // Counts the answer of the request begun at request_start_ and writes its
  // access log line; `client` empty: the connection's peer.
  void Record(std::string_view method, std::string_view route, int status, std::optional<UserId> user,
              std::int64_t database_ns, std::string_view client = {}) {
    const auto duration = std::chrono::steady_clock::now() - request_start_;
    const std::int64_t duration_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(duration).count();
    services_.metrics.RecordRequest(route, status, duration_ns, database_ns);
    EndRequest();
    if (services_.access_log == nullptr) return;
    AccessRecord record;
    record.unix_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    record.method = method;
    record.route = route;
    record.status = status;
    record.duration_ms = static_cast<double>(duration_ns) / 1e6;
    record.client = client.empty() ? std::string_view(peer_address_) : client;
    record.user = user;
    services_.access_log->Write(record);
  }

  void Send(Response r, bool keep_alive, unsigned version) {
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(r.status), version);
    res->set(bhttp::field::server, "platewise");
    res->set(bhttp::field::content_type, r.content_type);
    res->set("X-Content-Type-Options", "nosniff");
    // The web app loads only its own files and is never framed; links out
    // carry no Referer (it would name a diary date). Harmless on JSON.
    res->set("Content-Security-Policy", kContentSecurityPolicy);
    res->set("X-Frame-Options", "DENY");
    res->set("Referrer-Policy", "no-referrer");
    for (const auto& [name, value] : r.headers) res->set(name, value);
    res->body() = std::move(r.body);
    res->keep_alive(keep_alive);
    res->prepare_payload();
    bhttp::async_write(stream_, *res, [self = shared_from_this(), res, keep_alive](beast::error_code ec, std::size_t) {
      if (ec) return self->Close();
      if (!keep_alive) return self->LingeringClose();
      self->ReadRequest();  // closes instead when the server drains
    });
  }

  // After an answer that ends the connection, the client may still be sending
  // (a body over the limit): stop sending, then read and discard what comes
  // for a short while, so the client can finish writing and read the answer
  // instead of failing with a reset.
  void LingeringClose() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(kLingerTimeout);
    Drain();
  }

  void Drain() {
    stream_.async_read_some(asio::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > kLingerBytes) return self->Close();
      self->Drain();
    });
  }

  void Close() {
    EndRequest();
    awaiting_request_ = false;
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  // While a file upload's body is read (StartUpload): its parser and file.
  std::optional<bhttp::request_parser<bhttp::file_body>> file_parser_;
  std::string upload_path_;
  std::uint64_t upload_limit_ = 0;
  const Services& services_;
  std::array<char, 8192> discard_;
  std::size_t drained_ = 0;
  std::string peer_address_;
  bool awaiting_request_ = false;  // reading the header of a next request
  bool in_request_ = false;        // from its header read to its answer (or the connection's end)
  std::chrono::steady_clock::time_point request_start_;
};

}  // namespace

// One io_context per thread, each run by its own thread: a connection lives
// on one context for its whole life, so its handlers never run concurrently
// and never wake another thread (the usual single-context pool pays for
// cross-thread locking and wake-ups on every read and write). The acceptor
// deals new connections out round-robin.
class HttpServer::Impl {
 public:
  Impl(ServerOptions options, const Router& router, const StaticFiles& files)
      : options_(std::move(options)),
        own_metrics_(options_.metrics ? nullptr : MetricsOf(router)),
        metrics_(options_.metrics ? *options_.metrics : *own_metrics_),
        services_{router,
                  files,
                  options_.body_limit,
                  options_.file_uploads,
                  options_.trusted_proxies,
                  metrics_,
                  options_.access_log,
                  draining_,
                  sessions_},
        contexts_(MakeContexts(options_.threads)),
        acceptor_(*contexts_[0]),
        retry_timer_(*contexts_[0]),
        drain_timer_(*contexts_[0]),
        signals_(*contexts_[0], SIGINT, SIGTERM) {
    for (auto& ioc : contexts_) guards_.emplace_back(asio::make_work_guard(*ioc));
  }

  Status Listen() {
    beast::error_code ec;
    auto address = asio::ip::make_address(options_.host, ec);
    if (ec) return Status::InvalidArgument("cannot listen on \"" + options_.host + "\": not an IP address");
    tcp::endpoint endpoint(address, options_.port);
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
      return Status::Unavailable("cannot listen on " + options_.host + ":" + std::to_string(options_.port) + ": " +
                                 ec.message());
    }
    return Status::Ok();
  }

  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }

  void Run() {
    WaitForSignal();
    Accept();
    if (options_.readiness) options_.readiness->Set(true);
    std::vector<std::thread> pool;
    for (size_t i = 1; i < contexts_.size(); ++i) pool.emplace_back([this, i] { contexts_[i]->run(); });
    contexts_[0]->run();
    for (auto& t : pool) t.join();
  }

  void Drain() {
    asio::post(acceptor_.get_executor(), [this] { BeginDrain(); });
  }

  void Stop() {
    asio::post(acceptor_.get_executor(), [this] {
      if (options_.readiness) options_.readiness->Set(false);
      beast::error_code ignored;
      acceptor_.close(ignored);
      retry_timer_.cancel();
      drain_timer_.cancel();
      signals_.cancel(ignored);
      for (auto& guard : guards_) guard.reset();
      for (auto& ioc : contexts_) ioc->stop();
    });
  }

 private:
  using Context = asio::io_context;

  static std::unique_ptr<ServerMetrics> MetricsOf(const Router& router) {
    auto metrics = std::make_unique<ServerMetrics>();
    metrics->AddRoutes(router);
    return metrics;
  }

  // The first signal drains, a second one stops at once.
  void WaitForSignal() {
    signals_.async_wait([this](beast::error_code ec, int) {
      if (ec) return;
      if (draining_.load()) return Stop();
      BeginDrain();
      WaitForSignal();
    });
  }

  // On the acceptor's loop. No new connections; every loop closes its idle
  // ones; the rest close after their answer (ReadRequest and OnRead see
  // `draining_`); Run returns when none is left or the timeout is over.
  void BeginDrain() {
    if (draining_.exchange(true)) return;
    if (options_.readiness) options_.readiness->Set(false);
    beast::error_code ignored;
    acceptor_.close(ignored);
    retry_timer_.cancel();
    for (auto& weak : sessions_.All()) {
      if (auto session = weak.lock()) {
        asio::post(session->executor(), [session] { session->CloseIfIdle(); });
      }
    }
    drain_deadline_ = std::chrono::steady_clock::now() + options_.drain_timeout;
    WaitForDrained();
  }

  void WaitForDrained() {
    if (metrics_.connections() == 0) return Stop();
    if (std::chrono::steady_clock::now() >= drain_deadline_) {
      LogLine("platewise: drain timeout over with " + std::to_string(metrics_.connections()) +
              " connection(s) still open: closing them");
      return Stop();
    }
    drain_timer_.expires_after(std::chrono::milliseconds(20));
    drain_timer_.async_wait([this](beast::error_code ec) {
      if (!ec) WaitForDrained();
    });
  }

  static std::vector<std::unique_ptr<Context>> MakeContexts(int threads) {
    std::vector<std::unique_ptr<Context>> out;
    for (int i = 0; i < std::max(threads, 1); ++i) out.push_back(std::make_unique<Context>(1));
    return out;
  }

  // A failed accept (out of descriptors, above all) is retried after a wait,
  // never at once, and said once per run of failures: the rule and its
  // contract are AcceptBackoff's (http/accept_backoff.h). Open connections
  // are served meanwhile; new ones wait in the listen queue.
  void Accept() {
    Context& next = *contexts_[next_context_++ % contexts_.size()];
    acceptor_.async_accept(next, [this](beast::error_code ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted || !acceptor_.is_open()) return;
      if (ec) {
        int error_number = ec.category() == boost::system::system_category() ? ec.value() : 0;
        auto retry = backoff_.Failed(error_number, ec.message(), SoftOpenFileLimit());
        if (retry.log) LogLine(*retry.log);
        retry_timer_.expires_after(retry.wait);
        retry_timer_.async_wait([this](beast::error_code ec) {
          if (!ec && acceptor_.is_open()) Accept();
        });
        return;
      }
      if (auto line = backoff_.Succeeded()) LogLine(*line);
      beast::error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      std::make_shared<Session>(std::move(socket), services_)->Start();
      Accept();
    });
  }

  ServerOptions options_;
  std::unique_ptr<ServerMetrics> own_metrics_;  // when options_ brought none
  ServerMetrics& metrics_;
  std::atomic<bool> draining_{false};
  SessionRegistry sessions_;
  Services services_;
  std::vector<std::unique_ptr<Context>> contexts_;
  std::vector<asio::executor_work_guard<Context::executor_type>> guards_;
  std::size_t next_context_ = 0;  // only touched by the acceptor's handlers
  AcceptBackoff backoff_;         // likewise
  tcp::acceptor acceptor_;
  asio::steady_timer retry_timer_;  // the wait after a failed accept
  asio::steady_timer drain_timer_;  // checks whether the drain is over
  std::chrono::steady_clock::time_point drain_deadline_;  // only touched by the acceptor's handlers
  asio::signal_set signals_;
};

std::optional<std::string> CanonicalAddress(const std::string& text) {
  beast::error_code ec;
  auto address = asio::ip::make_address(text, ec);
  if (ec) return std::nullopt;
  return address.to_string();
}

HttpServer::HttpServer(ServerOptions options, const Router& router, const StaticFiles& files)
    : impl_(std::make_unique<Impl>(std::move(options), router, files)) {}
HttpServer::~HttpServer() = default;
Status HttpServer::Listen() { return impl_->Listen(); }
std::uint16_t HttpServer::port() const { return impl_->port(); }
void HttpServer::Run() { impl_->Run(); }
void HttpServer::Stop() { impl_->Stop(); }
void HttpServer::Drain() { impl_->Drain(); }

}  // namespace platewise::http
