// Storage failures reach clients as what they are: a busy database or a full
// disk is 503 and a broken constraint 409, each with the JSON error body;
// only an internal error is a 500.

#include "http/error_response.h"

#include <gtest/gtest.h>

namespace platewise::http {
namespace {

struct Case {
  Status status;
  int http;
  const char* code;
};

TEST(ErrorResponseStorageTest, StorageErrorsBecome503Or409WithAJsonBody) {
  for (const Case& c : {Case{Status::Unavailable("database is busy"), 503, "unavailable"},
                        Case{Status::Unavailable("database or disk is full"), 503, "unavailable"},
                        Case{Status::Conflict("constraint failed"), 409, "conflict"},
                        Case{Status::PreconditionFailed("diary entry 7 has changed"), 412, "precondition_failed"}}) {
    Response r = ErrorResponse(c.status);
    EXPECT_EQ(r.status, c.http) << c.status.message();
    EXPECT_EQ(r.content_type, "application/json");
    auto body = nlohmann::json::parse(r.body);
    EXPECT_EQ(body["error"]["code"], c.code);
    EXPECT_EQ(body["error"]["message"], c.status.message());
  }
}

TEST(ErrorResponseStorageTest, OnlyAnInternalErrorIsA500) {
  for (StatusCode code : {StatusCode::kInvalidArgument, StatusCode::kNotFound, StatusCode::kConflict,
                          StatusCode::kUnavailable, StatusCode::kUnauthenticated, StatusCode::kForbidden,
                          StatusCode::kTooManyRequests, StatusCode::kUnprocessable, StatusCode::kPreconditionFailed}) {
    EXPECT_NE(HttpStatusFor(code), 500) << StatusCodeName(code);
    EXPECT_GE(HttpStatusFor(code), 400) << StatusCodeName(code);
  }
  EXPECT_EQ(HttpStatusFor(StatusCode::kInternal), 500);
}

}  // namespace
}  // namespace platewise::http
