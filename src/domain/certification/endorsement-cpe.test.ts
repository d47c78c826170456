import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  annualFee,
  annualFeeDueDate,
  cpeCsv,
  cpeProgress,
  csvText,
  daysLeft,
  endorsementDeadline,
  type CpeEntry,
} from './endorsement-cpe';

/** Local noon, so the calendar day is the same in every time zone the tests run in. */
const on = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
};
const entry = (date: string, hours: number, group: 'A' | 'B' = 'A'): CpeEntry => ({ date, activity: 'Webinar', group, hours });

describe('endorsement deadline', () => {
  it('is 9 months after passing, clamped to the end of a shorter month', () => {
    expect(endorsementDeadline('2026-05-31')).toBe('2027-02-28');
    expect(endorsementDeadline('2027-05-31')).toBe('2028-02-29'); // leap year keeps the 29th
    expect(endorsementDeadline('2026-03-31')).toBe('2026-12-31');
    expect(endorsementDeadline('2026-01-15')).toBe('2026-10-15');
  });

  it('counts whole days left: 0 on the deadline, negative after it', () => {
    expect(daysLeft('2027-02-28', on('2026-05-31'))).toBe(273);
    expect(daysLeft('2027-02-28', new Date(2027, 1, 28, 23, 59))).toBe(0);
    expect(daysLeft('2027-02-28', new Date(2027, 2, 1, 0, 1))).toBe(-1);
  });

  it('adds months across year ends and refuses impossible dates', () => {
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsClamped('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    // Years 0–99 are their own years, not 1900–1999 (Date.UTC's reading), and year 0 was a leap year.
    expect(addMonthsClamped('0050-01-31', 1)).toBe('0050-02-28');
    expect(addMonthsClamped('0000-01-29', 1)).toBe('0000-02-29');
    expect(() => addMonthsClamped('2026-02-30', 1)).toThrow(/not a real yyyy-mm-dd date/);
    expect(() => endorsementDeadline('31/05/2026')).toThrow(/"31\/05\/2026"/);
  });
});

describe('cpeProgress', () => {
  it('splits a cycle starting 2025-07-01 into cycle years that cross calendar years', () => {
    const progress = cpeProgress(
      [entry('2025-12-31', 2), entry('2026-01-01', 3), entry('2026-06-30', 1, 'B'), entry('2026-07-01', 4), entry('2025-06-30', 9)],
      'cissp',
      '2025-07-01',
      on('2026-08-01'),
    );
    expect(progress.cycleEnd).toBe('2028-06-30');
    expect(progress.years.map((y) => [y.year, y.start, y.end, y.total, y.state])).toEqual([
      [1, '2025-07-01', '2026-06-30', 6, 'past'],
      [2, '2026-07-01', '2027-06-30', 4, 'current'],
      [3, '2027-07-01', '2028-06-30', 0, 'future'],
    ]);
    expect(progress.years[0]).toMatchObject({ groupA: 5, groupB: 1, yearlyTarget: 40, yearlyTargetKind: 'suggested' });
    expect(progress).toMatchObject({ total: 10, groupA: 9, groupB: 1, cycleTarget: 120, groupAMinimum: 90, targetUnconfirmed: false });
    expect(progress.ignored.map((i) => i.reason)).toEqual(['outside this cycle (2025-07-01 to 2028-06-30)']);
  });

  it('keeps a 29 February start on the last day of February in common years', () => {
    const progress = cpeProgress([], 'cissp', '2024-02-29', on('2024-03-01'));
    expect(progress.years.map((y) => `${y.start}..${y.end}`)).toEqual([
      '2024-02-29..2025-02-27',
      '2025-02-28..2026-02-27',
      '2026-02-28..2027-02-27',
    ]);
  });

  it('ignores future, zero-hour and malformed entries, with reasons', () => {
    const progress = cpeProgress(
      [entry('2026-09-01', 1), entry('2026-01-01', 0), entry('2026-1-1', 1)],
      'cissp',
      '2025-07-01',
      on('2026-08-01'),
    );
    expect(progress.total).toBe(0);
    expect(progress.ignored.map((i) => i.reason)).toEqual([
      'dated in the future',
      'hours must be a number above 0',
      'date "2026-1-1" is not a yyyy-mm-dd date',
    ]);
  });

  it('adds decimal hours without floating-point noise', () => {
    expect(cpeProgress([entry('2026-01-01', 0.1), entry('2026-01-02', 0.2)], 'cissp', '2025-07-01', on('2026-02-01')).total).toBe(0.3);
  });

  it('writes the days in its words with the given formatter, keeping the fields yyyy-mm-dd', () => {
    const words = (day: string) => `<${day}>`;
    const notStarted = cpeProgress([entry('2025-06-01', 2)], 'cissp', '2025-07-01', on('2025-06-15'), words);
    expect(notStarted.nextStep).toBe('Your CPE cycle starts on <2025-07-01>; credits earned before then do not count.');
    expect(notStarted.ignored.map((i) => i.reason)).toEqual(['outside this cycle (<2025-07-01> to <2028-06-30>)']);
    expect(notStarted.cycleEnd).toBe('2028-06-30');
    const onTrack = cpeProgress([entry('2025-08-01', 10)], 'cissp', '2025-07-01', on('2026-01-01'), words);
    expect(onTrack.nextStep).toBe(
      'On track: 110 more credits by <2028-06-30>, at least 80 of them Group A. This cycle year (to <2026-06-30>) needs 30 more to keep pace.',
    );
    const behind = cpeProgress([entry('2025-08-01', 30)], 'cissp', '2025-07-01', on('2026-08-01'), words);
    expect(behind.nextStep).toContain('earn 50 credits by <2027-06-30>');
    const short = cpeProgress([entry('2025-08-01', 100)], 'cissp', '2025-07-01', on('2028-07-01'), words);
    expect(short.nextStep).toContain('ended on <2028-06-30>, 20 credits short');
  });

  it('reports CISSP status from not started to complete', () => {
    const status = (entries: CpeEntry[], now: string) => cpeProgress(entries, 'cissp', '2025-07-01', on(now));
    expect(status([], '2025-06-01').status).toBe('not-started');
    const early = status([entry('2025-08-01', 10)], '2026-01-01');
    expect(early.status).toBe('on-track'); // no cycle year finished yet
    expect(early.nextStep).toContain('110 more credits by 2028-06-30, at least 80 of them Group A');
    expect(early.nextStep).toContain('This cycle year (to 2026-06-30) needs 30 more');
    const behind = status([entry('2025-08-01', 30)], '2026-08-01');
    expect(behind.status).toBe('behind');
    expect(behind.nextStep).toContain('earn 50 credits by 2027-06-30');
    const full = [entry('2025-08-01', 90), entry('2026-08-01', 30, 'B')];
    expect(status(full, '2026-09-01').status).toBe('complete');
    const fewA = status([entry('2025-08-01', 80), entry('2026-08-01', 40, 'B')], '2026-09-01');
    expect(fewA.status).toBe('on-track');
    expect(fewA.nextStep).toContain('10 more credits by 2028-06-30, at least 10 of them Group A');
    const short = status([entry('2025-08-01', 100)], '2028-07-01');
    expect(short.status).toBe('ended-short');
    expect(short.nextStep).toContain('ended on 2028-06-30, 20 credits short');
  });

  it('requires an Associate to earn 15 in every cycle year', () => {
    const missed = cpeProgress([entry('2025-08-01', 10, 'B')], 'associate', '2025-07-01', on('2026-08-01'));
    expect(missed.status).toBe('behind');
    expect(missed.nextStep).toContain('Cycle year 1 ended with 10 of the 15 required credits');
    const frontLoaded = cpeProgress([entry('2025-08-01', 45)], 'associate', '2025-07-01', on('2026-08-01'));
    expect(frontLoaded).toMatchObject({ cycleTarget: 45, groupAMinimum: null, status: 'on-track' });
    expect(frontLoaded.years[1]).toMatchObject({ yearlyTarget: 15, yearlyTargetKind: 'required' });
    expect(frontLoaded.nextStep).toContain('needs 15 more');
    const everyYear = [entry('2025-08-01', 15), entry('2026-08-01', 15), entry('2027-08-01', 15)];
    expect(cpeProgress(everyYear, 'associate', '2025-07-01', on('2027-09-01')).status).toBe('complete');
  });

  it('uses the unconfirmed CC target of 45 over 3 years and says so', () => {
    const cc = cpeProgress([entry('2025-08-01', 5)], 'cc', '2025-07-01', on('2026-08-01'));
    expect(cc).toMatchObject({ cycleTarget: 45, targetUnconfirmed: true, status: 'behind' });
    expect(cc.years[0]?.yearlyTarget).toBeNull();
    expect(cc.nextStep).toContain('check the figure with ISC2');
  });
});

describe('annual maintenance fee', () => {
  it('falls due on each anniversary of certification', () => {
    expect(annualFeeDueDate('2025-07-01', on('2025-01-01'))).toBe('2026-07-01');
    expect(annualFeeDueDate('2025-07-01', on('2026-06-30'))).toBe('2026-07-01');
    expect(annualFeeDueDate('2025-07-01', on('2026-07-01'))).toBe('2026-07-01');
    expect(annualFeeDueDate('2025-07-01', on('2026-07-02'))).toBe('2027-07-01');
    expect(annualFeeDueDate('2020-03-15', on('2031-01-01'))).toBe('2031-03-15');
    expect(annualFeeDueDate('2024-02-29', on('2025-01-01'))).toBe('2025-02-28');
    expect(annualFeeDueDate('2024-02-29', on('2027-03-01'))).toBe('2028-02-29');
  });

  it('reports the fee for each certification with its confirmation flag', () => {
    expect(annualFee('cissp')).toMatchObject({ value: 135, unconfirmed: false });
    expect(annualFee('associate')).toMatchObject({ value: 50, unconfirmed: false });
    expect(annualFee('cc')).toMatchObject({ value: 50, unconfirmed: true });
  });
});

describe('cpeCsv', () => {
  it('writes a header and one CRLF-terminated row per entry', () => {
    const csv = cpeCsv([
      { date: '2026-01-10', activity: 'ISC2 webinar', group: 'A', hours: 1.5, evidence: 'cert.pdf' },
      entry('2026-02-01', 2, 'B'),
    ]);
    expect(csv).toBe('Date,Activity,Group,Hours,Evidence\r\n2026-01-10,ISC2 webinar,A,1.5,cert.pdf\r\n2026-02-01,Webinar,B,2,\r\n');
  });

  it('quotes fields holding commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvText('Read, then wrote')).toBe('"Read, then wrote"');
    expect(csvText('The "CISSP" book')).toBe('"The ""CISSP"" book"');
    expect(csvText('line one\nline two')).toBe('"line one\nline two"');
    expect(csvText('cr\rlf')).toBe('"cr\rlf"');
    expect(csvText('plain text')).toBe('plain text');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'].map(csvText)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx"]);
    expect(csvText('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvText('a=b')).toBe('a=b');
    expect(cpeCsv([{ ...entry('2026-01-01', 1), activity: '=cmd', evidence: '@evil' }])).toContain("2026-01-01,'=cmd,A,1,'@evil\r\n");
  });

  /** A small RFC 4180 reader, to prove the writer's output reads back to the same cells. */
  const readCsv = (text: string): string[][] => {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const next = text[i + 1];
      if (quoted && ch === '"' && next === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = !quoted; // a quote only opens a field at its start, which is all our writer emits
      } else if (!quoted && ch === ',') {
        row.push(cell);
        cell = '';
      } else if (!quoted && ch === '\r' && next === '\n') {
        rows.push([...row, cell]);
        row = [];
        cell = '';
        i++;
      } else {
        cell += ch;
      }
    }
    return rows;
  };

  it('round-trips any text through a standard CSV reader', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', "'", 'é'), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ activity: text, evidence: text, hours: fc.integer({ min: 1, max: 40 }) }), { maxLength: 5 }),
        (rows) => {
          const entries = rows.map((r): CpeEntry => ({ date: '2026-01-01', group: 'A', ...r }));
          const unsafe = (s: string) => /^[=+\-@\t\r]/.test(s);
          const expected = entries.map((e) => [
            e.date,
            unsafe(e.activity) ? `'${e.activity}` : e.activity,
            'A',
            String(e.hours),
            unsafe(e.evidence!) ? `'${e.evidence}` : e.evidence,
          ]);
          expect(readCsv(cpeCsv(entries))).toEqual([['Date', 'Activity', 'Group', 'Hours', 'Evidence'], ...expected]);
        },
      ),
      { seed: 4180, numRuns: 300 },
    );
  });
});
