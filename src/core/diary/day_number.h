#ifndef PLATEWISE_CORE_DIARY_DAY_NUMBER_H_
#define PLATEWISE_CORE_DIARY_DAY_NUMBER_H_

// Calendar arithmetic on CivilDate: a date as a count of days since
// 1970-01-01 (proleptic Gregorian), so that "days between" and "the day after"
// are integer operations. Pure; no time zones (a CivilDate is already local).

#include "core/diary/civil_date.h"

namespace platewise {

// 1970-01-01 is 0, 1969-12-31 is -1.
int DayNumber(const CivilDate& date);
CivilDate DateFromDayNumber(int day_number);
// `date` moved by `days` (negative goes back).
CivilDate AddDays(const CivilDate& date, int days);
// Days from `from` to `to`: positive when `to` is later.
int DaysBetween(const CivilDate& from, const CivilDate& to);

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_DAY_NUMBER_H_
