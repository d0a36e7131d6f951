#ifndef PLATEWISE_JSON_IMPORT_JOB_JSON_H_
#define PLATEWISE_JSON_IMPORT_JOB_JSON_H_

// The JSON of an import job (core/ports/import_jobs.h), as
// GET /api/v1/imports/{id} answers it:
//   {"id": 3, "format": "mfp", "file_name": "Nutrition-Summary.csv",
//    "state": "queued" | "running" | "done" | "failed",
//    "progress": {"bytes_read": 0, "bytes_total": 5120, "rows_read": 0, "rows_written": 0},
//    "summary": {...} | null,   // when done: the import summary (json/import_summary_json.h)
//    "error": "..." | null}     // when failed: why, in words
// bytes_read is the file's size once the importer has read it (0 before);
// rows_read the rows it read, rows_written those written (0 until written).
// POST /api/v1/imports answers ImportJobCreatedJson: {"id": 3, "state": "queued"}.

#include <nlohmann/json.hpp>

#include "core/ports/import_jobs.h"

namespace platewise {

nlohmann::json ImportJobJson(const ImportJob& job);
nlohmann::json ImportJobCreatedJson(const ImportJob& job);

}  // namespace platewise

#endif  // PLATEWISE_JSON_IMPORT_JOB_JSON_H_
