#include "search/slot_table.h"

namespace platewise::search {
namespace {

std::uint64_t Hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h ^ (h >> 29);
}

}  // namespace

std::size_t SlotTable::Probe(std::string_view id) const {
  const std::size_t mask = table_.size() - 1;
  std::size_t i = Hash(id) & mask;
  while (true) {
    std::uint32_t v = table_[i];
    if (v == kNone) return i;
    if (v != kTombstone && id_of_(v) == id) return i;
    i = (i + 1) & mask;
  }
}

std::uint32_t SlotTable::Find(std::string_view id) const {
  if (table_.empty()) return kNone;
  return table_[Probe(id)];
}

void SlotTable::Put(std::string_view id, std::uint32_t slot) {
  if ((used_ + 1) * 2 > table_.size()) {
    std::size_t capacity = 16;
    while (capacity < (size_ + 1) * 4) capacity *= 2;
    Grow(capacity);
  }
  std::size_t i = Probe(id);
  if (table_[i] == kNone) {
    ++size_;
    ++used_;
  }
  table_[i] = slot;
}

void SlotTable::Erase(std::string_view id) {
  if (table_.empty()) return;
  std::size_t i = Probe(id);
  if (table_[i] == kNone) return;
  table_[i] = kTombstone;
  --size_;
}

void SlotTable::Reserve(std::size_t n) {
  // At most half full, as Put keeps it.
  std::size_t capacity = 16;
  while (capacity < (n + 1) * 2) capacity *= 2;
  if (capacity > table_.size()) Grow(capacity);
}

void SlotTable::Grow(std::size_t capacity) {
  std::vector<std::uint32_t> old = std::move(table_);
  table_.assign(capacity, kNone);
  size_ = used_ = 0;
  for (std::uint32_t v : old) {
    if (v == kNone || v == kTombstone) continue;
    table_[Probe(id_of_(v))] = v;
    ++size_;
    ++used_;
  }
}

}  // namespace platewise::search
