#include "import/csv_reader.h"

#include <filesystem>

namespace platewise {

Result<CsvReader> CsvReader::Open(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Unavailable("cannot open " + path);
  gzbuffer(f, 1 << 17);
  return CsvReader(f, path);
}

CsvReader::CsvReader(CsvReader&& o) noexcept
    : file_(o.file_), path_(std::move(o.path_)), line_(o.line_), next_line_(o.next_line_), hash_(o.hash_) {
  o.file_ = nullptr;
}

CsvReader::~CsvReader() {
  if (file_ != nullptr) gzclose(file_);
}

int CsvReader::GetChar() {
  int c = gzgetc(file_);
  if (c >= 0) {
    hash_ = (hash_ ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    if (c == '\n') ++next_line_;
  }
  return c;
}

std::string CsvReader::Where() const {
  return std::filesystem::path(path_).filename().string() + ":" + std::to_string(line_);
}

Result<bool> CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  line_ = next_line_;
  int c = GetChar();
  if (c < 0) {
    int err = 0;
    gzerror(file_, &err);
    if (err != Z_OK && err != Z_STREAM_END) return Status::Unavailable("cannot read " + path_);
    return false;
  }
  std::string field;
  bool quoted = false;
  bool after_quote = false;  // just closed a quoted field
  while (true) {
    if (quoted) {
      if (c < 0) return Status::InvalidArgument(Where() + ": quoted field not closed before end of file");
      if (c == '"') {
        int n = GetChar();
        if (n == '"') {
          field += '"';
        } else {
          quoted = false;
          after_quote = true;
          c = n;
          continue;
        }
      } else {
        field += static_cast<char>(c);
      }
    } else if (c < 0 || c == '\n') {
      if (!field.empty() && field.back() == '\r' && !after_quote) field.pop_back();
      fields.push_back(std::move(field));
      return true;
    } else if (c == '\r' && after_quote) {
      // CRLF after a quoted last field: the '\n' ends the record.
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
      after_quote = false;
    } else if (c == '"' && field.empty() && !after_quote) {
      quoted = true;
    } else if (after_quote) {
      return Status::InvalidArgument(Where() + ": text after a closing quote");
    } else {
      field += static_cast<char>(c);
    }
    c = GetChar();
  }
}

Status CsvReader::ExpectHeader(const std::vector<std::string>& expected) {
  std::vector<std::string> header;
  auto got = Next(header);
  if (!got.ok()) return got.status();
  if (!*got) return Status::InvalidArgument(path_ + " is empty: expected a header row");
  if (header != expected) {
    std::string want;
    for (const auto& e : expected) want += (want.empty() ? "" : ",") + e;
    return Status::InvalidArgument(Where() + ": header does not match; expected columns " + want);
  }
  return Status::Ok();
}

}  // namespace platewise
