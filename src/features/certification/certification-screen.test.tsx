/**
 * The eligibility check as a learner meets it: two jobs typed into the form, the verdict in plain
 * words, then a degree that changes it. The clock is fixed at 1 September 2023 (local time).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCertificationProfile } from '../../data/certification-repo';
import { BastionDb, setDatabase } from '../../data/db';
import { CertificationScreen } from './certification-screen';

let database: BastionDb;
let n = 0;
const now = () => new Date(2023, 8, 1, 12, 0);

beforeEach(() => {
  database = new BastionDb(`certification-ui-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

function renderScreen() {
  const router = createMemoryRouter(
    [
      { path: '/certification', element: <CertificationScreen now={now} /> },
      { path: '/plan', element: <h1>Plan screen</h1> },
    ],
    { initialEntries: ['/certification'] },
  );
  return render(<RouterProvider router={router} />);
}

interface JobInput {
  title: string;
  start: string;
  end: string | null;
  kind: 'Full time' | 'Part time';
  hours?: string;
  domains: RegExp[];
}

async function addJob(user: UserEvent, job: JobInput) {
  const form = screen.getByRole('form', { name: 'Add a job' });
  const field = (name: string | RegExp) => within(form).getByLabelText(name);
  await user.type(field('Job title'), job.title);
  await user.type(field('Start date'), job.start);
  if (job.end === null) await user.click(field('I still work here'));
  else await user.type(field('End date'), job.end);
  await user.click(field(job.kind));
  if (job.hours) await user.type(field('Hours per week'), job.hours);
  for (const domain of job.domains) await user.click(field(domain));
  await user.click(within(form).getByRole('button', { name: 'Add job' }));
  await screen.findByText(`Saved “${job.title}”.`);
}

// A whole screen typed into key by key: jsdom needs a few seconds, more on a busy machine.
describe('CertificationScreen eligibility', { timeout: 20_000 }, () => {
  it('gives the verdict for two jobs, then for the same jobs with a degree', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    await screen.findByRole('heading', { name: /CISSP experience check/ });

    await addJob(user, {
      title: 'Security analyst',
      start: '2019-03-01',
      end: '2023-02-28',
      kind: 'Full time',
      domains: [/1\. Security and Risk Management/, /7\. Security Operations/],
    });
    await addJob(user, {
      title: 'ML platform engineer',
      start: '2023-03-01',
      end: null,
      kind: 'Part time',
      hours: '20',
      domains: [/3\. Security Architecture/, /8\. Software Development Security/],
    });

    // 2019-03-01..2023-02-28 is 1461 days full time; 2023-03-01..2023-09-01 is 185 days at 20/40 = 92.5.
    // (1461 + 92.5) / (365.25 / 12) = 51.04 → 51 of the 60 months needed without a waiver.
    expect(await screen.findByText('51 of 60 months')).toBeInTheDocument();
    // At half time the missing 9 months (less the 0.05 rounding margin) take 543 more days: 25 February 2025.
    expect(screen.getByText(/you meet the requirement on 25 February 2025/)).toBeInTheDocument();
    expect(screen.getByText(/Associate path: you can sit the CISSP exam now/)).toBeInTheDocument();
    const reasons = screen.getByRole('list', { name: 'Reasons for the verdict' });
    expect(within(reasons).getByText(/Pro-rata rule: "ML platform engineer" \(part-time\) counts at 20 of 40 hours/)).toBeInTheDocument();
    expect(within(reasons).getByText(/Two-domain rule: met, your work spans 4 domains/)).toBeInTheDocument();

    const jobs = screen.getByRole('list', { name: 'Your jobs' });
    expect(
      within(jobs)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['Security analyst', 'ML platform engineer']);

    await user.type(screen.getByLabelText('Name of the degree or credential'), 'BSc Computer Science');
    await user.click(screen.getByRole('button', { name: 'Add degree or credential' }));
    expect(await screen.findByText('51 of 48 months')).toBeInTheDocument();
    expect(screen.getByText('You meet the CISSP experience requirement now.')).toBeInTheDocument();
    expect(screen.getByText(/Waiver rule: your degree "BSc Computer Science" waives 1 year/)).toBeInTheDocument();

    const profile = await loadCertificationProfile();
    expect(profile.jobs.map((j) => [j.title, j.kind, j.hoursPerWeek, j.end, j.domains])).toEqual([
      ['Security analyst', 'full-time', undefined, '2023-02-28', [1, 7]],
      ['ML platform engineer', 'part-time', 20, null, [3, 8]],
    ]);
  });

  it('edits a job and says what is missing from an incomplete one', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    const form = await screen.findByRole('form', { name: 'Add a job' });
    await user.click(within(form).getByLabelText('Part time'));
    await user.click(within(form).getByRole('button', { name: 'Add job' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Give the job a title.');
    expect(alert).toHaveTextContent('Enter the hours worked per week, between 1 and 40.');

    await user.click(within(form).getByLabelText('Full time'));
    await addJob(user, { title: 'SOC analyst', start: '2020-09-01', end: '2023-08-31', kind: 'Full time', domains: [/7\./] });
    expect(await screen.findByText('36 of 60 months')).toBeInTheDocument();
    expect(screen.getByText(/covers only domain 7/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit SOC analyst' }));
    const edit = screen.getByRole('form', { name: 'Edit “SOC analyst”' });
    expect(within(edit).getByLabelText('Job title')).toHaveFocus();
    await user.click(within(edit).getByLabelText(/6\. Security Assessment and Testing/));
    await user.click(within(edit).getByRole('button', { name: 'Save job' }));
    await waitFor(() => expect(screen.getByText(/Two-domain rule: met, your work spans 2 domains/)).toBeInTheDocument());
    expect((await loadCertificationProfile()).jobs).toHaveLength(1);

    // Remove asks first, with focus on Keep; Keep changes nothing and gives focus back to Remove.
    await user.click(screen.getByRole('button', { name: 'Remove SOC analyst' }));
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.getByRole('button', { name: 'Remove SOC analyst' })).toHaveFocus();
    expect((await loadCertificationProfile()).jobs).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Remove SOC analyst' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove SOC analyst' }));
    expect(await screen.findByText('0 of 60 months')).toBeInTheDocument();
    expect(screen.getByText('credited, in no CISSP domain yet')).toBeInTheDocument();
    expect(screen.getByText(/you have 0 months credited \(60 months to go\)\.$/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Removed “SOC analyst”.')).toHaveFocus());
    expect((await loadCertificationProfile()).jobs).toHaveLength(0);
  });

  it('asks before removing a credential or deleting a CPE entry, and then moves focus to what happened', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    await user.type(await screen.findByLabelText('Name of the degree or credential'), 'BSc Computer Science');
    await user.click(screen.getByRole('button', { name: 'Add degree or credential' }));
    await user.click(await screen.findByRole('button', { name: 'Remove BSc Computer Science' }));
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    expect((await loadCertificationProfile()).credentials).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Yes, remove BSc Computer Science' }));
    await waitFor(() => expect(screen.getByText('Removed “BSc Computer Science”.')).toHaveFocus());
    expect((await loadCertificationProfile()).credentials).toHaveLength(0);

    const form = screen.getByRole('form', { name: 'Log a CPE activity' });
    await user.type(within(form).getByLabelText('Activity'), 'ISC2 webinar');
    await user.click(within(form).getByRole('button', { name: 'Add CPE entry' }));
    await user.click(await screen.findByRole('button', { name: 'Delete ISC2 webinar on 1 September 2023' }));
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Delete ISC2 webinar on 1 September 2023' })).toHaveFocus();
    expect((await loadCertificationProfile()).cpeEntries).toHaveLength(1);
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Yes, delete ISC2 webinar on 1 September 2023' }));
    await waitFor(() => expect(screen.getByText('Deleted “ISC2 webinar”.')).toHaveFocus());
    expect((await loadCertificationProfile()).cpeEntries).toHaveLength(0);
  });

  it('refuses over-long text with a message naming the field and the limit, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    const long = (n: number) => 'x'.repeat(n);
    await user.click(await screen.findByLabelText('Name of the degree or credential'));
    await user.paste(long(242));
    await user.click(screen.getByRole('button', { name: 'Add degree or credential' }));
    expect(
      await screen.findByText('Keep the name of the degree or credential to 200 characters or fewer (it has 242).'),
    ).toBeInTheDocument();

    const jobs = screen.getByRole('form', { name: 'Add a job' });
    await user.click(within(jobs).getByLabelText('Job title'));
    await user.paste(long(201));
    await user.click(within(jobs).getByRole('button', { name: 'Add job' }));
    expect(await within(jobs).findByRole('alert')).toHaveTextContent('Keep the job title to 200 characters or fewer (it has 201).');

    const cpe = screen.getByRole('form', { name: 'Log a CPE activity' });
    await user.click(within(cpe).getByLabelText('Activity'));
    await user.paste(long(301));
    await user.click(within(cpe).getByRole('button', { name: 'Add CPE entry' }));
    const alert = await within(cpe).findByRole('alert');
    expect(alert).toHaveTextContent('Keep the activity to 300 characters or fewer (it has 301).');
    expect(alert).not.toHaveTextContent(/Too big|expected string/);

    const profile = await loadCertificationProfile();
    expect([profile.credentials, profile.jobs, profile.cpeEntries]).toEqual([[], [], []]);
  });

  it('refuses a pass date after today, keeping the saved one', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    const field = await screen.findByLabelText('Day you passed the exam');
    await user.type(field, '2023-08-01');
    expect(await screen.findByText('Endorse by 1 May 2024: 243 days left.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '2030-03-01');
    expect(screen.getByRole('alert')).toHaveTextContent('The day you passed is after today; enter the day you passed the exam.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Clearing the field on the way saved "no pass date"; the future day itself is never saved.
    await waitFor(async () => expect((await loadCertificationProfile()).passDate).toBeNull());
    expect(screen.queryByText(/Endorse by .* 2030/)).toBeNull();
  });

  it('says hours go in quarter-hour steps, and drops a problem once it is fixed', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    const form = await screen.findByRole('form', { name: 'Log a CPE activity' });
    await user.click(within(form).getByRole('button', { name: 'Add CPE entry' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Describe the activity');

    await user.type(within(form).getByLabelText('Activity'), 'ISC2 webinar');
    await user.clear(within(form).getByLabelText('Hours (credits)'));
    await user.type(within(form).getByLabelText('Hours (credits)'), '2.3');
    const alert = within(form).getByRole('alert');
    expect(alert).not.toHaveTextContent('Describe the activity');
    expect(alert).toHaveTextContent('Enter the hours in quarter-hour steps, e.g. 1, 1.25, 1.5 or 1.75.');
    await user.click(within(form).getByRole('button', { name: 'Add CPE entry' }));
    expect((await loadCertificationProfile()).cpeEntries).toEqual([]);

    await user.clear(within(form).getByLabelText('Hours (credits)'));
    await user.type(within(form).getByLabelText('Hours (credits)'), '2.25');
    expect(within(form).queryByRole('alert')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Add CPE entry' }));
    await screen.findByText('Logged “ISC2 webinar”.');
    expect((await loadCertificationProfile()).cpeEntries.map((e) => e.hours)).toEqual([2.25]);
  });

  it('writes the CPE status dates as the rest of the screen does', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    const form = await screen.findByRole('form', { name: 'Log a CPE activity' });
    await user.type(within(form).getByLabelText('Activity'), 'ISC2 webinar');
    await user.click(within(form).getByRole('button', { name: 'Add CPE entry' }));
    await screen.findByText('Logged “ISC2 webinar”.');
    await user.type(screen.getByLabelText('Day you were certified (starts your CPE cycle)'), '2024-03-01');
    await screen.findByRole('heading', { name: 'This cycle: 1 March 2024 to 28 February 2027' });
    expect(screen.getByText(/^Your CPE cycle starts on 1 March 2024; credits earned before then do not count\.$/)).toBeInTheDocument();
    expect(screen.getByText('ISC2 webinar (1 September 2023): outside this cycle (1 March 2024 to 28 February 2027)')).toBeInTheDocument();
  });

  it('saves the focus exam and opens the plan from a role path', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    await user.click(await screen.findByLabelText('Solution architect'));
    const path = await screen.findByRole('region', { name: 'Certification path for Solution architect' });
    await user.click(within(path).getByRole('button', { name: 'Plan for CISSP' }));
    expect(await screen.findByRole('heading', { name: 'Plan screen' })).toBeInTheDocument();
    expect((await database.settings.get('focusExam'))?.value).toBe('cissp');
  });
});
