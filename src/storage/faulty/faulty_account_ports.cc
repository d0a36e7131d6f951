// The faulty store's AccountRepository, profile ports, SupplementRepository,
// NotificationReads, NutrientTargetOverrides and LoginAttempts.

#include "storage/faulty/faulty_ports.h"

namespace platewise::faulty {
namespace {

class FaultyAccounts final : public AccountRepository {
 public:
  static constexpr FaultPort kPort = FaultPort::kAccounts;
  explicit FaultyAccounts(Shared s) : s_(std::move(s)) {}
  Result<UserId> CreateUser(const std::string& email, const std::string& hash) override {
    PW_FAULTY_WRITE(in().CreateUser(email, hash));
  }
  Result<StoredUser> FindUserByEmail(const std::string& email) override { PW_FAULTY_READ(in().FindUserByEmail(email)); }
  Result<StoredUser> GetUser(UserId id) override { PW_FAULTY_READ(in().GetUser(id)); }
  Status SetPasswordHash(UserId id, const std::string& hash) override { PW_FAULTY_WRITE(in().SetPasswordHash(id, hash)); }
  Status DeleteUser(UserId id) override { PW_FAULTY_WRITE(in().DeleteUser(id)); }
  Result<std::vector<StoredUser>> ListUsers() override { PW_FAULTY_READ(in().ListUsers()); }
  Status SetDisabled(UserId id, bool disabled) override { PW_FAULTY_WRITE(in().SetDisabled(id, disabled)); }
  Status CreateSession(UserId owner, const std::string& hash, const std::string& csrf, std::int64_t expires) override {
    PW_FAULTY_WRITE(in().CreateSession(owner, hash, csrf, expires));
  }
  Result<SessionRecord> FindSession(const std::string& hash, std::int64_t now) override {
    PW_FAULTY_READ(in().FindSession(hash, now));
  }
  Status DeleteSession(const std::string& hash) override { PW_FAULTY_WRITE(in().DeleteSession(hash)); }
  Status DeleteOtherSessions(UserId owner, const std::string& keep) override {
    PW_FAULTY_WRITE(in().DeleteOtherSessions(owner, keep));
  }
  Result<std::int64_t> CreateApiToken(UserId owner, const std::string& name, const std::string& hash,
                                      std::int64_t created_at) override {
    PW_FAULTY_WRITE(in().CreateApiToken(owner, name, hash, created_at));
  }
  Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId owner) override { PW_FAULTY_READ(in().ListApiTokens(owner)); }
  Status DeleteApiToken(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().DeleteApiToken(owner, id)); }
  Result<UserId> FindApiToken(const std::string& hash) override { PW_FAULTY_READ(in().FindApiToken(hash)); }
  Result<std::int64_t> CreateInvite(const std::string& hash, int uses, std::int64_t expires_at,
                                    std::int64_t created_at) override {
    PW_FAULTY_WRITE(in().CreateInvite(hash, uses, expires_at, created_at));
  }
  Result<std::vector<InviteRecord>> ListInvites() override { PW_FAULTY_READ(in().ListInvites()); }
  Result<std::int64_t> RedeemInvite(const std::string& hash, std::int64_t now) override {
    PW_FAULTY_WRITE(in().RedeemInvite(hash, now));
  }
  Status ReturnInvite(std::int64_t id) override { PW_FAULTY_WRITE(in().ReturnInvite(id)); }

 private:
  AccountRepository& in() { return *s_.inner->accounts; }
  Shared s_;
};

// Both profile ports in one object, as the stores have them.
class FaultyProfiles final : public ProfileRepository, public ProfileSettingsRepository {
 public:
  explicit FaultyProfiles(Shared s) : s_(std::move(s)) {}
  Result<BodyProfile> GetProfile(UserId owner) override {
    return s_.Guard(FaultPort::kProfiles, false, [&] { return s_.inner->profiles->GetProfile(owner); });
  }
  Status SaveProfile(UserId owner, const BodyProfile& p) override {
    return s_.Guard(FaultPort::kProfiles, true, [&] { return s_.inner->profiles->SaveProfile(owner, p); });
  }
  Result<ProfileSettings> Get(UserId owner) override {
    return s_.Guard(FaultPort::kProfileSettings, false, [&] { return s_.inner->profile_settings->Get(owner); });
  }
  Status Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) override {
    return s_.Guard(FaultPort::kProfileSettings, true,
                    [&] { return s_.inner->profile_settings->Save(owner, settings, body); });
  }

 private:
  Shared s_;
};

class FaultySupplements final : public SupplementRepository {
 public:
  static constexpr FaultPort kPort = FaultPort::kSupplements;
  explicit FaultySupplements(Shared s) : s_(std::move(s)) {}
  Result<Supplement> AddSupplement(UserId owner, const Supplement& s) override {
    PW_FAULTY_WRITE(in().AddSupplement(owner, s));
  }
  Result<Supplement> GetSupplement(UserId owner, std::int64_t id) override { PW_FAULTY_READ(in().GetSupplement(owner, id)); }
  Result<std::vector<Supplement>> ListSupplements(UserId owner) override { PW_FAULTY_READ(in().ListSupplements(owner)); }
  Result<SupplementDose> LogDose(UserId owner, const SupplementDose& d) override { PW_FAULTY_WRITE(in().LogDose(owner, d)); }
  Result<std::vector<SupplementDose>> ListDoses(UserId owner, const CivilDate& from, const CivilDate& to) override {
    PW_FAULTY_READ(in().ListDoses(owner, from, to));
  }
  Status DeleteSupplement(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().DeleteSupplement(owner, id)); }
  Status DeleteDose(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().DeleteDose(owner, id)); }

 private:
  SupplementRepository& in() { return *s_.inner->supplements; }
  Shared s_;
};

class FaultySavedMeals final : public SavedMealRepository {
 public:
  static constexpr FaultPort kPort = FaultPort::kSavedMeals;
  explicit FaultySavedMeals(Shared s) : s_(std::move(s)) {}
  Result<SavedMeal> CreateSavedMeal(UserId owner, const SavedMeal& m) override {
    PW_FAULTY_WRITE(in().CreateSavedMeal(owner, m));
  }
  Result<SavedMeal> GetSavedMeal(UserId owner, std::int64_t id) override { PW_FAULTY_READ(in().GetSavedMeal(owner, id)); }
  Result<std::vector<SavedMeal>> ListSavedMeals(UserId owner) override { PW_FAULTY_READ(in().ListSavedMeals(owner)); }
  Result<SavedMeal> RenameSavedMeal(UserId owner, std::int64_t id, const std::string& name) override {
    PW_FAULTY_WRITE(in().RenameSavedMeal(owner, id, name));
  }
  Status DeleteSavedMeal(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().DeleteSavedMeal(owner, id)); }

 private:
  SavedMealRepository& in() { return *s_.inner->saved_meals; }
  Shared s_;
};

class FaultyNotificationReads final : public NotificationReads {
 public:
  static constexpr FaultPort kPort = FaultPort::kNotificationReads;
  explicit FaultyNotificationReads(Shared s) : s_(std::move(s)) {}
  Result<std::set<std::string>> ReadIds(UserId owner) override { PW_FAULTY_READ(in().ReadIds(owner)); }
  Status MarkRead(UserId owner, const std::vector<std::string>& ids) override { PW_FAULTY_WRITE(in().MarkRead(owner, ids)); }

 private:
  NotificationReads& in() { return *s_.inner->notification_reads; }
  Shared s_;
};

class FaultyTargetOverrides final : public NutrientTargetOverrides {
 public:
  static constexpr FaultPort kPort = FaultPort::kTargetOverrides;
  explicit FaultyTargetOverrides(Shared s) : s_(std::move(s)) {}
  Result<std::vector<TargetOverride>> List(UserId owner) override { PW_FAULTY_READ(in().List(owner)); }
  Status Put(UserId owner, const TargetOverride& o) override { PW_FAULTY_WRITE(in().Put(owner, o)); }
  Result<bool> Remove(UserId owner, const std::string& key) override { PW_FAULTY_WRITE(in().Remove(owner, key)); }

 private:
  NutrientTargetOverrides& in() { return *s_.inner->target_overrides; }
  Shared s_;
};

class FaultyImportJobs final : public ImportJobs {
 public:
  static constexpr FaultPort kPort = FaultPort::kImportJobs;
  explicit FaultyImportJobs(Shared s) : s_(std::move(s)) {}
  Result<ImportJob> Create(UserId owner, const ImportJob& job, std::int64_t now) override {
    PW_FAULTY_WRITE(in().Create(owner, job, now));
  }
  Result<ImportJob> Get(UserId owner, std::int64_t id) override { PW_FAULTY_READ(in().Get(owner, id)); }
  Status Update(const ImportJob& job, std::int64_t now) override { PW_FAULTY_WRITE(in().Update(job, now)); }
  Status Heartbeat(UserId owner, std::int64_t id, std::int64_t now) override {
    PW_FAULTY_WRITE(in().Heartbeat(owner, id, now));
  }
  Result<std::int64_t> FailStale(std::int64_t heartbeat_before, const std::string& error) override {
    PW_FAULTY_WRITE(in().FailStale(heartbeat_before, error));
  }

 private:
  ImportJobs& in() { return *s_.inner->import_jobs; }
  Shared s_;
};

class FaultyLoginAttempts final : public LoginAttempts {
 public:
  static constexpr FaultPort kPort = FaultPort::kLoginAttempts;
  explicit FaultyLoginAttempts(Shared s) : s_(std::move(s)) {}
  Result<LoginWindow> CountFailure(const std::string& key, std::int64_t now, int window_seconds) override {
    PW_FAULTY_WRITE(in().CountFailure(key, now, window_seconds));
  }
  Result<LoginWindow> GetWindow(const std::string& key) override { PW_FAULTY_READ(in().GetWindow(key)); }
  Status ClearWindow(const std::string& key) override { PW_FAULTY_WRITE(in().ClearWindow(key)); }
  Status RememberClient(const std::string& account, const std::string& client, std::int64_t now) override {
    PW_FAULTY_WRITE(in().RememberClient(account, client, now));
  }
  Result<std::optional<std::int64_t>> LastSignIn(const std::string& account, const std::string& client) override {
    PW_FAULTY_READ(in().LastSignIn(account, client));
  }
  Result<std::int64_t> Prune(std::int64_t windows_begun_by, std::int64_t clients_seen_by) override {
    PW_FAULTY_WRITE(in().Prune(windows_begun_by, clients_seen_by));
  }

 private:
  LoginAttempts& in() { return *s_.inner->login_attempts; }
  Shared s_;
};

}  // namespace

void WrapAccountPorts(const Shared& shared, Store& out) {
  out.accounts = std::make_unique<FaultyAccounts>(shared);
  auto profiles = std::make_unique<FaultyProfiles>(shared);
  out.profile_settings = profiles.get();
  out.profiles = std::move(profiles);
  out.supplements = std::make_unique<FaultySupplements>(shared);
  out.saved_meals = std::make_unique<FaultySavedMeals>(shared);
  out.notification_reads = std::make_unique<FaultyNotificationReads>(shared);
  out.target_overrides = std::make_unique<FaultyTargetOverrides>(shared);
  out.login_attempts = std::make_unique<FaultyLoginAttempts>(shared);
  out.import_jobs = std::make_unique<FaultyImportJobs>(shared);
}

}  // namespace platewise::faulty
