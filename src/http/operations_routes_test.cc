// GET /metrics is for loopback clients not behind a proxy, or the token;
// GET /readyz follows the server's readiness.

#include "http/operations_routes.h"

#include <gtest/gtest.h>

namespace platewise::http {
namespace {

class OperationsRoutesTest : public ::testing::Test {
 protected:
  Router RouterWith(const std::string& token) {
    Router router;
    AddOperationsRoutes(router, {metrics_, readiness_, token, nullptr});
    metrics_.AddRoutes(router);
    return router;
  }

  static Request Metrics(const std::string& peer) {
    Request req{"GET", "/metrics", {}, {}, ""};
    req.peer_address = peer;
    req.client_address = peer;
    return req;
  }

  ServerMetrics metrics_;
  Readiness readiness_;
};

constexpr char kToken[] = "0123456789abcdef0123";

TEST_F(OperationsRoutesTest, MetricsAreServedToLoopbackPeers) {
  Router router = RouterWith("");
  for (const char* peer : {"127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"}) {
    Request req = Metrics(peer);
    auto r = router.Dispatch(req);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << peer << ": " << r->body;
    EXPECT_EQ(r->content_type, "text/plain; version=0.0.4; charset=utf-8");
    EXPECT_NE(r->body.find("# TYPE platewise_http_requests_total counter"), std::string::npos);
  }
}

TEST_F(OperationsRoutesTest, MetricsAreRefusedToOtherPeersWithoutAToken) {
  Router router = RouterWith("");
  for (const char* peer : {"192.0.2.1", "::2", "10.0.0.1", "128.0.0.1"}) {
    Request req = Metrics(peer);
    auto r = router.Dispatch(req);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403) << peer;
    EXPECT_NE(r->body.find("only to clients on loopback"), std::string::npos) << r->body;
  }
}

// Through a reverse proxy on the same machine every peer is loopback: a
// request that names another client (X-Forwarded-For etc.) is not taken for
// a local one, from a trusted proxy or not.
TEST_F(OperationsRoutesTest, AProxiedRequestFromLoopbackIsNotALoopbackClient) {
  Router router = RouterWith(kToken);
  Request req = Metrics("127.0.0.1");
  req.forwarded = true;
  auto r = router.Dispatch(req);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403) << r->body;
  EXPECT_NE(r->body.find("metrics token"), std::string::npos) << r->body;
}

TEST_F(OperationsRoutesTest, TheTokenOpensMetricsToAnyClientAndAWrongOneIsRefused) {
  Router router = RouterWith(kToken);
  Request with = Metrics("192.0.2.1");
  with.forwarded = true;
  with.headers["authorization"] = std::string("Bearer ") + kToken;
  auto ok = router.Dispatch(with);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;

  for (const std::string& wrong : {std::string(kToken) + "x", std::string("0123456789abcdef0124"), std::string("x")}) {
    Request req = Metrics("192.0.2.1");
    req.headers["authorization"] = "Bearer " + wrong;
    auto r = router.Dispatch(req);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403) << wrong;
    EXPECT_NE(r->body.find("wrong metrics token"), std::string::npos) << r->body;
  }
  // Even from loopback a wrong token is refused rather than ignored.
  Request loopback = Metrics("127.0.0.1");
  loopback.headers["authorization"] = "Bearer nope-nope-nope-nope";
  EXPECT_EQ(router.Dispatch(loopback)->status, 403);
}

TEST_F(OperationsRoutesTest, ATokenSentToAServerWithoutOneDoesNotOpenMetrics) {
  Router router = RouterWith("");
  Request req = Metrics("192.0.2.1");
  req.headers["authorization"] = std::string("Bearer ") + kToken;
  EXPECT_EQ(router.Dispatch(req)->status, 403);
}

TEST_F(OperationsRoutesTest, ReadyzFollowsReadiness) {
  Router router = RouterWith("");
  Request req{"GET", "/readyz", {}, {}, ""};
  auto before = router.Dispatch(req);
  EXPECT_EQ(before->status, 503);
  readiness_.Set(true);
  EXPECT_EQ(router.Dispatch(req)->status, 200);
  readiness_.Set(false);  // draining
  EXPECT_EQ(router.Dispatch(req)->status, 503);
}

}  // namespace
}  // namespace platewise::http
