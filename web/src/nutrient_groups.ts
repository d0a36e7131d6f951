// The nutrient report's lines in the groups Cronometer shows them in:
// General, Vitamins, Minerals, Lipids (a key the server adds later goes to
// Other, never lost). Order inside a group is the server's (the DRI table's).
import type { components } from './generated/api-types';

export type ReportLine = components['schemas']['NutrientReportLine'];

export interface NutrientGroup { name: string; lines: ReportLine[] }

const GROUP_OF: Record<string, string> = {
  protein: 'General', carbohydrate: 'General', fiber: 'General',
  vitamin_a_rae: 'Vitamins', vitamin_c: 'Vitamins', vitamin_d: 'Vitamins', vitamin_e: 'Vitamins',
  vitamin_k: 'Vitamins', thiamin: 'Vitamins', riboflavin: 'Vitamins', niacin: 'Vitamins',
  pantothenic_acid: 'Vitamins', vitamin_b6: 'Vitamins', folate: 'Vitamins', vitamin_b12: 'Vitamins',
  choline: 'Vitamins', biotin: 'Vitamins',
  calcium: 'Minerals', iron: 'Minerals', magnesium: 'Minerals', phosphorus: 'Minerals', potassium: 'Minerals',
  sodium: 'Minerals', zinc: 'Minerals', copper: 'Minerals', manganese: 'Minerals', selenium: 'Minerals',
  fluoride: 'Minerals', iodine: 'Minerals', chromium: 'Minerals', molybdenum: 'Minerals',
  omega3: 'Lipids', omega6: 'Lipids', cholesterol: 'Lipids', fatty_acids_saturated: 'Lipids',
};

const ORDER = ['General', 'Vitamins', 'Minerals', 'Lipids', 'Other'];

// The groups that have lines, in ORDER.
export function groupLines(lines: ReportLine[]): NutrientGroup[] {
  const by = new Map<string, ReportLine[]>();
  for (const line of lines) {
    const group = GROUP_OF[line.key] ?? 'Other';
    by.set(group, [...(by.get(group) ?? []), line]);
  }
  return ORDER.filter((g) => by.has(g)).map((name) => ({ name, lines: by.get(name)! }));
}

// A line the person should look at: short of its target, or over a limit.
export function needsAttention(line: ReportLine): boolean {
  return ['likely-inadequate', 'possibly-inadequate', 'above-ul', 'above-cdrr', 'above-limit'].includes(line.status);
}

export function isShortfall(line: ReportLine): boolean {
  return line.status === 'likely-inadequate' || line.status === 'possibly-inadequate';
}
