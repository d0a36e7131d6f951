// Shapes of the API's JSON (docs/api.md).
export type MealName = 'breakfast' | 'lunch' | 'dinner' | 'snacks';
export const MEALS: { key: MealName; label: string }[] = [
  { key: 'breakfast', label: 'Breakfast' },
  { key: 'lunch', label: 'Lunch' },
  { key: 'dinner', label: 'Dinner' },
  { key: 'snacks', label: 'Snacks' },
];

export interface User { id: number; email: string }
export interface Session { user: User; csrf_token: string }

export interface Profile {
  sex: 'female' | 'male';
  birth_date: string;
  age?: number;
  height_cm: number;
  weight_kg: number;
  activity: string;
  weekly_goal_lb: number;
  units: 'imperial' | 'metric';
  time_zone: string;
}

export interface Goal {
  bmr_kcal: number;
  maintenance_kcal: number;
  budget_kcal: number;
  floor_kcal: number;
  floor_applied: boolean;
  weekly_change_lb: number;
  activity: string;
  goal: string;
  age: number;
}

export interface Portion { amount: number; unit: string; grams: number }
export interface FoodSummary {
  id: string;
  name: string;
  food_group: string;
  kcal_per_100g: number | null;
  default_portion: Portion | null;
}
export interface FoodDetail extends FoodSummary {
  portions: Portion[];
  nutrients: { key: string; name: string; unit: string; per_100g: number | null }[];
}

export interface DayLine {
  id: number;
  food_id: string;
  name: string;
  grams: number;
  amount: string;
  energy_kcal: number | null;
  // Moves on every change of the entry; its ETag is this in double quotes.
  version: number;
}
export interface Day {
  date: string;
  meals: Record<MealName, DayLine[]>;
  totals: Record<string, number | null>;
  missing_entries: Record<string, number>;
  budget_kcal: number | null;
  remaining_kcal: number | null;
  water_ml: number;
  water: { id: number; ml: number }[];
  exercise: { id: number; activity: string; description: string; minutes: number | null; kcal: number }[];
  exercise_kcal: number;
}

export interface Badge {
  key: string;
  name: string;
  description: string;
  earned: boolean;
  earned_on: string | null;
  progress: number;
  goal: number;
}
export interface Notification {
  id: string;
  kind: 'badge' | 'shortfall' | 'weekly_summary';
  date: string;
  title: string;
  body: string;
  read: boolean;
}

// GET /api/v1/projection (src/json/weight_projection_json.h).
export interface ProjectionDay { day: number; date: string; model_kg: number; straight_line_kg: number }
export interface TrendDay { date: string; weight_kg: number; measured: boolean; trend_kg: number }
export interface Expenditure {
  days_with_both: number;
  days_needed: number;
  partly_logged_days: number;
  formula_kcal: number;
  observed_kcal: number | null;
  estimate_kcal: number;
  estimate_sd_kcal: number;
  data_share: number;
}
export interface Projection {
  start_weight_kg: number;
  maintenance_kcal: number;
  intake_kcal: number;
  intake_source: 'logged' | 'budget';
  intake_days: number;
  goal_weight_kg: number | null;
  model_goal_date: string | null;
  straight_line_goal_date: string | null;
  days: ProjectionDay[];
  trend: TrendDay[];
  expenditure: Expenditure;
  budget_kcal: number;
  recalibrated_budget_kcal: number | null;
  explanation: string;
}
