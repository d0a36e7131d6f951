#include "storage/postgres/pg_food_changes.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <vector>

namespace platewise::postgres {
namespace {

// Splits off the next space-separated word of `rest`.
std::string_view NextWord(std::string_view& rest) {
  const std::size_t space = rest.find(' ');
  std::string_view word = rest.substr(0, space);
  rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  return word;
}

std::optional<std::int64_t> Number(std::string_view text) {
  std::int64_t n = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return n;
}

// How long to wait for input before looking at `stopping_` again.
constexpr int kPollMs = 200;

}  // namespace

std::optional<FoodChange> ParseFoodChange(std::string_view payload, std::string_view own_origin) {
  std::string_view rest = payload;
  const std::string_view kind = NextWord(rest);
  const std::string_view origin = NextWord(rest);
  if (origin.empty() || origin == own_origin) return std::nullopt;
  const std::optional<std::int64_t> owner = Number(NextWord(rest));
  if (!owner) return std::nullopt;
  if (kind == "owner" && rest.empty()) return FoodChange{FoodChange::Kind::kOwnerRemoved, *owner, ""};
  if (kind == "food" && !rest.empty()) return FoodChange{FoodChange::Kind::kFoodChanged, *owner, std::string(rest)};
  if (kind == "log" && Number(NextWord(rest)) && !rest.empty()) {
    return FoodChange{FoodChange::Kind::kFoodLogged, *owner, std::string(rest)};
  }
  return std::nullopt;
}

Result<std::unique_ptr<Connection>> PgFoodChangeFeed::Listen() const {
  auto conn = pool_->OpenDedicated();
  if (!conn.ok()) return conn.status();
  PW_RETURN_IF_ERROR((*conn)->Exec((std::string("LISTEN ") + kFoodChangesChannel).c_str()));
  return conn;
}

Status PgFoodChangeFeed::Start(Handlers handlers) {
  if (thread_.joinable()) return Status::Internal("the food change feed is started already");
  auto conn = Listen();
  if (!conn.ok()) return conn.status();
  handlers_ = std::move(handlers);
  thread_ = std::thread([this, c = std::move(*conn)]() mutable { Run(std::move(c)); });
  return Status::Ok();
}

PgFoodChangeFeed::~PgFoodChangeFeed() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

void PgFoodChangeFeed::Run(std::unique_ptr<Connection> conn) {
  using std::chrono::milliseconds;
  milliseconds backoff(200);
  bool listening_since_missed = false;  // `missed` ran since `conn` began listening
  while (!stopping_) {
    if (!conn) {
      auto again = Listen();
      if (!again.ok()) {
        // Sleep in short steps so that destruction is not held up.
        for (milliseconds slept(0); slept < backoff && !stopping_; slept += milliseconds(kPollMs)) {
          std::this_thread::sleep_for(milliseconds(kPollMs));
        }
        backoff = std::min(backoff * 2, milliseconds(2000));
        continue;
      }
      conn = std::move(*again);
      backoff = milliseconds(200);
      listening_since_missed = false;
    }
    if (!listening_since_missed) {
      if (handlers_.missed) handlers_.missed();
      listening_since_missed = true;
    }
    if (!conn->AwaitInput(kPollMs).ok()) {
      conn.reset();
      continue;
    }
    while (auto n = conn->NextNotification()) {
      if (n->channel != kFoodChangesChannel) continue;
      if (auto change = ParseFoodChange(n->payload, origin_); change && handlers_.changed) handlers_.changed(*change);
    }
  }
}

}  // namespace platewise::postgres
