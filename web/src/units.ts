// The person's units (the profile's `units`): the API speaks kg and ml,
// the screens speak lb and fl oz to a person with US units.
import type { Profile } from './types';

export const KG_PER_LB = 0.45359237;
// The US fluid ounce: 1/128 of the US gallon of 231 cubic inches, exactly.
export const ML_PER_FL_OZ = 29.5735295625;

// Water as the person reads and types it. Amounts go to the API as ml
// unrounded (16 fl oz is 473.176473 ml), so totals add up to what was typed;
// only what is shown is rounded.
export interface WaterUnit {
  name: 'fl oz' | 'ml';
  toMl(amount: number): number;
  fromMl(ml: number): number;
  digits: number;  // shown: fl oz to a tenth, ml whole
  quick: { what: string; amount: number }[];  // the quick buttons, in this unit
}

export function waterUnit(units: Profile['units'] | undefined): WaterUnit {
  if (units === 'imperial') {
    return { name: 'fl oz', toMl: (n) => n * ML_PER_FL_OZ, fromMl: (ml) => ml / ML_PER_FL_OZ, digits: 1,
      quick: [{ what: 'a cup', amount: 8 }, { what: 'a bottle', amount: 16 }] };
  }
  return { name: 'ml', toMl: (n) => n, fromMl: (ml) => ml, digits: 0,
    quick: [{ what: 'a glass', amount: 250 }, { what: 'a bottle', amount: 500 }] };
}
