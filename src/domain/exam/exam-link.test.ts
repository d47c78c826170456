import { describe, expect, it } from 'vitest';
import { examChoiceFromSearch, examHasVariant, examStartHref } from './exam-link';

describe('exam start links', () => {
  it('round-trips an exam and form', () => {
    expect(examStartHref({ exam: 'cissp', variant: 'cat' })).toBe('/exam?exam=cissp&variant=cat');
    expect(examChoiceFromSearch('?exam=cissp&variant=cat')).toEqual({ exam: 'cissp', variant: 'cat' });
    expect(examChoiceFromSearch(new URLSearchParams('exam=cc&variant=linear'))).toEqual({ exam: 'cc', variant: 'linear' });
  });

  it('knows which forms each exam has', () => {
    expect(examHasVariant('cissp', 'short')).toBe(true);
    expect(examHasVariant('cissp', 'cat')).toBe(true);
    expect(examHasVariant('cissp', 'linear')).toBe(false);
    expect(examHasVariant('cc', 'linear')).toBe(true);
    expect(examHasVariant('cc', 'long')).toBe(false);
  });

  it('ignores a link that names no exam, an unknown exam, or a form the exam lacks', () => {
    expect(examChoiceFromSearch('')).toBeNull();
    expect(examChoiceFromSearch('result=exam-1')).toBeNull();
    expect(examChoiceFromSearch('exam=cissp')).toBeNull();
    expect(examChoiceFromSearch('exam=ccsp&variant=cat')).toBeNull();
    expect(examChoiceFromSearch('exam=cissp&variant=linear')).toBeNull();
  });
});
