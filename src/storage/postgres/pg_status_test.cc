// SQLSTATE -> Status (pg_status.h) and the array literals of pg_arrays.h,
// which need no server.

#include <gtest/gtest.h>

#include "storage/postgres/pg_arrays.h"
#include "storage/postgres/pg_status.h"

namespace platewise::postgres {
namespace {

TEST(PgStatus, SqlStatesMapToTheKindsOfStatus) {
  const struct {
    const char* sqlstate;
    StatusCode code;
  } cases[] = {
      {"23505", StatusCode::kConflict},     // unique violation
      {"23503", StatusCode::kConflict},     // foreign key violation: an account that does not exist
      {"23514", StatusCode::kConflict},     // check violation
      {"40001", StatusCode::kUnavailable},  // serialization failure (after the retries)
      {"40P01", StatusCode::kUnavailable},  // deadlock (after the retries)
      {"08006", StatusCode::kUnavailable},  // connection failure
      {"53100", StatusCode::kUnavailable},  // disk full
      {"53300", StatusCode::kUnavailable},  // too many connections
      {"57P01", StatusCode::kUnavailable},  // administrator shutdown
      {"55P03", StatusCode::kUnavailable},  // lock not available
      {"", StatusCode::kUnavailable},       // no answer: the connection was lost
      {"42601", StatusCode::kInternal},     // syntax error: our bug
      {"22P02", StatusCode::kInternal},     // invalid text representation: our bug
  };
  for (const auto& c : cases) {
    Status s = StatusForSqlState(c.sqlstate, "message");
    EXPECT_EQ(s.code(), c.code) << c.sqlstate;
    EXPECT_NE(s.message().find("message"), std::string::npos) << c.sqlstate;
  }
}

TEST(PgStatus, OnlySerializationFailuresAndDeadlocksAreRetried) {
  EXPECT_TRUE(IsRetryableSqlState("40001"));
  EXPECT_TRUE(IsRetryableSqlState("40P01"));
  for (const char* other : {"", "23505", "40002", "08006", "57P01"}) EXPECT_FALSE(IsRetryableSqlState(other)) << other;
}

TEST(PgArrays, EveryElementIsQuotedAndEscaped) {
  ArrayLiteral a;
  a.Add(std::string_view("plain"));
  a.Add(std::string_view("a \"quote\", a \\ and {braces}"));
  a.Add(std::string_view(""));
  a.AddNull();
  EXPECT_EQ(a.Text(), R"({"plain","a \"quote\", a \\ and {braces}","",NULL})");
  EXPECT_EQ(TextArray({}), "{}");
}

TEST(PgArrays, NumbersAreWrittenExactly) {
  ArrayLiteral a;
  a.Add(0.1);
  a.Add(std::optional<double>());
  a.Add(42LL);
  EXPECT_EQ(a.Text(), "{0.10000000000000001,NULL,42}");
}

}  // namespace
}  // namespace platewise::postgres
