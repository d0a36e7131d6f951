#ifndef PLATEWISE_CLI_LISTEN_ADDRESS_H_
#define PLATEWISE_CLI_LISTEN_ADDRESS_H_

// serve's listen address, HOST:PORT: "127.0.0.1:8080", "[::1]:8080" (the
// brackets are dropped from the host), port 0 for any free port.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace platewise::cli {

struct ListenAddress {
  std::string host;
  std::uint16_t port = 0;
};

// nullopt when `text` is not HOST:PORT with a port from 0 to 65535.
std::optional<ListenAddress> ParseListenAddress(std::string_view text);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_LISTEN_ADDRESS_H_
