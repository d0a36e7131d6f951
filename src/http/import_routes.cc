#include "http/import_routes.h"

#include <sys/stat.h>

#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/import_job_json.h"

namespace platewise::http {
namespace {

// The format's options from the query: weight_unit (mfp) and source
// (apple-health); 400 naming a bad value.
Result<ImportFormatOptions> OptionsOf(const Request& req) {
  ImportFormatOptions options;
  if (auto it = req.query.find("weight_unit"); it != req.query.end()) {
    if (it->second == "kg") {
      options.weight_unit = WeightUnit::kKilograms;
    } else if (it->second == "lb" || it->second == "lbs") {
      options.weight_unit = WeightUnit::kPounds;
    } else {
      return Status::InvalidArgument("weight_unit is kg or lb, not \"" + it->second + "\"");
    }
  }
  if (auto it = req.query.find("source"); it != req.query.end() && !it->second.empty()) options.source = it->second;
  return options;
}

Result<const ImportFormat*> FormatOf(const Request& req) {
  auto it = req.query.find("format");
  if (it == req.query.end() || it->second.empty()) {
    return Status::InvalidArgument("give the file's format: ?format= one of " + ImportFormatNames());
  }
  const ImportFormat* format = FindImportFormat(it->second);
  if (format == nullptr) {
    return Status::InvalidArgument("unknown import format \"" + it->second + "\": the formats are " +
                                   ImportFormatNames());
  }
  if (format->read == nullptr) {
    return Status::Forbidden(std::string(format->label) +
                             " foods are shared by every user, so only the administrator imports them, with the "
                             "command line (platewise import " + format->name +
                             "); the API imports your own history (mfp, cronometer, apple-health)");
  }
  return format;
}

std::int64_t FileSize(const std::string& path) {
  struct stat st {};
  if (path.empty() || ::stat(path.c_str(), &st) != 0) return 0;
  return static_cast<std::int64_t>(st.st_size);
}

}  // namespace

std::string UploadFileName(const std::string& given) {
  std::string last = given.substr(given.find_last_of("/\\") == std::string::npos ? 0 : given.find_last_of("/\\") + 1);
  std::string name;
  for (char c : last) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '-' || c == '_' || c == ' ';
    if (kept && name.size() < 100) name += c;
  }
  while (!name.empty() && (name.front() == '.' || name.front() == ' ')) name.erase(0, 1);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return name.empty() ? "upload" : name;
}

void AddImportRoutes(Router& router, ImportJobRunner& runner) {
  router.Add("POST", kImportsPath, [&runner](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto format = FormatOf(req);
    if (!format.ok()) return ErrorResponse(format.status());
    auto options = OptionsOf(req);
    if (!options.ok()) return ErrorResponse(options.status());
    if (FileSize(req.body_file) == 0) {
      return ErrorResponse(Status::InvalidArgument("the body is empty: send the file's bytes as the request body"));
    }
    auto name = req.query.find("name");
    auto job = runner.Submit(*user, **format, *options, UploadFileName(name == req.query.end() ? "" : name->second),
                             req.body_file);
    if (!job.ok()) return ErrorResponse(job.status());
    Response r = JsonResponse(202, ImportJobCreatedJson(*job));
    r.headers.emplace_back("Location", std::string(kImportsPath) + "/" + std::to_string(job->id));
    return r;
  });

  router.Add("GET", std::string(kImportsPath) + "/{id}", [&runner](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto id = IdParam(req, "id", "import job");
    if (!id.ok()) return ErrorResponse(id.status());
    auto job = runner.Get(*user, *id);
    if (!job.ok()) return ErrorResponse(job.status());
    return JsonResponse(200, ImportJobJson(*job));
  });
}

}  // namespace platewise::http
