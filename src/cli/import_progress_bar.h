#ifndef PLATEWISE_CLI_IMPORT_PROGRESS_BAR_H_
#define PLATEWISE_CLI_IMPORT_PROGRESS_BAR_H_

// The progress bar `platewise import` draws on a terminal's stderr while it
// reads (import/import_progress.h): the file, a bar of its bytes, the rows
// read and rows per second, redrawn in place at most ten times a second.

#include <chrono>
#include <ostream>
#include <string>

#include "import/import_progress.h"

namespace platewise::cli {

class ImportProgressBar {
 public:
  explicit ImportProgressBar(std::ostream& err) : err_(err) {}
  // Draws `p` (a sink for ScopedImportProgress).
  void Show(const ImportProgress& p);
  // Ends the bar's line, if one was drawn.
  void Finish();

  // The bar's text for `p` after `seconds` of reading its file: "food.csv
  // [#####...............]  25%  12,000 rows  4,000 rows/s".
  static std::string Line(const ImportProgress& p, double seconds);

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  std::string file_;
  Clock::time_point file_start_{};
  Clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_IMPORT_PROGRESS_BAR_H_
