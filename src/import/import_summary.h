#ifndef PLATEWISE_IMPORT_IMPORT_SUMMARY_H_
#define PLATEWISE_IMPORT_IMPORT_SUMMARY_H_

// What one import run did, as every importer (src/import/) reports it: the
// CLI's `platewise import FORMAT PATH... --json` prints it, and the API's
// import job (GET /api/v1/imports/{id}) answers with it.

#include <cstdint>
#include <string>
#include <vector>

namespace platewise {

// One row (or file) an importer could not read, and why. `line` is the
// 1-based line where the row starts; 0 for a problem with the whole file.
struct ImportProblem {
  std::string file;  // the file's name as given (no folder), or "name.zip:member"
  std::int64_t line = 0;
  std::string reason;
};

// "1 weight", "3 weights": a count and its noun, for the summary's sentences.
inline std::string CountOf(std::int64_t n, const char* one, const char* many) {
  std::string out = std::to_string(n);
  out += ' ';
  out += n == 1 ? one : many;
  return out;
}

struct ImportSummary {
  // Only the first kMaxProblems are kept; `skipped` counts them all.
  static constexpr std::size_t kMaxProblems = 100;

  std::string format;              // "mfp", "cronometer", "fdc", "off", "apple-health"
  std::vector<std::string> files;  // the files read, in the order read
  std::int64_t days = 0;           // distinct diary dates written (entries or daily totals)
  std::int64_t entries = 0;        // diary entries written
  std::int64_t weights = 0;        // weigh-ins written
  std::int64_t exercises = 0;      // exercise entries written
  std::int64_t foods = 0;          // foods created or updated
  std::int64_t skipped = 0;        // rows not imported (each with a reason)
  std::vector<ImportProblem> problems;
  // Files whose exact bytes were imported before (nothing was written again).
  std::vector<std::string> unchanged_files;
  // What the person should know that is not a skipped row: columns not
  // imported, units assumed, estimates made ("file: sentence").
  std::vector<std::string> notes;

  // Counts the skip; keeps the problem while fewer than kMaxProblems are.
  void Skip(std::string file, std::int64_t line, std::string reason) {
    ++skipped;
    if (problems.size() < kMaxProblems) problems.push_back({std::move(file), line, std::move(reason)});
  }
};

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_IMPORT_SUMMARY_H_
