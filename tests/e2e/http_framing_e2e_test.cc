// End-to-end, on raw sockets: a request whose body length two HTTP parsers
// could read differently is refused with 400 and its connection closed, so no
// byte of it is ever run as a second request (request smuggling, RFC 9112 6.3).

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

namespace asio = boost::asio;

// Sends `bytes` on a new connection and returns everything the server sends
// back until it closes the connection (or 5 s pass).
std::string Exchange(int port, const std::string& bytes, bool* closed) {
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)});
  asio::write(socket, asio::buffer(bytes));
  std::string out;
  char buf[4096];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  *closed = false;
  socket.non_blocking(true);
  while (std::chrono::steady_clock::now() < deadline) {
    boost::system::error_code ec;
    std::size_t n = socket.read_some(asio::buffer(buf), ec);
    if (ec == asio::error::would_block) {
      socket.wait(asio::ip::tcp::socket::wait_read, ec);
      continue;
    }
    if (ec) {
      *closed = true;  // eof or reset: the server closed the connection
      break;
    }
    out.append(buf, n);
  }
  return out;
}

int CountResponses(const std::string& bytes) {
  int n = 0;
  for (size_t at = bytes.find("HTTP/1."); at != std::string::npos; at = bytes.find("HTTP/1.", at + 1)) ++n;
  return n;
}

class HttpFramingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    server_ = new testing::ServerProcess(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, *dir_)));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  void SetUp() override { ASSERT_TRUE(server_->started()) << server_->output(); }

  // `headers` then a body that is itself a complete request: a smuggling attempt.
  void ExpectRefusedAndClosed(const std::string& headers, const std::string& why) {
    const std::string smuggled = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    bool closed = false;
    std::string reply = Exchange(server_->port(), headers + "\r\n" + smuggled, &closed);
    EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply;
    EXPECT_NE(reply.find(why), std::string::npos) << reply;
    EXPECT_EQ(CountResponses(reply), 1) << "the body was run as a second request:\n" << reply;
    EXPECT_TRUE(closed);
  }

  static testing::TempDir* dir_;
  static testing::ServerProcess* server_;
};

testing::TempDir* HttpFramingTest::dir_ = nullptr;
testing::ServerProcess* HttpFramingTest::server_ = nullptr;

// Regression (hardening): "chunked, identity" with no Content-Length had its
// body ignored and then run as a second request (201).
TEST_F(HttpFramingTest, AChainOfCodingsEndingOtherThanChunkedIsRefused) {
  ExpectRefusedAndClosed("POST /api/v1/signup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         "Transfer-Encoding: chunked, identity\r\n",
                         "Transfer-Encoding");
}

TEST_F(HttpFramingTest, AnUnknownCodingIsRefused) {
  ExpectRefusedAndClosed("POST /api/v1/signup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n",
                         "Transfer-Encoding");
}

TEST_F(HttpFramingTest, TransferEncodingTwiceIsRefused) {
  ExpectRefusedAndClosed(
      "POST /api/v1/signup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n",
      "Transfer-Encoding");
}

TEST_F(HttpFramingTest, TransferEncodingWithContentLengthIsRefused) {
  bool closed = false;
  std::string reply = Exchange(server_->port(),
                               "POST /api/v1/signup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                               "Content-Length: 5\r\n\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
                               &closed);
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply;
  EXPECT_EQ(CountResponses(reply), 1) << reply;
  EXPECT_TRUE(closed);
}

TEST_F(HttpFramingTest, AnHttp11RequestWithoutHostIsRefused) {
  bool closed = false;
  std::string reply = Exchange(server_->port(), "GET /healthz HTTP/1.1\r\n\r\n", &closed);
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply;
  EXPECT_NE(reply.find("Host"), std::string::npos) << reply;
}

// What is allowed still works: a chunked body is read as the body, and the
// connection stays open for the next request.
TEST_F(HttpFramingTest, AChunkedBodyIsReadAndTheConnectionKeptOpen) {
  const std::string body = R"({"email":"chunked@example.org","password":"a long enough password"})";
  char size[16];
  std::snprintf(size, sizeof size, "%zx", body.size());
  bool closed = false;
  std::string reply = Exchange(server_->port(),
                               "POST /api/v1/signup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n" + std::string(size) + "\r\n" + body +
                                   "\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                               &closed);
  EXPECT_EQ(reply.rfind("HTTP/1.1 201", 0), 0u) << reply;
  EXPECT_EQ(CountResponses(reply), 2) << reply;
}

}  // namespace
}  // namespace platewise
