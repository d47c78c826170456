/** Types for profile.mjs (plain JS so that Playwright can run `writeProfile` inside the page). */
import type { StudyPlan } from '../../src/domain/plan/plan-generator';
import type { PlanInput } from '../../src/domain/plan/plan-input';

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
export declare function benchPlanInput(now: number): { input: PlanInput; createdAt: Date };
export declare function writeProfile(spec: {
  seed: number;
  now: number;
  sizes: ProfileSizes;
  bank: { key: string; domain: number }[];
  /** Made by the app's own `generatePlan` from `benchPlanInput`. */
  plan: StudyPlan;
}): Promise<Record<string, number>>;
