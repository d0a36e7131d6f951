// Shapes of the API's JSON: the schemas of docs/openapi.yaml, as types that
// openapi-typescript generates into src/generated/api-types.ts on every build
// (npm run generate). Nothing here is written by hand but names for them.
import type { components } from './generated/api-types';

type Schemas = components['schemas'];

export type MealName = Schemas['Meal'];
export const MEALS: { key: MealName; label: string }[] = [
  { key: 'breakfast', label: 'Breakfast' },
  { key: 'lunch', label: 'Lunch' },
  { key: 'dinner', label: 'Dinner' },
  { key: 'snacks', label: 'Snacks' },
];

export type User = Schemas['User'];
export type Session = Schemas['Session'];
export type Profile = Schemas['Profile'];
export type ProfileInput = Schemas['ProfileInput'];
export type Goal = Schemas['Goal'];
export type MacroGoal = Schemas['MacroGoal'];
export type WeightGoal = Schemas['WeightGoal'];
export type Portion = Schemas['Portion'];
export type FoodSummary = Schemas['FoodSummary'];
export type FoodSearchResult = Schemas['FoodSearchResult'];
export type FoodDetail = Schemas['FoodDetail'];
export type PackagedFood = Schemas['PackagedFood'];
export type BarcodeMatches = Schemas['BarcodeMatches'];
export type DayLine = Schemas['DayLine'];
export type SavedMeal = Schemas['SavedMeal'];
export type Day = Schemas['Day'];
export type Badge = Schemas['Badge'];
export type Notification = Schemas['Notification'];
export type Projection = Schemas['Projection'];
export type NutrientTarget = Schemas['NutrientTarget'];
export type NutrientTargets = Schemas['NutrientTargets'];
// The keys of a day's totals (energy_kcal, protein_g, ...).
export type TotalKey = keyof Day['totals'];
export type ImportJob = Schemas['ImportJob'];
export type ImportJobCreated = Schemas['ImportJobCreated'];
export type ImportSummary = NonNullable<Schemas['ImportSummary']>;
