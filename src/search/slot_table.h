#ifndef PLATEWISE_SEARCH_SLOT_TABLE_H_
#define PLATEWISE_SEARCH_SLOT_TABLE_H_

// An open-addressing hash table from food id to slot number that stores only
// the 4-byte slot numbers: the ids themselves live in the index's text arena
// and are read back through `id_of`. About 8 bytes per food, where a
// std::unordered_map<std::string, uint32_t> takes about 70.
// Not thread-safe: the index guards it.

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace platewise::search {

class SlotTable {
 public:
  using IdOf = std::function<std::string_view(std::uint32_t slot)>;
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  explicit SlotTable(IdOf id_of) : id_of_(std::move(id_of)) {}

  // The slot stored for `id`, or kNone.
  std::uint32_t Find(std::string_view id) const;
  // Maps `id` to `slot`, replacing an existing mapping.
  void Put(std::string_view id, std::uint32_t slot);
  // Removes the mapping of `id` if present.
  void Erase(std::string_view id);
  // Makes room for `n` entries in all, so that adding up to that many does
  // not grow the table again.
  void Reserve(std::size_t n);
  std::size_t size() const { return size_; }
  std::size_t MemoryBytes() const { return table_.capacity() * sizeof(std::uint32_t); }

 private:
  static constexpr std::uint32_t kTombstone = 0xFFFFFFFEu;
  std::size_t Probe(std::string_view id) const;  // position of id, or of the empty cell ending its chain
  void Grow(std::size_t capacity);

  IdOf id_of_;
  std::vector<std::uint32_t> table_;
  std::size_t size_ = 0;
  std::size_t used_ = 0;  // live entries plus tombstones
};

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_SLOT_TABLE_H_
