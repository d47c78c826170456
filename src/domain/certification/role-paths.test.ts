import { describe, expect, it } from 'vitest';
import { agencyRoles, credentialCatalog, examsForRole, rolePaths, type CertificationSuggestion, type RolePath } from './role-paths';

const suggestions = (path: RolePath): CertificationSuggestion[] => [...path.required, ...path.recommended, ...path.aspirational];

describe('role paths', () => {
  it('covers the five agency roles, each with at least one requirement', () => {
    expect(agencyRoles).toEqual(['ml-engineer', 'data-engineer', 'solution-architect', 'project-lead', 'leadership']);
    for (const role of agencyRoles) {
      expect(rolePaths[role].role).toBe(role);
      expect(rolePaths[role].required.length).toBeGreaterThan(0);
    }
  });

  it('names only catalogued credentials, each at most once per role, with a one-line reason', () => {
    for (const path of Object.values(rolePaths)) {
      const ids = suggestions(path).flatMap((s) => s.anyOf);
      expect(new Set(ids).size).toBe(ids.length);
      for (const s of suggestions(path)) {
        for (const id of s.anyOf) expect(credentialCatalog[id]).toBeDefined();
        expect(s.reason).toMatch(/^[A-Z].{20,119}\.$/);
        expect(s.reason).not.toContain('\n');
      }
    }
  });

  it('marks startsExam exactly where Bastion prepares one of the options', () => {
    for (const path of Object.values(rolePaths)) {
      for (const s of suggestions(path)) {
        const prepared = s.anyOf.filter((id) => id === 'cc' || id === 'cissp');
        expect(s.startsExam === undefined ? [] : [s.startsExam]).toEqual(prepared);
      }
    }
  });

  it('follows the seed map: baselines for builders, CISSP for architects, knowledge for leadership', () => {
    expect(rolePaths['ml-engineer'].required[0]?.anyOf).toEqual(['cc', 'security-plus']);
    expect(rolePaths['ml-engineer'].recommended[0]?.anyOf).toEqual(['caisp', 'giac-ml']);
    expect(rolePaths['data-engineer'].recommended[0]?.anyOf).toEqual(['ccsk', 'ccsp']);
    expect(rolePaths['solution-architect'].required[0]?.anyOf).toEqual(['cissp']);
    expect(rolePaths['solution-architect'].recommended.map((s) => s.anyOf)).toEqual([['ccsp'], ['caisp']]);
    expect(rolePaths['project-lead'].required[0]?.anyOf).toEqual(['cc']);
    expect(rolePaths['project-lead'].recommended[0]?.anyOf).toEqual(['ceet']);
    const leadershipRequired = rolePaths.leadership.required[0]!.anyOf[0]!;
    expect(credentialCatalog[leadershipRequired].isCertification).toBe(false);
    expect(rolePaths.leadership.recommended[0]?.anyOf).toEqual(['ceet', 'cissp']);
  });

  it('lists the Bastion exams per role, most pressing first', () => {
    expect(examsForRole('ml-engineer')).toEqual(['cc', 'cissp']);
    expect(examsForRole('solution-architect')).toEqual(['cissp']);
    expect(examsForRole('leadership')).toEqual(['cissp']);
  });
});
