/**
 * Whether this page load draws a first visit's preview (first-visit-preview.tsx), decided from
 * the address and localStorage alone, before any of the app's code has arrived.
 *
 * A preview is drawn for a Quick 10 link when the app has never run in this browser (no bank hint,
 * no note of a start; start-hints.ts): the learner has no history yet, so the session depends only on the starter set and a
 * seed. A wrong guess (the hints lost but the database kept) only shows a starter question for the
 * moment before the app draws the learner's own session in its place.
 */
import starterSetText from 'virtual:starter-set';
import { appStartedHere, hintedBank } from '../data/start-hints';
import { isQuick10Address } from '../domain/study/quick-link';

export const previewWanted =
  isQuick10Address(window.location.pathname, window.location.search) && hintedBank() === null && !appStartedHere();

/**
 * The starter set's JSON text when a preview is wanted. It is a chunk of its own that index.html
 * preloads (vite.config.ts): requested only once this module ran, it arrived ~60 ms into the
 * entry's evaluation, after the page could have drawn the question.
 */
export const previewStarterText: string | undefined = previewWanted ? starterSetText : undefined;
