#ifndef PLATEWISE_CORE_USECASES_ENGAGEMENT_H_
#define PLATEWISE_CORE_USECASES_ENGAGEMENT_H_

// Badges and notifications of a user (core/engagement/), worked out from
// their whole log (LoggedDays), the current profile's budget and effective
// magnesium target (EffectiveTargets: a doctor's target counts), on the
// user's today.

#include <set>
#include <string>
#include <vector>

#include "core/engagement/notifications.h"
#include "core/nutrient/dri_table.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

Result<BadgeReport> UserBadges(UseCaseContext& ctx, const DriTable& dri, UserId user);

struct NotificationList {
  std::vector<Notification> all;  // newest first
  std::set<std::string> read;     // ids the user has read
};
Result<NotificationList> UserNotifications(UseCaseContext& ctx, const DriTable& dri, UserId user);

// Marks `ids` read (every current notification when nullopt) and answers
// the list as it is afterwards.
Result<NotificationList> MarkNotificationsRead(UseCaseContext& ctx, const DriTable& dri, UserId user,
                                               const std::optional<std::vector<std::string>>& ids);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_ENGAGEMENT_H_
