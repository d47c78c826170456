/**
 * The one IndexedDB database, through Dexie. All persistence lives in src/data; screens call the
 * repository functions and hooks here, never the tables directly.
 *
 * Versioning: every schema change adds `this.version(n)` with an `.upgrade()` that carries every row
 * over with its meaning, and a fixture of version n-1 in db-migrations.test.ts proves it. Never
 * edit an older version's store definition.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Card, ReviewLog } from 'ts-fsrs';
import type { Assignment, ReportAssignment } from '../domain/group/group-schema';
import type { Question } from '../domain/pack/pack-schema';
import { tallyLogs, type AnswerDay } from '../domain/progress/answer-days';
import { storageFullWatch } from './storage-full';
import { poolSnapshotInvalidation } from './pool-snapshot';
import { chunkRecord, chunkReviewLogs, regroupChunks, type ReviewLogChunk, type StoredReviewLog } from './review-log-chunks';
import { cardBucketsOf, type CardBucket } from './card-store';

export const DB_NAME = 'bastion';

/** The `meta` key holding the content hash of the bundled bank this database has loaded (bank-sync.ts owns it). */
export const BANK_HASH_KEY = 'bundledBankHash';

/**
 * The `meta` key holding the settings My questions were last exported with (my-questions-repo.ts
 * owns it), among them the pack id they travel under; pack-repo.ts reads that id to refuse importing
 * this browser's own export back as a second copy.
 */
export const EXPORT_SETTINGS_KEY = 'myQuestionsExport';

/** A question as stored: the pack item plus where it came from and whether it is still in its pack. */
export interface QuestionRecord extends Question {
  /** Stable key: the question id for the bundled bank, `packId:questionId` for an imported pack. */
  key: string;
  packId: string;
  /** In the pack no longer. Its history stays; it leaves practice and exams. */
  retired: 0 | 1;
}

export interface PackRecord {
  id: string;
  title: string;
  license: string;
  description?: string;
  release?: number;
  source: 'bundled' | 'imported' | 'authored';
  enabled: 0 | 1;
  questionCount: number;
  contentHash: string;
  updatedAt: Date;
}

/** FSRS state for one question, keyed by its stable question key. */
export interface CardRecord extends Card {
  questionKey: string;
  /**
   * Whether the latest answer was right: an aggregate kept on the card so "missed before" needs no
   * scan of the review logs. Absent on cards written before it existed (treated as unknown).
   */
  lastCorrect?: boolean;
  /** Answers given to this question, and how many were right (aggregates for Progress). */
  attempts?: number;
  correctCount?: number;
}

export interface ReviewLogRecord extends ReviewLog {
  id?: number;
  questionKey: string;
  sessionId: string;
  correct: boolean;
  chosenOption: number;
  confidence: 'guessed' | 'unsure' | 'sure';
  responseMs: number;
  /** The card record exactly as it was before this answer (null: the question had no card), for undo. */
  cardBefore: Omit<CardRecord, 'questionKey'> | null;
}

/** A practice, review or exam session: everything needed to resume it after a reload or crash. */
export interface SessionRecord {
  id: string;
  kind: 'practice' | 'review' | 'exam' | 'assignment';
  status: 'active' | 'finished' | 'abandoned';
  exam: 'cissp' | 'cc';
  startedAt: Date;
  updatedAt: Date;
  finishedAt?: Date;
  /** Kind-specific state (queue, option orders, answers, exam engine state), validated on load. */
  state: unknown;
}

export interface StudyTimeRecord {
  id?: number;
  date: Date;
  minutes: number;
  /** CISSP or CC domain number, or 0 for "all domains". */
  domain: number;
  exam: 'cissp' | 'cc';
  source: 'practice' | 'review' | 'exam' | 'reading' | 'video' | 'lab' | 'class' | 'other';
  note?: string;
}

export interface PlanRecord {
  id: string;
  exam: 'cissp' | 'cc';
  status: 'active' | 'archived';
  createdAt: Date;
  /** Plan inputs and the generated weeks, validated by the plan domain module. */
  plan: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A study group. A lead's group has a random id ('g-…') and `data: { members: string[] }`; the
 * group a member joined through an assignment has id 'member:<group id>' (so one browser can lead a
 * group and also be in it) and `data: { groupId, memberName }`. Read through group-repo.ts, which
 * validates `data`.
 */
export interface GroupRecord {
  id: string;
  name: string;
  role: 'lead' | 'member';
  createdAt: Date;
  data: unknown;
}

/** An assignment a lead created: the document exactly as shared (validated by the group schema). */
export interface LeadAssignmentRecord {
  id: string;
  groupId: string;
  createdAt: Date;
  dueDate: string;
  assignment: Assignment;
}

/** An assignment this member accepted, and the practice sessions run on it (their answers count). */
export interface AcceptedAssignmentRecord {
  id: string;
  groupId: string;
  acceptedAt: Date;
  dueDate: string;
  assignment: Assignment;
  sessionIds: string[];
}

/**
 * A lead's copy of one member's result on one assignment, from the newest report imported.
 * id = `${groupId}|${memberKey}|${assignmentId}`: one row per member and assignment, so importing
 * a report twice cannot count it twice.
 */
export interface MemberResultRecord {
  id: string;
  groupId: string;
  assignmentId: string;
  /** The name as the member wrote it; `memberKey` is its case-folded form, for matching. */
  member: string;
  memberKey: string;
  reportId: string;
  generatedAt: Date;
  importedAt: Date;
  result: ReportAssignment;
}

/** One member's target certification, in a lead's team tracker. */
export interface TeamCertRecord {
  id: string;
  groupId: string;
  member: string;
  certification: string;
  status: 'studying' | 'exam-booked' | 'passed' | 'endorsed';
  /** 'yyyy-mm-dd' or '' when not known. */
  examDate: string;
  cpeEarned: number | null;
  cpeRequired: number | null;
  renewalDate: string;
  updatedAt: Date;
}

export interface ProblemReportRecord {
  id?: number;
  questionKey: string;
  createdAt: Date;
  kind: string;
  text: string;
}

/** A question the learner flagged for later, across sessions. */
export interface FlagRecord {
  questionKey: string;
  flaggedAt: Date;
}

/** Answers per local day and question, derived from the review logs (src/domain/progress/answer-days.ts). */
export type AnswerDayRecord = AnswerDay;

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class BastionDb extends Dexie {
  questions!: EntityTable<QuestionRecord, 'key'>;
  packs!: EntityTable<PackRecord, 'id'>;
  /** The FSRS cards, in buckets: read and written only through card-store.ts. */
  cardBuckets!: EntityTable<CardBucket, 'bucket'>;
  /** The review logs, in chunks: read and written only through review-log-store.ts. */
  logChunks!: EntityTable<ReviewLogChunk, 'chunk'>;
  sessions!: EntityTable<SessionRecord, 'id'>;
  studyTime!: EntityTable<StudyTimeRecord, 'id'>;
  plans!: EntityTable<PlanRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  groups!: EntityTable<GroupRecord, 'id'>;
  problemReports!: EntityTable<ProblemReportRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  flags!: EntityTable<FlagRecord, 'questionKey'>;
  assignments!: EntityTable<LeadAssignmentRecord, 'id'>;
  acceptedAssignments!: EntityTable<AcceptedAssignmentRecord, 'id'>;
  memberResults!: EntityTable<MemberResultRecord, 'id'>;
  teamCerts!: EntityTable<TeamCertRecord, 'id'>;
  answerDays!: EntityTable<AnswerDayRecord, 'day'>;

  constructor(name = DB_NAME) {
    super(name);
    // Every write refused for lack of disk space is reported to the app shell (see storage-full.ts).
    this.use(storageFullWatch);
    // Every write to the questions drops the pool's one-record copy in the same transaction (pool-snapshot.ts).
    this.use(poolSnapshotInvalidation);
    // Only versions with an upgrade function, and the latest, are declared (Dexie 3+ reads the schema
    // a database really has and applies the difference to the next declared version); each declared version
    // cost every start ~3 ms of schema parsing. The history, kept as the schemaV* constants below,
    // which the migration tests build old databases from:
    // - Version 1: the first schema, designed for the filed issues (practice, review, plans, time,
    //   exams, groups, packs, backups).
    // - Version 2: flagged questions get their own table (practice can draw from "flagged").
    // - Version 3: study groups without a server: a lead's assignments, the assignments a member
    //   accepted, the member results a lead imported, and the team certification tracker.
    // - Version 4: the question store drops six indexes nothing queries (domain, objective,
    //   ccDomain, ccObjective, difficulty, tags): filtering runs on the in-memory pool, and every
    //   index made each bank load and pack import write more (560 questions: ~135 ms → 78 ms).
    // Version 5: answers per day and question (`answerDays`), so Progress, Today and readiness read
    // ~84 day records instead of ~11,500 review logs for a heavy learner (IndexedDB's cost is per
    // record). The upgrade tallies every existing log. The review logs also drop two indexes nothing
    // queries (questionKey, [questionKey+review]): each index costs every answer, and a backup
    // import of 100,000 logs, one more index entry per log.
    this.version(5)
      .stores(schemaV5)
      .upgrade(async (tx) => {
        const logs = (await tx.table('reviewLogs').toArray()) as ReviewLogRecord[];
        await tx.table('answerDays').bulkPut(tallyLogs(logs));
      });
    // Version 6: the review logs move into chunks (`logChunks`, review-log-store.ts; 64 logs each until version 12), because
    // IndexedDB's cost is per record: importing a backup of 100,000 logs wrote 100,000 records
    // (8.8 s in the bench), and reading them for an export or the CSV took 1.5 s. Every log is
    // copied over unchanged, id included. A later version deletes the old table: Dexie lets an
    // upgrade read a table only if a later version deletes it.
    this.version(6)
      .stores(schemaV6)
      .upgrade(async (tx) => {
        const logs = (await tx.table('reviewLogs').toArray()) as StoredReviewLog[];
        await tx.table('logChunks').bulkPut(chunkReviewLogs(logs));
      });
    // Version 7 deleted the old `reviewLogs` table; version 8 still does (schemaV8 keeps its null).
    // Version 8: a chunk's logs are stored in columns (review-log-packing.ts), which halves what
    // IndexedDB copies and stores for them; the upgrade packs every chunk it can, in batches. The
    // cards drop three indexes nothing queries (due, state, last_review: the app reads all cards
    // into memory), each of which cost every answer and every card a backup writes.
    this.version(8)
      .stores(schemaV8)
      .upgrade(async (tx) => {
        const table = tx.table('logChunks');
        const keys = (await table.toCollection().primaryKeys()) as number[];
        for (let i = 0; i < keys.length; i += CHUNKS_PER_UPGRADE_STEP) {
          const chunks = (await table.bulkGet(keys.slice(i, i + CHUNKS_PER_UPGRADE_STEP))) as (ReviewLogChunk | undefined)[];
          await table.bulkPut(chunks.filter((c) => c !== undefined).map((c) => (c.logs ? chunkRecord(c.chunk, c.logs) : c)));
        }
      });
    // Version 9: the question pool's one-record copy (`poolSnapshot`, pool-snapshot.ts), so a start
    // reads the pool in one piece. It needed no upgrade: the first read builds the copy.
    // Version 10: the cards move into buckets (`cardBuckets`, card-store.ts), because IndexedDB's
    // cost is per record: a backup's import wrote 5,000 cards in 154–186 ms, as buckets in ~10 ms.
    // Every card is copied over unchanged. Version 11 deletes the old table (as with the logs above).
    this.version(10)
      .stores(schemaV10)
      .upgrade(async (tx) => {
        const cards = (await tx.table('cards').toArray()) as CardRecord[];
        await tx.table('cardBuckets').bulkPut(cardBucketsOf(cards));
      });
    this.version(11).stores(schemaV11);
    // Version 12: log chunks of 256 instead of 64 (review-log-chunks.ts), a quarter as many records
    // for a backup to read and write. Every log is kept exactly; packed chunks are joined as columns.
    this.version(12)
      .stores(schemaV12)
      .upgrade(async (tx) => {
        const table = tx.table('logChunks');
        const regrouped = regroupChunks((await table.toArray()) as ReviewLogChunk[]);
        await table.clear();
        await table.bulkPut(regrouped);
      });
  }
}

/** Exported so the migration tests can build a database exactly as version 1 defined it. */
export const schemaV1 = {
  questions: '&key, packId, *exams, domain, objective, ccDomain, ccObjective, difficulty, *tags, retired',
  packs: '&id, source',
  cards: '&questionKey, due, state, last_review',
  reviewLogs: '++id, questionKey, review, sessionId, [questionKey+review]',
  sessions: '&id, kind, status, startedAt, updatedAt',
  studyTime: '++id, date, domain, source',
  plans: '&id, status, createdAt',
  settings: '&key',
  groups: '&id, role',
  problemReports: '++id, questionKey, createdAt',
  meta: '&key',
} as const;

export const schemaV2 = { ...schemaV1, flags: '&questionKey, flaggedAt' } as const;

export const schemaV3 = {
  ...schemaV2,
  assignments: '&id, groupId, dueDate',
  acceptedAssignments: '&id, groupId, dueDate, acceptedAt',
  memberResults: '&id, groupId, assignmentId, memberKey',
  teamCerts: '&id, groupId, member',
} as const;

export const schemaV4 = { ...schemaV3, questions: '&key, packId, *exams, retired' } as const;

export const schemaV5 = { ...schemaV4, reviewLogs: '++id, review, sessionId', answerDays: '&day' } as const;

export const schemaV6 = { ...schemaV5, logChunks: '&chunk, *sessionIds, latestReview, size' } as const;

export const schemaV7 = { ...schemaV6, reviewLogs: null } as const;

export const schemaV8 = { ...schemaV7, cards: '&questionKey' } as const;

export const schemaV9 = { ...schemaV8, poolSnapshot: '' } as const;

export const schemaV10 = { ...schemaV9, cardBuckets: '&bucket' } as const;

export const schemaV11 = { ...schemaV10, cards: null } as const;

export const schemaV12 = schemaV11;

export const CURRENT_SCHEMA_VERSION = 12;

/** Chunks the version-8 upgrade holds in memory at once: ~16,000 logs in chunks of 64 (~65,000 once a database older than version 6 is chunked by 256). */
const CHUNKS_PER_UPGRADE_STEP = 256;

let instance: BastionDb | undefined;

/** The app's database. Tests replace it with `setDatabase(new BastionDb(name))`. */
export function db(): BastionDb {
  instance ??= new BastionDb();
  return instance;
}

export function setDatabase(next: BastionDb): void {
  instance = next;
}
