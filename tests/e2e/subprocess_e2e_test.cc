// The processes tests start (testing/subprocess.h) inherit no descriptor of
// the test process but standard input, output and error. Defect: a
// PostgreSQL test cluster, started through pg_ctl, kept the lock file that
// wrapped the whole test run (flock's) open for as long as it ran, and the
// next run waited for it.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>
#include <string>

#include "testing/subprocess.h"

namespace platewise {
namespace {

TEST(SubprocessTest, AChildInheritsNoDescriptorOfTheTestButTheStandardOnes) {
  constexpr int kHeld = 37;  // as flock's lock file would be: open, not close-on-exec
  const int file = ::open("/dev/null", O_RDONLY);
  ASSERT_GE(file, 0);
  ASSERT_EQ(::dup2(file, kHeld), kHeld);
  ::close(file);
  auto listed = testing::RunCommand("/bin/sh", {"-c", "ls /proc/$$/fd"});
  ::close(kHeld);
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  std::istringstream fds(listed.out);
  std::string fd;
  bool saw_stdout = false;
  while (fds >> fd) {
    EXPECT_NE(fd, std::to_string(kHeld)) << "the child has the test's descriptor";
    saw_stdout = saw_stdout || fd == "1";
  }
  EXPECT_TRUE(saw_stdout) << listed.out;
}

}  // namespace
}  // namespace platewise
