import { describe, expect, it } from 'vitest';
import {
  associateFacts,
  ccFacts,
  certificationFacts,
  cisspFacts,
  formatCount,
  formatUsd,
  retakeFacts,
  unconfirmedFacts,
  type CertificationFact,
} from './certification-facts';

const allFacts = Object.values(certificationFacts).flatMap((group) => Object.values(group as Record<string, CertificationFact<unknown>>));

describe('certification facts', () => {
  it('carries a source, a check year and a confirmation flag on every figure', () => {
    expect(allFacts.length).toBeGreaterThan(15);
    for (const fact of allFacts) {
      expect(fact.source.length).toBeGreaterThan(10);
      expect(fact.checked).toBe('2026');
      expect(typeof fact.unconfirmed).toBe('boolean');
    }
  });

  it('flags exactly the figures exam-facts.md and the brief call unconfirmed', () => {
    expect(unconfirmedFacts().map((u) => u.path)).toEqual([
      'cissp.examFeeUsd',
      'cc.examFeeUsd',
      'cc.cpeCycleYears',
      'cc.cpePerCycle',
      'cc.annualFeeUsd',
    ]);
    for (const { fact } of unconfirmedFacts()) expect(fact.note).toBeTruthy();
  });

  it('holds the CISSP, Associate, CC and retake figures', () => {
    expect(cisspFacts.examFeeUsd.value).toBe(749);
    expect(cisspFacts.experienceYears.value).toBe(5);
    expect(cisspFacts.minimumDomains.value).toBe(2);
    expect(cisspFacts.maximumWaiverYears.value).toBe(1);
    expect(cisspFacts.endorsementMonths.value).toBe(9);
    expect([cisspFacts.cpePerCycle.value, cisspFacts.cpeGroupAMinimumPerCycle.value, cisspFacts.cpeSuggestedPerYear.value]).toEqual([
      120, 90, 40,
    ]);
    expect(cisspFacts.annualFeeUsd.value).toBe(135);
    expect(associateFacts.yearsToEarnExperience.value).toBe(6);
    expect([associateFacts.cpeRequiredPerYear.value, associateFacts.annualFeeUsd.value]).toEqual([15, 50]);
    expect([ccFacts.examFeeUsd.value, ccFacts.cpePerCycle.value, ccFacts.annualFeeUsd.value]).toEqual([199, 45, 50]);
    expect(ccFacts.freeExamOffer.value).toBe('One Million Certified in Cybersecurity');
    expect(retakeFacts.waitDaysAfterAttempt.value).toEqual([30, 60, 90]);
    expect(retakeFacts.maximumAttemptsPer12Months.value).toBe(4);
  });

  it('adds "check with ISC2" to unconfirmed figures only', () => {
    expect(formatUsd(cisspFacts.examFeeUsd)).toBe('US$749 (check with ISC2)');
    expect(formatUsd(cisspFacts.annualFeeUsd)).toBe('US$135');
    expect(formatCount(ccFacts.cpePerCycle, 'CPE credits')).toBe('45 CPE credits (check with ISC2)');
    expect(formatCount(cisspFacts.cpePerCycle, 'CPE credits')).toBe('120 CPE credits');
  });
});
