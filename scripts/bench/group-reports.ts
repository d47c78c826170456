/**
 * The bench profile's study group as a lead's browser holds it: the group, the assignments the lead
 * handed out, and the members' reports imported back. Each assignment is built by the app's own
 * builder, each report by the app's own report code from simulated answers, and each result is
 * planned for storage by the app's own import rules (src/data/group-dashboard-repo.ts), so the
 * Group screen, the heap and the backup see exactly what a real lead's data would give them.
 * Run outside the page (bench.mjs loads it through Vite's module runner) and handed to writeProfile.
 */
import type { GroupRecord, LeadAssignmentRecord, MemberResultRecord } from '../../src/data/db';
import { memberResultRecord } from '../../src/data/group-dashboard-repo';
import { buildAssignment } from '../../src/domain/group/assignment-builder';
import { assignmentProgress, type AssignmentAnswer } from '../../src/domain/group/assignment-progress';
import { leadAssignmentInfo, planReportImport } from '../../src/domain/group/group-dashboard';
import type { Assignment } from '../../src/domain/group/group-schema';
import { buildReport } from '../../src/domain/group/member-report';
import { domainIn } from '../../src/domain/bank/question-filter';
import type { KeyedQuestion } from '../../src/domain/study/practice-selection';
import { seededRng } from '../../src/domain/study/random';
import { bundledPacksOnDisk } from '../bundled-packs-on-disk';

const DAY_MS = 86_400_000;
/** Questions per assignment, as a lead would hand out for a fortnight. */
const QUESTIONS_PER_ASSIGNMENT = 20;

export interface GroupSpec {
  readonly seed: number;
  readonly now: number;
  readonly members: number;
  /** One assignment per CISSP domain, due every two weeks, the last one still open. */
  readonly assignments: number;
  /** The lead's bank: questions the assignments draw from (every member has them too). */
  readonly bank: readonly KeyedQuestion[];
}

export interface BenchGroup {
  readonly group: GroupRecord;
  readonly assignments: LeadAssignmentRecord[];
  readonly memberResults: MemberResultRecord[];
}

/** The bundled bank's questions as the app stores them (keyed, with their pack): what a lead draws from. */
export function bundledQuestions(dir = 'questions'): KeyedQuestion[] {
  return bundledPacksOnDisk(dir).flatMap((pack) => pack.questions.map((q) => ({ ...q, key: q.id, packId: pack.id })));
}

const isoDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

function assignmentsFor(spec: GroupSpec, group: { id: string; name: string; members: readonly string[] }, createdAt: number): Assignment[] {
  const rng = seededRng(spec.seed);
  return Array.from({ length: spec.assignments }, (_, i) => {
    const handedOut = createdAt + i * 14 * DAY_MS;
    const domain = 1 + (i % 8);
    const built = buildAssignment(
      {
        title: `Domain ${domain} for ML systems`,
        exam: 'cissp',
        selection: { mode: 'filter', domains: [domain], objectives: [], tags: [] },
        count: QUESTIONS_PER_ASSIGNMENT,
        dueDate: isoDay(handedOut + 14 * DAY_MS),
        targetAccuracy: 70,
        note: i === 0 ? 'Start with the objectives you have not touched.' : '',
      },
      group,
      spec.bank,
      { id: `a-bench${String(i).padStart(6, '0')}`, createdAt: new Date(handedOut) },
      rng,
    );
    if (!built.ok) throw new Error(`bench assignment ${i}: ${built.problems.join('; ')}`);
    return built.value;
  });
}

/**
 * A member's answers to one assignment: all of it as often as they are diligent, otherwise part of
 * it; about 50 s an answer, in the fortnight the assignment ran (no answer after `now`).
 */
function memberAnswers(assignment: Assignment, diligence: number, ability: number, rng: () => number, now: number): AssignmentAnswer[] {
  const from = Date.parse(assignment.createdAt);
  const share = rng() < diligence ? 1 : rng();
  const answers: AssignmentAnswer[] = [];
  for (const questionKey of assignment.questionKeys) {
    if (rng() > share) continue;
    const answeredAt = from + Math.floor(rng() * 14 * DAY_MS);
    if (answeredAt > now) continue;
    const tries = rng() < 0.2 ? 2 : 1; // some questions practised twice; only the first answer counts
    for (let t = 0; t < tries; t++)
      answers.push({ questionKey, answeredAt: new Date(answeredAt + t * DAY_MS), correct: rng() < ability, responseMs: 20_000 + Math.floor(rng() * 70_000) });
  }
  return answers;
}

/**
 * The lead's group with `members` members and `assignments` assignments. Every member but one in
 * ten has sent a report, a few days old; every other member chose to include each answer.
 */
export function benchGroup(spec: GroupSpec): BenchGroup {
  const rng = seededRng(spec.seed + 1);
  // The last assignment was handed out a week ago: it is due in a week, the others are past due.
  const createdAt = spec.now - ((spec.assignments - 1) * 14 + 7) * DAY_MS;
  const members = Array.from({ length: spec.members }, (_, i) => `Member ${i + 1}`);
  const identity = { id: 'g-benchgroup01', name: 'ML platform security study group', members };
  const documents = assignmentsFor(spec, identity, createdAt);
  const assignments: LeadAssignmentRecord[] = documents.map((a) => ({
    id: a.id,
    groupId: identity.id,
    createdAt: new Date(a.createdAt),
    dueDate: a.dueDate,
    assignment: a,
  }));
  const infos = documents.map(leadAssignmentInfo);
  const available = new Set(spec.bank.map((q) => q.key));
  const domainOf = new Map(spec.bank.flatMap((q) => (domainIn('cissp', q) === undefined ? [] : [[q.key, domainIn('cissp', q)!] as const])));

  const memberResults: MemberResultRecord[] = [];
  members.forEach((member, m) => {
    if (m % 10 === 9) return; // never sent a report
    const diligence = 0.4 + 0.6 * rng();
    const ability = 0.5 + 0.4 * rng();
    const generatedAt = new Date(spec.now - Math.floor(rng() * 5 * DAY_MS));
    const report = buildReport({
      reportId: `r-bench${String(m).padStart(6, '0')}`,
      generatedAt,
      member,
      group: identity,
      includeHistory: m % 2 === 0,
      assignments: documents
        .filter((a) => Date.parse(a.createdAt) <= generatedAt.getTime())
        .map((assignment) => ({
          assignment,
          progress: assignmentProgress({
            questionKeys: assignment.questionKeys,
            available,
            domainOf,
            answers: memberAnswers(assignment, diligence, ability, rng, generatedAt.getTime()),
          }),
        })),
    });
    if (!report.ok) throw new Error(`bench report of ${member}: ${report.problems.join('; ')}`);
    const importedAt = new Date(Math.min(spec.now, generatedAt.getTime() + DAY_MS / 2));
    const plan = planReportImport(report.value, identity, infos, [], importedAt);
    if (!plan.ok) throw new Error(`bench report of ${member}: ${plan.problems.join('; ')}`);
    memberResults.push(...plan.value.writes.map((w) => memberResultRecord(identity.id, w, importedAt)));
  });
  const group: GroupRecord = { id: identity.id, name: identity.name, role: 'lead', createdAt: new Date(createdAt), data: { members } };
  return { group, assignments, memberResults };
}
