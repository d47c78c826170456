import { describe, expect, it } from 'vitest';
import { LINKED_PRACTICE_SIZE, parsePracticeLink, practiceHref } from './practice-link';

describe('practice links', () => {
  it('writes a domain link and reads it back as a 10-question session over that domain', () => {
    const href = practiceHref({ exam: 'cissp', domains: [3] });
    expect(href).toBe('/practice?exam=cissp&domain=3');
    const parsed = parsePracticeLink(href.split('?')[1]!);
    expect(parsed).toEqual({
      config: {
        kind: 'practice',
        exam: 'cissp',
        title: 'CISSP practice: Domain 3',
        domains: [3],
        objectives: [],
        tags: [],
        difficulties: [],
        source: 'all',
        size: LINKED_PRACTICE_SIZE,
      },
    });
  });

  it('round-trips several objectives and a source', () => {
    const href = practiceHref({ exam: 'cc', objectives: ['4.2', '4.3'], source: 'due' });
    expect(href).toBe('/practice?exam=cc&objective=4.2&objective=4.3&source=due');
    const parsed = parsePracticeLink(new URLSearchParams(href.split('?')[1]));
    expect(parsed && 'config' in parsed ? parsed.config : null).toMatchObject({
      exam: 'cc',
      objectives: ['4.2', '4.3'],
      domains: [],
      source: 'due',
      title: 'ISC2 CC practice: objectives 4.2, 4.3',
    });
  });

  it('is not a link without a domain or objective (the plain practice screen, Quick 10)', () => {
    expect(parsePracticeLink('')).toBeNull();
    expect(parsePracticeLink('quick=1')).toBeNull();
    expect(parsePracticeLink('exam=cissp&source=new')).toBeNull();
  });

  it('names what is wrong in a bad link', () => {
    expect(parsePracticeLink('domain=3')).toEqual({ error: 'This practice link names the exam “”; it must be cissp or cc.' });
    expect(parsePracticeLink('exam=cc&domain=8')).toEqual({ error: 'This practice link names domain “8”, which ISC2 CC does not have.' });
    expect(parsePracticeLink('exam=cissp&domain=03')).toEqual({
      error: 'This practice link names domain “03”, which CISSP does not have.',
    });
    expect(parsePracticeLink('exam=cissp&objective=9.1')).toEqual({
      error: 'This practice link names objective “9.1”, which CISSP does not have.',
    });
    expect(parsePracticeLink('exam=cissp&domain=1&source=later')).toEqual({
      error: 'This practice link asks for questions from “later”; use one of all, new, due, missed, flagged.',
    });
  });
});
