#include "core/usecases/engagement.h"

#include "core/nutrient/nutrient_use_cases.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/intake_days.h"

namespace platewise {
namespace {

// The person's effective magnesium target (their own, else the DRI's) into
// `in`; none when the table has none for them.
Status SetMagnesiumTarget(UseCaseContext& ctx, const DriTable& dri, UserId user, BadgeInputs& in) {
  auto targets = EffectiveTargets(ctx, dri, user, {});
  if (!targets.ok()) {
    if (targets.status().code() == StatusCode::kInvalidArgument) return Status::Ok();  // no DRI row for them
    return targets.status();
  }
  for (const NutrientTarget& t : *targets) {
    if (t.key != "magnesium") continue;
    in.magnesium_target_mg = t.goal();
    in.magnesium_target_label = t.source == TargetSource::kDoctor ? "your doctor's target"
                                : t.source == TargetSource::kOwn  ? "your own target"
                                : t.rda                           ? "RDA"
                                                                  : "AI";
  }
  return Status::Ok();
}

Result<BadgeInputs> GatherInputs(UseCaseContext& ctx, const DriTable& dri, UserId user) {
  BadgeInputs in;
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  if (*profile) {
    in.today = (*profile)->today;
    in.budget_kcal = ProfileCalorieGoal(**profile).budget.value();
    in.floor_kcal = CalorieFloor((*profile)->body.sex).value();
    PW_RETURN_IF_ERROR(SetMagnesiumTarget(ctx, dri, user, in));
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
