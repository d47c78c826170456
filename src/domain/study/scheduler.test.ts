import fc from 'fast-check';
import { createEmptyCard, Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  defaultSchedulerSettings,
  formatInterval,
  maximumIntervalDays,
  previewIntervals,
  retrievability,
  retrievabilityAt,
  scheduleAfterAnswer,
  schedulerFor,
} from './scheduler';

const now = new Date('2026-03-01T09:00:00Z');
const noFuzz = { ...defaultSchedulerSettings, fuzz: false };

describe('scheduleAfterAnswer', () => {
  it('creates a card on the first answer and schedules it by the rating', () => {
    const again = scheduleAfterAnswer(undefined, Rating.Again, now, noFuzz);
    const easy = scheduleAfterAnswer(undefined, Rating.Easy, now, noFuzz);
    expect(again.card.reps).toBe(1);
    expect(again.card.due.getTime()).toBeLessThan(easy.card.due.getTime());
    expect(again.log.rating).toBe(Rating.Again);
  });

  it('is deterministic for the same inputs, fuzz included', () => {
    const a = scheduleAfterAnswer(undefined, Rating.Easy, now, defaultSchedulerSettings);
    const b = scheduleAfterAnswer(undefined, Rating.Easy, now, defaultSchedulerSettings);
    expect(a.card.due.getTime()).toBe(b.card.due.getTime());
  });

  it('never schedules past the exam date', () => {
    const examDate = new Date('2026-03-05T23:59:59Z');
    let card = scheduleAfterAnswer(undefined, Rating.Easy, now, { ...noFuzz, examDate }).card;
    let t = now;
    for (let i = 0; i < 6; i++) {
      t = new Date(Math.min(card.due.getTime(), examDate.getTime() - 1000));
      card = scheduleAfterAnswer(card, Rating.Easy, t, { ...noFuzz, examDate }).card;
      expect(card.due.getTime()).toBeLessThanOrEqual(examDate.getTime());
    }
    expect(maximumIntervalDays(now, examDate)).toBe(4);
    expect(maximumIntervalDays(new Date('2026-03-05T12:00:00Z'), examDate)).toBe(1);
  });

  it('lets a higher desired retention give shorter intervals', () => {
    const first = scheduleAfterAnswer(undefined, Rating.Good, now, noFuzz).card;
    const later = new Date(first.due.getTime());
    const low = scheduleAfterAnswer(first, Rating.Good, later, { ...noFuzz, desiredRetention: 0.8 }).card;
    const high = scheduleAfterAnswer(first, Rating.Good, later, { ...noFuzz, desiredRetention: 0.95 }).card;
    expect(high.due.getTime()).toBeLessThan(low.due.getTime());
  });
});

describe('previewIntervals and retrievability', () => {
  it('previews one due date per grade, ordered Again ≤ Hard ≤ Good ≤ Easy', () => {
    const p = previewIntervals(undefined, now, noFuzz);
    expect(p[Rating.Again].getTime()).toBeLessThanOrEqual(p[Rating.Hard].getTime());
    expect(p[Rating.Hard].getTime()).toBeLessThanOrEqual(p[Rating.Good].getTime());
    expect(p[Rating.Good].getTime()).toBeLessThanOrEqual(p[Rating.Easy].getTime());
  });

  it('gives 0 for a new card and decays after a review', () => {
    const card = scheduleAfterAnswer(undefined, Rating.Good, now, noFuzz).card;
    const soon = retrievability(card, new Date(now.getTime() + 60_000));
    const late = retrievability(card, new Date(now.getTime() + 30 * 86_400_000));
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
  });

  it('gives the same recall for many cards from one scheduler', () => {
    const later = new Date(now.getTime() + 12 * 86_400_000);
    const cards = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map(
      (g) => scheduleAfterAnswer(undefined, g, now, noFuzz).card,
    );
    const recallLater = retrievabilityAt(later, noFuzz);
    expect(cards.map(recallLater)).toEqual(cards.map((c) => retrievability(c, later, noFuzz)));
    expect(new Set(cards.map(recallLater)).size).toBe(4);
  });

  it('gives exactly what ts-fsrs’s get_retrievability gives, for cards in every state and at many moments', () => {
    const settings = { ...defaultSchedulerSettings, fuzz: false };
    const scheduler = schedulerFor(settings, now);
    const cards = fc.sample(
      fc.record({
        state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
        stability: fc.double({ min: 0.01, max: 36_500, noNaN: true }),
        lastReviewDaysAgo: fc.double({ min: -2, max: 3_000, noNaN: true }),
      }),
      300,
    );
    for (const { state, stability, lastReviewDaysAgo } of cards) {
      const card = { ...createEmptyCard(now), state, stability, last_review: new Date(now.getTime() - lastReviewDaysAgo * 86_400_000) };
      const expected = state === State.New ? 0 : scheduler.get_retrievability(card, now, false);
      expect(retrievabilityAt(now, settings)(card)).toBe(expected);
    }
  });

  it('formats intervals as Anki does', () => {
    expect(formatInterval(now, new Date(now.getTime() + 10 * 60_000))).toBe('10 min');
    expect(formatInterval(now, new Date(now.getTime() + 3 * 86_400_000))).toBe('3 d');
    expect(formatInterval(now, new Date(now.getTime() + 90 * 86_400_000))).toBe('3 mo');
  });
});
