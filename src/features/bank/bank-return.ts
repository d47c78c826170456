/**
 * Where the bank list was left: the filter (the URL's search) and the question opened from it, so
 * that coming back — by the question's "All questions" link or the browser's Back — shows the same
 * filtered list at the same question, with focus on it, instead of the whole bank from the top.
 * Kept in memory for this tab only: a reload or a new tab starts at the top, as a fresh visit should.
 */
let lastOpened: { readonly search: string; readonly key: string } | undefined;

export function rememberOpened(search: string, key: string): void {
  lastOpened = { search, key };
}

/** The bank's address to go back to from question `key`: its filter if it was opened from the list. */
export function bankAddressFor(key: string | undefined): string {
  return lastOpened && lastOpened.key === key ? `/bank${lastOpened.search}` : '/bank';
}

/** The question to bring back into view for this filter, if the learner opened one from it. */
export function openedFrom(search: string): string | undefined {
  return lastOpened?.search === search ? lastOpened.key : undefined;
}
