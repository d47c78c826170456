/** The app's screens, in navigation order. Each is a lazily loaded feature folder. */
export interface RouteEntry {
  readonly path: string;
  readonly label: string;
}

export const navRoutes: readonly RouteEntry[] = [
  { path: '/', label: 'Today' },
  { path: '/practice', label: 'Practice' },
  { path: '/review', label: 'Review' },
  { path: '/exam', label: 'Exam' },
  { path: '/plan', label: 'Plan' },
  { path: '/progress', label: 'Progress' },
  { path: '/group', label: 'Group' },
  { path: '/bank', label: 'Bank' },
  { path: '/certification', label: 'Certify' },
  { path: '/settings', label: 'Settings' },
];
