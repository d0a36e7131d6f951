#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace platewise::http {
namespace {

const char* ContentType(const std::string& ext) {
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".webmanifest") return "application/manifest+json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".yaml") return "application/yaml";
  if (ext == ".txt" || ext == ".md") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

// The build names the files under assets/ by a hash of their content
// (Vite's index-HASH.js), so a name never changes content: cached for a year
// without asking again. Pages are asked again every time (they name the
// current assets), and so are the web app manifest and the service worker
// (sw.js, whose new version must reach the browser on its next check: it
// names the app shell it caches); anything else for an hour.
std::string CacheControlFor(const std::filesystem::path& file) {
  if (file.parent_path().filename() == "assets") return "public, max-age=31536000, immutable";
  if (file.extension() == ".html" || file.extension() == ".webmanifest") return "no-cache";
  if (file.filename() == "sw.js") return "no-cache";
  return "public, max-age=3600";
}

std::optional<Response> ReadFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream body;
  body << in.rdbuf();
  Response r;
  r.content_type = ContentType(file.extension().string());
  r.body = body.str();
  r.headers.emplace_back("Cache-Control", CacheControlFor(file));
  return r;
}

// What "/" says in a build without the web app.
Response WebAppNotBuilt() {
  Response r;
  r.status = 404;
  r.content_type = "text/plain; charset=utf-8";
  r.body =
      "Platewise: the web app was not built (this server was built with cmake -DPLATEWISE_WEB=OFF).\n"
      "The HTTP API is under /api/v1/, described at /api/v1/openapi.yaml.\n"
      "To serve a web app built elsewhere: platewise serve --web-dir DIR.\n";
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

}  // namespace

std::optional<Response> StaticFiles::Serve(const std::string& path) const {
  std::filesystem::path rel;
  std::stringstream segments(path);
  std::string seg;
  while (std::getline(segments, seg, '/')) {
    if (seg.empty()) continue;
    if (seg == ".." || seg.front() == '.' || seg.find('\\') != std::string::npos || seg.find('\0') != std::string::npos) {
      return std::nullopt;
    }
    rel /= seg;
  }
  if (root_.empty()) {
    if (rel.has_extension()) return std::nullopt;
    return WebAppNotBuilt();
  }
  std::filesystem::path root(root_);
  std::error_code ec;
  if (!rel.empty()) {
    auto file = root / rel;
    if (std::filesystem::is_regular_file(file, ec)) return ReadFile(file);
    if (rel.has_extension()) return std::nullopt;
  }
  return ReadFile(root / "index.html");
}

}  // namespace platewise::http
