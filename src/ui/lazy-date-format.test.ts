import { afterEach, describe, expect, it } from 'vitest';
import { lazyDateFormat } from './lazy-date-format';

const Real = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = Real;
});

describe('lazyDateFormat', () => {
  it('makes no formatter until one is asked for, then keeps that one', () => {
    let made = 0;
    Intl.DateTimeFormat = class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made += 1;
      }
    } as typeof Real;
    const format = lazyDateFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(made).toBe(0);
    expect(format().format(Date.UTC(2027, 1, 28))).toBe('28 February 2027');
    expect(format()).toBe(format());
    expect(made).toBe(1);
  });
});
