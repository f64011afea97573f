/**
 * SAMPLE figures: the registration fee (fen) and places per half-hour slot by doctor title. Real fees follow
 * Jiangsu's medical-service price list and each hospital's schedule; these only make the demo plausible.
 */
const FEE_FEN: Record<string, number> = { 主任医师: 3500, 副主任医师: 2500, 主治医师: 1500, 医师: 1000 };
const CAPACITY: Record<string, number> = { 主任医师: 3, 副主任医师: 4, 主治医师: 5, 医师: 6 };

export function slotFeeFen(title: string): number {
  return FEE_FEN[title] ?? 1000;
}

export function slotCapacity(title: string): number {
  return CAPACITY[title] ?? 5;
}
