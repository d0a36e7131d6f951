#include "core/usecases/engagement.h"

#include "core/usecases/current_profile.h"
#include "core/usecases/intake_days.h"

namespace platewise {
namespace {

// The person's magnesium RDA from the DRI table; nullopt when the table has none.
std::optional<double> MagnesiumTarget(const DriTable& dri, const BodyProfile& body) {
  auto targets = dri.TargetsFor({body.sex, body.age_years, false, false});
  if (!targets.ok()) return std::nullopt;
  for (const NutrientTarget& t : *targets)
    if (t.key == "magnesium") return t.goal();
  return std::nullopt;
}

Result<BadgeInputs> GatherInputs(UseCaseContext& ctx, const DriTable& dri, UserId user) {
  BadgeInputs in;
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  if (*profile) {
    in.today = (*profile)->today;
    in.budget_kcal = ProfileCalorieGoal(**profile).budget.value();
    in.floor_kcal = CalorieFloor((*profile)->body.sex).value();
    in.magnesium_target_mg = MagnesiumTarget(dri, (*profile)->body);
  } else {
    auto today = UserToday(ctx, user);
    if (!today.ok()) return today.status();
    in.today = *today;
  }
  auto days = LoggedDays(ctx, user);
  if (!days.ok()) return days.status();
  in.days = std::move(*days);
  return in;
}

Result<std::vector<Notification>> CurrentNotifications(UseCaseContext& ctx, const DriTable& dri, UserId user) {
  auto in = GatherInputs(ctx, dri, user);
  if (!in.ok()) return in.status();
  return BuildNotifications(*in, EvaluateBadges(*in));
}

}  // namespace

Result<BadgeReport> UserBadges(UseCaseContext& ctx, const DriTable& dri, UserId user) {
  auto in = GatherInputs(ctx, dri, user);
  if (!in.ok()) return in.status();
  return EvaluateBadges(*in);
}

Result<NotificationList> UserNotifications(UseCaseContext& ctx, const DriTable& dri, UserId user) {
  auto all = CurrentNotifications(ctx, dri, user);
  if (!all.ok()) return all.status();
  auto read = ctx.store.notification_reads->ReadIds(user);
  if (!read.ok()) return read.status();
  return NotificationList{std::move(*all), std::move(*read)};
}

Result<NotificationList> MarkNotificationsRead(UseCaseContext& ctx, const DriTable& dri, UserId user,
                                               const std::optional<std::vector<std::string>>& ids) {
  // Marking read changes which are unread, not which exist: compute them once.
  auto all = CurrentNotifications(ctx, dri, user);
  if (!all.ok()) return all.status();
  std::vector<std::string> marked;
  if (ids) {
    marked = *ids;
  } else {
    for (const Notification& n : *all) marked.push_back(n.id);
  }
  PW_RETURN_IF_ERROR(ctx.store.notification_reads->MarkRead(user, marked));
  auto read = ctx.store.notification_reads->ReadIds(user);
  if (!read.ok()) return read.status();
  return NotificationList{std::move(*all), std::move(*read)};
}

}  // namespace platewise
