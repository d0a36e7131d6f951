#ifndef PLATEWISE_IMPORT_MFP_EXPORT_H_
#define PLATEWISE_IMPORT_MFP_EXPORT_H_

// MyFitnessPal's export (docs/imports.md): Nutrition-Summary (per meal, or
// per entry when it has a Time column), Measurement-Summary (weights) and
// Exercise-Summary, each known by its header, never by its file name.
// Nutrition rows become quick-add entries (core/food/quick_add.h): MFP
// exports no food names, only totals. Its four % Daily Value columns become
// amounts with the label Daily Values (pre-2016 edition) and say so in the
// entry's name. Weights need their unit: the file has none, so it comes from
// --weight-unit or from the Exercise-Summary header of the same export.

#include <string>
#include <vector>

#include "import/history_file.h"
#include "import/import_summary.h"

namespace platewise {

// Reads the files, handing each file's rows to `put` piece by piece
// (import/history_file.h); skipped rows and notes go to `summary`.
// InvalidArgument naming the file (and line) for a file that is not one of
// the three, lacks a column, is not UTF-8, or whose weights have no known
// unit; the sink's error as it is.
Status ReadMfpExport(const std::vector<std::string>& paths, const HistoryReadOptions& options, ImportSummary& summary,
                     const HistoryFileSink& put);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_MFP_EXPORT_H_
