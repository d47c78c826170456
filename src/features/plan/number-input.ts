/**
 * A number field's value kept as a number, with an empty field as NaN, not 0: Number('') is 0, so a
 * cleared field showed "0" and the next digit made "08", and the message quoted "you entered 0". The
 * check then asks for the number instead.
 */
export const numberOrNaN = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** What the field shows for such a value: empty for NaN. */
export const shownNumber = (value: number): number | '' => (Number.isNaN(value) ? '' : value);
