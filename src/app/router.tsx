import { createBrowserRouter } from 'react-router';
import { RouteError } from './route-error';
import { Shell } from './shell';

/** Screens load lazily: the first paint needs only the shell and the current screen. */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <p>Loading…</p>,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/today/today-screen')).TodayScreen }) },
      { path: 'practice', lazy: async () => ({ Component: (await import('../features/practice/practice-screen')).PracticeScreen }) },
      { path: 'review', lazy: async () => ({ Component: (await import('../features/practice/review-screen')).ReviewScreen }) },
      { path: 'exam', lazy: async () => ({ Component: (await import('../features/exam/exam-screen')).ExamScreen }) },
      { path: 'plan', lazy: async () => ({ Component: (await import('../features/plan/plan-screen')).PlanScreen }) },
      { path: 'progress', lazy: async () => ({ Component: (await import('../features/progress/progress-screen')).ProgressScreen }) },
      { path: 'group', lazy: async () => ({ Component: (await import('../features/group/group-screen')).GroupScreen }) },
      // An assignment link: the assignment itself is in the fragment (#a=…), which never reaches a server.
      { path: 'group/join', lazy: async () => ({ Component: (await import('../features/group/join-screen')).JoinScreen }) },
      {
        path: 'group/lead/:groupId',
        lazy: async () => ({ Component: (await import('../features/group/lead-group-screen')).LeadGroupScreen }),
      },
      { path: 'bank', lazy: async () => ({ Component: (await import('../features/bank/bank-screen')).BankScreen }) },
      { path: 'bank/packs', lazy: async () => ({ Component: (await import('../features/packs/packs-screen')).PacksScreen }) },
      { path: 'bank/quality', lazy: async () => ({ Component: (await import('../features/packs/quality-screen')).QualityScreen }) },
      { path: 'bank/mine', lazy: async () => ({ Component: (await import('../features/packs/my-questions-screen')).MyQuestionsScreen }) },
      {
        path: 'bank/mine/new',
        lazy: async () => ({ Component: (await import('../features/packs/question-editor-screen')).QuestionEditorScreen }),
      },
      {
        path: 'bank/mine/edit/:id',
        lazy: async () => ({ Component: (await import('../features/packs/question-editor-screen')).QuestionEditorScreen }),
      },
      { path: 'bank/:key', lazy: async () => ({ Component: (await import('../features/bank/question-screen')).QuestionScreen }) },
      {
        path: 'certification',
        lazy: async () => ({ Component: (await import('../features/certification/certification-screen')).CertificationScreen }),
      },
      { path: 'settings', lazy: async () => ({ Component: (await import('../features/settings/settings-screen')).SettingsScreen }) },
      { path: '*', Component: NotFound },
    ],
  },
]);

function NotFound() {
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">Page not found</h1>
      <p>
        There is no screen at this address. <a href="/">Go to Today</a>.
      </p>
    </section>
  );
}
