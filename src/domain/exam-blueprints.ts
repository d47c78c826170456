/**
 * The exam blueprints as data, written once. Every figure cites its source.
 *
 * Source: shared/exam-facts.md, checked against ISC2's public outline pages in 2026.
 * - CISSP: Detailed Content Outline effective 15 April 2024 (8 domains, 62 objectives: the list in exam-facts.md, whose heading says 57).
 * - CC: Certified in Cybersecurity outline (5 domains, 17 objectives). A new CC outline takes effect
 *   on 1 September 2026 with domains and weights not yet confirmed, so the CC blueprint is kept as a
 *   swappable value (`ccBlueprint`) rather than spread through the code.
 */

export type ExamId = 'cissp' | 'cc';

export interface Objective {
  /** Outline number, e.g. "1.9". */
  readonly id: string;
  readonly title: string;
}

export interface ExamDomain {
  readonly number: number;
  readonly title: string;
  /** Share of the exam, 0–1. */
  readonly weight: number;
  readonly objectives: readonly Objective[];
}

export interface ExamFormat {
  readonly name: string;
  readonly kind: 'cat' | 'linear';
  readonly minItems: number;
  readonly maxItems: number;
  /** Unscored pretest items among the delivered items. */
  readonly pretestItems: number;
  readonly minutes: number;
  /** Passing scaled score on the 0–1000 scale. */
  readonly passScaled: number;
  readonly source: string;
}

export interface ExamBlueprint {
  readonly exam: ExamId;
  readonly name: string;
  readonly outline: string;
  readonly domains: readonly ExamDomain[];
  readonly formats: readonly ExamFormat[];
  /**
   * An outline ISC2 has announced to replace this one, from `effective` (YYYY-MM-DD, UTC), whose
   * domains and weights were not confirmed when the bank was written (see outline-notice.ts).
   */
  readonly nextOutline?: { readonly effective: string };
}

const objectives = (list: readonly [string, string][]): Objective[] => list.map(([id, title]) => ({ id, title }));

/** Source: ISC2 CISSP outline effective 15 April 2024 (shared/exam-facts.md, "CISSP"). */
export const cisspBlueprint: ExamBlueprint = {
  exam: 'cissp',
  name: 'CISSP',
  outline: 'ISC2 CISSP outline effective 15 April 2024',
  domains: [
    {
      number: 1,
      title: 'Security and Risk Management',
      weight: 0.16,
      objectives: objectives([
        ['1.1', 'Professional ethics'],
        ['1.2', 'Security concepts'],
        ['1.3', 'Security governance principles'],
        ['1.4', 'Legal, regulatory and compliance issues'],
        ['1.5', 'Investigation types'],
        ['1.6', 'Policy, standards, procedures and guidelines'],
        ['1.7', 'Business continuity requirements'],
        ['1.8', 'Personnel security policies'],
        ['1.9', 'Risk management concepts'],
        ['1.10', 'Threat modeling'],
        ['1.11', 'Supply chain risk management'],
        ['1.12', 'Security awareness, education and training'],
      ]),
    },
    {
      number: 2,
      title: 'Asset Security',
      weight: 0.1,
      objectives: objectives([
        ['2.1', 'Identify and classify information and assets'],
        ['2.2', 'Information and asset handling requirements'],
        ['2.3', 'Provision information and assets securely'],
        ['2.4', 'Manage the data lifecycle'],
        ['2.5', 'Asset retention (EOL/EOS)'],
        ['2.6', 'Data security controls and compliance'],
      ]),
    },
    {
      number: 3,
      title: 'Security Architecture and Engineering',
      weight: 0.13,
      objectives: objectives([
        ['3.1', 'Secure design principles'],
        ['3.2', 'Security models'],
        ['3.3', 'Select controls from system security requirements'],
        ['3.4', 'Security capabilities of information systems'],
        ['3.5', 'Vulnerabilities of security architectures and solution elements'],
        ['3.6', 'Cryptographic solutions'],
        ['3.7', 'Cryptanalytic attacks'],
        ['3.8', 'Site and facility design'],
        ['3.9', 'Site and facility security controls'],
        ['3.10', 'Information system lifecycle'],
      ]),
    },
    {
      number: 4,
      title: 'Communication and Network Security',
      weight: 0.13,
      objectives: objectives([
        ['4.1', 'Secure design principles in network architectures'],
        ['4.2', 'Secure network components'],
        ['4.3', 'Secure communication channels'],
      ]),
    },
    {
      number: 5,
      title: 'Identity and Access Management (IAM)',
      weight: 0.13,
      objectives: objectives([
        ['5.1', 'Physical and logical access to assets'],
        ['5.2', 'Identification and authentication'],
        ['5.3', 'Federated identity with a third-party service'],
        ['5.4', 'Authorization mechanisms'],
        ['5.5', 'Identity and access provisioning lifecycle'],
        ['5.6', 'Authentication systems'],
      ]),
    },
    {
      number: 6,
      title: 'Security Assessment and Testing',
      weight: 0.12,
      objectives: objectives([
        ['6.1', 'Assessment, test and audit strategies'],
        ['6.2', 'Security control testing'],
        ['6.3', 'Collect security process data'],
        ['6.4', 'Analyze test output and generate reports'],
        ['6.5', 'Conduct or facilitate security audits'],
      ]),
    },
    {
      number: 7,
      title: 'Security Operations',
      weight: 0.13,
      objectives: objectives([
        ['7.1', 'Investigations'],
        ['7.2', 'Logging and monitoring'],
        ['7.3', 'Configuration management'],
        ['7.4', 'Foundational security operations concepts'],
        ['7.5', 'Resource protection'],
        ['7.6', 'Incident management'],
        ['7.7', 'Detective and preventive measures'],
        ['7.8', 'Patch and vulnerability management'],
        ['7.9', 'Change management'],
        ['7.10', 'Recovery strategies'],
        ['7.11', 'Disaster recovery processes'],
        ['7.12', 'Test disaster recovery plans'],
        ['7.13', 'Business continuity planning and exercises'],
        ['7.14', 'Physical security'],
        ['7.15', 'Personnel safety and security'],
      ]),
    },
    {
      number: 8,
      title: 'Software Development Security',
      weight: 0.1,
      objectives: objectives([
        ['8.1', 'Security in the software development lifecycle'],
        ['8.2', 'Security controls in development ecosystems'],
        ['8.3', 'Effectiveness of software security'],
        ['8.4', 'Security impact of acquired software'],
        ['8.5', 'Secure coding guidelines and standards'],
      ]),
    },
  ],
  formats: [
    {
      name: 'CISSP CAT',
      kind: 'cat',
      minItems: 100,
      maxItems: 150,
      pretestItems: 25,
      minutes: 180,
      passScaled: 700,
      source: 'ISC2 CISSP CAT, all languages since 15 April 2024 (shared/exam-facts.md)',
    },
  ],
};

/** Source: ISC2 CC outline (shared/exam-facts.md, "ISC2 CC"); CAT form since 1 October 2025. */
export const ccBlueprint: ExamBlueprint = {
  exam: 'cc',
  name: 'ISC2 CC',
  outline: 'ISC2 Certified in Cybersecurity outline (before the 1 September 2026 revision)',
  nextOutline: { effective: '2026-09-01' },
  domains: [
    {
      number: 1,
      title: 'Security Principles',
      weight: 0.26,
      objectives: objectives([
        ['1.1', 'Security concepts of information assurance (CIA)'],
        ['1.2', 'Risk management process'],
        ['1.3', 'Security controls'],
        ['1.4', 'ISC2 Code of Ethics'],
        ['1.5', 'Governance processes'],
      ]),
    },
    {
      number: 2,
      title: 'Business Continuity, Disaster Recovery and Incident Response Concepts',
      weight: 0.1,
      objectives: objectives([
        ['2.1', 'Business continuity'],
        ['2.2', 'Disaster recovery'],
        ['2.3', 'Incident response'],
      ]),
    },
    {
      number: 3,
      title: 'Access Controls Concepts',
      weight: 0.22,
      objectives: objectives([
        ['3.1', 'Physical access controls'],
        ['3.2', 'Logical access controls'],
      ]),
    },
    {
      number: 4,
      title: 'Network Security',
      weight: 0.24,
      objectives: objectives([
        ['4.1', 'Computer networking'],
        ['4.2', 'Network threats and attacks'],
        ['4.3', 'Network security infrastructure'],
      ]),
    },
    {
      number: 5,
      title: 'Security Operations',
      weight: 0.18,
      objectives: objectives([
        ['5.1', 'Data security'],
        ['5.2', 'System hardening'],
        ['5.3', 'Best-practice security policies'],
        ['5.4', 'Security awareness training'],
      ]),
    },
  ],
  formats: [
    {
      name: 'CC CAT',
      kind: 'cat',
      minItems: 100,
      maxItems: 125,
      pretestItems: 25,
      minutes: 120,
      passScaled: 700,
      source: 'ISC2 CC CAT since 1 October 2025 (shared/exam-facts.md)',
    },
    {
      name: 'CC linear (before October 2025)',
      kind: 'linear',
      minItems: 100,
      maxItems: 100,
      pretestItems: 25,
      minutes: 120,
      passScaled: 700,
      source: 'ISC2 CC linear form used until 30 September 2025 (shared/exam-facts.md)',
    },
  ],
};

export const blueprints: Record<ExamId, ExamBlueprint> = { cissp: cisspBlueprint, cc: ccBlueprint };

export function findDomain(exam: ExamId, domain: number): ExamDomain | undefined {
  return blueprints[exam].domains.find((d) => d.number === domain);
}

export function objectiveIds(exam: ExamId): string[] {
  return blueprints[exam].domains.flatMap((d) => d.objectives.map((o) => o.id));
}

/** The domain number an objective id belongs to ("7.12" → 7). */
export function domainOfObjective(objectiveId: string): number {
  return Number.parseInt(objectiveId.split('.')[0] ?? '', 10);
}
