// Sensitivity levels and geographies: the two vocabularies every other module speaks.

export const SENSITIVITY_LEVELS = ['public', 'internal', 'personal', 'special'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];

export const GEOGRAPHIES = ['eu', 'global'] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

export function isSensitivity(value: unknown): value is Sensitivity {
  return typeof value === 'string' && (SENSITIVITY_LEVELS as readonly string[]).includes(value);
}

export function rankOf(level: Sensitivity): number {
  return SENSITIVITY_LEVELS.indexOf(level);
}

/** The higher of two levels: used wherever a level may be raised but never lowered. */
export function maxLevel(a: Sensitivity, b: Sensitivity): Sensitivity {
  return rankOf(a) >= rankOf(b) ? a : b;
}

/** Personal and special-category data must be processed in the EU. */
export function isPersonal(level: Sensitivity): boolean {
  return rankOf(level) >= rankOf('personal');
}
