#ifndef PLATEWISE_HTTP_STATIC_FILES_H_
#define PLATEWISE_HTTP_STATIC_FILES_H_

// Serves the web app's static files from one folder. "/" is index.html; a
// path without a file extension that names no file also gets index.html, so
// the app's own routes (e.g. /today) load the app. Paths with ".." segments,
// hidden files and anything outside the folder are refused (404).
// An empty folder name means this build has no web app (PLATEWISE_WEB=OFF):
// "/" and the app's routes then answer 404 with a plain text that says so and
// where the API is; paths with a file extension get nothing (404).

#include <optional>
#include <string>

#include "http/http_message.h"

namespace platewise::http {

class StaticFiles {
 public:
  // `root`: the web app's folder, or "" when the build has none.
  explicit StaticFiles(std::string root) : root_(std::move(root)) {}
  // nullopt when no file answers the path.
  std::optional<Response> Serve(const std::string& path) const;

 private:
  std::string root_;
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_STATIC_FILES_H_
