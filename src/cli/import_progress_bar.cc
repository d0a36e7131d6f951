#include "cli/import_progress_bar.h"

#include <algorithm>

#include "core/number_text.h"

namespace platewise::cli {

std::string ImportProgressBar::Line(const ImportProgress& p, double seconds) {
  constexpr std::size_t kWidth = 20;
  std::string line = p.file;
  line += ' ';
  if (p.bytes_total > 0) {
    const double done = std::clamp(static_cast<double>(p.bytes_read) / static_cast<double>(p.bytes_total), 0.0, 1.0);
    const std::size_t filled = std::min(kWidth, static_cast<std::size_t>(done * kWidth));
    line += '[';
    line.append(filled, '#');
    line.append(kWidth - filled, '.');
    line += "] ";
    line += std::to_string(static_cast<int>(done * 100));
    line += '%';
  } else {
    line += FormatGrouped(static_cast<double>(p.bytes_read) / 1e6, 1) + " MB";
  }
  if (p.lines > 0) {
    line += "  " + FormatGrouped(static_cast<double>(p.lines), 0) + " rows";
    if (seconds > 0.05) line += "  " + FormatGrouped(static_cast<double>(p.lines) / seconds, 0) + " rows/s";
  }
  return line;
}

void ImportProgressBar::Show(const ImportProgress& p) {
  const auto now = Clock::now();
  if (p.file != file_) {
    file_ = p.file;
    file_start_ = now;
  } else if (now - last_draw_ < std::chrono::milliseconds(100) && p.bytes_read < p.bytes_total) {
    return;
  }
  last_draw_ = now;
  // "\r" and the line, padded so a shorter line covers the longer one before it.
  std::string line = Line(p, std::chrono::duration<double>(now - file_start_).count());
  if (line.size() < 79) line.resize(79, ' ');
  err_ << '\r' << line << std::flush;
  drawn_ = true;
}

void ImportProgressBar::Finish() {
  if (drawn_) err_ << "\n";
  drawn_ = false;
}

}  // namespace platewise::cli
