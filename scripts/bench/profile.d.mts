/** Types for profile.mjs (plain JS so that Playwright can run `writeProfile` inside the page). */
import type { StudyPlan } from '../../src/domain/plan/plan-generator';
import type { PlanInput } from '../../src/domain/plan/plan-input';
import type { SessionRecord } from '../../src/data/db';
import type { BenchGroup } from './group-reports';

export interface ProfileSizes {
  cards: number;
  logs: number;
  practiceSessions: number;
  exams: number;
  members: number;
  assignments: number;
  days: number;
}
export declare const heavySizes: ProfileSizes;
export declare const tinySizes: ProfileSizes;
export interface BenchBankQuestion {
  key: string;
  domain: number;
  difficulty: 1 | 2 | 3;
  answer: number;
  cissp: boolean;
}
export declare function benchCisspQuestions(
  sizes: ProfileSizes,
  bank: BenchBankQuestion[],
): { key: string; domain: number; difficulty: 1 | 2 | 3; answer: number }[];
export declare function benchPlanInput(now: number): { input: PlanInput; createdAt: Date };
export declare function writeProfile(spec: {
  seed: number;
  now: number;
  sizes: ProfileSizes;
  bank: { key: string; domain: number }[];
  /** Made by the app's own `generatePlan` from `benchPlanInput`. */
  plan: StudyPlan;
  /** `sizes.exams` finished mock exams, from scripts/bench/mock-exams.ts. */
  exams: SessionRecord[];
  /** A lead's group of `sizes.members` members with reports, from scripts/bench/group-reports.ts. */
  group: BenchGroup;
}): Promise<Record<string, number>>;
