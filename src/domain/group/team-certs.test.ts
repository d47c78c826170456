import { describe, expect, it } from 'vitest';
import { checkTeamCert, requiredCpe, sortTeamCerts, suggestedRenewal, teamCertsCsv, type TeamCert } from './team-certs';

const row = (over: Partial<TeamCert>): TeamCert => ({
  member: 'Ana',
  certification: 'CISSP',
  status: 'studying',
  examDate: '',
  cpeEarned: null,
  cpeRequired: null,
  renewalDate: '',
  ...over,
});

describe('team certification tracker', () => {
  it('checks a row and trims its text', () => {
    expect(checkTeamCert(row({ member: '  Ben ' }))).toEqual({ ok: true, value: row({ member: 'Ben' }) });
    expect(checkTeamCert(row({ member: '', examDate: '2026-02-30', cpeEarned: -1 }))).toEqual({
      ok: false,
      problems: [
        'The member must not be empty',
        "The exam date must be a real date like '2026-05-01', or nothing",
        'CPE earned must be 0 or more',
      ],
    });
  });

  it('knows the ISC2 CPE figures, marking the unconfirmed one, and nothing for others', () => {
    expect(requiredCpe('CISSP')).toEqual({ value: 120, unconfirmed: false });
    expect(requiredCpe('cc')).toEqual({ value: 45, unconfirmed: true });
    expect(requiredCpe('Security+')).toBeNull();
    expect(suggestedRenewal('CISSP', '2024-02-29')).toBe('2027-02-28');
    expect(suggestedRenewal('CCSP', '2024-02-29')).toBeNull();
  });

  it('sorts by any column either way, unknown values last, ties by member', () => {
    const rows = [
      row({ member: 'Cy', status: 'passed', examDate: '2026-01-10', cpeEarned: 30, cpeRequired: 120 }),
      row({ member: 'Ana', status: 'endorsed', examDate: '', cpeEarned: 90, cpeRequired: 120 }),
      row({ member: 'Ben', status: 'studying', examDate: '2026-06-01' }),
    ];
    const names = (r: TeamCert[]) => r.map((x) => x.member);
    expect(names(sortTeamCerts(rows, 'member', 'ascending'))).toEqual(['Ana', 'Ben', 'Cy']);
    expect(names(sortTeamCerts(rows, 'member', 'descending'))).toEqual(['Cy', 'Ben', 'Ana']);
    expect(names(sortTeamCerts(rows, 'status', 'ascending'))).toEqual(['Ben', 'Cy', 'Ana']);
    expect(names(sortTeamCerts(rows, 'examDate', 'ascending'))).toEqual(['Cy', 'Ben', 'Ana']);
    expect(names(sortTeamCerts(rows, 'examDate', 'descending'))).toEqual(['Ben', 'Cy', 'Ana']);
    expect(names(sortTeamCerts(rows, 'cpe', 'descending'))).toEqual(['Ana', 'Cy', 'Ben']);
  });

  it('sorts names as a lead reads them: numbers by value, case aside', () => {
    const rows = ['Member 10', 'member 4', 'Member 30', 'Member 2'].map((member) => row({ member }));
    const names = (r: TeamCert[]) => r.map((x) => x.member);
    expect(names(sortTeamCerts(rows, 'member', 'ascending'))).toEqual(['Member 2', 'member 4', 'Member 10', 'Member 30']);
    expect(names(sortTeamCerts(rows, 'member', 'descending'))).toEqual(['Member 30', 'Member 10', 'member 4', 'Member 2']);
  });

  it('exports CSV with CPE percentages and neutralised text', () => {
    expect(teamCertsCsv([row({ member: '+Ana', cpeEarned: 30, cpeRequired: 120, status: 'exam-booked', examDate: '2026-06-01' })])).toBe(
      'Member,Certification,Status,Exam date,CPE earned,CPE required,CPE %,Renewal date\r\n' +
        "'+Ana,CISSP,Exam booked,2026-06-01,30,120,25,\r\n",
    );
  });
});
