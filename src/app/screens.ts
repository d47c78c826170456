/** The navigation's screens, loaded lazily; Shell loads them ahead in idle time (prefetch-screens.ts). */
export const navScreens = {
  today: () => import('../features/today/today-screen'),
  practice: () => import('../features/practice/practice-screen'),
  review: () => import('../features/practice/review-screen'),
  exam: () => import('../features/exam/exam-screen'),
  plan: () => import('../features/plan/plan-screen'),
  progress: () => import('../features/progress/progress-screen'),
  group: () => import('../features/group/group-screen'),
  bank: () => import('../features/bank/bank-screen'),
  certification: () => import('../features/certification/certification-screen'),
  settings: () => import('../features/settings/settings-screen'),
};
