/**
 * A count as the app writes it: "1,690". The interface is in English, so its numbers use the en
 * separators whatever the browser's locale (a German browser would otherwise write "1.690" beside
 * English words). One formatter, made once, for every screen.
 */
const countFormat = new Intl.NumberFormat('en');

export const countText = (count: number): string => countFormat.format(count);

/** A count and its noun: "1 question", "1,690 questions". */
export const countOf = (count: number, word: string): string => `${countText(count)} ${word}${count === 1 ? '' : 's'}`;
