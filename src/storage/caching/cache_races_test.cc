// A read that began before a write must never leave its old rows in a cache
// under the write's stamp. Each test makes the race happen deterministically:
// a fake store runs the write (through the decorator) in the middle of the
// decorator's read, after the old rows were taken and before the read returns.

#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "storage/caching/caching_accounts.h"
#include "storage/caching/caching_diary.h"
#include "storage/caching/caching_profiles.h"

namespace platewise {
namespace {

// Stamps as a store keeps them: a store-wide counter.
struct FakeVersions final : DataVersions {
  std::map<UserId, std::uint64_t> users;
  std::uint64_t last = 0;
  void Move(UserId u) { users[u] = ++last; }
  Result<std::uint64_t> UserVersion(UserId owner) override { return users.count(owner) ? users[owner] : 0; }
  Result<std::uint64_t> FoodsVersion() override { return 1; }
};

std::shared_ptr<KnownVersions> Known(std::shared_ptr<FakeVersions> v) {
  return std::make_shared<KnownVersions>(std::move(v), std::chrono::hours(1));
}

struct FakeProfiles final : ProfileRepository, ProfileSettingsRepository {
  FakeVersions* versions = nullptr;
  std::optional<BodyProfile> body;
  std::function<void()> during_read;  // run once, after the rows were taken
  Result<BodyProfile> GetProfile(UserId) override {
    std::optional<BodyProfile> taken = body;
    if (auto hook = std::exchange(during_read, nullptr)) hook();
    if (!taken) return Status::NotFound("none");
    return *taken;
  }
  Status SaveProfile(UserId owner, const BodyProfile& p) override {
    body = p;
    versions->Move(owner);
    return Status::Ok();
  }
  Result<ProfileSettings> Get(UserId) override { return Status::NotFound("none"); }
  Status Save(UserId owner, const ProfileSettings&, const BodyProfile& p) override { return SaveProfile(owner, p); }
};

TEST(CacheRacesTest, AProfileReadThatRacedASaveIsNotKept) {
  auto versions = std::make_shared<FakeVersions>();
  versions->Move(7);
  auto inner = std::make_unique<FakeProfiles>();
  FakeProfiles* fake = inner.get();
  fake->versions = versions.get();
  CachingProfiles profiles(std::move(inner), fake, Known(versions));
  BodyProfile saved{Sex::kMale, 40, Centimeters(180), Kilograms(80), ActivityLevel::kLight, WeeklyGoal{0}};
  fake->during_read = [&] { ASSERT_TRUE(profiles.SaveProfile(7, saved).ok()); };
  EXPECT_EQ(profiles.GetProfile(7).status().code(), StatusCode::kNotFound);  // began before the save
  ASSERT_TRUE(profiles.GetProfile(7).ok()) << "the old read was kept under the new stamp";
  EXPECT_EQ(profiles.GetProfile(7)->weight, Kilograms(80));
}

struct FakeDiary final : DiaryRepository {
  FakeVersions* versions = nullptr;
  DiaryDayRows rows;
  std::function<void()> during_read;
  Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& e) override {
    rows.entries.push_back(e);
    versions->Move(owner);
    return e;
  }
  Result<std::vector<DiaryEntry>> AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) override {
    for (const DiaryEntry& e : entries) rows.entries.push_back(e);
    versions->Move(owner);
    return entries;
  }
  Result<AddedEntry> AddEntryOnce(UserId owner, const DiaryEntry& e, const std::string&) override {
    auto added = AddEntry(owner, e);
    if (!added.ok()) return added.status();
    return AddedEntry{*added, true};
  }
  Result<DiaryDayRows> GetDay(UserId owner, const CivilDate&) override {
    DiaryDayRows taken = rows;  // one snapshot: the rows and their stamp together
    taken.version = *versions->UserVersion(owner);
    if (auto hook = std::exchange(during_read, nullptr)) hook();
    return taken;
  }
  Result<std::vector<FoodLogCount>> CountLogsByFood() override { return std::vector<FoodLogCount>{}; }
  Result<std::vector<DiaryEntry>> ListRange(UserId, const CivilDate&, const CivilDate&) override { return rows.entries; }
  Result<std::vector<CivilDate>> LoggedDates(UserId, const CivilDate&, int) override {
    return std::vector<CivilDate>{};
  }
  Result<DiaryEntry> GetEntry(UserId, std::int64_t) override { return Status::NotFound("none"); }
  Result<DiaryEntry> UpdateEntry(UserId, std::int64_t, const EntryChanges&, std::optional<std::int64_t>) override {
    return Status::NotFound("none");
  }
  Status DeleteEntry(UserId, std::int64_t) override { return Status::Ok(); }
  Result<std::vector<DiaryEntry>> CopyEntries(UserId, const CivilDate&, const CivilDate&, std::optional<Meal>) override {
    return std::vector<DiaryEntry>{};
  }
  Result<std::vector<FoodUse>> RecentFoods(UserId, int) override { return std::vector<FoodUse>{}; }
  Result<std::vector<FoodUse>> FrequentFoods(UserId, int) override { return std::vector<FoodUse>{}; }
  Result<std::vector<DiaryEntry>> ListAll(UserId) override { return rows.entries; }
};

TEST(CacheRacesTest, ADayReadThatRacedAnEntryIsNotKept) {
  auto versions = std::make_shared<FakeVersions>();
  versions->Move(7);
  auto inner = std::make_unique<FakeDiary>();
  FakeDiary* fake = inner.get();
  fake->versions = versions.get();
  CachingDiaryRepository diary(std::move(inner), Known(versions));
  const CivilDate day{2026, 11, 29};
  fake->during_read = [&] {
    ASSERT_TRUE(diary.AddEntry(7, {1, day, Meal::kLunch, "11457", Grams(30), ""}).ok());
  };
  EXPECT_TRUE(diary.GetDay(7, day)->entries.empty());  // began before the entry
  EXPECT_EQ(diary.GetDay(7, day)->entries.size(), 1u) << "the old day was kept under the new stamp";
}

struct FakeAccounts final : AccountRepository {
  FakeVersions* versions = nullptr;
  std::map<std::string, SessionRecord> sessions;
  std::function<void()> during_read;
  int reads = 0;
  Result<SessionRecord> FindSession(const std::string& hash, std::int64_t) override {
    ++reads;
    auto it = sessions.find(hash);
    std::optional<SessionRecord> taken;
    if (it != sessions.end()) taken = it->second;
    if (reads == 2) {  // the decorator's second read of a miss: the one it caches
      if (auto hook = std::exchange(during_read, nullptr)) hook();
    }
    if (!taken) return Status::NotFound("none");
    return *taken;
  }
  Status DeleteSession(const std::string& hash) override {
    if (auto it = sessions.find(hash); it != sessions.end()) {
      versions->Move(it->second.owner);
      sessions.erase(it);
    }
    return Status::Ok();
  }
  Result<UserId> CreateUser(const std::string&, const std::string&) override { return Status::NotFound("n/a"); }
  Result<StoredUser> FindUserByEmail(const std::string&) override { return Status::NotFound("n/a"); }
  Result<StoredUser> GetUser(UserId) override { return Status::NotFound("n/a"); }
  Status SetPasswordHash(UserId, const std::string&) override { return Status::Ok(); }
  Status DeleteUser(UserId) override { return Status::Ok(); }
  Status CreateSession(UserId, const std::string&, const std::string&, std::int64_t) override { return Status::Ok(); }
  Status DeleteOtherSessions(UserId, const std::string&) override { return Status::Ok(); }
  Result<std::int64_t> CreateApiToken(UserId, const std::string&, const std::string&, std::int64_t) override {
    return 1;
  }
  Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId) override { return std::vector<ApiTokenInfo>{}; }
  Status DeleteApiToken(UserId, std::int64_t) override { return Status::Ok(); }
  Result<UserId> FindApiToken(const std::string&) override { return Status::NotFound("n/a"); }
  Result<std::vector<StoredUser>> ListUsers() override { return std::vector<StoredUser>{}; }
  Status SetDisabled(UserId, bool) override { return Status::Ok(); }
  Result<std::int64_t> CreateInvite(const std::string&, int, std::int64_t, std::int64_t) override { return 1; }
  Result<std::vector<InviteRecord>> ListInvites() override { return std::vector<InviteRecord>{}; }
  Result<std::int64_t> RedeemInvite(const std::string&, std::int64_t) override { return Status::NotFound("n/a"); }
  Status ReturnInvite(std::int64_t) override { return Status::Ok(); }
};

TEST(CacheRacesTest, ASessionReadThatRacedASignOutIsNotKept) {
  auto versions = std::make_shared<FakeVersions>();
  versions->Move(7);
  auto inner = std::make_unique<FakeAccounts>();
  FakeAccounts* fake = inner.get();
  fake->versions = versions.get();
  fake->sessions["h"] = {7, "csrf", 1000};
  CachingAccountRepository accounts(std::move(inner), Known(versions));
  fake->during_read = [&] { ASSERT_TRUE(accounts.DeleteSession("h").ok()); };
  EXPECT_TRUE(accounts.FindSession("h", 0).ok());  // began before the sign-out
  EXPECT_EQ(accounts.FindSession("h", 0).status().code(), StatusCode::kNotFound)
      << "the ended session was kept under the new stamp";
}

}  // namespace
}  // namespace platewise
