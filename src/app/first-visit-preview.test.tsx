import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { endPreviewHandoff, takePreviewChoice, takePreviewSeed } from '../data/first-visit-handoff';
import { firstVisitQuick10 } from '../domain/study/quick-session';
import { showFirstVisitPreview, type ShownPreview } from './first-visit-preview';

const starter = [1, 2, 3, 4].flatMap((domain) =>
  Array.from({ length: 4 }, (_, i) => ({
    ...makeQuestion({ id: `d${domain}-${i}`, domain, stem: `Stem of d${domain}-${i}?` }),
    key: `d${domain}-${i}`,
  })),
);

let shown: ShownPreview | undefined;
afterEach(() => {
  document.body.innerHTML = '';
  endPreviewHandoff();
  shown = undefined;
});

/** The preview beside a stand-in for the app's (hidden) root, holding the same four options. */
async function showPreview(): Promise<HTMLElement> {
  const root = document.createElement('div');
  root.innerHTML =
    '<h2 id="question-heading" tabindex="-1">Question 1</h2>' +
    '<label class="option choice"><input type="radio" name="o"></label>'.repeat(4);
  document.body.append(root);
  await act(async () => {
    shown = showFirstVisitPreview(root, JSON.stringify(starter));
  });
  root.hidden = true;
  return root;
}

describe('the first-visit preview', () => {
  it('draws the first question of the Quick 10 its seed gives, in the app’s frame, with focus on the question', async () => {
    await showPreview();
    const seed = takePreviewSeed('cissp')!;
    const drawn = firstVisitQuick10(starter, 'cissp', seed);
    const first = starter.find((q) => q.key === drawn.queue[0])!;
    expect(screen.getByText(first.stem)).toBeInTheDocument();
    expect(screen.getByText(/Quick 10 from your weakest domains · question 1 of 10 · 0 answered/)).toBeInTheDocument();
    const shownOptions = screen.getAllByRole('radio').map((radio) => radio.closest('label')!.textContent);
    expect(shownOptions).toEqual(drawn.optionOrders[first.key]!.map((i, position) => `${'ABCD'[position]}. ${first.options[i]!.text}`));
    expect(screen.getByRole('link', { name: 'Practice' })).toHaveAttribute('aria-current', 'page');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question 1' }));
    // The session's buttons keep their place, but are neither shown nor reachable before they work.
    expect(screen.queryByRole('button', { name: /End session/ })).toBeNull();
  });

  it('hands a choice made by key, and a submit, to the app, then takes no more input', async () => {
    const user = userEvent.setup();
    await showPreview();
    await user.keyboard('3');
    expect(screen.getAllByRole('radio')[2]).toBeChecked();
    await user.keyboard('{Enter}');
    const key = firstVisitQuick10(starter, 'cissp', takePreviewSeed('cissp')!).queue[0]!;
    expect(takePreviewChoice(key)).toMatchObject({ position: 2, submit: true });
    await user.click(screen.getAllByRole('radio')[0]!);
    expect(screen.getAllByRole('radio')[2]).toBeChecked();
  });

  it('gives its place to the app, with focus on the option the learner was on', async () => {
    const user = userEvent.setup();
    const root = await showPreview();
    await user.click(screen.getAllByRole('radio')[1]!);
    act(() => shown!.handOver(root));
    expect(root.hidden).toBe(false);
    expect(document.body.children).toHaveLength(1);
    expect(document.activeElement).toBe(root.querySelectorAll('input')[1]);
  });

  it('gives focus to the app’s question when the learner was on the preview’s', async () => {
    const root = await showPreview();
    act(() => shown!.handOver(root));
    expect(document.activeElement).toBe(root.querySelector('#question-heading'));
  });

  it('draws nothing from a starter set that does not parse', () => {
    const root = document.createElement('div');
    document.body.append(root);
    expect(showFirstVisitPreview(root, '{not json')).toBeUndefined();
    expect(document.body.children).toHaveLength(1);
  });
});
