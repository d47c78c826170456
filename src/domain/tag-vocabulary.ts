/**
 * The controlled vocabulary for question tags. `questions/README.md` documents it for authors;
 * the bank checker and the pack importer reject any tag not listed here.
 *
 * Sources: OWASP Top 10 for LLM Applications 2025, MITRE ATLAS tactics, the seeds' AI threat list,
 * NIST AI RMF 1.0 and the EU AI Act (shared/exam-facts.md, "AI-security vocabulary for tags").
 */

export interface TagGroup {
  readonly group: string;
  readonly tags: readonly { readonly id: string; readonly label: string }[];
}

export const tagGroups: readonly TagGroup[] = [
  {
    group: 'OWASP Top 10 for LLM Applications (2025)',
    tags: [
      { id: 'llm-prompt-injection', label: 'LLM01 Prompt injection' },
      { id: 'llm-sensitive-info-disclosure', label: 'LLM02 Sensitive information disclosure' },
      { id: 'llm-supply-chain', label: 'LLM03 Supply chain' },
      { id: 'llm-data-model-poisoning', label: 'LLM04 Data and model poisoning' },
      { id: 'llm-improper-output-handling', label: 'LLM05 Improper output handling' },
      { id: 'llm-excessive-agency', label: 'LLM06 Excessive agency' },
      { id: 'llm-system-prompt-leakage', label: 'LLM07 System prompt leakage' },
      { id: 'llm-vector-embedding-weakness', label: 'LLM08 Vector and embedding weaknesses' },
      { id: 'llm-misinformation', label: 'LLM09 Misinformation' },
      { id: 'llm-unbounded-consumption', label: 'LLM10 Unbounded consumption' },
    ],
  },
  {
    group: 'MITRE ATLAS tactics',
    tags: [
      { id: 'atlas-reconnaissance', label: 'ATLAS Reconnaissance' },
      { id: 'atlas-resource-development', label: 'ATLAS Resource development' },
      { id: 'atlas-initial-access', label: 'ATLAS Initial access' },
      { id: 'atlas-ai-model-access', label: 'ATLAS AI model access' },
      { id: 'atlas-execution', label: 'ATLAS Execution' },
      { id: 'atlas-persistence', label: 'ATLAS Persistence' },
      { id: 'atlas-privilege-escalation', label: 'ATLAS Privilege escalation' },
      { id: 'atlas-defense-evasion', label: 'ATLAS Defense evasion' },
      { id: 'atlas-credential-access', label: 'ATLAS Credential access' },
      { id: 'atlas-discovery', label: 'ATLAS Discovery' },
      { id: 'atlas-lateral-movement', label: 'ATLAS Lateral movement' },
      { id: 'atlas-collection', label: 'ATLAS Collection' },
      { id: 'atlas-ai-attack-staging', label: 'ATLAS AI attack adaptation (formerly staging)' },
      { id: 'atlas-command-and-control', label: 'ATLAS Command and control' },
      { id: 'atlas-exfiltration', label: 'ATLAS Exfiltration' },
      { id: 'atlas-impact', label: 'ATLAS Impact' },
    ],
  },
  {
    group: 'AI threats and frameworks',
    tags: [
      { id: 'model-inversion', label: 'Model inversion' },
      { id: 'adversarial-evasion', label: 'Adversarial inputs (evasion)' },
      { id: 'data-poisoning', label: 'Training data poisoning' },
      { id: 'model-extraction', label: 'Model theft or extraction' },
      { id: 'membership-inference', label: 'Membership inference' },
      { id: 'pii-in-training-data', label: 'PII in training data' },
      { id: 'federated-learning', label: 'Federated learning risks' },
      { id: 'ai-privacy-compliance', label: 'AI privacy and compliance' },
      { id: 'nist-ai-rmf', label: 'NIST AI RMF' },
      { id: 'eu-ai-act', label: 'EU AI Act' },
      { id: 'model-governance', label: 'Model governance and documentation' },
      { id: 'mlops-pipeline', label: 'ML pipeline and MLOps security' },
    ],
  },
  {
    group: 'Security and risk management',
    tags: [
      { id: 'ethics', label: 'Professional ethics' },
      { id: 'cia-triad', label: 'Confidentiality, integrity, availability' },
      { id: 'governance', label: 'Security governance' },
      { id: 'law-regulation', label: 'Law, regulation and compliance' },
      { id: 'privacy', label: 'Privacy' },
      { id: 'intellectual-property', label: 'Intellectual property' },
      { id: 'policy', label: 'Policies, standards, procedures, guidelines' },
      { id: 'risk-assessment', label: 'Risk assessment and treatment' },
      { id: 'threat-modeling', label: 'Threat modeling' },
      { id: 'supply-chain', label: 'Supply chain risk' },
      { id: 'personnel-security', label: 'Personnel security' },
      { id: 'awareness-training', label: 'Awareness, education and training' },
      { id: 'third-party-risk', label: 'Third-party and vendor risk' },
    ],
  },
  {
    group: 'Assets and data',
    tags: [
      { id: 'data-classification', label: 'Classification and labeling' },
      { id: 'data-lifecycle', label: 'Data lifecycle' },
      { id: 'data-retention', label: 'Retention and disposal' },
      { id: 'data-protection', label: 'Data protection controls' },
      { id: 'data-roles', label: 'Data owner, custodian, processor roles' },
      { id: 'asset-inventory', label: 'Asset inventory' },
    ],
  },
  {
    group: 'Architecture and engineering',
    tags: [
      { id: 'secure-design', label: 'Secure design principles' },
      { id: 'security-models', label: 'Security models' },
      { id: 'cryptography', label: 'Cryptography' },
      { id: 'pki', label: 'PKI and certificates' },
      { id: 'key-management', label: 'Key management' },
      { id: 'cryptanalysis', label: 'Cryptanalytic attacks' },
      { id: 'cloud-security', label: 'Cloud security' },
      { id: 'virtualization', label: 'Virtualization and containers' },
      { id: 'hardware-security', label: 'Hardware and trusted computing' },
      { id: 'physical-security', label: 'Physical and facility security' },
    ],
  },
  {
    group: 'Networks',
    tags: [
      { id: 'network-architecture', label: 'Network architecture and segmentation' },
      { id: 'network-components', label: 'Network components' },
      { id: 'secure-channels', label: 'Secure communication channels' },
      { id: 'network-attacks', label: 'Network attacks' },
      { id: 'zero-trust', label: 'Zero trust' },
      { id: 'wireless', label: 'Wireless' },
      { id: 'ddos', label: 'Denial of service' },
    ],
  },
  {
    group: 'Identity and access',
    tags: [
      { id: 'authentication', label: 'Authentication' },
      { id: 'authorization', label: 'Authorization models' },
      { id: 'federation', label: 'Federation and SSO' },
      { id: 'provisioning', label: 'Provisioning lifecycle' },
      { id: 'privileged-access', label: 'Privileged access' },
      { id: 'access-control', label: 'Access control' },
      { id: 'secrets-management', label: 'Secrets and service credentials' },
    ],
  },
  {
    group: 'Assessment and operations',
    tags: [
      { id: 'security-testing', label: 'Security testing' },
      { id: 'penetration-testing', label: 'Penetration testing and red teaming' },
      { id: 'audit', label: 'Audit' },
      { id: 'metrics', label: 'Security metrics and KPIs' },
      { id: 'logging-monitoring', label: 'Logging and monitoring' },
      { id: 'incident-response', label: 'Incident response' },
      { id: 'forensics', label: 'Forensics and evidence' },
      { id: 'configuration-management', label: 'Configuration management' },
      { id: 'change-management', label: 'Change management' },
      { id: 'vulnerability-management', label: 'Vulnerability and patch management' },
      { id: 'backup-recovery', label: 'Backup and recovery' },
      { id: 'business-continuity', label: 'Business continuity' },
      { id: 'disaster-recovery', label: 'Disaster recovery' },
      { id: 'malware', label: 'Malware' },
      { id: 'social-engineering', label: 'Social engineering' },
      { id: 'hardening', label: 'System hardening' },
      { id: 'personnel-safety', label: 'Personnel safety' },
    ],
  },
  {
    group: 'Software development',
    tags: [
      { id: 'sdlc', label: 'Secure SDLC' },
      { id: 'secure-coding', label: 'Secure coding' },
      { id: 'appsec-testing', label: 'Application security testing' },
      { id: 'devsecops', label: 'DevSecOps and CI/CD' },
      { id: 'acquired-software', label: 'Acquired and open-source software' },
      { id: 'api-security', label: 'API security' },
    ],
  },
];

export const allTagIds: ReadonlySet<string> = new Set(tagGroups.flatMap((g) => g.tags.map((t) => t.id)));

export function isKnownTag(tag: string): boolean {
  return allTagIds.has(tag);
}
