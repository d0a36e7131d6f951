#include "http/router.h"

#include <gtest/gtest.h>

#include "http/error_response.h"

namespace platewise::http {
namespace {

Router MakeRouter() {
  Router r;
  r.Add("GET", "/api/v1/foods", [](const Request&) { return JsonResponse(200, {{"route", "list"}}); });
  r.Add("GET", "/api/v1/foods/{id}", [](const Request& q) { return JsonResponse(200, {{"id", q.params.at("id")}}); });
  r.Add("POST", "/api/v1/foods", [](const Request&) { return JsonResponse(201, {{"route", "create"}}); });
  return r;
}

TEST(RouterTest, DispatchesByMethodAndPattern) {
  Router r = MakeRouter();
  Request get{"GET", "/api/v1/foods/11457", {}, {}, ""};
  auto resp = r.Dispatch(get);
  ASSERT_TRUE(resp);
  EXPECT_EQ(resp->status, 200);
  EXPECT_EQ(nlohmann::json::parse(resp->body)["id"], "11457");

  Request post{"POST", "/api/v1/foods", {}, {}, ""};
  EXPECT_EQ(r.Dispatch(post)->status, 201);
  Request head{"HEAD", "/api/v1/foods", {}, {}, ""};
  EXPECT_EQ(r.Dispatch(head)->status, 200);
}

TEST(RouterTest, WrongMethodIs405WithAllowAndUnknownPathIsUnmatched) {
  Router r = MakeRouter();
  Request del{"DELETE", "/api/v1/foods", {}, {}, ""};
  auto resp = r.Dispatch(del);
  ASSERT_TRUE(resp);
  EXPECT_EQ(resp->status, 405);
  ASSERT_EQ(resp->headers.size(), 1u);
  EXPECT_EQ(resp->headers[0].second, "GET, POST");
  EXPECT_EQ(nlohmann::json::parse(resp->body)["error"]["code"], "method_not_allowed");

  Request other{"GET", "/api/v1/foods/1/extra", {}, {}, ""};
  EXPECT_FALSE(r.Dispatch(other));
}

TEST(ErrorResponseTest, MapsEveryStatusKindToOneHttpStatus) {
  EXPECT_EQ(ErrorResponse(Status::InvalidArgument("x")).status, 400);
  EXPECT_EQ(ErrorResponse(Status::NotFound("x")).status, 404);
  EXPECT_EQ(ErrorResponse(Status::Conflict("x")).status, 409);
  EXPECT_EQ(ErrorResponse(Status::Unavailable("x")).status, 503);
  EXPECT_EQ(ErrorResponse(Status::Internal("x")).status, 500);
  auto body = nlohmann::json::parse(ErrorResponse(Status::NotFound("no food")).body);
  EXPECT_EQ(body["error"]["code"], "not_found");
  EXPECT_EQ(body["error"]["message"], "no food");
}

TEST(UrlDecodeTest, DecodesEscapesAndRejectsBrokenOnes) {
  std::string out;
  EXPECT_TRUE(UrlDecode("chick%20bre+x", out, true));
  EXPECT_EQ(out, "chick bre x");
  EXPECT_TRUE(UrlDecode("a+b", out, false));
  EXPECT_EQ(out, "a+b");
  for (const char* bad : {"%", "%2", "%zz", "abc%4"}) EXPECT_FALSE(UrlDecode(bad, out, true)) << bad;
}

}  // namespace
}  // namespace platewise::http
