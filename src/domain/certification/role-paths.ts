/**
 * Which security certifications fit which role in an AI agency, in three tiers.
 *
 * Source: the role-based certification map in seed 000 (an article on building a
 * security-credentialed AI agency), checked 2026. The tiers and credentials follow the seed; the
 * reasons are our own words. `startsExam` marks the suggestions Bastion prepares for.
 */
import type { ExamId } from '../exam-blueprints';

export type AgencyRole = 'ml-engineer' | 'data-engineer' | 'solution-architect' | 'project-lead' | 'leadership';

export type CredentialId = 'cc' | 'security-plus' | 'cissp' | 'ccsp' | 'ccsk' | 'caisp' | 'giac-ml' | 'ceet' | 'landscape';

export interface CredentialInfo {
  readonly name: string;
  /** Who awards it, where the seed says so. */
  readonly issuer: string | null;
  /** False for the leadership "know the landscape" entry, which is knowledge rather than an exam. */
  readonly isCertification: boolean;
}

/** One suggestion: earn any one of `anyOf`. */
export interface CertificationSuggestion {
  readonly anyOf: readonly CredentialId[];
  readonly reason: string;
  /** The Bastion exam that starts this suggestion, when Bastion prepares one of its options. */
  readonly startsExam?: ExamId;
}

export interface RolePath {
  readonly role: AgencyRole;
  readonly title: string;
  readonly required: readonly CertificationSuggestion[];
  readonly recommended: readonly CertificationSuggestion[];
  readonly aspirational: readonly CertificationSuggestion[];
}

export const credentialCatalog: Record<CredentialId, CredentialInfo> = {
  cc: { name: 'Certified in Cybersecurity (CC)', issuer: 'ISC2', isCertification: true },
  'security-plus': { name: 'Security+', issuer: 'CompTIA', isCertification: true },
  cissp: { name: 'CISSP', issuer: 'ISC2', isCertification: true },
  ccsp: { name: 'Certified Cloud Security Professional (CCSP)', issuer: 'ISC2 with the Cloud Security Alliance', isCertification: true },
  ccsk: { name: 'Certificate of Cloud Security Knowledge (CCSK)', issuer: 'Cloud Security Alliance', isCertification: true },
  caisp: { name: 'Certified AI Security Professional (CAISP)', issuer: null, isCertification: true },
  'giac-ml': {
    name: 'GIAC Machine Learning Engineer (GMLE) or a related GIAC ML security certification',
    issuer: 'SANS / GIAC',
    isCertification: true,
  },
  ceet: { name: 'Certified Ethical Emerging Technologist (CEET)', issuer: 'CertNexus', isCertification: true },
  landscape: { name: 'Working knowledge of the security certification landscape', issuer: null, isCertification: false },
};

const baseline = (reason: string): CertificationSuggestion => ({ anyOf: ['cc', 'security-plus'], reason, startsExam: 'cc' });

export const rolePaths: Record<AgencyRole, RolePath> = {
  'ml-engineer': {
    role: 'ml-engineer',
    title: 'ML engineer or data scientist',
    required: [baseline('You touch client data and ship models, so you need the shared security basics that reviewers expect.')],
    recommended: [
      { anyOf: ['caisp', 'giac-ml'], reason: 'Shows you can defend models themselves: evasion, poisoning, extraction and privacy leaks.' },
    ],
    aspirational: [{ anyOf: ['cissp'], reason: 'The broad credential to aim for once you lead projects or teams.', startsExam: 'cissp' }],
  },
  'data-engineer': {
    role: 'data-engineer',
    title: 'Data engineer',
    required: [baseline('Pipelines move sensitive client data, so a common security baseline comes first.')],
    recommended: [
      { anyOf: ['ccsk', 'ccsp'], reason: 'Most training and inference data lives in the cloud, so cloud security is your daily ground.' },
    ],
    aspirational: [
      { anyOf: ['cissp'], reason: 'Broadens data-platform skills into security across all eight domains.', startsExam: 'cissp' },
    ],
  },
  'solution-architect': {
    role: 'solution-architect',
    title: 'Solution architect',
    required: [
      { anyOf: ['cissp'], reason: 'Architects are where a CISSP pays off most: security is designed in here.', startsExam: 'cissp' },
    ],
    recommended: [
      { anyOf: ['ccsp'], reason: 'Adds depth on securing the cloud platforms your designs run on.' },
      { anyOf: ['caisp'], reason: 'Adds the attacks and controls specific to AI systems.' },
    ],
    aspirational: [],
  },
  'project-lead': {
    role: 'project-lead',
    title: 'Project manager or practice lead',
    required: [{ anyOf: ['cc'], reason: 'Enough security grounding to plan the work and talk with client reviewers.', startsExam: 'cc' }],
    recommended: [{ anyOf: ['ceet'], reason: 'Lets you guide clients on responsible, well-governed AI when others build the controls.' }],
    aspirational: [
      {
        anyOf: ['cissp'],
        reason: 'Worth it if you lead work in security-sensitive sectors such as finance or health.',
        startsExam: 'cissp',
      },
    ],
  },
  leadership: {
    role: 'leadership',
    title: 'Agency leadership',
    required: [{ anyOf: ['landscape'], reason: 'You decide who certifies in what, so you need to know which credential proves what.' }],
    recommended: [
      {
        anyOf: ['ceet', 'cissp'],
        reason: 'Pick by involvement: CEET for governance talks, CISSP if you join client security discussions.',
        startsExam: 'cissp',
      },
    ],
    aspirational: [],
  },
};

export const agencyRoles: readonly AgencyRole[] = ['ml-engineer', 'data-engineer', 'solution-architect', 'project-lead', 'leadership'];

/**
 * The Bastion exams that start any suggestion for a role, most pressing tier first, no repeats.
 * @example examsForRole('data-engineer') // ['cc', 'cissp']
 */
export function examsForRole(role: AgencyRole): ExamId[] {
  const path = rolePaths[role];
  const exams = [...path.required, ...path.recommended, ...path.aspirational].flatMap((s) => (s.startsExam ? [s.startsExam] : []));
  return [...new Set(exams)];
}
