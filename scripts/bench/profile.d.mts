/** Types for profile.mjs (plain JS so that Playwright can run `writeProfile` inside the page). */
export interface ProfileSizes {
  cards: number;
  logs: number;
  practiceSessions: number;
  exams: number;
  members: number;
  days: number;
}
export declare const heavySizes: ProfileSizes;
export declare const tinySizes: ProfileSizes;
export declare function writeProfile(spec: {
  seed: number;
  now: number;
  sizes: ProfileSizes;
  bank: { key: string; domain: number }[];
}): Promise<Record<string, number>>;
