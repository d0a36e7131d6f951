#include "json/amount_fields.h"

#include "json/request_fields.h"

namespace platewise {

Result<ResolvedAmount> AmountFields(const nlohmann::json& body, const Food& food) {
  auto grams = OptionalNumber(body, "grams");
  if (!grams.ok()) return grams.status();
  auto amount = OptionalNumber(body, "amount");
  if (!amount.ok()) return amount.status();
  auto portion = OptionalString(body, "portion", 100);
  if (!portion.ok()) return portion.status();
  if (*grams && (*amount || *portion)) {
    return Status::Unprocessable("grams", "give grams, or amount and portion, not both");
  }
  if (*grams) {
    Status s = ValidateEntryGrams(**grams);
    if (!s.ok()) return s.ForField("grams");
    return ResolvedAmount{Grams(**grams), FormatNumber(**grams) + " g"};
  }
  if (!*amount && !*portion) {
    return Status::Unprocessable("grams", "give grams (e.g. \"grams\":150), or amount and portion "
                                          "(e.g. \"amount\":1,\"portion\":\"cup\")");
  }
  if (!*amount) return Status::Unprocessable("amount", "a portion needs an amount, e.g. \"amount\":1");
  if (!*portion) return Status::Unprocessable("portion", "an amount needs a portion, e.g. \"portion\":\"cup\"");
  if (**amount <= 0 || **amount > 1000) {
    return Status::Unprocessable("amount", "amount must be more than 0 and at most 1000");
  }
  auto resolved = ResolveAmount(FormatNumber(**amount) + " " + **portion, food);
  if (!resolved.ok()) return resolved.status().ForField("portion");
  return resolved;
}

}  // namespace platewise
