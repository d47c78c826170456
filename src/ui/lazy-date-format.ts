/**
 * A date formatter made on first use, not when its module loads. The first `Intl.DateTimeFormat` a
 * page creates loads the locale's date data: 25–50 ms in Chromium here. Made at module level, it
 * charged that to every start whose screen merely imported a formatter (the practice screen's
 * assignment cards, on a first visit), even when nothing was formatted.
 */
export function lazyDateFormat(locales: string | undefined, options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat(locales, options));
}
