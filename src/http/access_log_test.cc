// The access log's lines, and that a slow output never holds up a request.

#include "http/access_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "testing/temp_dir.h"

namespace platewise::http {
namespace {

AccessRecord Sample() {
  AccessRecord r;
  r.unix_ms = 1'764'652'282'123;  // 2025-12-02T05:11:22.123Z
  r.method = "GET";
  r.route = "/api/v1/diary/{date}";
  r.status = 200;
  r.duration_ms = 0.41234;
  r.client = "203.0.113.9";
  r.user = 7;
  return r;
}

TEST(AccessLogTest, ALineHasTheTimeInUtcTheRouteTemplateStatusDurationClientAndUser) {
  auto line = nlohmann::json::parse(AccessLogLine(Sample()));
  EXPECT_EQ(line["time"], "2025-12-02T05:11:22.123Z");
  EXPECT_EQ(line["method"], "GET");
  EXPECT_EQ(line["route"], "/api/v1/diary/{date}");
  EXPECT_EQ(line["status"], 200);
  EXPECT_DOUBLE_EQ(line["duration_ms"].get<double>(), 0.412);
  EXPECT_EQ(line["client"], "203.0.113.9");
  EXPECT_EQ(line["user"], 7);
  EXPECT_EQ(line.size(), 7u);
}

TEST(AccessLogTest, ARequestNotSignedInHasNoUser) {
  AccessRecord r = Sample();
  r.user.reset();
  EXPECT_FALSE(nlohmann::json::parse(AccessLogLine(r)).contains("user"));
}

TEST(AccessLogTest, ByteSequencesThatAreNotUtf8DoNotStopTheLog) {
  AccessRecord r = Sample();
  r.method = "G\xff\xfeT";
  nlohmann::json line;
  EXPECT_NO_THROW(line = nlohmann::json::parse(AccessLogLine(r)));
  EXPECT_EQ(line["route"], "/api/v1/diary/{date}");
}

TEST(AccessLogTest, AFileGetsEveryLineWrittenBeforeItCloses) {
  testing::TempDir dir;
  const std::string path = dir.File("access.log");
  {
    auto log = AccessLog::Open(path);
    ASSERT_TRUE(log.ok()) << log.status().message();
    for (int i = 0; i < 1000; ++i) (*log)->Write(Sample());
  }
  std::ifstream in(path);
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    EXPECT_EQ(nlohmann::json::parse(line)["route"], "/api/v1/diary/{date}");
    ++lines;
  }
  EXPECT_EQ(lines, 1000);
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);  // it says who used the server when
}

TEST(AccessLogTest, APathThatCannotBeOpenedIsAClearError) {
  auto log = AccessLog::Open("/nonexistent-folder/access.log");
  ASSERT_FALSE(log.ok());
  EXPECT_NE(log.status().message().find("cannot open the access log /nonexistent-folder/access.log"),
            std::string::npos)
      << log.status().message();
}

// An output that takes nothing (a pipe nobody reads: a stuck disk) fills the
// buffer; further lines are dropped and counted instead of waiting. Were
// Write to wait for the output, this test would never finish.
TEST(AccessLogTest, AStuckOutputDropsLinesInsteadOfHoldingUpRequests) {
  testing::TempDir dir;
  const std::string fifo = dir.File("stuck");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // open, never read until the end
  ASSERT_GE(reader, 0);
  auto log = AccessLog::Open(fifo);
  ASSERT_TRUE(log.ok()) << log.status().message();
  const std::size_t line_size = AccessLogLine(Sample()).size() + 1;
  // The pipe's buffer (64 KiB) and the log's (1 MiB) together hold fewer.
  const std::size_t lines = 4 * AccessLog::kMaxBuffered / line_size;
  for (std::size_t i = 0; i < lines; ++i) (*log)->Write(Sample());
  EXPECT_GT((*log)->dropped(), lines / 4);
  // Let it finish: read the pipe until the log closes its end.
  std::thread drain([reader] {
    ::fcntl(reader, F_SETFL, 0);
    char buf[65536];
    while (::read(reader, buf, sizeof buf) > 0) {
    }
  });
  log->reset();
  drain.join();
  ::close(reader);
}

}  // namespace
}  // namespace platewise::http
