/**
 * Component tests of writing a question: the checks run as you type, each problem sits next to its
 * field and is linked to it, a save with problems lists them and writes nothing, and a complete
 * question is saved to My questions.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase } from '../../data/db';
import { MyQuestionsScreen } from './my-questions-screen';
import { QuestionEditorScreen } from './question-editor-screen';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`editor-ui-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

function renderEditor(path = '/bank/mine/new') {
  const router = createMemoryRouter(
    [
      { path: '/bank/mine', Component: MyQuestionsScreen },
      { path: '/bank/mine/new', Component: QuestionEditorScreen },
      { path: '/bank/mine/edit/:id', Component: QuestionEditorScreen },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

/** Puts text into a field as one paste: typing long texts key by key makes the test slow, not better. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('QuestionEditorScreen', () => {
  it('checks each field as it is typed and links the problem to the field', async () => {
    const user = userEvent.setup();
    renderEditor();
    const id = await screen.findByLabelText('Question id');
    expect(id).toHaveValue('mine-001');
    const stem = screen.getByLabelText('Stem: the scenario, then the question');
    expect(stem).not.toHaveAttribute('aria-invalid');
    await user.type(stem, 'Too short.');
    expect(stem).toHaveAttribute('aria-invalid', 'true');
    expect(describedText(stem)).toContain('stem is too short to be a scenario');

    await user.clear(stem);
    await fill(user, stem, 'The payroll team changes a vendor bank account after one phone call. Which control BEST prevents this fraud?');
    expect(describedText(stem)).toContain('no AI/ML setting found in the stem');
    await fill(user, stem, ' The request came through the finance chatbot.');
    expect(stem).not.toHaveAttribute('aria-invalid');

    await user.clear(id);
    await user.type(id, 'Bad Id');
    expect(describedText(id)).toContain('use lowercase letters, digits and single hyphens');
    expect(screen.getByRole('region', { name: 'Preview, as practice shows it' })).toHaveTextContent(
      'The request came through the finance chatbot.',
    );
  });

  it('lists every problem on a failed save and writes nothing', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Save to My questions' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveFocus();
    expect(summary).toHaveTextContent('Correct answer: mark the option that is the correct answer');
    expect(summary).toHaveTextContent('CISSP domain: required for a CISSP item');
    await user.click(within(summary).getByRole('link', { name: /^Stem:/ }));
    expect(screen.getByLabelText('Stem: the scenario, then the question')).toHaveFocus();
    expect(await database.questions.count()).toBe(0);
  });

  it('saves a complete question to My questions, with every field of the format', async () => {
    const user = userEvent.setup();
    const router = renderEditor();
    await screen.findByLabelText('Question id');
    await user.click(screen.getByRole('checkbox', { name: 'ISC2 CC' }));
    await user.selectOptions(screen.getByLabelText('CISSP domain'), '7');
    await user.selectOptions(screen.getByLabelText('CISSP objective'), '7.6');
    await user.selectOptions(screen.getByLabelText('ISC2 CC domain'), '5');
    await user.selectOptions(screen.getByLabelText('ISC2 CC objective'), '5.1');
    await user.click(screen.getByRole('radio', { name: 'Hard (judge between good options)' }));
    await fill(
      user,
      screen.getByLabelText('Stem: the scenario, then the question'),
      'An LLM assistant starts answering with another customer’s order history. What should the on-call engineer do FIRST?',
    );
    const options = ['Follow the incident response plan', 'Retrain the model tonight', 'Email every customer now', 'Delete the logs'];
    for (const [i, text] of options.entries()) {
      await fill(user, screen.getByLabelText(`Option ${'ABCD'[i]} text`), text);
      await fill(user, screen.getByLabelText(`Why option ${'ABCD'[i]} is right, or wrong here`), `Because ${i}.`);
    }
    await user.click(screen.getByRole('radio', { name: 'A' }));
    const tagList = screen.getByLabelText('Add a tag (1 to 8, from the vocabulary)');
    await user.selectOptions(tagList, 'incident-response');
    // Choosing alone adds nothing (a keyboard user looks through the list with the arrow keys).
    expect(within(screen.getByRole('list', { name: 'Chosen tags' })).queryAllByRole('listitem')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    await user.selectOptions(tagList, 'llm-sensitive-info-disclosure');
    await user.keyboard('{Enter}'); // Enter on the list adds it too, without submitting the form
    expect(within(screen.getByRole('list', { name: 'Chosen tags' })).getAllByRole('listitem')).toHaveLength(2);
    expect(tagList).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove tag LLM02 Sensitive information disclosure' }));
    await fill(user, screen.getByLabelText('References (optional, one per line)'), 'NIST SP 800-61 Rev. 3');
    expect(screen.getByText('Passes every check.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save to My questions' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/bank/mine'));
    const saved = await screen.findByText('Saved mine-001 to My questions.', {}, { timeout: 10_000 });
    expect(saved.closest('[role="status"]')).not.toBeNull();
    expect(await database.questions.get('my-questions:mine-001')).toMatchObject({
      exams: ['cissp', 'cc'],
      domain: 7,
      objective: '7.6',
      ccDomain: 5,
      ccObjective: '5.1',
      difficulty: 3,
      answer: 0,
      tags: ['incident-response'],
      references: ['NIST SP 800-61 Rev. 3'],
    });

    // Editing keeps the id fixed and starts from the saved question.
    await user.click(await screen.findByRole('link', { name: 'Edit mine-001' }, { timeout: 10_000 }));
    expect(await screen.findByLabelText('Question id', {}, { timeout: 10_000 })).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Option A text')).toHaveValue('Follow the incident response plan');
  });

  it('warns when the stem is much like a question already in practice, linking to it', async () => {
    const stem = 'A vendor ships the training data for the fraud model weekly. Which control applies FIRST to its provenance?';
    await seedBundledPack(database, [makeQuestion({ id: 'd8-vendor-001', stem }), makeQuestion({ id: 'd1-other-001' })], new Date());
    const user = userEvent.setup();
    renderEditor();
    const field = await screen.findByLabelText('Stem: the scenario, then the question');
    await fill(user, field, 'A robot arm drops parts whenever its firmware updates. What should the team check FIRST?');
    await waitFor(() => expect(screen.queryByText(/Much like/)).toBeNull());

    await user.clear(field);
    await fill(user, field, stem.replace('weekly', 'every month'));
    const warning = await screen.findByText(/Much like a question already in practice/);
    expect(warning.textContent).toMatch(/d8-vendor-001 \(\d+% of word triples shared\)/);
    expect(within(warning).getByRole('link', { name: 'd8-vendor-001' })).toHaveAttribute('href', '/bank/d8-vendor-001');
  });
});
