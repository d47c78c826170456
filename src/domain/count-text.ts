/**
 * A count as the app writes it: "1,690". The interface is in English, so its numbers use the en
 * separators whatever the browser's locale (a German browser would otherwise write "1.690" beside
 * English words). One formatter, made once, for every screen.
 */
let countFormat: Intl.NumberFormat | undefined;

/**
 * A whole count under 1,000 is written as its digits, as the formatter would: making the formatter
 * loads the engine's locale data, ~12 ms that a first visit paid just before its first question
 * showed ("question 1 of 10"). Made on first use otherwise, not as the module loads.
 */
export const countText = (count: number): string =>
  Number.isInteger(count) && count > -1000 && count < 1000 && !Object.is(count, -0)
    ? String(count)
    : (countFormat ??= new Intl.NumberFormat('en')).format(count);

/** A count and its noun: "1 question", "1,690 questions". */
export const countOf = (count: number, word: string): string => `${countText(count)} ${word}${count === 1 ? '' : 's'}`;
