import { describe, expect, it } from 'vitest';
import { checkGroupInput, checkMemberName } from './group-schema';

describe('checkGroupInput', () => {
  it('keeps the trimmed names, skipping blank lines', () => {
    expect(checkGroupInput(' ML platform ', ['  Ana Lima', '', 'Ben Okafor  ', '   '])).toEqual({
      ok: true,
      value: { name: 'ML platform', members: ['Ana Lima', 'Ben Okafor'] },
    });
  });

  it("says what is wrong in the lead's words: the name as typed and the lines of the member list", () => {
    const result = checkGroupInput('  ', ['Alice', 'Bob', '', 'Carol', 'alice ', 'Bob', 'Bob', 'x'.repeat(61), 'Eve\u202e']);
    expect(result).toEqual({
      ok: false,
      problems: [
        'The group name must not be empty',
        `Line 8 ('${'x'.repeat(46)}…') is longer than 60 characters, the most allowed`,
        "Line 9 ('Eve\u202e') must not contain control characters",
        'Alice is listed twice (lines 1 and 5; names are matched whatever their case)',
        'Bob is listed 3 times (lines 2, 6 and 7)',
      ],
    });
    for (const problem of result.ok ? [] : result.problems) expect(problem).not.toMatch(/members|\[\d+\]/);
  });

  it('counts the names against the cap, not the lines', () => {
    const names = Array.from({ length: 101 }, (_, i) => `Member ${i + 1}`);
    expect(checkGroupInput('Big', [...names.slice(0, 100), '', ''])).toMatchObject({ ok: true });
    expect(checkGroupInput('Big', names)).toEqual({
      ok: false,
      problems: ['The member list has 101 names, more than the 100 a group can have'],
    });
  });
});

describe('checkMemberName', () => {
  it('trims the name, or says what is wrong with it', () => {
    expect(checkMemberName(' Ana ')).toEqual({ ok: true, value: 'Ana' });
    expect(checkMemberName('   ')).toEqual({ ok: false, problems: ['Your name must not be empty'] });
  });
});
