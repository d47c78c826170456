import { beforeEach, describe, expect, it } from 'vitest';
import { beginPreviewHandoff, endPreviewHandoff, openPreviewHandoff, takePreviewChoice, takePreviewSeed } from './first-visit-handoff';

beforeEach(() => beginPreviewHandoff({ seed: 7, exam: 'cissp', firstKey: 'q-1', shownAt: 1_000, submitAsked: false }));

describe('the first-visit preview handoff', () => {
  it('gives the seed once, and only for the exam the preview drew', () => {
    expect(takePreviewSeed('cc')).toBeUndefined();
    expect(takePreviewSeed('cissp')).toBe(7);
    expect(takePreviewSeed('cissp')).toBeUndefined();
  });

  it('carries a choice, and a submit, onto the question the preview showed, once', () => {
    const handoff = openPreviewHandoff()!;
    handoff.chosen = 2;
    handoff.submitAsked = true;
    expect(takePreviewChoice('q-2')).toBeUndefined();
    expect(takePreviewChoice('q-1')).toEqual({ position: 2, submit: true, shownAt: 1_000 });
    expect(takePreviewChoice('q-1')).toBeUndefined();
    // The preview takes no more input once the app has the choice.
    expect(openPreviewHandoff()).toBeUndefined();
  });

  it('closes the preview to input even when nothing was chosen', () => {
    expect(takePreviewChoice('q-1')).toBeUndefined();
    expect(openPreviewHandoff()).toBeUndefined();
  });

  it('forgets everything once the app has taken the preview’s place', () => {
    openPreviewHandoff()!.chosen = 1;
    endPreviewHandoff();
    expect(takePreviewSeed('cissp')).toBeUndefined();
    expect(takePreviewChoice('q-1')).toBeUndefined();
  });
});
