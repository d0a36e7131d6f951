#include "import/explanations.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace platewise {

Result<std::map<std::string, std::string>> LoadExplanations(const std::string& dir) {
  constexpr std::uintmax_t kMaxBytes = 16 * 1024;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) return Status::Unavailable("cannot read the nutrient explanations folder " + dir + ": " + ec.message());
  std::map<std::string, std::string> texts;
  for (const auto& entry : it) {
    const auto& path = entry.path();
    if (!entry.is_regular_file() || path.extension() != ".md") continue;
    if (entry.file_size() > kMaxBytes) {
      return Status::InvalidArgument(path.string() + " is larger than 16 KiB");
    }
    std::ifstream in(path);
    if (!in) return Status::Unavailable("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    std::string body = text.str();
    while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
    texts[path.stem().string()] = body;
  }
  return texts;
}

}  // namespace platewise
