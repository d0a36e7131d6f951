#include "cli/listen_address.h"

#include <gtest/gtest.h>

namespace platewise::cli {
namespace {

TEST(ListenAddressTest, ReadsHostAndPort) {
  struct Case {
    const char* text;
    const char* host;
    int port;
  };
  const Case kCases[] = {
      {"127.0.0.1:8080", "127.0.0.1", 8080},
      {"[::1]:0", "::1", 0},
      {"0.0.0.0:65535", "0.0.0.0", 65535},
      {"localhost:80", "localhost", 80},
  };
  for (const Case& c : kCases) {
    auto address = ParseListenAddress(c.text);
    ASSERT_TRUE(address) << c.text;
    EXPECT_EQ(address->host, c.host);
    EXPECT_EQ(address->port, c.port);
  }
}

TEST(ListenAddressTest, RefusesWhatIsNotHostColonPort) {
  for (const char* text : {"", "8080", ":8080", "host:", "host:-1", "host:65536", "host:80x", "host: 80"}) {
    EXPECT_FALSE(ParseListenAddress(text)) << text;
  }
}

}  // namespace
}  // namespace platewise::cli
