/**
 * A count as the app writes it: "1,690". The interface is in English, so its numbers use the en
 * separators whatever the browser's locale (a German browser would otherwise write "1.690" beside
 * English words). One formatter, made once, for every screen.
 */
let countFormat: Intl.NumberFormat | undefined;

// Made on first use, not as the module loads: some screens that import it are in the start-up chunk.
export const countText = (count: number): string => (countFormat ??= new Intl.NumberFormat('en')).format(count);

/** A count and its noun: "1 question", "1,690 questions". */
export const countOf = (count: number, word: string): string => `${countText(count)} ${word}${count === 1 ? '' : 's'}`;
