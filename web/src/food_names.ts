// A food's name as lists show it: with its brand when it has one
// ("GREEK NONFAT YOGURT, PLAIN (Chobani, LLC)"), so two products of one name
// tell apart. The server's rule (core/food/food.h NameWithBrand) is the same.
import type { FoodSummary } from './types';

export function nameWithBrand(food: Pick<FoodSummary, 'name' | 'brand'>): string {
  return food.brand ? `${food.name} (${food.brand})` : food.name;
}
