#include "import/export_lines.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

#include "import/import_progress.h"

namespace platewise {
namespace {

// Whether `s` is well-formed UTF-8 (no overlong forms, surrogates or code
// points above U+10FFFF).
bool IsUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    int extra = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= s.size()) return false;
    for (int k = 1; k <= extra; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

std::string BaseName(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

}  // namespace

void ExportLines::GzClose::operator()(gzFile_s* f) const { gzclose(f); }

ExportLines::ExportLines(std::string path, std::string name) : in_(gzopen(path.c_str(), "rb")), name_(std::move(name)) {
  if (in_) gzbuffer(in_.get(), 1 << 16);
}

Result<ExportLines> ExportLines::Open(const std::string& path) {
  ExportLines lines(path, BaseName(path));
  if (!lines.in_) return Status::NotFound("cannot open " + path);
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  lines.size_ = ec ? 0 : static_cast<std::int64_t>(size);
  return lines;
}

Result<bool> ExportLines::Fill() {
  if (at_end_) return false;
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  const std::size_t had = buffer_.size();
  buffer_.resize(had + (1 << 16));
  const int n = gzread(in_.get(), buffer_.data() + had, 1 << 16);
  if (n < 0) {
    int code = 0;
    const char* why = gzerror(in_.get(), &code);
    return Status::InvalidArgument(name_ + ": reading failed after line " + std::to_string(line_) + ": " +
                                   (why ? why : "unknown error") + " (a damaged .gz file?)");
  }
  buffer_.resize(had + static_cast<std::size_t>(n));
  ReportImportProgress({name_, static_cast<std::int64_t>(gzoffset(in_.get())), size_, line_});
  if (n == 0) {
    at_end_ = true;
    // A .gz cut short ends without an error from gzread: gzerror says so.
    int code = Z_OK;
    gzerror(in_.get(), &code);
    if (code == Z_BUF_ERROR) {
      return Status::InvalidArgument(name_ + ": the compressed file ends early, after line " + std::to_string(line_) +
                                     " (cut short while downloading?)");
    }
  }
  return n > 0;
}

Result<std::optional<std::string>> ExportLines::Next() {
  if (put_back_) {
    std::optional<std::string> line = std::move(put_back_);
    put_back_.reset();
    ++line_;
    return line;
  }
  std::size_t newline;
  std::size_t scanned = 0;  // bytes after pos_ known to hold no line end
  while ((newline = buffer_.find('\n', pos_ + scanned)) == std::string::npos) {
    scanned = buffer_.size() - pos_;
    auto more = Fill();  // moves the unread bytes to the front: pos_ becomes 0
    if (!more.ok()) return more.status();
    if (!*more) break;
  }
  if (newline == std::string::npos && pos_ >= buffer_.size()) return std::optional<std::string>();
  const bool ended = newline != std::string::npos;
  const std::size_t end = ended ? newline : buffer_.size();
  std::string line = buffer_.substr(pos_, end - pos_);
  pos_ = ended ? end + 1 : end;
  hash_.Update(line);
  if (ended) hash_.Update("\n");
  ++line_;
  if (line_ == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (!IsUtf8(line)) {
    return Status::InvalidArgument(name_ + ":" + std::to_string(line_) +
                                   ": the line is not UTF-8 text (save the export as UTF-8 and try again)");
  }
  return std::optional<std::string>(std::move(line));
}

void ExportLines::PutBack(std::string line) {
  put_back_ = std::move(line);
  --line_;
}

std::string ExportLines::Sha256Hex() { return hash_.Hex(); }

Status ExportLines::Drain() {
  while (true) {
    auto line = Next();
    if (!line.ok()) return line.status();
    if (!*line) return Status::Ok();
  }
}

Result<std::optional<CsvRecord>> NextCsvRecord(ExportLines& lines) {
  auto first = lines.Next();
  if (!first.ok()) return first.status();
  if (!*first) return std::optional<CsvRecord>();
  CsvRecord record;
  record.line = lines.line();
  std::string line = std::move(**first);
  std::string field;
  bool quoted = false;
  while (true) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            field += '"';
            ++i;
          } else {
            quoted = false;
          }
        } else {
          field += c;
        }
      } else if (c == '"' && field.empty()) {
        quoted = true;
      } else if (c == ',') {
        record.fields.push_back(std::move(field));
        field.clear();
      } else {
        field += c;
      }
    }
    if (!quoted) break;
    auto more = lines.Next();
    if (!more.ok()) return more.status();
    if (!*more) {
      return Status::InvalidArgument(lines.name() + ":" + std::to_string(record.line) +
                                     ": a quoted field never closes");
    }
    field += '\n';
    line = std::move(**more);
  }
  record.fields.push_back(std::move(field));
  return std::optional<CsvRecord>(std::move(record));
}

std::string Trim(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  return std::string(text.substr(b, e - b));
}

std::string CsvHeader::Normalise(std::string_view name) {
  std::string n = Trim(name);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  ReplaceAll(n, "\xC2\xB5g", "ug");  // µg, U+00B5
  ReplaceAll(n, "\xCE\xBCg", "ug");  // μg, U+03BC
  ReplaceAll(n, "(mcg)", "(ug)");
  return n;
}

CsvHeader::CsvHeader(std::vector<std::string> names) : names_(std::move(names)) {
  for (const std::string& n : names_) normalised_.push_back(Normalise(n));
}

std::optional<std::size_t> CsvHeader::Find(std::string_view name) const {
  const std::string want = Normalise(name);
  for (std::size_t i = 0; i < normalised_.size(); ++i) {
    if (normalised_[i] == want) return i;
  }
  return std::nullopt;
}

Result<std::size_t> CsvHeader::Require(std::string_view name, const std::string& file) const {
  auto at = Find(name);
  if (!at) return Status::InvalidArgument(file + ": the header has no \"" + std::string(name) + "\" column");
  return *at;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Result<CsvFile> OpenCsvFile(const std::string& path) {
  auto lines = ExportLines::Open(path);
  if (!lines.ok()) return lines.status();
  auto head = NextCsvRecord(*lines);
  if (!head.ok()) return head.status();
  if (!*head) return Status::InvalidArgument(lines->name() + ": the file is empty");
  CsvHeader header(std::move((*head)->fields));
  return CsvFile{std::move(*lines), std::move(header)};
}

const std::string& Field(const CsvRecord& record, std::size_t index) {
  static const std::string kEmpty;
  return index < record.fields.size() ? record.fields[index] : kEmpty;
}

}  // namespace platewise
