#ifndef PLATEWISE_HTTP_IMPORT_ROUTES_H_
#define PLATEWISE_HTTP_IMPORT_ROUTES_H_

// Import jobs: a file of another tracker's export, uploaded as the request
// body, imported into the signed-in person's history off the request thread
// (http/import_job_runner.h; shapes in json/import_job_json.h, docs/api.md):
//   POST /api/v1/imports?format=mfp|cronometer|apple-health[&name=FILE][&weight_unit=kg|lb][&source=NAME]
//        body: the file's bytes (any content type), up to the server's upload
//        limit (streamed to a private file: ServerOptions::file_uploads)
//        -> 202 {"id":3,"state":"queued"}, Location: /api/v1/imports/3
//        400 for a missing or unknown format (naming the formats) or an empty
//        body; 403 for a shared-foods format (fdc: the CLI's); 413 over the limit
//   GET  /api/v1/imports/{id} -> the job; another user's job is 404

#include "http/import_job_runner.h"
#include "http/router.h"

namespace platewise::http {

inline constexpr char kImportsPath[] = "/api/v1/imports";

// `runner` must outlive the router.
void AddImportRoutes(Router& router, ImportJobRunner& runner);

// The name the job keeps for its file: the last part of `given` (no folder),
// with only letters, digits, '.', '-', '_' and spaces kept, at most 100
// bytes, not starting with '.'; "upload" when nothing is left.
std::string UploadFileName(const std::string& given);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_IMPORT_ROUTES_H_
