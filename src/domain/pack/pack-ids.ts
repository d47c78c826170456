/** Pack ids Bastion keeps for itself, and how a pack question's stored key is made. */

/** The fixed id of the learner's own pack, "My questions". */
export const MY_QUESTIONS_ID = 'my-questions';

/**
 * Pack ids starting with this are kept for the bank that ships with Bastion, including packs a later
 * version may add: an imported pack with such an id would be taken over by the bundled bank's loader.
 */
export const BUNDLED_ID_PREFIX = 'bastion-core-';

/** Whether a pack id is kept for Bastion's own packs ("My questions" and the bundled bank). */
export function isReservedPackId(id: string): boolean {
  return id === MY_QUESTIONS_ID || id.startsWith(BUNDLED_ID_PREFIX);
}

/** The stored key of a question of a pack other than the bundled bank. */
export const questionKeyOf = (packId: string, questionId: string): string => `${packId}:${questionId}`;
