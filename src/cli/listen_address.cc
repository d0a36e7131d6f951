#include "cli/listen_address.h"

#include <charconv>

namespace platewise::cli {

std::optional<ListenAddress> ParseListenAddress(std::string_view text) {
  auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string_view p = text.substr(colon + 1);
  int port = -1;
  auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), port);
  if (p.empty() || ec != std::errc() || end != p.data() + p.size() || port < 0 || port > 65535) return std::nullopt;
  ListenAddress address;
  address.host = std::string(text.substr(0, colon));
  if (address.host.size() > 2 && address.host.front() == '[' && address.host.back() == ']') {
    address.host = address.host.substr(1, address.host.size() - 2);
  }
  address.port = static_cast<std::uint16_t>(port);
  return address;
}

}  // namespace platewise::cli
